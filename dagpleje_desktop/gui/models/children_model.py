"""The children list: ordered ids up front, summaries fetched in batches as rows are drawn."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt)

from ...services.children import ChildSummary
from ..domain_labels import label
from ..formatting import danish_sort_key, format_age

BATCH_SIZE = 100
COLUMNS = (QT_TRANSLATE_NOOP("ChildrenTableModel", "Navn"),
           QT_TRANSLATE_NOOP("ChildrenTableModel", "Alder"),
           QT_TRANSLATE_NOOP("ChildrenTableModel", "CPR"),
           QT_TRANSLATE_NOOP("ChildrenTableModel", "Status"),
           QT_TRANSLATE_NOOP("ChildrenTableModel", "Dagplejehjem"))
NAME, AGE, CPR, STATUS, HOME = range(len(COLUMNS))
SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1

FetchIds = Callable[[], list[uuid.UUID]]
FetchSummaries = Callable[[Sequence[uuid.UUID]], list[ChildSummary]]


class ChildrenTableModel(QAbstractTableModel):
    """Rows appear batch by batch through ``canFetchMore``/``fetchMore``."""

    def __init__(self, fetch_ids: FetchIds, fetch_summaries: FetchSummaries,
                 batch_size: int = BATCH_SIZE, parent=None) -> None:
        super().__init__(parent)
        self._fetch_ids, self._fetch_summaries = fetch_ids, fetch_summaries
        self._batch_size = batch_size
        self._ids: list[uuid.UUID] = []
        self._next = 0  # position in _ids of the next id to fetch
        self._rows: list[ChildSummary] = []

    # -- loading -----------------------------------------------------------------

    def reload(self) -> None:
        """Fresh ids from the service; rows are fetched again as they are needed."""
        self.beginResetModel()
        self._ids = self._fetch_ids()
        self._next = 0
        self._rows = []
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._ids)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._next < len(self._ids)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._next >= len(self._ids):
            return
        batch = self._ids[self._next:self._next + self._batch_size]
        self._next += len(batch)
        # A child may have become invisible since the ids were read: it is simply skipped.
        rows = self._fetch_summaries(batch)
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    # -- model interface ---------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ChildrenTableModel", COLUMNS[section])
        return None

    def summary(self, row: int) -> ChildSummary:
        return self._rows[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        child, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(child, column)
        if role == SORT_ROLE:
            return self._sort_key(child, column)
        if role == ID_ROLE:
            return str(child.id)
        if role == Qt.ItemDataRole.ToolTipRole and column == CPR and child.cpr_masked:
            return QCoreApplication.translate("ChildrenTableModel",
                                              "CPR-nummeret vises altid skjult")
        return None

    @staticmethod
    def _display(child: ChildSummary, column: int) -> str:
        if column == NAME:
            return child.name
        if column == AGE:
            return format_age(child.age_months) if child.birth_date else ""
        if column == CPR:
            return child.cpr_masked
        if column == STATUS:
            return label(child.status)
        return child.home_name

    @staticmethod
    def _sort_key(child: ChildSummary, column: int):
        if column == AGE:  # numeric, unknown ages last
            return child.age_months if child.age_months is not None else 10_000
        return danish_sort_key(ChildrenTableModel._display(child, column))
