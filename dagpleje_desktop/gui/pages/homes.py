"""Dagplejehjem: every home with its places, taken and free."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from ..context import GuiContext
from ..models.homes_model import NAME, NUMERIC, SORT_ROLE, HomesTableModel
from ..operations import homes as home_ops
from ..operations.runner import user_message
from ..widgets.table_fit import fit_columns_to_text
from ..widgets.text import label, page_title
from ..models.collating_proxy import CollatingProxy
from .base import Page

COLUMN_AIR = 8  # pixels beyond the widest text, so nothing touches the next column
NUMBER_WIDTH = 76  # small counts: the header, not the sort arrow's reserve, sets the width


class HomesPage(Page):
    title = "Dagplejehjem"

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(gui, parent)
        self._request = 0  # only the answer to the latest read is shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 26, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(page_title(self.tr("Dagplejehjem")))
        self.summary = label("", "muted", object_name="homesSummary")
        layout.addWidget(self.summary)
        self.model = HomesTableModel(self)
        proxy = CollatingProxy(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("homesTable")
        self.table.setAccessibleName(self.tr("Dagplejehjem"))
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

    def _fit_columns(self) -> None:
        """Whole names and addresses; a narrow window scrolls sideways instead of cutting."""
        last = self.model.columnCount() - 1  # the last one stretches
        fit_columns_to_text(self.table, [c for c in range(last) if c not in NUMERIC],
                            COLUMN_AIR)
        fit_columns_to_text(self.table, [c for c in NUMERIC if c < last], minimum=NUMBER_WIDTH)

    def activate(self) -> None:
        """Read the homes on the database worker; the table keeps its rows meanwhile."""
        self._request += 1
        request = self._request
        home_ops.list_homes(self.gui.runner, self.gui.session,
                            lambda found: self._arrived(request, found),
                            lambda exc: self._failed(request, exc))

    def _failed(self, request: int, exc: BaseException) -> None:
        if request == self._request:
            self.summary.setText(self.tr("Dagplejehjemmene kunne ikke hentes.") + " "
                                 + user_message(exc))

    def _arrived(self, request: int, found: list[home_ops.HomeInfo]) -> None:
        if request != self._request:
            return
        self.model.set_homes(found)
        self._fit_columns()
        places, free = sum(h.places for h in found), sum(h.free for h in found)
        if found:
            self.summary.setText(self.tr("{homes} dagplejehjem med i alt {places} pladser, heraf "
                                         "{free} ledige i dag.").format(
                homes=len(found), places=places, free=free))
        else:
            self.summary.setText(self.tr("Der er endnu ingen dagplejehjem."))
