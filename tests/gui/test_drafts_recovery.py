"""Drafts: autosave while typing, offered back after a crash, kept or thrown away on cancel."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
import shiboken6
from PySide6.QtCore import Qt

from dagpleje_desktop.domain.enums import WellbeingPosition
from dagpleje_desktop.gui.dialogs.draft_recovery import when_text
from dagpleje_desktop.gui.dialogs.observation_state import FormState
from dagpleje_desktop.gui.formatting import LOCAL_TZ
from dagpleje_desktop.services.journal import drafts, observations

from gui_support import DATA, PASSWORD, USERNAME
from observation_steps import (answer, child_id, choose_child, click, message_box,
                               open_form_with_toolbar, start_app, wait_closed, wait_ready)

pytestmark = pytest.mark.gui
WAIT_MS = 30_000


def stored_texts(window) -> list[str]:
    return [d.payload.get("text") for d in drafts.list_drafts(window.gui.session)]


def wait_for_draft(qtbot, window, text: str) -> drafts.DraftInfo:
    qtbot.waitUntil(lambda: text in stored_texts(window), timeout=WAIT_MS)
    return next(d for d in drafts.list_drafts(window.gui.session) if d.payload["text"] == text)


def crash(window, form) -> None:
    """The power goes: the form vanishes without any closing step."""
    form.autosaver.stop()
    shiboken6.delete(form)
    window.hide()


def recovery_bar(qtbot, window):
    """The band offering an unsaved draft, once it is on screen."""
    qtbot.waitUntil(lambda: window.observation_forms.recovery_bar is not None
                    and window.observation_forms.recovery_bar.isVisible(), timeout=WAIT_MS)
    return window.observation_forms.recovery_bar


def resumed_form(qtbot, window):
    qtbot.waitUntil(lambda: bool(window.observation_forms.forms), timeout=WAIT_MS)
    return wait_ready(qtbot, window.observation_forms.forms[-1])


def clock(moment: datetime) -> str:
    local = moment.astimezone(LOCAL_TZ)
    return f"kl. {local.hour}.{local.minute:02d}"


def test_autosaved_text_is_offered_back_after_a_crash(qtbot, controller, gui_installation):
    window = start_app(qtbot, controller, gui_installation)
    form = open_form_with_toolbar(qtbot, window)
    choose_child(qtbot, form, "M")
    qtbot.keyClicks(form.ui.text, "Maja sang hele vejen til legepladsen.")
    click(qtbot, form.domains.boxes["communication"])
    click(qtbot, form.position.buttons[WellbeingPosition.YELLOW])
    wait_for_draft(qtbot, window, "Maja sang hele vejen til legepladsen.")
    qtbot.waitUntil(lambda: form.ui.draftStatus.text().startswith("Kladde gemt kl."),
                    timeout=WAIT_MS)
    qtbot.keyClicks(form.ui.text, " Hun kunne alle ordene.")
    words = "Maja sang hele vejen til legepladsen. Hun kunne alle ordene."
    draft = wait_for_draft(qtbot, window, words)  # autosave keeps following the typing
    assert draft.payload["position"] == "yellow" and draft.payload["domains"] == ["communication"]
    crash(window, form)

    window = start_app(qtbot, controller, gui_installation)  # the next morning's start
    bar = recovery_bar(qtbot, window)
    draft = drafts.list_drafts(window.gui.session)[0]
    assert bar.message.text() == (f"Du har en ikke-gemt observation om Maja Nielsen fra i dag "
                                  f"{clock(draft.updated_at)}.")
    assert bar.preview.text() == f"Den begynder: »{words}«"
    qtbot.mouseClick(bar.resume_button, Qt.MouseButton.LeftButton)

    form = resumed_form(qtbot, window)
    assert form.ui.text.toPlainText() == words
    assert form.ui.childChoice.currentText() == "Maja Nielsen"
    assert form.domains.value() == ("communication",)
    assert form.position.value() == WellbeingPosition.YELLOW
    assert form.ui.resumeHint.isVisible()
    assert not bar.isVisible(), "answered: the band goes away"
    qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
    wait_closed(qtbot, window, form)

    maja = child_id(window, "Maja Nielsen")
    assert observations.list_observations(window.gui.session, maja)[0].text == words
    assert drafts.list_drafts(window.gui.session) == [], "a saved draft is removed"


def test_an_unsaved_edit_is_offered_back_as_an_edit(qtbot, controller, gui_installation):
    window = start_app(qtbot, controller, gui_installation)
    maja = child_id(window, "Maja Nielsen")
    obs = next(o for o in observations.list_observations(window.gui.session, maja)
               if o.text == DATA.observation)
    window.edit_observation(obs.id)
    form = resumed_form(qtbot, window)
    qtbot.keyClicks(form.ui.text, " Bagefter væltede hun det og lo.")
    edited = DATA.observation + " Bagefter væltede hun det og lo."
    assert wait_for_draft(qtbot, window, edited).observation_id == obs.id
    crash(window, form)

    window = start_app(qtbot, controller, gui_installation)
    bar = recovery_bar(qtbot, window)
    assert bar.message.text().startswith(
        "Du har en ikke-gemt ændring af en observation om Maja Nielsen fra i dag kl.")
    qtbot.mouseClick(bar.resume_button, Qt.MouseButton.LeftButton)
    form = resumed_form(qtbot, window)
    assert form.ui.heading.text() == "Ret observation"
    assert form.ui.text.toPlainText() == edited
    qtbot.keyClick(form.ui.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_closed(qtbot, window, form)
    assert observations.get_observation(window.gui.session, obs.id).text == edited
    assert drafts.list_drafts(window.gui.session) == []


def test_offered_drafts_can_be_thrown_away_or_left_for_later(qtbot, controller,
                                                            gui_installation):
    ctx = gui_installation.login(USERNAME, PASSWORD)
    try:
        now = ctx.now()
        for text in ("Den ældste kladde", "Den nyeste kladde"):
            drafts.save_draft(ctx, FormState(child_id=None, observed_at=now, text=text)
                              .to_payload())
        drafts.save_draft(ctx, FormState(child_id=None, observed_at=now).to_payload())
    finally:
        ctx.close()

    window = start_app(qtbot, controller, gui_installation)
    bar = recovery_bar(qtbot, window)
    assert bar.preview.text() == "Den begynder: »Den nyeste kladde«"
    assert bar.message.text().endswith(". Der er én kladde mere.")
    qtbot.mouseClick(bar.discard_button, Qt.MouseButton.LeftButton)
    assert bar.preview.text() == "Den begynder: »Den ældste kladde«"
    qtbot.mouseClick(bar.later_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    qtbot.waitUntil(lambda: not window.gui.runner.busy, timeout=WAIT_MS)
    assert stored_texts(window) == ["Den ældste kladde"], "an empty draft is not asked about"
    assert window.observation_forms.forms == []


def test_cancel_asks_before_throwing_text_away(qtbot, controller, gui_installation):
    window = start_app(qtbot, controller, gui_installation)
    form = open_form_with_toolbar(qtbot, window)
    qtbot.keyClick(form.ui.text, Qt.Key.Key_Escape)
    wait_closed(qtbot, window, form)  # nothing typed: closes without a question

    form = open_form_with_toolbar(qtbot, window)
    choose_child(qtbot, form, "E")
    qtbot.keyClicks(form.ui.text, "Emil spiste selv med ske.")
    qtbot.keyClick(form.ui.text, Qt.Key.Key_Escape)
    box = message_box(qtbot, "observationQuestion")
    assert box.text() == "Vil du kassere teksten?"
    answer(qtbot, box, "continueButton")
    assert form.isVisible() and form.ui.text.toPlainText() == "Emil spiste selv med ske."

    qtbot.mouseClick(form.ui.cancelButton, Qt.MouseButton.LeftButton)
    answer(qtbot, message_box(qtbot, "observationQuestion"), "keepDraftButton")
    wait_closed(qtbot, window, form)
    draft = wait_for_draft(qtbot, window, "Emil spiste selv med ske.")

    window.observation_forms.resume_draft(draft)
    form = resumed_form(qtbot, window)
    assert form.ui.childChoice.currentText() == "Emil Jensen"
    qtbot.keyClick(form.ui.text, Qt.Key.Key_Escape)
    answer(qtbot, message_box(qtbot, "observationQuestion"), "discardButton")
    wait_closed(qtbot, window, form)
    assert stored_texts(window) == []
    assert observations.list_observations(window.gui.session,
                                          child_id(window, "Emil Jensen")) == []


def test_closing_the_app_keeps_an_open_form_as_a_draft(qtbot, controller, gui_installation):
    window = start_app(qtbot, controller, gui_installation)
    form = open_form_with_toolbar(qtbot, window)
    qtbot.keyClicks(form.ui.text, "Skrevet lige før lukketid")
    window.close()
    ctx = gui_installation.login(USERNAME, PASSWORD)
    try:
        assert [d.payload["text"] for d in drafts.list_drafts(ctx)] == \
            ["Skrevet lige før lukketid"]
    finally:
        ctx.close()


def test_draft_times_are_told_in_plain_danish():
    today = date(2026, 3, 12)
    at = lambda *parts: datetime(*parts, tzinfo=timezone.utc)  # noqa: E731
    assert when_text(at(2026, 3, 12, 8, 5), today) == "i dag kl. 9.05"
    assert when_text(at(2026, 3, 11, 13, 32), today) == "i går kl. 14.32"
    assert when_text(at(2026, 3, 2, 7, 15), today) == "2. marts kl. 8.15"
    assert when_text(at(2025, 12, 30, 7, 15), today) == "30. december 2025 kl. 8.15"
