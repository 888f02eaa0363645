"""Oversigt at municipality scale: the office sees who needs attention, not 500 rows.

And the main window builds its pages when they are first shown, so start-up stays short.
"""

from __future__ import annotations

import subprocess
import sys
import uuid
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from dagpleje_desktop.domain.enums import AbsenceReason, WellbeingPosition
from dagpleje_desktop.gui.pages import overview_sections as sections
from dagpleje_desktop.services.office.dashboard import AbsenceNotice, ChildStanding, DueGoal

from gui_support import log_in

pytestmark = pytest.mark.gui
TODAY = date(2026, 3, 2)


def standing(name: str, days: int | None,
             position: WellbeingPosition = WellbeingPosition.GREEN) -> ChildStanding:
    return ChildStanding(uuid.uuid4(), name, "Solsikken", position,
                         TODAY if position != WellbeingPosition.NONE else None, days)


def municipality(quiet: int) -> list[ChildStanding]:
    """Children observed lately with no red position, plus six who need attention."""
    fine = [standing(f"Barn {n:03d}", 3) for n in range(quiet)]
    waiting = [standing("Ida Rød", 2, WellbeingPosition.RED),
               standing("Asta Rød", 9, WellbeingPosition.RED),
               standing("Bo Aldrig", None, WellbeingPosition.NONE),
               standing("Carl Længe", 20, WellbeingPosition.YELLOW),
               standing("Dora Længst", 40)]
    return sorted(fine + waiting, key=lambda c: c.name)


def shown(qtbot, frame) -> QWidget:
    holder = QWidget()
    QVBoxLayout(holder).addWidget(frame)
    qtbot.addWidget(holder)
    holder.show()
    return holder


def texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_a_long_children_list_shows_who_needs_attention_first_and_a_count(qtbot):
    opened, all_asked = [], []
    children = municipality(quiet=40)
    frame = sections.children_card("Indskrevne børn", children, opened.append,
                                   lambda: all_asked.append(True))
    holder = shown(qtbot, frame)  # noqa: F841 - keeps the card alive

    assert "Børn der trænger til opmærksomhed" in texts(frame)
    assert frame.findChild(QLabel, "attentionSummary").text() == \
        "5 af 45 børn har rød position eller er ikke observeret i over 14 dage."
    buttons = [b for b in frame.findChildren(QPushButton) if b.objectName() != "showAllChildren"]
    # Red first, then the longest without an observation; the quiet 40 are not listed.
    assert [b.text() for b in buttons] == ["Asta Rød", "Ida Rød", "Bo Aldrig", "Dora Længst",
                                           "Carl Længe"]
    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert opened == [next(c.child_id for c in children if c.name == "Ida Rød")]
    show_all = frame.findChild(QPushButton, "showAllChildren")
    assert show_all.text() == "Se alle 45 børn under Børn"
    qtbot.mouseClick(show_all, Qt.MouseButton.LeftButton)
    assert all_asked == [True]


def test_a_short_list_still_shows_every_child(qtbot):
    children = municipality(quiet=10)
    frame = sections.children_card("Børn du arbejder med", children, lambda _id: None)
    holder = shown(qtbot, frame)  # noqa: F841 - keeps the card alive
    assert "Børn du arbejder med" in texts(frame)
    assert len(frame.findChildren(QPushButton)) == len(children)
    assert frame.findChild(QPushButton, "showAllChildren") is None


def test_only_the_most_urgent_are_listed_with_how_many_more(qtbot):
    children = [standing(f"Rød {n:02d}", n, WellbeingPosition.RED) for n in range(30)]
    frame = sections.children_card("Indskrevne børn", children, lambda _id: None, lambda: None)
    holder = shown(qtbot, frame)  # noqa: F841 - keeps the card alive
    listed = [b.text() for b in frame.findChildren(QPushButton)
              if b.objectName() != "showAllChildren"]
    assert len(listed) == sections.ATTENTION_SHOWN
    assert listed[0] == "Rød 29"  # the longest without an observation first
    assert frame.findChild(QLabel, "moreNote").text().startswith("… og 18 flere.")


def test_goals_and_absences_show_the_first_and_count_the_rest(qtbot):
    goal = DueGoal(uuid.uuid4(), uuid.uuid4(), "Maja Nielsen", "Maja siger tak", TODAY, 3)
    goals = [replace(goal, goal_id=uuid.uuid4(), title=f"Mål {n}") for n in range(40)]
    frame = sections.goals_card(goals, lambda _id: None)
    holder = shown(qtbot, frame)  # noqa: F841 - keeps the card alive
    titles = [label.text() for label in frame.findChildren(QLabel, "goalTitle")]
    assert titles == [f"Mål {n}" for n in range(sections.GOALS_SHOWN)]
    assert frame.findChild(QLabel, "moreNote").text() == \
        "… og 25 mål mere med måldato inden for 30 dage. Alle står i Kalender."

    absence = AbsenceNotice(uuid.uuid4(), "Solsikken", TODAY, TODAY + timedelta(days=2),
                            AbsenceReason.HOLIDAY)
    frame = sections.absences_card([absence] * 12)
    holder = shown(qtbot, frame)  # noqa: F841 - keeps the card alive
    assert len(frame.findChildren(QLabel, "absenceHome")) == sections.ABSENCES_SHOWN
    assert frame.findChild(QLabel, "moreNote").text() == \
        "… og 2 fraværsperioder mere. Alle står i Kalender."


def test_see_all_children_on_the_overview_opens_the_children_list(qtbot, controller,
                                                                   gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    window = log_in(qtbot, ctl)
    page = window.pages["Oversigt"]
    qtbot.waitUntil(lambda: page.data is not None and not page.loading, timeout=30_000)
    page._show_board(replace(page.data, board=replace(page.data.board,
                                                      children=municipality(quiet=40))))
    button = page.findChild(QPushButton, "showAllChildren")
    qtbot.waitUntil(lambda: button.isVisible() and button.width() > 0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_page_name() == "Børn"


def test_pages_are_built_when_first_shown(qtbot, controller, gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    window = log_in(qtbot, ctl)
    assert window.current_page_name() == "Oversigt"
    assert [name for name in window.pages if window.pages.built(name)] == ["Oversigt"]
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "Dagplejehjem"
    assert window.pages.built("Dagplejehjem") is window.stack.currentWidget()
    assert window.pages.built("Børn") is None


def test_starting_the_app_does_not_load_printing_calendar_or_migration_libraries():
    probe = ("import sys\n"
             "import dagpleje_desktop.gui.app, dagpleje_desktop.gui.pages.overview\n"
             "print(sorted({m.split('.')[0] for m in sys.modules} & "
             "{'reportlab', 'holidays', 'icalendar', 'alembic', 'mako'}))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
