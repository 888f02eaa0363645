"""One meeting, in three steps: Forberedelse, Afholdelse, Afslutning.

The header says what, when, where and who; Flyt and Aflys change a planned meeting;
agenda and minutes can be saved as PDF.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...domain.enums import Attendance, MeetingStatus, UserRole
from ..context import GuiContext
from ..dialogs.meeting_move import CancelMeetingDialog, MoveMeetingDialog
from ..domain_labels import label as domain_label
from ..operations import meetings as meeting_ops
from ..operations.meetings import MeetingDetail
from ..operations.runner import user_message
from ..operations.runner import guarded
from ..widgets.feedback import show_error_box
from ..widgets.pdf_saver import PdfSaver
from ..widgets.text import label, page_title
from ..widgets.when_fields import local, span_text
from .meetings_conclusion import ConclusionView
from .meetings_holding import HoldingView
from .meetings_preparation import PreparationView
from ..domain_labels import named_with_role
from ..messages import service_text

PREPARE, HOLD, CONCLUDE = range(3)


class MeetingWorkspace(QWidget):
    back_requested = Signal()
    opened = Signal()                    # the meeting asked for is read and shown
    changed = Signal()                   # the meeting changed: lists may be stale
    plan_next_requested = Signal(object)  # a MeetingDraft for the next meeting

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.detail: MeetingDetail | None = None
        self.dialog = None
        self._wanted = None  # the id of the meeting being read to be opened
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("‹ Alle møder"))
        self.back_button.setObjectName("backToMeetings")
        self.back_button.setFlat(True)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.agenda_button = QPushButton(self.tr("Udskriv dagsorden …"))
        self.agenda_button.setObjectName("printAgenda")
        self.minutes_button = QPushButton(self.tr("Udskriv referat …"))
        self.minutes_button.setObjectName("printMinutes")
        self.move_button = QPushButton(self.tr("Flyt …"))
        self.move_button.setObjectName("moveMeeting")
        self.cancel_button = QPushButton(self.tr("Aflys …"))
        self.cancel_button.setObjectName("cancelMeeting")
        for button in (self.agenda_button, self.minutes_button, self.move_button,
                       self.cancel_button):
            top.addWidget(button)
        for button in (self.move_button, self.cancel_button):  # not a mini-childminder's work
            button.setVisible(gui.session.user.role != UserRole.CHILDMINDER)
        layout.addLayout(top)
        self.title_label = page_title("")
        self.title_label.setObjectName("meetingTitle")
        layout.addWidget(self.title_label)
        self.facts_label = label("", "muted", selectable=True, object_name="meetingFacts")
        layout.addWidget(self.facts_label)
        self.people_label = label("", selectable=True, object_name="meetingPeople")
        layout.addWidget(self.people_label)
        self.feedback = label("", "muted", object_name="meetingFeedback")
        self.feedback.setVisible(False)
        layout.addWidget(self.feedback)
        self.saver = PdfSaver(self, gui.runner, self.feedback)

        self.steps = QTabWidget()
        self.steps.setObjectName("meetingSteps")
        self.steps.setDocumentMode(True)
        self.preparation = PreparationView(gui)
        self.holding = HoldingView(gui)
        self.conclusion = ConclusionView(gui)
        self.steps.addTab(self.preparation, self.tr("1  Forberedelse"))
        self.steps.addTab(self.holding, self.tr("2  Afholdelse"))
        self.steps.addTab(self.conclusion, self.tr("3  Afslutning"))
        layout.addWidget(self.steps, 1)

        self.back_button.clicked.connect(self.back_requested)
        self.move_button.clicked.connect(self.move)
        self.cancel_button.clicked.connect(self.cancel)
        self.agenda_button.clicked.connect(self._print_agenda)
        self.minutes_button.clicked.connect(self._print_minutes)
        self.holding.held.connect(self._held)
        self.conclusion.concluded.connect(self._refresh)
        self.conclusion.plan_next_requested.connect(self.plan_next_requested)

    # -- showing ----------------------------------------------------------------------

    def show_meeting(self, meeting_id: uuid.UUID) -> None:
        """Read the meeting; ``opened`` when it is shown (only the last one asked for)."""
        self._wanted = meeting_id
        meeting_ops.load_meeting(
            self.gui.runner, self.gui.session, meeting_id,
            guarded(self, self._meeting_arrived),
            guarded(self, lambda exc: self._meeting_failed(meeting_id, exc)))

    @property
    def opening(self) -> bool:
        """A meeting asked for is still being read."""
        return self._wanted is not None

    def forget_pending(self) -> None:
        """The person went elsewhere: a meeting still being read is not opened."""
        self._wanted = None

    def _meeting_arrived(self, detail: MeetingDetail) -> None:
        if detail.summary.id != self._wanted:
            return
        self._wanted = None
        self.feedback.setVisible(False)
        self._show(detail)
        self.steps.setCurrentIndex(self._first_step(detail))
        self.opened.emit()

    def _meeting_failed(self, meeting_id: uuid.UUID, exc: BaseException) -> None:
        if meeting_id != self._wanted:
            return
        self._wanted = None
        show_error_box(self, exc, self.tr("Mødet kunne ikke vises"))

    def _first_step(self, detail: MeetingDetail) -> int:
        summary = detail.summary
        if summary.status == MeetingStatus.HELD and summary.child_id is not None:
            return CONCLUDE
        if summary.status == MeetingStatus.PLANNED and summary.start <= self.gui.session.now():
            return HOLD
        return PREPARE

    def _show(self, detail: MeetingDetail) -> None:
        self.detail = detail
        summary = detail.summary
        self.title_label.setText(service_text(summary.title))
        facts = [span_text(summary.start, summary.end)]
        if summary.place:
            facts.append(summary.place)
        facts.append(domain_label(summary.status))
        self.facts_label.setText("  ·  ".join(facts))
        self.people_label.setText(self._people_text(detail))
        planned = summary.status == MeetingStatus.PLANNED
        self.move_button.setEnabled(planned)
        self.cancel_button.setEnabled(planned)
        self.minutes_button.setEnabled(summary.status == MeetingStatus.HELD)
        self.preparation.set_meeting(detail)
        self.holding.set_meeting(detail)
        self.conclusion.set_meeting(detail)
        has_child = summary.child_id is not None
        self.steps.setTabEnabled(CONCLUDE, has_child)
        self.steps.setTabToolTip(CONCLUDE, "" if has_child else self.tr(
            "Mødet handler ikke om et bestemt barn, så der laves ingen handleplan ud fra det."))

    def _people_text(self, detail: MeetingDetail) -> str:
        if not detail.participants:
            return self.tr("Ingen deltagere registreret.")
        parts = []
        for person in detail.participants:
            text = named_with_role(person.name, person.role)
            if person.attendance != Attendance.INVITED:
                text += f" – {domain_label(person.attendance).lower()}"
            parts.append(text)
        return self.tr("Deltagere: {people}").format(people=", ".join(parts))

    def _refresh(self) -> None:
        """Read the meeting shown again after a change; the step shown stays."""
        if self.detail is None:
            return
        meeting_ops.load_meeting(
            self.gui.runner, self.gui.session, self.detail.summary.id,
            guarded(self, self._refreshed),
            guarded(self, lambda exc: self._say(user_message(exc), error=True)))

    def _refreshed(self, detail: MeetingDetail) -> None:
        if self.detail is None or detail.summary.id != self.detail.summary.id:
            return  # another meeting was opened meanwhile
        step = self.steps.currentIndex()
        self._show(detail)
        self.steps.setCurrentIndex(step)
        self.changed.emit()

    def _held(self, detail: MeetingDetail) -> None:
        self._show(detail)
        self.changed.emit()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.feedback.setProperty("role", "error" if error else "muted")
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(text)
        self.feedback.setVisible(True)

    # -- actions ----------------------------------------------------------------------

    def move(self) -> MoveMeetingDialog | None:
        if self.detail is None:
            return None
        self.dialog = MoveMeetingDialog(self.gui, self.detail.summary, parent=self)
        self.dialog.done.connect(self._moved)
        self.dialog.open()
        return self.dialog

    def _moved(self, summary) -> None:
        self._say(self.tr("Mødet er flyttet til {when}.").format(
            when=span_text(summary.start, summary.end)))
        self._refresh()

    def cancel(self) -> CancelMeetingDialog | None:
        if self.detail is None:
            return None
        self.dialog = CancelMeetingDialog(self.gui, self.detail.summary, parent=self)
        self.dialog.done.connect(self._cancelled)
        self.dialog.open()
        return self.dialog

    def _cancelled(self, _summary) -> None:
        self._say(self.tr("Mødet er aflyst."))
        self._refresh()

    def _file_day(self) -> str:
        return f"{local(self.detail.summary.start):%Y-%m-%d}"

    def _print_agenda(self) -> None:
        if self.detail is None:
            return
        self.saver.save(self.tr("Gem dagsorden som PDF"), f"dagsorden-{self._file_day()}.pdf",
                        meeting_ops.agenda_pdf(self.gui.session, self.detail.summary.id))

    def _print_minutes(self) -> None:
        if self.detail is None:
            return
        self.saver.save(self.tr("Gem referat som PDF"), f"referat-{self._file_day()}.pdf",
                        meeting_ops.minutes_pdf(self.gui.session, self.detail.summary.id))
