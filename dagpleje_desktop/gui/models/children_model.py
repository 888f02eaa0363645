"""The children list: ordered ids up front, summaries fetched in batches as rows are drawn.

The model never reads the database itself: it asks ``fetch_summaries`` for a batch and
adds the rows when the answer arrives (on the GUI thread), so the list never waits.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt, Signal)

from ..operations.children import ChildSummary
from ..domain_labels import label
from ..formatting import format_age

BATCH_SIZE = 100
COLUMNS = (QT_TRANSLATE_NOOP("ChildrenTableModel", "Navn"),
           QT_TRANSLATE_NOOP("ChildrenTableModel", "Alder"),
           QT_TRANSLATE_NOOP("ChildrenTableModel", "CPR"),
           QT_TRANSLATE_NOOP("ChildrenTableModel", "Status"),
           QT_TRANSLATE_NOOP("ChildrenTableModel", "Dagplejehjem"))
NAME, AGE, CPR, STATUS, HOME = range(len(COLUMNS))
SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Rows = list[ChildSummary]
# Asks for the summaries of these ids; the answer goes to the first callback, a failure
# to the second (both on the GUI thread).
FetchSummaries = Callable[[Sequence[uuid.UUID], Callable[[Rows], None],
                           Callable[[BaseException], None]], None]


class ChildrenTableModel(QAbstractTableModel):
    """Rows appear batch by batch through ``canFetchMore``/``fetchMore``."""

    load_failed = Signal(object)  # the exception, shown by the page

    def __init__(self, fetch_summaries: FetchSummaries, batch_size: int = BATCH_SIZE,
                 parent=None) -> None:
        super().__init__(parent)
        self._fetch_summaries = fetch_summaries
        self._batch_size = batch_size
        self._ids: list[uuid.UUID] = []
        self._next = 0  # position in _ids of the next id to fetch
        self._rows: list[ChildSummary] = []
        self._generation = 0  # answers about an earlier list of ids are dropped
        self._pending = False  # one batch on its way at a time
        self._want_all = False
        self._failed = False

    # -- loading -----------------------------------------------------------------

    @property
    def batch_size(self) -> int:
        return self._batch_size

    def set_ids(self, ids: Sequence[uuid.UUID], first_rows: Sequence[ChildSummary] | None = None
                ) -> None:
        """A fresh list of ids; ``first_rows`` are the summaries of the first batch when
        they were read together with the ids. Further rows are fetched as needed."""
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = list(first_rows or ())
        self._next = min(self._batch_size, len(self._ids)) if first_rows is not None else 0
        self._generation += 1
        self._pending = self._want_all = self._failed = False
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._ids)

    @property
    def complete(self) -> bool:
        """Every id has its row (or was skipped as gone)."""
        return self._next >= len(self._ids) and not self._pending

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._failed and self._next < len(self._ids)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._pending or not self.canFetchMore():
            return
        end = len(self._ids) if self._want_all else self._next + self._batch_size
        batch = self._ids[self._next:end]
        self._next += len(batch)
        self._pending = True
        generation = self._generation
        self._fetch_summaries(batch, lambda rows: self._arrived(generation, rows),
                              lambda exc: self._fetch_failed(generation, exc))

    def fetch_all(self) -> None:
        """Ask for every remaining row (in one request); they are added when they arrive."""
        self._want_all = True
        self.fetchMore()

    def _arrived(self, generation: int, rows: Rows) -> None:
        if generation != self._generation:
            return
        self._pending = False
        # A child may have become invisible since the ids were read: it is simply skipped.
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        if self._want_all:
            self.fetchMore()

    def _fetch_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending, self._failed = False, True
        self.load_failed.emit(exc)

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
        return ChildrenTableModel._display(child, column)  # CollatingProxy orders text
