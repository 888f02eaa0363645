"""What is typed in the goal dialog and in the action plan's texts is never lost: it comes
back in the next session after the window was closed or the dialog vanished in a crash,
closing the dialog unsaved asks first, and saving drops the draft."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from dagpleje_desktop.gui.operations.goals import goal_draft_key
from dagpleje_desktop.gui.operations.meetings import plan_draft_key
from dagpleje_desktop.services.journal import editor_drafts
from dagpleje_desktop.services.meeting_cycle import goals, meeting_minutes

from consultant_steps import (choose, click, click_navigation, maja_id, plan_for_maja, seed,
                              wait_closed, wait_idle)
from gui_support import PASSWORD, USERNAME
from test_goals_dialogs import open_goals
from test_plans import open_conclusion

pytestmark = pytest.mark.gui
WAIT = 20_000
GOAL_TEXT = "Maja siger tak ved bordet"


def stored_draft(installation, key: str):
    ctx = installation.login(USERNAME, PASSWORD)
    try:
        return editor_drafts.editor_draft(ctx, key)
    finally:
        ctx.close()


def new_goal_key(installation) -> str:
    return goal_draft_key(None, seed(installation, maja_id))


def type_a_new_goal(qtbot, view):
    click(qtbot, view.new_button)
    dialog = view.dialog
    qtbot.keyClicks(dialog.ui.goalTitle, GOAL_TEXT)
    qtbot.keyClicks(dialog.ui.signs, "Siger »tak« uden at blive mindet om det")
    return dialog


def test_a_goal_typed_before_the_window_closed_is_back_in_the_next_session_until_saved(
        qtbot, controller, gui_installation):
    key = new_goal_key(gui_installation)
    page, view = open_goals(qtbot, controller, gui_installation)
    type_a_new_goal(qtbot, view)
    page.window().close()  # at once, before any pause in typing stored a draft
    assert stored_draft(gui_installation, key).fields["title"] == GOAL_TEXT

    _, again = open_goals(qtbot, controller, gui_installation)
    click(qtbot, again.new_button)
    dialog = again.dialog
    qtbot.waitUntil(lambda: dialog.ui.goalTitle.toPlainText() == GOAL_TEXT, timeout=WAIT)
    assert dialog.ui.signs.toPlainText() == "Siger »tak« uden at blive mindet om det"
    assert "hentet frem" in dialog.draft_notice.text() and dialog.draft_notice.isVisible()

    click(qtbot, dialog.ui.saveButton)
    wait_closed(qtbot, dialog)
    assert stored_draft(gui_installation, key) is None
    [goal] = seed(gui_installation, lambda ctx: goals.goals_for_child(ctx, maja_id(ctx)))
    assert goal.title == GOAL_TEXT


def test_a_goal_typed_before_a_crash_is_back_after_a_pause_in_typing(
        qtbot, controller, gui_installation):
    key = new_goal_key(gui_installation)
    _, view = open_goals(qtbot, controller, gui_installation)
    dialog = type_a_new_goal(qtbot, view)
    qtbot.waitUntil(lambda: (draft := stored_draft(gui_installation, key)) is not None
                    and draft.fields["title"] == GOAL_TEXT, timeout=WAIT)
    dialog.deleteLater()  # gone without closing, as in a crash

    _, again = open_goals(qtbot, controller, gui_installation)
    click(qtbot, again.new_button)
    qtbot.waitUntil(lambda: again.dialog.ui.goalTitle.toPlainText() == GOAL_TEXT,
                    timeout=WAIT)


def unsaved_question(dialog) -> QMessageBox:
    return dialog.findChild(QMessageBox, "unsavedTextQuestion")


def test_closing_the_goal_dialog_unsaved_asks_and_keeps_discards_or_goes_back(
        qtbot, controller, gui_installation):
    key = new_goal_key(gui_installation)
    _, view = open_goals(qtbot, controller, gui_installation)
    dialog = type_a_new_goal(qtbot, view)

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: unsaved_question(dialog) is not None, timeout=WAIT)
    click(qtbot, unsaved_question(dialog).findChild(QPushButton, "backToEditor"))
    qtbot.waitUntil(lambda: unsaved_question(dialog) is None, timeout=WAIT)
    assert dialog.isVisible() and dialog.ui.goalTitle.toPlainText() == GOAL_TEXT

    click(qtbot, dialog.ui.cancelButton)  # Annullér
    qtbot.waitUntil(lambda: unsaved_question(dialog) is not None, timeout=WAIT)
    click(qtbot, unsaved_question(dialog).findChild(QPushButton, "keepDraft"))
    wait_closed(qtbot, dialog)
    qtbot.waitUntil(lambda: stored_draft(gui_installation, key) is not None, timeout=WAIT)

    click(qtbot, view.new_button)
    dialog = view.dialog
    qtbot.waitUntil(lambda: dialog.ui.goalTitle.toPlainText() == GOAL_TEXT, timeout=WAIT)
    dialog.close()  # the window's X
    qtbot.waitUntil(lambda: unsaved_question(dialog) is not None, timeout=WAIT)
    click(qtbot, unsaved_question(dialog).findChild(QPushButton, "discardText"))
    wait_closed(qtbot, dialog)
    qtbot.waitUntil(lambda: stored_draft(gui_installation, key) is None, timeout=WAIT)
    assert seed(gui_installation, lambda ctx: goals.goals_for_child(ctx, maja_id(ctx))) == []


def _held_meeting(ctx):
    meeting = plan_for_maja(ctx, ctx.today() - timedelta(days=2))
    meeting_minutes.hold_meeting(ctx, meeting.summary.id, meeting_minutes.HoldInput(
        decisions="Forældrene øver ord ved aftensmaden"))
    return meeting.summary.id


def test_plan_texts_typed_are_kept_when_leaving_and_come_back_until_the_plan_is_made(
        qtbot, controller, gui_installation):
    meeting_id = seed(gui_installation, _held_meeting)
    key = plan_draft_key(meeting_id)
    page, conclusion = open_conclusion(qtbot, controller, gui_installation)
    conclusion.form.resources.clear()
    qtbot.keyClicks(conclusion.form.resources, "Glad for musik og sang")
    click_navigation(qtbot, page.window(), "Kalender")  # leaving keeps the typing at once
    qtbot.waitUntil(lambda: (draft := stored_draft(gui_installation, key)) is not None
                    and draft.fields["resources"] == "Glad for musik og sang", timeout=WAIT)
    page.window().close()

    _, again = open_conclusion(qtbot, controller, gui_installation)
    qtbot.waitUntil(lambda: again.form.resources.toPlainText() == "Glad for musik og sang",
                    timeout=WAIT)
    assert "hentet frem" in again.feedback.text()
    click(qtbot, again.create_button)
    qtbot.waitUntil(lambda: again.plan is not None, timeout=WAIT)
    assert "Glad for musik og sang" in again.plan_text.toPlainText()
    assert stored_draft(gui_installation, key) is None


def test_a_new_goal_draft_belongs_to_its_child(qtbot, controller, gui_installation):
    key = new_goal_key(gui_installation)
    _, view = open_goals(qtbot, controller, gui_installation)
    dialog = type_a_new_goal(qtbot, view)
    click(qtbot, dialog.ui.cancelButton)
    qtbot.waitUntil(lambda: unsaved_question(dialog) is not None, timeout=WAIT)
    click(qtbot, unsaved_question(dialog).findChild(QPushButton, "keepDraft"))
    wait_closed(qtbot, dialog)
    qtbot.waitUntil(lambda: stored_draft(gui_installation, key) is not None, timeout=WAIT)

    choose(qtbot, view.child_choice, "Emil Jensen")
    click(qtbot, view.new_button)
    other = view.dialog
    wait_idle(qtbot, view.gui)  # the read of Emil's draft has answered
    assert other.ui.goalTitle.toPlainText() == "" and not other.draft_notice.isVisible()
