"""Visitation: the committee's list for a chosen meeting date (referrals due and granted
children due for re-visitation) with every mini home's free places beside it, all
referrals below, and the chosen referral with its decision and next steps on the right."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QHeaderView,
                               QPushButton, QScrollArea, QTableView, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.enums import ReferralStatus
from ..context import GuiContext
from ..dialogs.referral_register import RegisterReferralDialog
from ..domain_labels import label as domain_label
from ..models.referrals_model import (ID_ROLE, NEXT_STEP, REFERRER, SORT_ROLE,
                                      ReferralsTableModel, places_text)
from ..operations import referrals as referral_ops
from ..operations.referrals import CommitteeList, ReferralInfo, Visitation
from ..operations.runner import user_message
from ..widgets.text import label, section_title
from ..widgets.when_fields import date_edit, short_date, to_qdate
from ..models.collating_proxy import CollatingProxy
from .office_referral_panel import ReferralPanel

FULL = QColor("#b3261e")
ROOM = QColor("#2e7d32")
SHORT_TABLE = 160  # a header and four rows: the four mini homes without scrolling
ACTIVE, EVERYTHING = "active", "all"


def small_table(columns: list[str], name: str, accessible: str,
                stretch: int = -1) -> QTableWidget:
    """A read-only table; the ``stretch`` column (the last by default) takes the rest of
    the width and elides, so the table never scrolls sideways on a laptop."""
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch % len(columns), QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def _heading_row(text: str, *widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    heading = section_title(text)
    heading.setWordWrap(False)
    row.addWidget(heading)
    row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    return row


class ReferralsView(QWidget):
    open_child_requested = Signal(object)  # the child of a referral double-clicked

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.committee: CommitteeList | None = None
        self.infos: dict[uuid.UUID, ReferralInfo] = {}
        self.dialog: RegisterReferralDialog | None = None
        self._selecting = False  # set while select_referral moves the lists' selection itself
        self._day_known = False  # the committee day starts at the next meeting, once read
        self._loads = 0          # started loads; an older result is dropped
        self.loaded = 0          # finished loads, so callers and tests can wait for them
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 12, 0, 0)
        outer.setSpacing(8)
        outer.addLayout(self._top_row())
        columns = QHBoxLayout()
        columns.setSpacing(18)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(6)
        right.setSpacing(6)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        outer.addLayout(columns, 1)

        left.addLayout(_heading_row(self.tr("Til visitationsudvalget")))
        self.committee_table = small_table(
            [self.tr("Barn"), self.tr("Sag"), self.tr("Pladser"), self.tr("Indstillet af")],
            "committeeTable", self.tr("Til visitationsudvalget"))
        self.committee_table.setFixedHeight(SHORT_TABLE)
        left.addWidget(self.committee_table)
        self.show_choice = QComboBox()
        self.show_choice.setObjectName("referralFilter")
        self.show_choice.setAccessibleName(self.tr("Vis indstillinger"))
        self.show_choice.addItem(self.tr("Åbne og bevilgede"), ACTIVE)
        self.show_choice.addItem(self.tr("Alle, også afslåede"), EVERYTHING)
        left.addSpacing(6)
        left.addLayout(_heading_row(self.tr("Alle indstillinger"), self.show_choice))
        left.addWidget(self._referrals_table(), 1)

        right.addLayout(_heading_row(self.tr("Ledige pladser i mini-dagplejehjem")))
        self.capacity_table = small_table(
            [self.tr("Dagplejehjem"), self.tr("Pladser"), self.tr("Optaget"),
             self.tr("Ledige")], "capacityTable", self.tr("Ledige pladser"), stretch=0)
        self.capacity_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.capacity_table.setFixedHeight(SHORT_TABLE)
        right.addWidget(self.capacity_table)
        right.addSpacing(6)
        self.panel = ReferralPanel(gui, self.committee_day)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: its content is
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.panel)
        right.addWidget(scroll, 1)

        self.committee_date.dateChanged.connect(lambda _: self._day_chosen())
        self.new_button.clicked.connect(self.register_referral)
        self.show_choice.currentIndexChanged.connect(lambda _: self._show_referrals())
        self.committee_table.itemSelectionChanged.connect(self._committee_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._list_selected())
        self.table.doubleClicked.connect(lambda index: self._open_child(index.data(ID_ROLE)))
        self.committee_table.itemDoubleClicked.connect(
            lambda item: self._open_child(self.committee_table.item(item.row(), 0).data(ID_ROLE)))
        self.panel.changed.connect(self._changed)

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(label(self.tr("Udvalgsmøde"), "fieldLabel", wrap=False))
        self.committee_date = date_edit(self.gui.session.today())
        self.committee_date.setObjectName("committeeDay")
        self.committee_date.setAccessibleName(self.tr("Udvalgsmødets dato"))
        row.addWidget(self.committee_date)
        self.summary = label("", "muted", object_name="committeeSummary")
        row.addWidget(self.summary, 1)
        self.new_button = QPushButton(self.tr("Ny indstilling …"))
        self.new_button.setObjectName("newReferral")
        self.new_button.setProperty("role", "primary")
        row.addWidget(self.new_button)
        return row

    def _referrals_table(self) -> QTableView:
        self.model = ReferralsTableModel(self)
        self.proxy = CollatingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("referralsTable")
        self.table.setAccessibleName(self.tr("Alle indstillinger"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NEXT_STEP, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setColumnHidden(REFERRER, True)  # in the panel; the list keeps its width
        return self.table

    def _day_chosen(self) -> None:
        self._day_known = True  # the person's day, not the next meeting's
        self.reload()

    def committee_day(self) -> date:
        return self.committee_date.understood()

    def set_committee_day(self, day: date) -> None:
        self.committee_date.setDate(to_qdate(day))

    # -- loading -----------------------------------------------------------------------

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Read the committee's list and the referrals; the lists keep what they show
        until then. The first load also finds the next committee meeting."""
        keep = select or (self.panel.referral.id if self.panel.referral else None)
        day = self.committee_day() if self._day_known else None
        self._loads += 1
        number = self._loads
        referral_ops.load_visitation(self.gui.runner, self.gui.session, day,
                                     lambda found: self._arrived(number, found, keep),
                                     lambda exc: self._failed(number, exc))

    def _failed(self, number: int, exc: BaseException) -> None:
        if number == self._loads:
            self.summary.setText(user_message(exc))

    def _arrived(self, number: int, found: Visitation, keep: uuid.UUID | None) -> None:
        if number != self._loads:
            return  # a newer load (another day) is on its way
        if not self._day_known:
            self._day_known = True
            self.committee_date.blockSignals(True)
            self.set_committee_day(found.day)
            self.committee_date.blockSignals(False)
        self.committee = found.committee
        self.infos = {r.id: r for r in found.referrals}
        self.model.set_referrals(list(found.referrals))
        self._show_committee()
        self._show_capacity()
        self._show_referrals()
        self.select_referral(keep)
        self.loaded += 1

    def _show_committee(self) -> None:
        items = self.committee.items
        table = self.committee_table
        self._selecting = True
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            r = item.referral
            kind = (self.tr("Revisitation ({day})").format(day=short_date(r.revisitation_on))
                    if item.revisitation else self.tr("Ny indstilling"))
            values = (r.child_name, kind, places_text(r), domain_label(r.referrer_type))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(ID_ROLE, str(r.id))
                cell.setToolTip(r.referrer if column == 3 else value)
                table.setItem(row, column, cell)
        table.clearSelection()
        self._selecting = False
        new = sum(not i.revisitation for i in items)
        again = len(items) - new
        free = sum(h.free for h in self.committee.homes)
        self.summary.setText(self.tr("Mødet {day}: {new}, {again}. {free} i "
                                     "mini-dagplejehjemmene.").format(
            day=short_date(self.committee.on),
            new=self.tr("1 indstilling") if new == 1 else
            self.tr("{n} indstillinger").format(n=new),
            again=self.tr("1 revisitation") if again == 1 else
            self.tr("{n} revisitationer").format(n=again),
            free=self.tr("1 ledig plads") if free == 1 else
            self.tr("{n} ledige pladser").format(n=free)))

    def _show_capacity(self) -> None:
        homes = self.committee.homes
        self.capacity_table.setRowCount(len(homes))
        for row, home in enumerate(homes):
            values = (home.home_name, str(home.places), str(home.taken), str(home.free))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column == 3:
                    cell.setForeground(QBrush(ROOM if home.free else FULL))
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                if column == 0 and home.adaptations:
                    cell.setToolTip(home.adaptations)
                self.capacity_table.setItem(row, column, cell)

    def _show_referrals(self) -> None:
        everything = self.show_choice.currentData() == EVERYTHING
        for row in range(self.model.rowCount()):
            closed = self.model.referral(row).status in (ReferralStatus.REJECTED,
                                                         ReferralStatus.WITHDRAWN)
            source = self.proxy.mapFromSource(self.model.index(row, 0)).row()
            self.table.setRowHidden(source, closed and not everything)

    # -- selection ---------------------------------------------------------------------

    def select_referral(self, referral_id: uuid.UUID | None) -> None:
        """Show the referral in the panel and select it on the lists where it stands."""
        info = self.infos.get(referral_id) if referral_id else None
        self._selecting = True
        try:
            self.committee_table.clearSelection()
            for row in range(self.committee_table.rowCount()):
                if info and self.committee_table.item(row, 0).data(ID_ROLE) == str(info.id):
                    self.committee_table.selectRow(row)
            self.table.clearSelection()
            if info is not None:
                index = self.proxy.mapFromSource(self.model.index(self.model.row_of(info.id), 0))
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
        finally:
            self._selecting = False
        self.panel.show_referral(info)

    def select_child(self, name: str) -> ReferralInfo:
        info = next(r for r in self.infos.values() if r.child_name == name)
        self.select_referral(info.id)
        return info

    def _committee_selected(self) -> None:
        if self._selecting:
            return
        row = self.committee_table.currentRow()
        if row >= 0 and self.committee_table.selectionModel().hasSelection():
            self.select_referral(uuid.UUID(self.committee_table.item(row, 0).data(ID_ROLE)))

    def _list_selected(self) -> None:
        if self._selecting:
            return
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.select_referral(uuid.UUID(rows[0].data(ID_ROLE)))

    def _open_child(self, referral_id) -> None:
        """A double-click on a referral opens the child's page."""
        info = self.infos.get(uuid.UUID(referral_id)) if referral_id else None
        if info is not None:
            self.open_child_requested.emit(info.child_id)

    # -- actions -----------------------------------------------------------------------

    def register_referral(self) -> RegisterReferralDialog:
        self.dialog = RegisterReferralDialog(self.gui, parent=self.window())
        self.dialog.done.connect(self._registered)
        self.dialog.open()
        return self.dialog

    def _registered(self, detail) -> None:
        info = detail.info
        if info.committee_date and info.committee_date != self.committee_day():
            self._day_known = True
            self.committee_date.blockSignals(True)
            self.set_committee_day(info.committee_date)
            self.committee_date.blockSignals(False)
        self.reload(select=info.id)
        self.panel.say(self.tr("Indstillingen for {child} er registreret.").format(
            child=info.child_name))

    def _changed(self, referral_id: uuid.UUID) -> None:
        message = (self.panel.feedback.text(), self.panel.feedback.property("role"))
        self.reload(select=referral_id)
        self.panel.say(message[0], error=message[1] == "error")

