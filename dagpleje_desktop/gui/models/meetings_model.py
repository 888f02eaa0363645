"""Meetings as table rows: time, kind, child, place, status (a short list, loaded whole)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.enums import MeetingStatus
from ..operations.meetings import MeetingSummary
from ..domain_labels import label
from ..widgets.when_fields import clock, local, weekday_name

TIME, KIND, CHILD, PLACE, STATUS = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MUTED = QColor("#5b6770")
NEEDS_MINUTES = QColor("#8a4b00")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingsTableModel", text)


def when_text(meeting: MeetingSummary) -> str:
    start = local(meeting.start)
    return (f"{weekday_name(start.date())[:3]}. {start:%d-%m-%Y} "
            f"{QCoreApplication.translate('WhenFields', 'kl.')} "
            f"{clock(meeting.start)}–{clock(meeting.end)}")


class MeetingsTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingSummary] = []
        self._now: datetime | None = None
        self._columns = (_tr("Tidspunkt"), _tr("Mødetype"), _tr("Barn"), _tr("Sted"),
                         _tr("Status"))

    def set_meetings(self, meetings: list[MeetingSummary], now: datetime) -> None:
        self.beginResetModel()
        self._rows, self._now = list(meetings), now
        self.endResetModel()

    def meeting(self, row: int) -> MeetingSummary:
        return self._rows[row]

    def row_of(self, meeting_id) -> int:
        for row, meeting in enumerate(self._rows):
            if meeting.id == meeting_id:
                return row
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section]
        return None

    def needs_minutes(self, meeting: MeetingSummary) -> bool:
        return (meeting.status == MeetingStatus.PLANNED and self._now is not None
                and meeting.start <= self._now)

    def status_text(self, meeting: MeetingSummary) -> str:
        if self.needs_minutes(meeting):
            return _tr("Mangler referat")
        return label(meeting.status)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        meeting, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (when_text(meeting), label(meeting.kind),
                      meeting.child_name or _tr("Intet bestemt barn"), meeting.place,
                      self.status_text(meeting))
            return values[column]
        if role == ID_ROLE:
            return str(meeting.id)
        if role == SORT_ROLE:
            if column == TIME:
                return meeting.start.timestamp()
            return str(self.data(index))  # CollatingProxy orders text
        if role == Qt.ItemDataRole.ForegroundRole:
            if meeting.status == MeetingStatus.CANCELLED:
                return QBrush(MUTED)
            if column == STATUS and self.needs_minutes(meeting):
                return QBrush(NEEDS_MINUTES)
        if role == Qt.ItemDataRole.FontRole and meeting.status == MeetingStatus.CANCELLED:
            font = QFont()
            font.setStrikeOut(column == TIME)
            font.setItalic(True)
            return font
        return None
