"""A child's observations for the timeline: the first page and the count up front, further
rows fetched in pages as the list draws them.

The first page and how many observations match arrive from one background job; the
rest follow ~100 at a time as the list reaches its end (``canFetchMore``/``fetchMore``),
read ahead in the background, so a child with thousands of observations opens as fast
as one with ten and the window never holds thousands of ids. The model never reads the
database itself: every read is asked for and its answer arrives on the GUI thread.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import (QAbstractListModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt, Signal)

from ...domain.enums import WellbeingPosition
from ..operations.observations import ObservationInfo
from ..domain_labels import label
from ..formatting import domain_labels, format_datetime

log = logging.getLogger(__name__)

BATCH_SIZE = 100
OBSERVATION_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

Rows = list[ObservationInfo]
Failed = Callable[[BaseException], None]
# (offset, limit, done, failed): reads that page of the current query in the background
# and hands the rows to ``done`` (or the error to ``failed``) on the GUI thread.
FetchPage = Callable[[int, int, Callable[[Rows], None], Failed], None]
# (observation id, offset, done, failed): where the observation stands in the current
# query (None: not listed) and the whole pages from ``offset`` through it, to ``done``.
Locate = Callable[[uuid.UUID, int, Callable[["int | None", Rows], None], Failed], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ObservationListModel", text)


def describe(obs: ObservationInfo) -> str:
    """The card as one plain sentence: screen readers and copy/paste get what the eye gets."""
    parts = [format_datetime(obs.observed_at)]
    if obs.author_name:
        parts.append(obs.author_name)
    if obs.position != WellbeingPosition.NONE:
        parts.append(_tr("{position} position").format(position=label(obs.position)))
    if obs.concern:
        parts.append(_tr("Bekymring"))
    if obs.domains:
        parts.append(domain_labels(obs.domains))
    if obs.situation:
        parts.append(obs.situation)
    parts.append(obs.text)
    return ". ".join(p.rstrip(".") for p in parts if p) + "."


class ObservationListModel(QAbstractListModel):
    """One row per observation; ``set_page`` replaces the query, rows follow lazily."""

    load_failed = Signal(object)  # the exception, shown by the page

    def __init__(self, fetch_page: FetchPage, batch_size: int = BATCH_SIZE,
                 locate: Locate | None = None, parent=None) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._locate = locate
        self._batch_size = batch_size
        self._total = 0
        self._next = 0  # offset in the query of the next page to fetch
        self._rows: list[ObservationInfo] = []
        self._failed = False
        # The next page, read ahead in the background so scrolling rarely waits for it.
        self._generation = 0
        self._ahead: tuple[int, list[ObservationInfo]] | None = None  # (offset, rows)
        self._ahead_pending: int | None = None  # offset of the page being read ahead
        self._wanted = False  # the list asked for the pending page: add it on arrival

    # -- loading -----------------------------------------------------------------

    def set_page(self, total: int, first_rows: Sequence[ObservationInfo] | None = None, *,
                 read_ahead: bool = True) -> None:
        """A new query result: ``total`` matches, ``first_rows`` the first page when the
        caller already read it (on the database worker, together with the count).
        Without ``read_ahead`` the next page is read once ``read_ahead()`` is called
        (or the list asks for it)."""
        self.beginResetModel()
        self._total = max(0, total)
        self._rows = list(first_rows or ())
        self._next = len(self._rows)  # the first page may be shorter than a batch
        self._failed = False
        self._generation += 1
        self._ahead = self._ahead_pending = None
        self._wanted = False
        self.endResetModel()
        if read_ahead:
            self._read_ahead()

    def read_ahead(self) -> None:
        """Read the next page in the background, if there is one and it is not on its way."""
        if self._ahead is None:
            self._read_ahead()

    @property
    def batch_size(self) -> int:
        return self._batch_size

    def clear(self) -> None:
        self.set_page(0)

    @property
    def total(self) -> int:
        """How many observations the query found (not only the rows fetched so far)."""
        return self._total

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and not self._failed and self._next < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt override
        """The list reached the end: rows read ahead, or rows still on their way (they
        are added when they arrive, the window never waits)."""
        if not self.canFetchMore(parent):
            return
        if self._ahead is not None and self._ahead[0] == self._next:
            self._append(self._ahead[1])
            return
        self._read_ahead()
        self._wanted = True

    def _append(self, rows: list[ObservationInfo], asked: int | None = None) -> None:
        asked = asked or self._batch_size
        self._next = min(self._next + asked, self._total)
        self._ahead, self._wanted = None, False
        # Rows deleted since the count was taken simply end the list a little earlier.
        if len(rows) < asked:
            self._total = self._next = len(self._rows) + len(rows)
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._read_ahead()

    def _read_ahead(self) -> None:
        start = self._next
        if self._failed or start >= self._total or self._ahead_pending == start:
            return
        self._ahead_pending = start
        generation = self._generation

        def arrived(rows: list[ObservationInfo]) -> None:
            # Dropped when the query changed or the page was read directly meanwhile.
            if generation != self._generation or self._ahead_pending != start:
                return
            self._ahead_pending = None
            if self._next != start:
                return
            if self._wanted:
                self._append(rows)
            else:
                self._ahead = (start, rows)

        def failed(exc: BaseException) -> None:
            if generation != self._generation or self._ahead_pending != start:
                return
            self._ahead_pending = None
            if self._wanted:  # the list waits for these rows: stop, the page says why
                log.warning("could not fetch observations: %s", type(exc).__name__)
                self._failed = True
                self.load_failed.emit(exc)

        self._fetch_page(start, self._batch_size, arrived, failed)

    def fetch_until(self, obs_id: uuid.UUID, done: Callable[[int | None], None]) -> None:
        """Load the rows up to the observation (in the background when needed), then
        call ``done`` with its row, or None when the query does not list it."""
        row = self.row_of(obs_id)
        if row is not None or self._locate is None or not self.canFetchMore():
            done(row)
            return
        generation, start = self._generation, self._next

        def arrived(position: int | None, rows: list[ObservationInfo]) -> None:
            if generation != self._generation:
                return  # another query is shown now
            if position is not None and self._next == start and position >= start:
                pages = (position - start) // self._batch_size + 1
                self._append(rows, pages * self._batch_size)
            done(self.row_of(obs_id))

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.load_failed.emit(exc)

        self._locate(obs_id, start, arrived, failed)

    def row_of(self, obs_id: uuid.UUID) -> int | None:
        for row, obs in enumerate(self._rows):
            if obs.id == obs_id:
                return row
        return None

    def observation(self, row: int) -> ObservationInfo:
        return self._rows[row]

    # -- model interface ---------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        obs = self._rows[index.row()]
        if role == OBSERVATION_ROLE:
            return obs
        if role == ID_ROLE:
            return str(obs.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe(obs)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr("Dobbeltklik eller tryk Enter for at åbne observationen")
        return None
