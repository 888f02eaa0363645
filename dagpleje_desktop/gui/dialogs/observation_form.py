"""The quick-entry form for an observation (ui/observation_form.ui): new, edit, delete.

How other parts of the GUI use it -- always through the main window, never directly:

    window.new_observation(child_id=None)   # child_id pre-selects; None: the child shown
                                            # on the Børn page, or the only child
    window.edit_observation(obs_id)         # opens the form with the observation (or the
                                            # user's unsaved draft of that edit)
    window.delete_observation(obs_id)       # asks, then deletes (a tombstone, logged)
    window.observation_forms.resume_draft(draft_info)  # open a DraftInfo (operations.drafts)
    window.observations_changed             # Signal(child_id): saved, edited or deleted
    window.drafts_changed                   # Signal(): a draft was stored or removed

After login the app offers unsaved drafts back in a band under the toolbar
(draft_recovery); the idle lock (gui/lock.py) hides open forms and restores them as
they were.

The form autosaves a draft every few seconds while it has changes (draft_autosave), and
keeps everything typed when validation fails. Esc asks before throwing text away.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (QBoxLayout, QDialog, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)
from shiboken6 import isValid

from ..context import GuiContext
from ..forms import load_form
from ..formatting import LOCAL_TZ, format_datetime
from ..messages import service_text
from ..operations import children as child_ops
from ..operations import observations as obs_ops
from ..operations.corrections import load_corrections
from ..operations.drafts import DraftInfo
from ..operations.observations import AttachmentInfo, ObservationInfo
from ..operations.other_children import load_name_book
from ..operations.runner import user_message
from ..operations.runner import guarded
from ..widgets.feedback import show_field_error
from ..widgets.observation_attachments import AttachmentList
from ..widgets.other_child_warning import OtherChildWarning
from ..widgets.reflow import ColumnReflow, scroll_bar_width
from ..widgets.observation_choices import (DomainChecklist, GoalChecklist, PositionPicker,
                                           SharingPicker)
from . import observation_questions as questions
from .draft_autosave import DraftAutosaver
from .framing import frame_form
from .observation_saving import observation_save
from .observation_state import FormState
from .observation_text import from_qdatetime, insert_template, to_qdatetime

FUTURE_TOLERANCE = timedelta(hours=1)  # as the service: a clock a little ahead is fine


class ObservationFormDialog(QDialog):
    """One observation: new (observation=None) or an edit; ``draft`` resumes unsaved input."""

    saved = Signal(object)      # ObservationInfo
    deleted = Signal(object)    # child id
    drafts_changed = Signal()

    def __init__(self, gui: GuiContext, *, child_id: uuid.UUID | None = None,
                 observation: ObservationInfo | None = None,
                 attachments: list[AttachmentInfo] = (), draft: DraftInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui, self.observation = gui, observation
        # The new observation's id from the start: a save tried again stores it once.
        self.new_observation_id = uuid.uuid4()
        self._closing = self._saving = False
        self._loaded = self._goals_loaded = False
        self._goals_child: uuid.UUID | None = None
        now = gui.session.now().replace(second=0, microsecond=0)
        self._original = (FormState.from_observation(observation) if observation
                          else FormState(child_id=None, observed_at=now))
        start = FormState.from_payload(draft.payload, now) if draft else self._original
        if observation is None and start.child_id is None:
            start = replace(start, child_id=child_id)
        self._wanted_child = start.child_id
        self._wanted_goals = start.goal_ids
        self._build()
        self.autosaver = DraftAutosaver(
            gui, self._state_for_autosave,
            observation_id=observation.id if observation else None,
            draft_id=draft.id if draft else None, parent=self)
        self.autosaver.saved.connect(self._draft_saved)
        self.autosaver.failed.connect(lambda exc: self.ui.draftStatus.setText(
            self.tr("Kladden kunne ikke gemmes: %1").replace("%1", user_message(exc))))
        self.autosaver.discarded.connect(self.drafts_changed)
        self._show(start, attachments)
        if draft is not None:
            self.ui.resumeHint.setText(self.tr(
                "Du fortsætter fra en kladde, der ikke blev gemt. Tjek teksten, og tryk Gem."))
        self.ui.resumeHint.setVisible(draft is not None)
        self._load_children()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.ui = ui = load_form("observation_form", self)
        editing = self.observation is not None
        title = self.tr("Ret observation") if editing else self.tr("Ny observation")
        frame_form(self, ui, f"{title} – Dagpleje Desktop", min_width=860)
        ui.heading.setText(title)
        self.domains = DomainChecklist()
        self.position = PositionPicker()
        self.goals = GoalChecklist()
        self.sharing = SharingPicker()
        self.attachments = AttachmentList(self.gui.runner)
        for holder, widget in ((ui.domainsHolder, self.domains),
                               (ui.positionHolder, self.position),
                               (ui.goalsHolder, self.goals), (ui.sharingHolder, self.sharing),
                               (ui.attachmentsHolder, self.attachments)):
            holder.layout().addWidget(widget)
        # The fields scroll, the buttons below them do not; with larger text the choices
        # go under the text instead of past the right edge
        ui.formScroll.viewport().setAutoFillBackground(False)
        ui.formBody.setAutoFillBackground(False)
        ui.choices.setAutoFillBackground(False)
        self.reflow = ColumnReflow(ui.findChild(QBoxLayout, "columns"), ui.formScroll,
                                   reserve=scroll_bar_width(ui.formScroll))
        ui.childChoice.setEnabled(False)  # until the children are loaded
        ui.deleteButton.setVisible(editing)
        for button in self.findChildren(QPushButton):  # Enter in a field must never press
            button.setAutoDefault(False)               # a button (e.g. "Vedhæft …")
        ui.busyLabel.setVisible(False)
        for label in (ui.childError, ui.timeError, ui.textError, ui.formError):
            show_field_error(label)
        self.other_child = OtherChildWarning([ui.situation, ui.text], self.child_id)
        column = ui.findChild(QVBoxLayout, "leftColumn")
        column.insertWidget(column.indexOf(ui.textError) + 1, self.other_child)
        load_name_book(self.gui.runner, self.gui.session,
                       guarded(self, self.other_child.set_name_book), lambda _exc: None)
        self.correction_reason = None
        if self.observation is not None and self.observation.locked:
            column.insertWidget(column.indexOf(self.other_child) + 1, self._reason_row())
        self._connect()
        self._set_tab_order()

    def _reason_row(self) -> QWidget:
        """A locked observation (more than a day old) is corrected with a reason; the
        earlier wording is kept and stays readable (notatpligt)."""
        row = QWidget()
        box = QVBoxLayout(row)
        box.setContentsMargins(0, 4, 0, 4)
        hint = QLabel(self.tr("Observationen er mere end et døgn gammel. Retter du teksten, "
                              "gemmes den tidligere ordlyd, og rettelsen kræver en "
                              "begrundelse."))
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        self.correction_reason = QLineEdit()
        self.correction_reason.setObjectName("correctionReason")
        self.correction_reason.setAccessibleName(self.tr("Begrundelse for rettelsen"))
        self.correction_reason.setPlaceholderText(self.tr("Begrundelse for rettelsen"))
        self.correction_reason.setMaxLength(500)
        box.addWidget(hint)
        box.addWidget(self.correction_reason)
        self.earlier_wording = QLabel()
        self.earlier_wording.setObjectName("earlierWording")
        self.earlier_wording.setWordWrap(True)
        self.earlier_wording.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.earlier_wording.setVisible(False)
        box.addWidget(self.earlier_wording)
        if self.observation.corrections:
            load_corrections(self.gui.runner, self.gui.session, self.observation.id,
                             guarded(self, self._show_earlier_wording), lambda _exc: None)
        return row

    def _show_earlier_wording(self, found) -> None:
        """Every earlier wording, with who corrected it, when and why (the team reads it)."""
        lines = [self.tr("Tidligere ordlyd:")]
        for item in found:
            lines.append(self.tr("{field} før rettelsen {when} af {who} ({reason}): »{text}«")
                         .format(field=service_text(item.field_label), when=format_datetime(item.corrected_at),
                                 who=item.corrected_by, reason=item.reason,
                                 text=item.previous_text))
        self.earlier_wording.setText("\n".join(lines))
        self.earlier_wording.setVisible(bool(found))

    def _connect(self) -> None:
        ui = self.ui
        ui.saveButton.clicked.connect(self.submit)
        ui.cancelButton.clicked.connect(self.reject)
        ui.deleteButton.clicked.connect(self.ask_delete)
        ui.templateButton.clicked.connect(lambda: insert_template(ui.text))
        ui.situation.returnPressed.connect(ui.text.setFocus)
        ui.childChoice.currentIndexChanged.connect(self._child_changed)
        ui.childChoice.currentIndexChanged.connect(lambda _i: self.other_child.check())
        for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.submit)
        # Redo under both names on every platform (Ctrl+Shift+Z on Linux and Mac, Ctrl+Y
        # on Windows); the text field handles its own platform's key before these fire.
        for keys in ("Ctrl+Shift+Z", "Ctrl+Y"):
            QShortcut(QKeySequence(keys), ui.text, activated=ui.text.redo,
                      context=Qt.ShortcutContext.WidgetShortcut)

    def _set_tab_order(self) -> None:
        ui = self.ui
        chain = [ui.childChoice, ui.observedAt, ui.situation, ui.templateButton, ui.text,
                 self.attachments.add_button, self.attachments.remove_button,
                 self.attachments.list, *self.domains.boxes.values(),
                 *self.position.buttons.values(), ui.concern, *self.goals.boxes.values(),
                 *self.sharing.buttons.values(), ui.deleteButton, ui.cancelButton,
                 ui.saveButton]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # -- state --------------------------------------------------------------------------

    def _show(self, state: FormState, existing: list[AttachmentInfo]) -> None:
        ui = self.ui
        ui.observedAt.setDateTime(to_qdatetime(state.observed_at))
        ui.situation.setText(state.situation)
        ui.text.setPlainText(state.text)  # also clears the undo history: nothing to undo yet
        if self.correction_reason is not None:
            self.correction_reason.setText(state.correction_reason)
        ui.text.moveCursor(QTextCursor.MoveOperation.End)
        ui.concern.setChecked(state.concern)
        self.domains.set_value(state.domains)
        self.position.set_value(state.position)
        self.sharing.set_value(state.sharing)
        self.attachments.set_existing(list(existing), state.removed_attachment_ids)
        self.attachments.add_files(state.new_files, resumed=True)
        self._resumed = state
        for signal in (ui.situation.textChanged, ui.text.textChanged, ui.concern.toggled,
                       ui.observedAt.dateTimeChanged, self.domains.changed,
                       self.position.changed, self.goals.changed, self.sharing.changed,
                       self.attachments.changed):
            signal.connect(self._clear_errors)
        ui.text.setFocus()

    def child_id(self) -> uuid.UUID | None:
        if not self._loaded:
            return self._wanted_child
        value = self.ui.childChoice.currentData()
        return uuid.UUID(value) if value else None

    def state(self) -> FormState:
        ui = self.ui
        return FormState(
            child_id=self.child_id(), observed_at=from_qdatetime(ui.observedAt.dateTime()),
            situation=ui.situation.text(), text=ui.text.toPlainText(),
            domains=self.domains.value(), position=self.position.value(),
            concern=ui.concern.isChecked(), sharing=self.sharing.value(),
            goal_ids=self.goals.value() if self._goals_loaded else self._wanted_goals,
            new_files=self.attachments.new_file_paths(),
            removed_attachment_ids=self.attachments.removed_ids(),
            correction_reason=(self.correction_reason.text()
                               if self.correction_reason is not None else ""))

    def has_unsaved_input(self) -> bool:
        """Something the user would lose by closing: differs from what is stored."""
        state = self.state()
        if self.observation is None:
            blank = FormState(child_id=state.child_id, observed_at=state.observed_at,
                              sharing=state.sharing)
            return state != blank
        return state != self._original

    def _state_for_autosave(self) -> FormState | None:
        if self._saving or self._closing:
            return None
        if self.autosaver.draft_id is None and not self.has_unsaved_input():
            return None  # nothing typed yet: no draft
        return self.state()

    @property
    def is_ready(self) -> bool:
        """Children and goals are loaded (tests and the launcher wait for this)."""
        return self._loaded and (self._goals_loaded or self.child_id() is None)

    # -- loading -------------------------------------------------------------------------

    def _load_children(self) -> None:
        runner, session, obs = self.gui.runner, self.gui.session, self.observation
        if obs is not None:
            child_ops.load_summaries(runner, session, [obs.child_id], self._children_loaded,
                                     self._load_failed)
        else:
            child_ops.list_children(runner, session, self._children_loaded, self._load_failed)

    def _children_loaded(self, summaries) -> None:
        if not isValid(self):
            return
        combo, wanted = self.ui.childChoice, self._wanted_child
        combo.blockSignals(True)
        for summary in summaries:  # ids as text: Qt compares item data by value then
            combo.addItem(summary.name, str(summary.id))
        if wanted is None and len(summaries) == 1:
            wanted = summaries[0].id  # the usual mini-childminder case: one child
        combo.setCurrentIndex(combo.findData(str(wanted)) if wanted else -1)
        combo.blockSignals(False)
        combo.setEnabled(self.observation is None)
        self._loaded = True
        self._child_changed()
        self.autosaver.start(self._resumed)

    def _load_failed(self, exc: BaseException) -> None:
        if isValid(self):
            show_field_error(self.ui.formError, user_message(exc))

    def _child_changed(self, *_args) -> None:
        child_id = self.child_id()
        show_field_error(self.ui.childError)
        if child_id is None:
            self._goals_loaded = False
            self.goals.show_hint(self.tr("Vælg barnet for at se dets mål."))
            return
        if child_id != self._goals_child:
            keep = self._wanted_goals if self._goals_child is None else ()
            self._goals_loaded, self._goals_child = False, child_id
            self.goals.show_hint(self.tr("Henter barnets mål …"))
            child_ops.load_goals(self.gui.runner, self.gui.session, child_id,
                                 lambda found: self._goals_found(child_id, found, keep),
                                 self._load_failed)

    def _goals_found(self, child_id: uuid.UUID, found, keep) -> None:
        if not isValid(self) or child_id != self.child_id():
            return  # the user chose another child meanwhile
        self.goals.set_goals(found, keep)
        self._goals_loaded = True
        self._set_tab_order()  # the new goal boxes go between "Bekymring" and "Deling"

    # -- editing helpers -------------------------------------------------------------------

    def _clear_errors(self, *_args) -> None:
        show_field_error(self.ui.formError)
        if self.ui.textError.isVisible() and self.state().has_words:
            show_field_error(self.ui.textError)
        show_field_error(self.ui.timeError)

    def _draft_saved(self, _draft_id) -> None:
        stamp = datetime.now(LOCAL_TZ)
        self.ui.draftStatus.setText(self.tr("Kladde gemt kl. %1").replace(
            "%1", f"{stamp:%H.%M}"))
        self.drafts_changed.emit()

    # -- saving -----------------------------------------------------------------------------

    def validate(self, state: FormState) -> bool:
        ui, first = self.ui, None
        if state.child_id is None:
            show_field_error(ui.childError, self.tr("Vælg barnet, observationen handler om."))
            first = first or ui.childChoice
        if not state.has_words:
            show_field_error(ui.textError, self.tr("Skriv, hvad du så – teksten er tom."))
            first = first or ui.text
        elif self._needs_reason(state):
            show_field_error(ui.textError, self.tr(
                "Skriv en begrundelse for rettelsen; den tidligere ordlyd gemmes."))
            first = first or self.correction_reason
        if ui.observedAt.error():
            show_field_error(ui.timeError, ui.observedAt.error())
            first = first or ui.observedAt
        elif state.observed_at > self.gui.session.now() + FUTURE_TOLERANCE:
            show_field_error(ui.timeError, self.tr("Tidspunktet ligger i fremtiden."))
            first = first or ui.observedAt
        if self.attachments.reading:
            show_field_error(ui.formError, self.tr("Vent et øjeblik: bilagene læses ind."))
            first = first or ui.saveButton
        if first is not None:
            first.setFocus()
        return first is None

    def _needs_reason(self, state: FormState) -> bool:
        obs = self.observation
        return (obs is not None and obs.locked and not state.correction_reason.strip()
                and (state.text.strip() != obs.text or state.situation.strip() != obs.situation))

    def submit(self) -> None:
        if self._saving or self._closing or not self.is_ready:
            return
        state = self.state()
        if not self.validate(state):
            return
        self._set_saving(True)
        self.autosaver.when_idle(lambda: self._start_save(state))

    def _start_save(self, state: FormState) -> None:
        obs_id = self.observation.id if self.observation else self.new_observation_id
        new_files = [self.attachments.new_files[p] for p in state.new_files]
        save = observation_save(obs_id, state, new_files, self.autosaver.draft_id)
        obs_ops.save(self.gui.runner, self.gui.session, save, self._saved_ok,
                     self._save_failed)

    def _saved_ok(self, info: ObservationInfo) -> None:
        if not isValid(self):
            return
        self._closing = True
        self.autosaver.stop()
        self.autosaver.draft_id = None
        self.saved.emit(info)
        self.drafts_changed.emit()
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._set_saving(False)  # everything typed is still there
        show_field_error(self.ui.formError, user_message(exc))
        self.ui.saveButton.setFocus()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.ui.busyLabel.setVisible(saving)
        for widget in (self.ui.saveButton, self.ui.cancelButton, self.ui.deleteButton):
            widget.setEnabled(not saving)
        if not saving:
            self.autosaver.timer.start()

    # -- cancel and delete ---------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Annullér or the window's close button: ask before throwing text away."""
        if self._saving or self._closing:
            return
        if not self.has_unsaved_input():
            self.close_discarding()
            return
        questions.ask_discard_text(self, self._cancel_answered)

    def _cancel_answered(self, answer: str) -> None:
        if not isValid(self):
            return
        if answer == questions.DISCARD:
            self.close_discarding()
        elif answer == questions.KEEP_DRAFT:
            self.close_keeping_draft()
        else:
            self.ui.text.setFocus()

    def close_discarding(self) -> None:
        self._closing = True
        self.autosaver.discard()
        super().reject()

    def close_keeping_draft(self) -> None:
        """Store the latest input as a draft and close (also used when the app closes)."""
        self.autosaver.save_if_changed()
        self._closing = True
        self.autosaver.stop()
        super().reject()

    def ask_delete(self) -> None:
        if self.observation is None or self._saving:
            return
        questions.ask_delete(self, self._delete)

    def _delete(self) -> None:
        if not isValid(self):
            return
        self._set_saving(True)
        self.autosaver.stop()
        obs_id = self.observation.id
        self.autosaver.when_idle(lambda: obs_ops.delete(
            self.gui.runner, self.gui.session, obs_id, self._deleted, self._save_failed))

    def _deleted(self, _result) -> None:
        if not isValid(self):
            return
        self._closing = True
        self.autosaver.discard()
        self.deleted.emit(self.observation.child_id)
        self.accept()
