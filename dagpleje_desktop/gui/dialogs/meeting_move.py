"""Flyt møde (new day and time, optionally a new place) and Aflys møde (with a reason).

Both ask the service and show its Danish message in the dialog when it refuses, e.g.
a meeting that would end before it starts, or one that is already held.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (QDialog, QGridLayout, QHBoxLayout, QLineEdit, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ...domain.errors import ValidationError
from ..context import GuiContext
from ..messages import error_text, service_text
from ..operations import meetings as meeting_ops
from ..operations.meetings import MeetingSummary
from ..operations.runner import user_message
from ..resources import icon
from ..widgets.feedback import set_busy, show_field_error
from ..widgets.text import label
from ..widgets.when_fields import (date_edit, local, local_datetime, span_text,
                                   time_edit, to_qdate)


class _MeetingDialog(QDialog):
    done = Signal(object)  # the MeetingSummary after the change

    def __init__(self, gui: GuiContext, meeting: MeetingSummary, title: str,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self.gui, self.meeting = gui, meeting
        self.setWindowTitle(title)
        self.setWindowIcon(icon("app"))
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(24, 20, 24, 18)
        self.body.setSpacing(10)
        heading = label(title, "sectionTitle")
        self.body.addWidget(heading)
        self.body.addWidget(label(f"{service_text(meeting.title)}\n{span_text(meeting.start, meeting.end)}",
                                  "muted"))
        self.error = label("", "error", object_name="dialogError")
        show_field_error(self.error)

    def _buttons(self, action_text: str) -> None:
        self.body.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuller"))
        self.action_button = QPushButton(action_text)
        self.action_button.setProperty("role", "primary")
        self.action_button.setDefault(True)
        row.addWidget(self.cancel_button)
        row.addWidget(self.action_button)
        self.body.addLayout(row)
        self.cancel_button.clicked.connect(self.reject)
        self.action_button.clicked.connect(self._submit)

    def _inputs(self) -> list[QWidget]:
        return []

    def _run(self, start) -> None:
        """``start(on_done, on_error)`` starts the meeting operation."""
        show_field_error(self.error)
        set_busy(self._inputs() + [self.action_button], [], True)
        start(self._succeeded, self._failed)

    def _succeeded(self, summary) -> None:
        set_busy(self._inputs() + [self.action_button], [], False)
        self.done.emit(summary)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        set_busy(self._inputs() + [self.action_button], [], False)
        show_field_error(self.error, user_message(exc))

    def _submit(self) -> None:
        raise NotImplementedError


class MoveMeetingDialog(_MeetingDialog):
    """Choose another day (pop-up calendar) and time; the length is kept by default."""

    def __init__(self, gui: GuiContext, meeting: MeetingSummary, *, day: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(gui, meeting, self.tr("Flyt møde"), parent)
        start, end = local(meeting.start), local(meeting.end)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.date = date_edit(day or start.date(), accessible_name=self.tr("Ny dato"))
        self.date.setObjectName("moveDate")
        self.start = time_edit(start.hour, start.minute, accessible_name=self.tr("Fra"))
        self.start.setObjectName("moveStart")
        self.end = time_edit(end.hour, end.minute, accessible_name=self.tr("Til"))
        self.end.setObjectName("moveEnd")
        self.place = QLineEdit(meeting.place)
        self.place.setObjectName("movePlace")
        self.place.setAccessibleName(self.tr("Sted"))
        grid.addWidget(label(self.tr("Ny dato"), "fieldLabel"), 0, 0)
        grid.addWidget(self.date, 0, 1)
        grid.addWidget(label(self.tr("Tidspunkt"), "fieldLabel"), 1, 0)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(label(self.tr("til")))
        times.addWidget(self.end)
        times.addStretch(1)
        grid.addLayout(times, 1, 1)
        grid.addWidget(label(self.tr("Sted"), "fieldLabel"), 2, 0)
        grid.addWidget(self.place, 2, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self._length = meeting.end - meeting.start
        self.start.timeChanged.connect(self._keep_length)
        self._buttons(self.tr("Flyt mødet"))
        self.setMinimumWidth(520)

    def _keep_length(self, new_start: QTime) -> None:
        minutes = int(self._length.total_seconds() // 60)
        self.end.setTime(new_start.addSecs(minutes * 60))

    def _inputs(self) -> list[QWidget]:
        return [self.date, self.start, self.end, self.place]

    def set_day(self, day: date) -> None:
        self.date.setDate(to_qdate(day))

    def _submit(self) -> None:
        try:
            day = self.date.checked_value()
        except ValidationError as exc:
            show_field_error(self.error, error_text(exc))
            return
        starts_at = local_datetime(day, self.start.time())
        ends_at = local_datetime(day, self.end.time())
        place = self.place.text()
        self._run(lambda done, failed: meeting_ops.move_meeting(
            self.gui.runner, self.gui.session, self.meeting.id, starts_at, ends_at, place,
            done, failed))


class CancelMeetingDialog(_MeetingDialog):
    def __init__(self, gui: GuiContext, meeting: MeetingSummary,
                 parent: QWidget | None = None) -> None:
        super().__init__(gui, meeting, self.tr("Aflys møde"), parent)
        self.body.addWidget(label(self.tr("Hvorfor aflyses mødet? (skrives i mødets referat)"),
                                  "fieldLabel"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)  # Tab moves on (WCAG 2.1.2)
        self.reason.setObjectName("cancelReason")
        self.reason.setAccessibleName(self.tr("Årsag til aflysning"))
        self.reason.setFixedHeight(80)
        self.body.addWidget(self.reason)
        self._buttons(self.tr("Aflys mødet"))
        self.setMinimumWidth(480)

    def _inputs(self) -> list[QWidget]:
        return [self.reason]

    def _submit(self) -> None:
        reason = self.reason.toPlainText()
        self._run(lambda done, failed: meeting_ops.cancel_meeting(
            self.gui.runner, self.gui.session, self.meeting.id, reason, done, failed))
