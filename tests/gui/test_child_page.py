"""The child page: what a guest childminder reads first, the tabs, goals and their evidence."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from dagpleje_desktop.gui.pages.child_detail import TAB_GOALS, TAB_OBSERVATIONS, TAB_RECORD
from dagpleje_desktop.gui.widgets.goal_list import evidence_text

from child_page_support import (GOAL_A, GOAL_B, child_installation,  # noqa: F401
                                child_template, click_tab, open_child_page, shown_ids,
                                start, wait)
from gui_support import DATA, click_where_seen

pytestmark = pytest.mark.gui


def texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_what_works_first_then_the_tabs_in_order(qtbot, controller, child_installation):
    window, _seed = start(qtbot, controller, child_installation)
    detail = open_child_page(qtbot, window, "Maja")
    box = detail.sections_layout.itemAt(0).widget()
    assert box.objectName() == "whatWorksBox"
    assert DATA.allergy in texts(box) and DATA.routine in texts(box)
    assert detail.sections_layout.itemAt(1).widget() is detail.tabs
    tabs = [detail.tabs.tabText(i).replace("&", "") for i in range(detail.tabs.count())]
    assert tabs == ["Observationer", "Udvikling", "Trivsel", "Mål", "Stamdata"]
    assert detail.tabs.currentIndex() == TAB_OBSERVATIONS

    click_tab(qtbot, detail, TAB_RECORD)
    record = texts(detail.record_tab)
    assert DATA.guardian in record and DATA.home in record


def goal_card(goals_tab, title):
    cards = goals_tab.goal_list.goal_cards
    return next(card for card in cards.values() if card.accessibleName() == title)


def test_goals_show_status_target_and_evidence(qtbot, controller, child_installation):
    window, seed = start(qtbot, controller, child_installation)
    detail = open_child_page(qtbot, window, "Maja")
    click_tab(qtbot, detail, TAB_GOALS)
    tab = detail.goals_tab
    wait(qtbot, lambda: len(tab.goal_list.goal_cards) == 2)

    first = goal_card(tab, GOAL_A)
    assert first.findChild(QLabel, "goalStatus").text() == "Aktivt"
    assert first.findChild(QLabel, "goalFacts").text().endswith("(om 10 dage)")
    assert first.findChild(QLabel, "goalEvidence").text() == \
        "2 observationer i alt (der er ikke holdt statusmøde)"
    assert goal_card(tab, GOAL_B).findChild(QLabel, "goalEvidence").text() == \
        "Ingen observationer endnu (der er ikke holdt statusmøde)"

    show = first.findChild(QPushButton, "goalShowObservations")
    click_where_seen(qtbot, show)
    assert detail.tabs.currentIndex() == TAB_OBSERVATIONS
    timeline = detail.timeline
    wait(qtbot, lambda: shown_ids(timeline) == [seed.by_text["bord"], seed.by_text["sang"]])
    assert timeline.filters.goal_filter.currentText().startswith("Maja bruger flere ord")


def test_evidence_is_counted_since_the_last_status_meeting():
    assert evidence_text(7, date(2026, 9, 12)) == \
        "7 observationer siden statusmødet 12. september 2026"
    assert evidence_text(1, date(2026, 9, 12)) == \
        "1 observation siden statusmødet 12. september 2026"
    assert evidence_text(0, date(2026, 9, 12)) == \
        "Ingen observationer siden statusmødet 12. september 2026"


def test_a_saved_observation_appears_at_the_top_at_once(qtbot, controller, child_installation):
    window, seed = start(qtbot, controller, child_installation)
    detail = open_child_page(qtbot, window, "Maja")
    timeline = detail.timeline
    wait(qtbot, lambda: timeline.model.total == 5)
    forms = window.observation_forms.forms
    qtbot.mouseClick(detail.new_button, Qt.MouseButton.LeftButton)
    wait(qtbot, lambda: forms and forms[-1].is_ready, timeout=30_000)
    form = forms[-1]
    form.activateWindow()
    qtbot.keyClicks(form.ui.text, "Maja råbte »hej« til skraldebilen og vinkede.")
    qtbot.keyClick(form.ui.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait(qtbot, lambda: timeline.model.total == 6, timeout=30_000)
    assert "skraldebilen" in timeline.model.index(0).data()
