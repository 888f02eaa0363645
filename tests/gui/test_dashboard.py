"""Oversigt: the logged-in user's children, goals due, what comes next, absences, drafts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton

from dagpleje_desktop.gui.formatting import format_date
from dagpleje_desktop.services.journal import drafts

from child_page_support import (GOAL_A, WAIT_MS, child_installation,  # noqa: F401
                                child_template, start, wait)
from gui_support import DATA

pytestmark = pytest.mark.gui
DRAFT_TEXT = "Maja legede med vand i haven og grinede højt"


def texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def loaded_overview(qtbot, window):
    page = window.pages["Oversigt"]
    wait(qtbot, lambda: page.data is not None and not page.loading)
    return page


def card(page, name: str) -> QFrame:
    return page.findChild(QFrame, name)


def test_dashboard_lists_children_goals_meetings_absences_and_supervision(
        qtbot, controller, child_installation):
    window, seed = start(qtbot, controller, child_installation)
    page = loaded_overview(qtbot, window)

    children = card(page, "dashboardChildren")
    names = [b.text() for b in children.findChildren(QPushButton)]
    assert names == ["Emil Jensen", "Maja Nielsen"]
    days = children.findChildren(QLabel, "daysSinceObservation")
    assert [d.text() for d in days] == ["Ingen observation i 30 dage",
                                        "Seneste observation for 5 dage siden"]
    assert "font-weight: 600" in days[0].styleSheet()  # more than 14 days stands out
    assert days[1].styleSheet() == ""
    child_texts = texts(children)
    assert "Grøn" in child_texts and "Ingen position" in child_texts
    assert DATA.home in child_texts

    goals = texts(card(page, "dashboardGoals"))
    target = format_date(seed.today + timedelta(days=10))
    assert f"{target} (om 10 dage)" in goals and GOAL_A in goals

    upcoming = texts(card(page, "dashboardUpcoming"))
    assert "Statusmøde – Maja Nielsen" in upcoming and "Dagplejekontoret" in upcoming
    assert f"Tilsyn – {DATA.home}" in upcoming

    absences = texts(card(page, "dashboardAbsences"))
    first, last = seed.today + timedelta(days=2), seed.today + timedelta(days=4)
    assert DATA.home in absences
    assert f"Ferie: {format_date(first)} – {format_date(last)}" in absences

    supervision = texts(card(page, "dashboardSupervision"))
    assert DATA.home in supervision and "Overskredet" in supervision
    assert card(page, "dashboardDrafts") is None  # no drafts: no card

    maja = next(b for b in children.findChildren(QPushButton) if b.text() == "Maja Nielsen")
    wait(qtbot, lambda: maja.width() > 0)
    qtbot.mouseClick(maja, Qt.MouseButton.LeftButton)
    assert window.current_page_name() == "Børn"
    wait(qtbot, lambda: window.pages["Børn"].detail_view.name_label.text() == "Maja Nielsen")


def test_a_draft_is_listed_and_resumed_from_the_dashboard(qtbot, controller,
                                                          child_installation):
    window, seed = start(qtbot, controller, child_installation)
    loaded_overview(qtbot, window)
    # Typed in a form and autosaved, not yet saved as an observation.
    draft_id = drafts.save_draft(window.gui.session, {"text": DRAFT_TEXT}, child_id=seed.maja)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["Oversigt"]
    wait(qtbot, lambda: card(page, "dashboardDrafts") is not None)
    drafts_card = card(page, "dashboardDrafts")
    assert f"Maja Nielsen: {DRAFT_TEXT}" in texts(drafts_card)

    resume = drafts_card.findChild(QPushButton, "resumeDraft")
    wait(qtbot, lambda: resume.width() > 0)
    with qtbot.waitSignal(page.resume_draft_requested, timeout=WAIT_MS) as asked:
        qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    assert asked.args == [draft_id]
    forms = window.observation_forms.forms
    wait(qtbot, lambda: forms and forms[-1].is_ready, timeout=30_000)
    assert forms[-1].ui.text.toPlainText() == DRAFT_TEXT
