"""Planlæg møde (ui/meeting_plan.ui): kind, child, time, place, participants, agenda.

Participants are offered from the child's guardians and case team; the agenda starts as
the default agenda of the kind and can be edited point by point. The service checks
everything; its Danish message is shown in the dialog and nothing is saved. The children
and the invitees are read in the background; "Gem" waits for them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time, timedelta

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QVBoxLayout, QWidget

from ...domain.errors import ValidationError
from ...domain.enums import MeetingKind
from ..context import GuiContext
from ..document_labels import default_agenda
from ..domain_labels import label
from ..forms import load_form
from ..messages import error_text
from ..operations import meetings as meeting_ops
from ..operations.meetings import ChildSummary, MeetingInput, ParticipantInput
from ..operations.runner import user_message
from ..operations.runner import guarded
from ..widgets.feedback import set_busy, show_field_error
from ..widgets.sharing_warning import SharingWarning
from ..widgets.when_fields import (local_datetime, setup_time_edit,
                                   to_qdate)
from .framing import frame_form

PLANNABLE_KINDS = (MeetingKind.STATUS, MeetingKind.START, MeetingKind.HANDOVER,
                   MeetingKind.NETWORK)
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class MeetingDraft:
    """What the dialog starts with, e.g. the day double-clicked in the calendar."""
    day: date | None = None
    child_id: uuid.UUID | None = None
    kind: MeetingKind = MeetingKind.STATUS
    start: time = time(10, 0)
    end: time = time(11, 0)
    place: str = ""
    participants: tuple[ParticipantInput, ...] | None = None  # None: the usual ones


def next_working_day(today: date) -> date:
    day = today + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def participant_text(person: ParticipantInput) -> str:
    return f"{person.name} – {person.role}" if person.role else person.name


class PlanMeetingDialog(QDialog):
    """Emits ``planned(MeetingDetail)`` and closes when the meeting is saved."""

    planned = Signal(object)

    def __init__(self, gui: GuiContext, draft: MeetingDraft | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        draft = draft or MeetingDraft()
        self.draft = draft
        self.ui = load_form("meeting_plan", self)
        frame_form(self, self.ui, self.tr("Planlæg møde"), min_width=860)
        self._agenda_touched = False
        self._filling_agenda = False
        self._busy = False
        self.children_loaded = False
        self._participants_request = 0  # only the newest child's invitees are shown
        self.reading_participants = False
        ui = self.ui
        setup_time_edit(ui.startTime)
        setup_time_edit(ui.endTime)
        for kind in PLANNABLE_KINDS:
            ui.kindChoice.addItem(label(kind), kind.value)
        ui.kindChoice.setCurrentIndex(PLANNABLE_KINDS.index(draft.kind)
                                      if draft.kind in PLANNABLE_KINDS else 0)
        ui.childChoice.addItem(self.tr("Intet bestemt barn"), None)
        ui.dateEdit.setDate(to_qdate(draft.day or next_working_day(gui.session.today())))
        ui.startTime.setTime(QTime(draft.start.hour, draft.start.minute))
        ui.endTime.setTime(QTime(draft.end.hour, draft.end.minute))
        ui.place.setText(draft.place)
        if draft.participants is not None:
            self._fill_participants(draft.participants)
        self._fill_agenda(default_agenda(self.kind()))
        show_field_error(ui.formError)
        self.sharing_warning = SharingWarning()
        main = ui.findChild(QVBoxLayout, "mainLayout")
        main.insertWidget(main.indexOf(ui.formError), self.sharing_warning)
        self._set_busy(False)
        meeting_ops.load_children(gui.runner, gui.session, guarded(self, self._children_arrived),
                                  guarded(self, self._children_failed))

        ui.kindChoice.currentIndexChanged.connect(self._kind_changed)
        ui.childChoice.currentIndexChanged.connect(lambda _: self._fill_participants(None))
        ui.childChoice.currentIndexChanged.connect(
            lambda _: self.sharing_warning.check_child(self.gui, self.child_id()))
        ui.agenda.itemChanged.connect(self._agenda_edited)
        ui.addAgendaItem.clicked.connect(self._add_agenda_item)
        ui.removeAgendaItem.clicked.connect(self._remove_agenda_item)
        ui.moveAgendaUp.clicked.connect(lambda: self._move_agenda_item(-1))
        ui.moveAgendaDown.clicked.connect(lambda: self._move_agenda_item(1))
        ui.resetAgenda.clicked.connect(self._reset_agenda)
        ui.addParticipant.clicked.connect(self._add_other)
        ui.otherRole.returnPressed.connect(self._add_other)
        ui.cancelButton.clicked.connect(self.reject)
        ui.saveButton.clicked.connect(self._submit)
        if draft.child_id is None:
            ui.childChoice.setFocus()
        else:
            ui.place.setFocus()

    # -- reading the form -------------------------------------------------------------

    def kind(self) -> MeetingKind:
        return MeetingKind(self.ui.kindChoice.currentData())

    def child_id(self) -> uuid.UUID | None:
        value = self.ui.childChoice.currentData()
        return uuid.UUID(value) if value else None

    def participants(self) -> tuple[ParticipantInput, ...]:
        chosen = []
        for row in range(self.ui.participants.count()):
            item = self.ui.participants.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(item.data(PARTICIPANT_ROLE))
        return tuple(chosen)

    def agenda(self) -> tuple[str, ...]:
        return tuple(self.ui.agenda.item(row).text() for row in range(self.ui.agenda.count()))

    def meeting_input(self) -> MeetingInput:
        day = self.ui.dateEdit.checked_value()
        return MeetingInput(
            kind=self.kind(), child_id=self.child_id(),
            starts_at=local_datetime(day, self.ui.startTime.time()),
            ends_at=local_datetime(day, self.ui.endTime.time()),
            place=self.ui.place.text(), participants=self.participants(),
            agenda=self.agenda())

    # -- children ---------------------------------------------------------------------

    def _children_arrived(self, found: list[ChildSummary]) -> None:
        ui = self.ui
        ui.childChoice.blockSignals(True)  # the draft's child is no choice the person made
        for child in found:
            ui.childChoice.addItem(child.name, str(child.id))
        if self.draft.child_id is not None:
            index = ui.childChoice.findData(str(self.draft.child_id))
            ui.childChoice.setCurrentIndex(max(index, 0))
        ui.childChoice.blockSignals(False)
        self.children_loaded = True
        if self.draft.participants is None:
            self._fill_participants(None)
        self._update_inputs()
        if self.draft.child_id is None and self.focusWidget() in (None, ui.kindChoice):
            ui.childChoice.setFocus()  # where it would have been had the list been there

    def _children_failed(self, exc: BaseException) -> None:
        """The meeting can still be planned without a child; the reason is shown."""
        self.children_loaded = True
        show_field_error(self.ui.formError, user_message(exc))
        self._update_inputs()

    # -- participants -----------------------------------------------------------------

    def _fill_participants(self, given: tuple[ParticipantInput, ...] | None) -> None:
        """The usual invitees of the chosen child, all ticked; others typed in stay."""
        self._participants_request += 1
        if given is not None:
            self.reading_participants = False
            self._show_participants(list(given), keep_others=False)
            return
        self._show_participants([], keep_others=True)  # never the last child's invitees
        child_id = self.child_id()
        if child_id is None:
            self.reading_participants = False
            self._update_inputs()
            return
        request = self._participants_request
        self.reading_participants = True
        self._update_inputs()
        meeting_ops.candidate_participants(
            self.gui.runner, self.gui.session, child_id,
            guarded(self, lambda people: self._candidates_arrived(request, people)),
            guarded(self, lambda exc: self._candidates_failed(request, exc)))

    def _candidates_arrived(self, request: int, people: list[ParticipantInput]) -> None:
        if request != self._participants_request:  # another child was chosen meanwhile
            return
        self.reading_participants = False
        self._show_participants(people, keep_others=True)
        self._update_inputs()

    def _candidates_failed(self, request: int, exc: BaseException) -> None:
        if request != self._participants_request:
            return
        self.reading_participants = False
        show_field_error(self.ui.formError, user_message(exc))  # the form stays usable
        self._update_inputs()

    def _show_participants(self, people: list[ParticipantInput], *, keep_others: bool) -> None:
        others = [self.ui.participants.item(r).data(PARTICIPANT_ROLE)
                  for r in range(self.ui.participants.count())
                  if self._is_other(self.ui.participants.item(r).data(PARTICIPANT_ROLE))]
        self.ui.participants.clear()
        for person in people + (others if keep_others else []):
            self._add_participant_item(person)

    @staticmethod
    def _is_other(person: ParticipantInput) -> bool:
        return person.professional_id is None and person.guardian_id is None

    def _add_participant_item(self, person: ParticipantInput) -> None:
        item = QListWidgetItem(participant_text(person))
        item.setData(PARTICIPANT_ROLE, person)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.ui.participants.addItem(item)

    def _add_other(self) -> None:
        name = self.ui.otherName.text().strip()
        if not name:
            show_field_error(self.ui.formError, self.tr("Skriv navnet på deltageren."))
            self.ui.otherName.setFocus()
            return
        show_field_error(self.ui.formError)
        self._add_participant_item(ParticipantInput(name, self.ui.otherRole.text().strip()))
        self.ui.otherName.clear()
        self.ui.otherRole.clear()
        self.ui.otherName.setFocus()

    # -- agenda -----------------------------------------------------------------------

    def _fill_agenda(self, titles) -> None:
        self._filling_agenda = True
        self.ui.agenda.clear()
        for title in titles:
            self._append_agenda_item(title)
        self._filling_agenda = False

    def _append_agenda_item(self, title: str) -> QListWidgetItem:
        item = QListWidgetItem(title)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.ui.agenda.addItem(item)
        return item

    def _agenda_edited(self, _item) -> None:
        if not self._filling_agenda:
            self._agenda_touched = True

    def _kind_changed(self) -> None:
        if not self._agenda_touched:  # never throw away what the user wrote
            self._fill_agenda(default_agenda(self.kind()))

    def _reset_agenda(self) -> None:
        self._fill_agenda(default_agenda(self.kind()))
        self._agenda_touched = False

    def _add_agenda_item(self) -> None:
        self._agenda_touched = True
        item = self._append_agenda_item(self.tr("Nyt punkt"))
        self.ui.agenda.setCurrentItem(item)
        self.ui.agenda.editItem(item)

    def _remove_agenda_item(self) -> None:
        row = self.ui.agenda.currentRow()
        if row >= 0:
            self._agenda_touched = True
            self.ui.agenda.takeItem(row)

    def _move_agenda_item(self, step: int) -> None:
        row = self.ui.agenda.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.ui.agenda.count():
            return
        self._agenda_touched = True
        item = self.ui.agenda.takeItem(row)
        self.ui.agenda.insertItem(target, item)
        self.ui.agenda.setCurrentRow(target)

    # -- saving -----------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_inputs()

    def _update_inputs(self) -> None:
        """Saving locks the form; "Gem" also waits for the children and the chosen
        child's invitees to be read."""
        busy, ui = self._busy, self.ui
        set_busy([ui.kindChoice, ui.dateEdit, ui.startTime, ui.endTime, ui.place,
                  ui.participants, ui.agenda], [ui.busyLabel], busy)
        ui.childChoice.setEnabled(not busy and self.children_loaded)
        ui.saveButton.setEnabled(not busy and self.children_loaded
                                 and not self.reading_participants)

    def _submit(self) -> None:
        show_field_error(self.ui.formError)
        try:
            data = self.meeting_input()
        except ValidationError as exc:
            show_field_error(self.ui.formError, error_text(exc))
            return
        self._set_busy(True)
        meeting_ops.plan_meeting(self.gui.runner, self.gui.session, data, self._succeeded,
                                 self._failed)

    def _succeeded(self, detail) -> None:
        self._set_busy(False)
        self.planned.emit(detail)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_field_error(self.ui.formError, user_message(exc))
