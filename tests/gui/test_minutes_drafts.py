"""Minutes are never lost: typed minutes stay when the person navigates away and back or
opens the meeting again, and after a crash the next session brings them back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dagpleje_desktop.services.journal import editor_drafts
from dagpleje_desktop.services.meeting_cycle import meetings
from dagpleje_desktop.services.journal.editor_drafts import meeting_minutes_key

from consultant_steps import click_navigation, seed, start_app
from gui_support import PASSWORD, USERNAME
from test_meetings_page import _held_yesterday, open_row

pytestmark = pytest.mark.gui
WAIT = 20_000


def open_minutes(qtbot, controller, installation):
    ctl, window = start_app(qtbot, controller, installation)
    click_navigation(qtbot, window, "Møder")
    page = window.pages["Møder"]
    open_row(qtbot, page)
    holding = page.workspace.holding
    qtbot.waitUntil(lambda: bool(holding.item_minutes), timeout=WAIT)
    return ctl, window, page, holding


def parents_minutes(holding):
    return {item.title: text for item, text in holding.item_minutes}["Status fra forældre"]


def stored_draft(installation, meeting_id):
    ctx = installation.login(USERNAME, PASSWORD)
    try:
        return editor_drafts.editor_draft(ctx, meeting_minutes_key(meeting_id))
    finally:
        ctx.close()


def test_minutes_typed_stay_when_navigating_away_and_opening_the_meeting_again(
        qtbot, controller, gui_installation):
    seed(gui_installation, _held_yesterday)
    _ctl, window, page, holding = open_minutes(qtbot, controller, gui_installation)
    qtbot.keyClicks(parents_minutes(holding), "Maja sover bedre om natten")
    qtbot.keyClicks(holding.decisions, "Fysioterapeut tilknyttes")

    click_navigation(qtbot, window, "Kalender")
    click_navigation(qtbot, window, "Møder")
    page.open_meeting(holding.detail.summary.id)  # as the calendar's "Åbn møde" does
    qtbot.waitUntil(lambda: page.showing_meeting and not page.workspace.opening, timeout=WAIT)
    assert parents_minutes(holding).toPlainText() == "Maja sover bedre om natten"
    assert holding.decisions.toPlainText() == "Fysioterapeut tilknyttes"


def test_minutes_of_a_session_that_crashed_come_back_in_the_next_one(
        qtbot, controller, gui_installation):
    meeting_id = seed(gui_installation, _held_yesterday)
    _ctl, _window, _page, holding = open_minutes(qtbot, controller, gui_installation)
    qtbot.keyClicks(parents_minutes(holding), "Maja sover bedre om natten")
    # The draft is stored during a pause in typing, before anything is saved.
    qtbot.waitUntil(lambda: (draft := stored_draft(gui_installation, meeting_id)) is not None
                    and "Maja sover" in str(draft.fields), timeout=WAIT)

    # The first window is gone without closing (a crash); a new session opens the meeting.
    _ctl2, _window2, _page2, again = open_minutes(qtbot, controller, gui_installation)
    qtbot.waitUntil(lambda: parents_minutes(again).toPlainText() ==
                    "Maja sover bedre om natten", timeout=WAIT)
    assert "hentet frem" in again.result.text()

    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Referatet er gemt" in again.result.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: stored_draft(gui_installation, meeting_id) is None, timeout=WAIT)
    ctx = gui_installation.login(USERNAME, PASSWORD)
    try:
        detail = meetings.get_meeting(ctx, meeting_id)
    finally:
        ctx.close()
    assert any(item.minutes == "Maja sover bedre om natten" for item in detail.agenda)
