"""Every editor keeps what was typed: a visit's notes survive a crashed dialog, are gone
once the visit is saved, and closing with typed text asks whether to keep it; the same
for a course session's notes and a committee decision's note in the office's forms."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt

from dagpleje_desktop.domain.enums import ReferrerType, SessionMode
from dagpleje_desktop.services.journal import editor_drafts
from dagpleje_desktop.services.office import referrals
from dagpleje_desktop.services.meeting_cycle import visits
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.office.referrals import ReferralInput

from consultant_steps import seed
from gui_support import PASSWORD, USERNAME
from observation_steps import answer, message_box
from office_steps import click, open_office, type_text, wait_closed
from test_courses_gui import UNIT, _guidance_with
from test_visits_page import open_dialog, open_visits

pytestmark = pytest.mark.gui
WAIT = 20_000
NOTE = "Puderum indrettet; gennemgik sovetider"


def stored_draft(installation, key: str):
    ctx = installation.login(USERNAME, PASSWORD)
    try:
        return editor_drafts.editor_draft(ctx, key)
    finally:
        ctx.close()


def wait_stored(qtbot, installation, key: str, fields: dict) -> None:
    """The pause in typing has passed and the draft holds the text."""
    def stored() -> bool:
        draft = stored_draft(installation, key)
        return draft is not None and draft.fields == fields
    qtbot.waitUntil(stored, timeout=WAIT)


def test_visit_notes_come_back_after_a_crash_and_are_gone_once_saved(
        qtbot, controller, gui_installation):
    _window, view = open_visits(qtbot, controller, gui_installation)
    dialog = open_dialog(qtbot, view, view.supervise_button)
    key = dialog.draft_guard.key
    type_text(qtbot, dialog.ui.notes, NOTE)
    wait_stored(qtbot, gui_installation, key, {"notes": NOTE})

    shiboken6.delete(dialog)  # gone without closing, as in a crash
    again = open_dialog(qtbot, view, view.supervise_button)
    qtbot.waitUntil(lambda: again.ui.notes.toPlainText() == NOTE, timeout=WAIT)
    assert "ikke-gemte noter er hentet frem" in again.ui.busyLabel.text()

    click(qtbot, again.ui.saveButton)
    wait_closed(qtbot, again)
    assert stored_draft(gui_installation, key) is None
    (visit,) = seed(gui_installation, lambda ctx: visits.list_visits(ctx))
    assert visit.notes == NOTE

    third = open_dialog(qtbot, view, view.supervise_button)
    qtbot.waitUntil(lambda: not view.gui.runner.busy, timeout=WAIT)
    assert third.ui.notes.toPlainText() == ""


def test_escape_with_typed_notes_asks_and_each_answer_does_what_it_says(
        qtbot, controller, gui_installation):
    _window, view = open_visits(qtbot, controller, gui_installation)
    dialog = open_dialog(qtbot, view, view.supervise_button)
    key = dialog.draft_guard.key
    type_text(qtbot, dialog.ui.notes, NOTE)

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    answer(qtbot, message_box(qtbot, "unsavedTextQuestion"), "backToEditor")
    qtbot.waitUntil(lambda: dialog.draft_guard.question is None, timeout=WAIT)
    assert dialog.isVisible() and dialog.ui.notes.toPlainText() == NOTE

    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    answer(qtbot, message_box(qtbot, "unsavedTextQuestion"), "keepDraft")
    wait_closed(qtbot, dialog)
    wait_stored(qtbot, gui_installation, key, {"notes": NOTE})

    again = open_dialog(qtbot, view, view.supervise_button)
    qtbot.waitUntil(lambda: again.ui.notes.toPlainText() == NOTE, timeout=WAIT)
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    answer(qtbot, message_box(qtbot, "unsavedTextQuestion"), "discardText")
    wait_closed(qtbot, again)
    qtbot.waitUntil(lambda: stored_draft(gui_installation, key) is None, timeout=WAIT)
    assert seed(gui_installation, lambda ctx: visits.list_visits(ctx)) == []


def test_a_closed_dialog_without_typing_asks_nothing(qtbot, controller, gui_installation):
    _window, view = open_visits(qtbot, controller, gui_installation)
    dialog = open_dialog(qtbot, view, view.supervise_button)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    wait_closed(qtbot, dialog)
    assert dialog.draft_guard.question is None


def test_a_course_sessions_notes_are_kept_when_the_form_is_closed(
        qtbot, controller, gui_installation):
    seed(gui_installation, _guidance_with(((SessionMode.PHYSICAL, 2),)))
    _window, page = open_office(qtbot, controller, gui_installation, "Forløb")
    panel = page.courses_view.panel
    qtbot.waitUntil(lambda: panel.title.text() == f"Minivejledningsforløb – {UNIT}",
                    timeout=WAIT)
    click(qtbot, panel.session_button)
    dialog = panel.dialog
    type_text(qtbot, dialog.notes, "Aftalt faste billeder ved overgange")
    click(qtbot, dialog.cancel_button)
    answer(qtbot, message_box(qtbot, "unsavedTextQuestion"), "keepDraft")
    wait_closed(qtbot, dialog)

    click(qtbot, panel.session_button)
    again = panel.dialog
    qtbot.waitUntil(lambda: again.notes.toPlainText() == "Aftalt faste billeder ved overgange",
                    timeout=WAIT)
    assert again.busy.text() == "Din ikke-gemte tekst er hentet frem."
    click(qtbot, again.action_button)
    wait_closed(qtbot, again)
    qtbot.waitUntil(lambda: panel.sessions.rowCount() == 2, timeout=WAIT)
    assert stored_draft(gui_installation, again.draft_key) is None


def test_a_decision_note_typed_and_left_comes_back_with_the_referral(
        qtbot, controller, gui_installation):
    def received(ctx):
        return referrals.register_referral(ctx, ReferralInput(
            ReferrerType.SOCIAL_WORKER, "Ahmad Rahimi", "Behov for faste rammer", 3,
            new_child=ChildInput("Noah", "Berg"), committee_date=ctx.today())).info
    referral = seed(gui_installation, received)
    _window, page = open_office(qtbot, controller, gui_installation, "Visitationssager")
    view = page.referrals_view
    view.select_referral(referral.id)
    click(qtbot, view.panel.decide_button)
    dialog = view.panel.dialog
    type_text(qtbot, dialog.note, "Udvalget ønsker en udtalelse fra sundhedsplejen")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    answer(qtbot, message_box(qtbot, "unsavedTextQuestion"), "keepDraft")
    wait_closed(qtbot, dialog)

    click(qtbot, view.panel.decide_button)
    again = view.panel.dialog
    qtbot.waitUntil(lambda: again.note.toPlainText() ==
                    "Udvalget ønsker en udtalelse fra sundhedsplejen", timeout=WAIT)
    assert stored_draft(gui_installation, again.draft_key).fields == {
        "note": "Udvalget ønsker en udtalelse fra sundhedsplejen"}
