"""The quick-entry form: write, choose, save; validation; undo/redo; attachments; edit, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from dagpleje_desktop.domain.enums import AuditAction, GoalStatus, SharingLevel, WellbeingPosition
from dagpleje_desktop.domain.errors import NotFoundError
from dagpleje_desktop.gui.dialogs import observation_form
from dagpleje_desktop.services.journal import attachments, observations
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.meeting_cycle import goals

from gui_support import DATA, USERNAME
from observation_steps import (activate, answer, child_id, choose_child, click, message_box,
                               open_form_with_toolbar, start_app, wait_closed, wait_ready)

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, controller, gui_installation):
    return start_app(qtbot, controller, gui_installation)


def add_goal(window, child, title, status=GoalStatus.ACTIVE):
    goal = goals.create_goal(window.gui.session, goals.GoalInput(
        child_id=child, domain="language", title=title))
    if status != GoalStatus.ACTIVE:
        goals.change_goal_status(window.gui.session, goal.id, status)
    return goal


def test_create_observation_with_domains_yellow_position_and_goal(qtbot, window):
    maja = child_id(window, "Maja Nielsen")
    goal = add_goal(window, maja, "Maja bruger to-ords-sætninger ved måltidet")
    add_goal(window, maja, "Et gammelt mål, der er nået", GoalStatus.ACHIEVED)

    form = open_form_with_toolbar(qtbot, window)
    assert form.ui.childChoice.currentIndex() == -1, "three children: the user chooses"
    choose_child(qtbot, form, "M")
    assert form.ui.childChoice.currentText() == "Maja Nielsen"
    assert list(form.goals.boxes) == [goal.id], "only the child's active goals are offered"

    qtbot.keyClicks(form.ui.situation, "Ved frokosten")
    qtbot.keyClicks(form.ui.text, "Maja sagde »mere mælk« og rakte koppen frem.")
    click(qtbot, form.domains.boxes["communication"])
    click(qtbot, form.domains.boxes["language"])
    click(qtbot, form.position.buttons[WellbeingPosition.YELLOW])
    click(qtbot, form.goals.boxes[goal.id])
    click(qtbot, form.sharing.buttons[SharingLevel.PARENTS])
    with qtbot.waitSignal(window.observations_changed, timeout=30_000) as changed:
        qtbot.keyClick(form.ui.text, Qt.Key.Key_S, CTRL)
    assert changed.args == [maja]
    wait_closed(qtbot, window, form)

    saved = observations.list_observations(window.gui.session, maja)[0]
    assert saved.text == "Maja sagde »mere mælk« og rakte koppen frem."
    assert saved.situation == "Ved frokosten"
    assert set(saved.domains) == {"communication", "language"}
    assert saved.position == WellbeingPosition.YELLOW
    assert saved.goal_ids == (goal.id,)
    assert saved.sharing == SharingLevel.PARENTS
    assert not saved.concern
    assert saved.author_name == "Hanne Sørensen"


def test_ctrl_n_from_a_child_page_chooses_that_child(qtbot, window):
    emil = child_id(window, "Emil Jensen")
    window.open_child(emil)
    qtbot.waitUntil(lambda: window.current_child_id() == emil)  # read in the background
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: bool(window.observation_forms.forms), timeout=30_000)
    form = wait_ready(qtbot, window.observation_forms.forms[-1])
    assert form.ui.childChoice.currentText() == "Emil Jensen"
    assert form.goals.hint.text() == "Barnet har ingen aktive mål."
    assert form.ui.text.hasFocus(), "she can start writing at once"


def test_the_only_child_is_chosen_for_her(qtbot, window, monkeypatch):
    only = [c for c in children.list_children(window.gui.session) if c.first_name == "Emil"]
    monkeypatch.setattr(children, "list_children", lambda _ctx: only)
    form = open_form_with_toolbar(qtbot, window)
    assert form.ui.childChoice.currentText() == "Emil Jensen"


def test_validation_is_shown_inline_and_nothing_typed_is_lost(qtbot, window):
    form = open_form_with_toolbar(qtbot, window)
    click(qtbot, form.domains.boxes["gross_motor"])
    click(qtbot, form.position.buttons[WellbeingPosition.GREEN])
    qtbot.keyClick(form.ui.text, Qt.Key.Key_Return, CTRL)

    assert form.isVisible()
    assert form.ui.childError.text() == "Vælg barnet, observationen handler om."
    assert form.ui.textError.text() == "Skriv, hvad du så – teksten er tom."
    assert form.ui.childError.isVisible() and form.ui.textError.isVisible()
    assert form.domains.value() == ("gross_motor",)
    assert form.position.value() == WellbeingPosition.GREEN

    choose_child(qtbot, form, "E")
    assert not form.ui.childError.isVisible()
    qtbot.keyClicks(form.ui.situation, "På legepladsen")
    assert not form.ui.textError.isVisible(), "a situation alone is enough to save"
    qtbot.keyClicks(form.ui.text, "Emil klatrede op ad stigen alene.")
    qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
    wait_closed(qtbot, window, form)
    saved = observations.list_observations(window.gui.session, child_id(window, "Emil Jensen"))
    assert [o.text for o in saved] == ["Emil klatrede op ad stigen alene."]


def test_enter_in_the_situation_moves_on_to_the_text(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args, **kwargs: asked.append(1) or ([], "")))
    form = open_form_with_toolbar(qtbot, window)
    form.ui.situation.setFocus()
    qtbot.keyClicks(form.ui.situation, "Ved bordet")
    qtbot.keyClick(form.ui.situation, Qt.Key.Key_Return)
    assert form.ui.text.hasFocus()
    assert form.isVisible() and asked == [], "Enter pressed no button"


def test_time_in_the_future_is_refused_with_a_message(qtbot, window):
    form = open_form_with_toolbar(qtbot, window)
    choose_child(qtbot, form, "E")
    qtbot.keyClicks(form.ui.text, "Skrevet i forvejen")
    form.ui.observedAt.setFocus()
    qtbot.keyClick(form.ui.observedAt, Qt.Key.Key_Home)  # the day section
    for _ in range(3):
        qtbot.keyClick(form.ui.observedAt, Qt.Key.Key_Up)
    qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
    assert form.ui.timeError.text() == "Tidspunktet ligger i fremtiden."
    assert form.isVisible() and form.ui.text.toPlainText() == "Skrevet i forvejen"


def test_template_headings_and_undo_redo_with_the_keyboard(qtbot, window):
    form = open_form_with_toolbar(qtbot, window)
    text = form.ui.text
    qtbot.keyClicks(text, "Ved aflevering")
    qtbot.mouseClick(form.ui.templateButton, Qt.MouseButton.LeftButton)
    with_template = text.toPlainText()
    for heading in ("Hvad skete der?", "Hvad gjorde barnet?", "Hvad tænker jeg?",
                    "Næste skridt"):
        assert heading in with_template
    assert with_template.startswith("Ved aflevering\n\nHvad skete der?")
    qtbot.keyClicks(text, "Hun græd kort")
    assert "Hvad skete der?\nHun græd kort" in text.toPlainText(), "cursor under the heading"

    qtbot.keyClick(text, Qt.Key.Key_Z, CTRL)
    assert text.toPlainText() == with_template
    qtbot.keyClick(text, Qt.Key.Key_Z, CTRL)
    assert text.toPlainText() == "Ved aflevering"
    qtbot.keyClick(text, Qt.Key.Key_Z, CTRL_SHIFT)
    assert text.toPlainText() == with_template
    qtbot.keyClick(text, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(text, Qt.Key.Key_Y, CTRL)
    assert text.toPlainText() == with_template


def test_too_big_attachment_gets_the_danish_message_and_a_photo_is_stored(
        qtbot, window, monkeypatch, tmp_path):
    big = tmp_path / "video-af-maja.jpg"
    big.write_bytes(b"\xff" * (11 * 1024 * 1024))
    photo = tmp_path / "tegning.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 2048)
    chosen = [str(big)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args, **kwargs: (list(chosen), "")))

    form = open_form_with_toolbar(qtbot, window)
    choose_child(qtbot, form, "M")
    qtbot.keyClicks(form.ui.text, "Maja tegnede en sol.")
    qtbot.mouseClick(form.attachments.add_button, Qt.MouseButton.LeftButton)
    error = form.attachments.error
    qtbot.waitUntil(error.isVisible, timeout=30_000)
    assert error.text() == ("Filen »video-af-maja.jpg« er for stor (11,0 MB). "
                            "Den største tilladte størrelse er 10,0 MB.")
    assert form.attachments.new_file_paths() == ()

    chosen[:] = [str(photo)]
    qtbot.mouseClick(form.attachments.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: list(form.attachments.new_files) == [str(photo)], timeout=30_000)
    assert not error.isVisible()
    assert form.attachments.list.item(0).text().startswith("tegning.png  (2 kB)")
    qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
    wait_closed(qtbot, window, form)

    saved = observations.list_observations(window.gui.session, child_id(window, "Maja Nielsen"))
    stored = attachments.list_attachments(window.gui.session, saved[0].id)
    assert [(a.filename, a.size) for a in stored] == [("tegning.png", photo.stat().st_size)]

    form = open_edit_form(qtbot, window, saved[0].id)  # and take it off again
    files = form.attachments.list
    assert files.item(0).text() == "tegning.png  (2 kB)"
    files.setFocus()
    files.setCurrentRow(0)
    qtbot.mouseClick(form.attachments.remove_button, Qt.MouseButton.LeftButton)
    assert files.item(0).text() == "Ingen bilag."
    assert attachments.list_attachments(window.gui.session, saved[0].id) != [], \
        "removed only when the form is saved"
    qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
    wait_closed(qtbot, window, form)
    assert attachments.list_attachments(window.gui.session, saved[0].id) == []


def existing_observation(window):
    maja = child_id(window, "Maja Nielsen")
    return next(o for o in observations.list_observations(window.gui.session, maja)
                if o.text == DATA.observation)


def open_edit_form(qtbot, window, obs_id):
    window.edit_observation(obs_id)
    qtbot.waitUntil(lambda: bool(window.observation_forms.forms), timeout=30_000)
    return wait_ready(qtbot, window.observation_forms.forms[-1])


def test_edit_changes_text_and_domains_and_keeps_the_rest(qtbot, window):
    obs = existing_observation(window)
    form = open_edit_form(qtbot, window, obs.id)
    assert form.ui.heading.text() == "Ret observation"
    assert form.ui.text.toPlainText() == DATA.observation
    assert set(form.domains.value()) == {"fine_motor", "social"}
    assert not form.ui.childChoice.isEnabled(), "an observation stays with its child"

    form.ui.text.selectAll()
    qtbot.keyClicks(form.ui.text, "Maja byggede et højt tårn og ventede på sin tur.")
    click(qtbot, form.domains.boxes["fine_motor"])
    qtbot.keyClick(form.ui.text, Qt.Key.Key_Return, CTRL)
    wait_closed(qtbot, window, form)

    edited = observations.get_observation(window.gui.session, obs.id)
    assert edited.text == "Maja byggede et højt tårn og ventede på sin tur."
    assert edited.domains == ("social",)
    assert edited.position == WellbeingPosition.GREEN
    assert edited.observed_at == obs.observed_at


def test_delete_asks_and_leaves_a_logged_tombstone(qtbot, window):
    obs = existing_observation(window)
    form = open_edit_form(qtbot, window, obs.id)
    qtbot.mouseClick(form.ui.deleteButton, Qt.MouseButton.LeftButton)
    box = message_box(qtbot, "observationQuestion")
    assert box.text() == "Slet observationen?"
    assert box.informativeText() == "Den kan ikke gendannes her, men sletningen logges."
    answer(qtbot, box, "keepButton")
    assert form.isVisible()
    observations.get_observation(window.gui.session, obs.id)  # still there

    qtbot.mouseClick(form.ui.deleteButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.observations_changed, timeout=30_000):
        answer(qtbot, message_box(qtbot, "observationQuestion"), "confirmDeleteButton")
    wait_closed(qtbot, window, form)
    with pytest.raises(NotFoundError):
        observations.get_observation(window.gui.session, obs.id)
    deletions = [e for e in audit.list_events(window.gui.session)
                 if e.action == AuditAction.DELETE and e.entity == "observation"]
    assert [(e.entity_id, e.username) for e in deletions] == [(str(obs.id), USERNAME)]


def test_delete_from_elsewhere_asks_first(qtbot, window):
    obs = existing_observation(window)
    window.delete_observation(obs.id)
    with qtbot.waitSignal(window.observations_changed, timeout=30_000) as changed:
        answer(qtbot, message_box(qtbot, "observationQuestion"), "confirmDeleteButton")
    assert changed.args == [obs.child_id]
    with pytest.raises(NotFoundError):
        observations.get_observation(window.gui.session, obs.id)


def test_tab_walks_the_form_in_reading_order(qtbot, window):
    maja = child_id(window, "Maja Nielsen")
    goal = add_goal(window, maja, "Maja siger tak")
    form = open_form_with_toolbar(qtbot, window)
    choose_child(qtbot, form, "M")
    # Maja's goals are read in the background: walk once her goal's box is there, as a
    # person reading the form sees it.
    qtbot.waitUntil(lambda: goal.id in form.goals.boxes, timeout=30_000)
    ui = form.ui
    visited = []
    form.ui.childChoice.setFocus()
    for _ in range(60):
        widget = QApplication.focusWidget()
        if not visited or visited[-1] is not widget:
            visited.append(widget)
        if widget is ui.saveButton:
            break
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    order = [ui.childChoice, ui.observedAt, ui.situation, ui.templateButton, ui.text,
             form.attachments.add_button, form.domains.boxes["personal"],
             form.position.buttons[WellbeingPosition.GREEN], ui.concern,
             form.goals.boxes[goal.id], form.sharing.buttons[SharingLevel.INTERNAL],
             ui.cancelButton, ui.saveButton]
    positions = [next((i for i, w in enumerate(visited) if w is wanted
                       or (isinstance(w.parent(), type(wanted)) and w.parent() is wanted)),
                      len(visited)) for wanted in order]
    assert positions == sorted(positions)


def test_every_input_has_an_accessible_name(qtbot, window):
    form = open_form_with_toolbar(qtbot, window)
    from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDateTimeEdit, QLineEdit,
                                   QListWidget, QPlainTextEdit)
    inputs = [w for kind in (QAbstractButton, QComboBox, QDateTimeEdit, QLineEdit, QListWidget,
                             QPlainTextEdit) for w in form.findChildren(kind)
              if w.isVisibleTo(form) and not isinstance(w.parent(), QDateTimeEdit)]
    unnamed = [w.objectName() or w.text() for w in inputs if not w.accessibleName()
               and not (isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox))]
    assert unnamed == []
