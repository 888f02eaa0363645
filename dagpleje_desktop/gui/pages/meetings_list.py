"""The list of meetings with filters (kommende, afholdte, alle; per child)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from ...domain.enums import MeetingStatus, UserRole
from ..context import GuiContext
from ..models.meetings_model import (CHILD, ID_ROLE, KIND, PLACE, SORT_ROLE, STATUS, TIME,
                                     MeetingsTableModel)
from ..operations import meetings as meeting_ops
from ..operations.meetings import ChildSummary, MeetingSummary
from ..operations.runner import user_message
from ..operations.runner import guarded
from ..widgets.text import label
from ..models.collating_proxy import CollatingProxy

UPCOMING, HELD, ALL = "upcoming", "held", "all"


class MeetingListView(QWidget):
    open_requested = Signal(uuid.UUID)
    plan_requested = Signal()

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.loading = False
        self._request = 0  # only the newest list asked for is shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.show_choice = QComboBox()
        self.show_choice.setObjectName("meetingFilter")
        self.show_choice.setAccessibleName(self.tr("Vis møder"))
        self.show_choice.addItem(self.tr("Kommende og uden referat"), UPCOMING)
        self.show_choice.addItem(self.tr("Afholdte"), HELD)
        self.show_choice.addItem(self.tr("Alle, også aflyste"), ALL)
        self.child_choice = QComboBox()
        self.child_choice.setObjectName("meetingChildFilter")
        self.child_choice.setAccessibleName(self.tr("Barn"))
        self.child_choice.setMinimumWidth(240)
        filters.addWidget(label(self.tr("Vis"), "fieldLabel"))
        filters.addWidget(self.show_choice)
        filters.addSpacing(12)
        filters.addWidget(label(self.tr("Barn"), "fieldLabel"))
        filters.addWidget(self.child_choice)
        filters.addStretch(1)
        self.open_button = QPushButton(self.tr("Åbn mødet"))
        self.open_button.setObjectName("openMeeting")
        self.plan_button = QPushButton(self.tr("Planlæg møde …"))
        self.plan_button.setObjectName("planMeeting")
        self.plan_button.setProperty("role", "primary")
        filters.addWidget(self.open_button)
        filters.addWidget(self.plan_button)
        # planning meetings is the consultants' and the office's work (services refuse it)
        self.plan_button.setVisible(gui.session.user.role != UserRole.CHILDMINDER)
        layout.addLayout(filters)
        self.count_label = label("", "muted", object_name="meetingCount")
        layout.addWidget(self.count_label)

        self.model = MeetingsTableModel(self)
        self.proxy = CollatingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("meetingsTable")
        self.table.setAccessibleName(self.tr("Møder"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PLACE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TIME, 250), (KIND, 150), (CHILD, 210), (STATUS, 140)):
            self.table.setColumnWidth(column, width)
        header.moveSection(STATUS, PLACE)  # status before the long place text
        layout.addWidget(self.table, 1)

        self.show_choice.currentIndexChanged.connect(lambda _: self.reload())
        self.child_choice.currentIndexChanged.connect(lambda _: self.reload())
        self.table.activated.connect(self._open)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.plan_button.clicked.connect(self.plan_requested)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def set_children(self, children: list[ChildSummary]) -> None:
        current = self.child_choice.currentData()
        self.child_choice.blockSignals(True)
        self.child_choice.clear()
        self.child_choice.addItem(self.tr("Alle børn"), None)
        for child in children:
            self.child_choice.addItem(child.name, str(child.id))
        index = self.child_choice.findData(current) if current else 0
        self.child_choice.setCurrentIndex(max(index, 0))
        self.child_choice.blockSignals(False)

    def child_id(self) -> uuid.UUID | None:
        value = self.child_choice.currentData()
        return uuid.UUID(value) if value else None

    def reload(self, *, select: uuid.UUID | None = None) -> None:
        """Read the meetings again (the rows shown stay until they arrive); ``select``
        a meeting once they are shown."""
        self._request += 1
        request = self._request
        self.loading = True
        status = {UPCOMING: MeetingStatus.PLANNED, HELD: MeetingStatus.HELD}.get(
            self.show_choice.currentData())
        meeting_ops.list_meetings(
            self.gui.runner, self.gui.session, self.child_id(),
            guarded(self, lambda found: self._arrived(request, found, select)),
            guarded(self, lambda exc: self._failed(request, exc)), status=status)

    def _failed(self, request: int, exc: BaseException) -> None:
        if request == self._request:
            self.loading = False
            self.count_label.setText(user_message(exc))

    def _arrived(self, request: int, found: list[MeetingSummary],
                 select: uuid.UUID | None) -> None:
        if request != self._request:  # the filters changed meanwhile
            return
        self.loading = False
        session, mode = self.gui.session, self.show_choice.currentData()
        if mode == UPCOMING:
            found = [m for m in found if m.status == MeetingStatus.PLANNED]
        elif mode == HELD:
            found = [m for m in found if m.status == MeetingStatus.HELD]
        self.model.set_meetings(found, session.now())
        order = Qt.SortOrder.DescendingOrder if mode == HELD else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(TIME, order)
        self._show_count(len(found), mode)
        if select is not None:
            self.select_meeting(select)
        self._update_buttons()

    def _show_count(self, count: int, mode: str) -> None:
        if count:
            waiting = sum(1 for r in range(self.model.rowCount())
                          if self.model.needs_minutes(self.model.meeting(r)))
            text = self.tr("{n} møder").format(n=count) if count != 1 else self.tr("1 møde")
            if waiting:
                text += self.tr(" – {n} mangler referat").format(n=waiting)
            self.count_label.setText(text)
        elif mode == UPCOMING:
            self.count_label.setText(self.tr(
                "Der er ingen kommende møder. Klik »Planlæg møde« for at planlægge et."))
        else:
            self.count_label.setText(self.tr("Der er ingen møder at vise."))

    def select_meeting(self, meeting_id: uuid.UUID) -> bool:
        row = self.model.row_of(meeting_id)
        if row < 0:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.table.currentIndex().isValid())

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(uuid.UUID(index.siblingAtColumn(TIME).data(ID_ROLE)))
