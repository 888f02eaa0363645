"""Registrér tilsyn / hjemmebesøg (ui/visit_record.ui): where, when, notes, follow-ups.

The homes and families to choose from are read on the database worker when the dialog
opens (saving waits for them). The notes are kept as a draft per place visited, so a
crash or a closed dialog loses nothing; saving drops the draft.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ...domain.errors import ValidationError
from ...domain.enums import VisitKind
from ..context import GuiContext
from ..forms import load_form
from ..messages import error_text
from ..operations import visits as visit_ops
from ..operations.runner import user_message
from ..operations.visits import VisitChoices, VisitInput
from ..widgets.feedback import set_busy, show_field_error
from ..widgets.follow_up_editor import FollowUpEditor
from ..widgets.when_fields import (local, local_datetime,
                                   setup_time_edit, to_qdate)
from .editor_draft_guard import EditorDraftGuard
from .framing import frame_form


class VisitDialog(QDialog):
    """Emits ``recorded(VisitInfo)`` when the visit is saved."""

    recorded = Signal(object)

    def __init__(self, gui: GuiContext, kind: VisitKind = VisitKind.SUPERVISION, *,
                 home_id: uuid.UUID | None = None, child_id: uuid.UUID | None = None,
                 when: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.ui = load_form("visit_record", self)
        frame_form(self, self.ui, self.tr("Registrér besøg"), min_width=760)
        ui, session = self.ui, gui.session
        setup_time_edit(ui.timeEdit)
        moment = local(when or session.now())
        ui.dateEdit.setDate(to_qdate(moment.date()))
        ui.timeEdit.setTime(QTime(moment.hour, moment.minute))
        ui.homeChoice.addItem(self.tr("Vælg dagplejehjem"), None)
        ui.childChoice.addItem(self.tr("Vælg barn"), None)
        self.choices_loaded = False
        self.follow_ups = FollowUpEditor(session.today())
        self.follow_ups.set_owner_suggestions([session.user.display_name])
        ui.findChild(QVBoxLayout, "followUpHolder").addWidget(self.follow_ups)
        (ui.homeVisitKind if kind == VisitKind.HOME else ui.supervisionKind).setChecked(True)
        self._kind_changed()
        show_field_error(ui.formError)
        self._set_busy(False)
        ui.supervisionKind.toggled.connect(self._kind_changed)
        ui.cancelButton.clicked.connect(self.reject)
        ui.saveButton.clicked.connect(self._submit)
        self.draft_guard = EditorDraftGuard(
            self, gui, visit_ops.visit_key(place=home_id or child_id), {"notes": ui.notes},
            child_id=child_id)
        self.draft_guard.problem.connect(lambda text: show_field_error(ui.formError, text))
        self.draft_guard.restored.connect(lambda _draft: self._draft_restored())
        visit_ops.load_visit_choices(gui.runner, session,
                                     lambda found: self._choices_arrived(found, home_id,
                                                                         child_id),
                                     self._choices_failed)
        ui.notes.setFocus()

    def _choices_arrived(self, choices: VisitChoices, home_id: uuid.UUID | None,
                         child_id: uuid.UUID | None) -> None:
        ui = self.ui
        for home in choices.homes:
            ui.homeChoice.addItem(home.name, str(home.id))
        for child in choices.children:
            ui.childChoice.addItem(child.name, str(child.id))
        if home_id is not None:
            ui.homeChoice.setCurrentIndex(max(ui.homeChoice.findData(str(home_id)), 0))
        if child_id is not None:
            ui.childChoice.setCurrentIndex(max(ui.childChoice.findData(str(child_id)), 0))
        self.choices_loaded = True
        ui.saveButton.setEnabled(True)

    def _choices_failed(self, exc: BaseException) -> None:
        show_field_error(self.ui.formError, user_message(exc))

    def _draft_restored(self) -> None:
        self.ui.busyLabel.setText(self.tr("Dine ikke-gemte noter er hentet frem."))
        self.ui.busyLabel.setVisible(True)

    def reject(self) -> None:
        """Escape, Annullér and the window's X: typed notes are not lost without asking."""
        if self.draft_guard.may_close():
            super().reject()

    def kind(self) -> VisitKind:
        return VisitKind.SUPERVISION if self.ui.supervisionKind.isChecked() else VisitKind.HOME

    def _kind_changed(self) -> None:
        supervision = self.kind() == VisitKind.SUPERVISION
        ui = self.ui
        ui.homeChoice.setVisible(supervision)
        ui.childChoice.setVisible(not supervision)
        ui.whereLabel.setText(self.tr("Dagplejehjem") if supervision else self.tr("Familie"))
        ui.whereLabel.setBuddy(ui.homeChoice if supervision else ui.childChoice)
        title = self.tr("Registrér tilsyn") if supervision else self.tr("Registrér hjemmebesøg")
        ui.title.setText(title)
        self.setWindowTitle(title)

    def visit_input(self) -> VisitInput:
        ui, supervision = self.ui, self.kind() == VisitKind.SUPERVISION
        home = ui.homeChoice.currentData() if supervision else None
        child = ui.childChoice.currentData() if not supervision else None
        return VisitInput(
            kind=self.kind(),
            visited_at=local_datetime(ui.dateEdit.checked_value(), ui.timeEdit.time()),
            home_id=uuid.UUID(home) if home else None,
            child_id=uuid.UUID(child) if child else None,
            notes=ui.notes.toPlainText(), follow_ups=self.follow_ups.pending())

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        if busy:
            ui.busyLabel.setText(self.tr("Gemmer …"))
        set_busy([ui.supervisionKind, ui.homeVisitKind, ui.homeChoice, ui.childChoice,
                  ui.dateEdit, ui.timeEdit, ui.notes, self.follow_ups, ui.saveButton],
                 [ui.busyLabel], busy)
        if not self.choices_loaded:  # saving waits for the homes and families
            ui.saveButton.setEnabled(False)

    def _submit(self) -> None:
        show_field_error(self.ui.formError)
        if not self.follow_ups.commit_typed():
            return
        try:
            data = self.visit_input()
        except ValidationError as exc:
            show_field_error(self.ui.formError, error_text(exc))
            return
        self._set_busy(True)
        self.draft_guard.hold()
        visit_ops.record_visit(self.gui.runner, self.gui.session, data, self.draft_guard.key,
                               self._succeeded, self._failed)

    def _succeeded(self, info) -> None:
        self._set_busy(False)
        self.draft_guard.saved()
        self.recorded.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.draft_guard.resume()
        show_field_error(self.ui.formError, user_message(exc))
