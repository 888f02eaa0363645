"""The "Observationer" tab: the child's observations newest first, with filters above.

Filter changes ask for the first page of cards and the count, on the database worker (the list keeps painting meanwhile); further pages are fetched as the
list draws them, read ahead on the worker.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QListView, QStackedWidget,
                               QVBoxLayout, QWidget)

from ..context import GuiContext
from ..models.observations_model import ObservationListModel
from ..operations import observations as obs_ops
from ..operations.children import GoalInfo
from ..operations.runner import user_message
from ..widgets.observation_card import ObservationCardDelegate
from ..widgets.observation_filters import ObservationFilterBar


# A new list's first read: enough cards to fill the tallest window (they are what the
# reader waits for); the rest follows a batch at a time, read ahead.
FIRST_CARDS = 30
# The reads that can wait (the next page; on the child page the goals and who changed
# the record) start when the first cards are painted, so they do not compete with
# painting them; at the latest after this long (a list that is not painted: hidden,
# or empty).
CARDS_SHOWN_LATEST_MS = 250


class TimelineView(QWidget):
    edit_observation_requested = Signal(uuid.UUID)
    counts_changed = Signal(int)  # observations matching the filters
    # The first cards of a new list are painted (or it is empty, or could not be read).
    cards_shown = Signal()

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.child_id: uuid.UUID | None = None
        self._generation = 0  # answers to superseded queries are dropped
        self._pending_select: uuid.UUID | None = None
        self._authors_loaded = False
        self.loading = False
        self._query: tuple[uuid.UUID, obs_ops.ObservationFilter] | None = None
        self.model = ObservationListModel(self._fetch_page, locate=self._locate, parent=self)
        self.model.load_failed.connect(self._fetch_failed)
        self.filters = ObservationFilterBar(gui.session.today)
        self.filters.changed.connect(self.refresh)
        self.list = self._make_list()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("timelineEmpty")
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setWordWrap(True)
        self.empty_label.setContentsMargins(0, 30, 0, 0)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)
        self._cards_pending = False
        self._cards_latest = QTimer(self)
        self._cards_latest.setSingleShot(True)
        self._cards_latest.setInterval(CARDS_SHOWN_LATEST_MS)
        self._cards_latest.timeout.connect(self._cards_painted)
        self.list.viewport().installEventFilter(self)

    def _make_list(self) -> QListView:
        view = QListView()
        view.setObjectName("timeline")
        view.setAccessibleName(self.tr("Observationer, nyeste først"))
        view.setModel(self.model)
        view.setItemDelegate(ObservationCardDelegate(view))
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.verticalScrollBar().setSingleStep(24)
        view.setUniformItemSizes(True)  # equal cards: 5,000 rows lay out in no time
        view.setResizeMode(QListView.ResizeMode.Adjust)  # card text follows the width
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setMouseTracking(True)
        view.setFrameShape(QListView.Shape.NoFrame)
        view.viewport().setAutoFillBackground(False)  # cards on the page's own background
        view.activated.connect(self._open)  # Enter, Return and double-click
        return view

    # -- the child, its goals and the authors ----------------------------------------

    # The filters of a newly shown child ("all") and its first read: a caller can make
    # that read beforehand.
    opening_filter = obs_ops.ObservationFilter()
    first_page_size = FIRST_CARDS

    def show_child(self, child_id: uuid.UUID,
                   first_page: obs_ops.ObservationPage | None = None) -> None:
        """A new child: filters back to "all", goals emptied until set_goals.
        ``first_page`` is the child's first page for ``opening_filter`` when the caller
        read it already (with the count); else it is asked for here."""
        self.child_id = child_id
        self._pending_select = None
        self.filters.set_goals([])
        self.filters.reset()
        self.model.clear()
        self._load_authors()
        if first_page is None or self.filters.current_filter() != self.opening_filter:
            self.refresh()
            return
        generation, flt = self._start_loading(), self.opening_filter
        self._page_ready(generation, flt, first_page)

    def set_goals(self, goals: list[GoalInfo]) -> None:
        if self.filters.set_goals(goals):  # the chosen goal is gone: show all again
            self.refresh()

    def _load_authors(self) -> None:
        if self._authors_loaded:
            return
        self._authors_loaded = True
        # The author filter is a convenience: without it the list still works.
        obs_ops.list_authors(self.gui.runner, self.gui.session, self.filters.add_authors,
                             lambda _exc: None)

    def reset_filters(self) -> None:
        self.filters.reset()
        self.refresh()

    def filter_by_goal(self, goal_id: uuid.UUID) -> None:
        """Only the observations linked to one goal (from the Mål tab)."""
        self.filters.reset()
        self.filters.choose_goal(goal_id)
        self.refresh()

    # -- loading -----------------------------------------------------------------

    def _fetch_page(self, offset: int, limit: int, done, failed) -> None:
        """Read one further page of the query the list shows now."""
        child_id, flt = self._query
        obs_ops.load_page(self.gui.runner, self.gui.session, child_id, flt, offset, limit,
                          lambda page: done(page.rows), failed, count=False)

    def _locate(self, obs_id: uuid.UUID, offset: int, done, failed) -> None:
        child_id, flt = self._query
        obs_ops.load_rows_up_to(self.gui.runner, self.gui.session, child_id, flt, obs_id,
                                offset, self.model.batch_size,
                                lambda found: done(found.position, found.rows), failed)

    def refresh(self) -> None:
        """Ask for the first cards and the count on the database worker."""
        if self.child_id is None:
            return
        flt = self.filters.current_filter()
        if flt is None:  # an impossible period: the bar says why, the list stays
            return
        generation, child_id = self._start_loading(), self.child_id
        # one trip to the worker: first page and count
        obs_ops.load_page(self.gui.runner, self.gui.session, child_id, flt, 0,
                          self.first_page_size,
                          lambda page: self._page_ready(generation, flt, page),
                          lambda exc: self._ids_failed(generation, exc))

    def _start_loading(self) -> int:
        """A new list is on its way: answers to earlier ones are dropped from now on."""
        self._generation += 1
        self.loading = True
        if self.model.total == 0:
            self.filters.count_label.setText(self.tr("Henter observationer …"))
        return self._generation

    def _page_ready(self, generation: int, flt, page: obs_ops.ObservationPage) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self._query = (self.child_id, flt)
        self.model.set_page(page.total, page.rows, read_ahead=False)
        self._cards_pending = True
        self._cards_latest.start()
        self._show_count()
        if self._pending_select is not None:
            self._highlight(self._pending_select)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if self._cards_pending and event.type() == QEvent.Type.Paint \
                and watched is self.list.viewport():
            QTimer.singleShot(0, self, self._cards_painted)  # once this paint is done
        return super().eventFilter(watched, event)

    def _cards_painted(self) -> None:
        if not self._cards_pending:
            return
        self._cards_pending = False
        self._cards_latest.stop()
        self.model.read_ahead()
        self.cards_shown.emit()

    def _ids_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.model.clear()
        self.filters.count_label.setText("")
        self.empty_label.setText(self.tr("Observationerne kunne ikke hentes.") + "\n"
                                 + user_message(exc))
        self.stack.setCurrentWidget(self.empty_label)
        self.cards_shown.emit()  # what waits for the cards need not wait any longer

    def _fetch_failed(self, exc: BaseException) -> None:
        self.filters.count_label.setText(self.tr("Ikke alle observationer kunne hentes: ")
                                         + user_message(exc))

    def _show_count(self) -> None:
        total, filtered = self.model.total, self.filters.is_filtered()
        if total == 0:
            self.filters.count_label.setText("")
            self.empty_label.setText(
                self.tr("Ingen observationer passer på filtrene.") if filtered
                else self.tr("Der er endnu ingen observationer."))
            self.stack.setCurrentWidget(self.empty_label)
        else:
            if filtered:
                text = self.tr("1 observation passer på filtrene") if total == 1 else \
                    self.tr("{n} observationer passer på filtrene").format(n=total)
            else:
                text = self.tr("1 observation") if total == 1 else \
                    self.tr("{n} observationer").format(n=total)
            self.filters.count_label.setText(text)
            self.stack.setCurrentWidget(self.list)
        self.counts_changed.emit(total)

    # -- choosing an observation ---------------------------------------------------

    def select_observation(self, obs_id: uuid.UUID) -> None:
        """Show and select one observation (e.g. a search hit), clearing filters if needed."""
        self._pending_select = obs_id
        if self.filters.is_filtered() or self.loading or self.model.total == 0:
            self.reset_filters()
        else:
            self._highlight(obs_id)

    def _highlight(self, obs_id: uuid.UUID) -> None:
        self._pending_select = None
        self.model.fetch_until(obs_id, self._select_row)

    def _select_row(self, row: int | None) -> None:
        if row is None:
            return
        index = self.model.index(row)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        self.list.setFocus()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_observation_requested.emit(self.model.observation(index.row()).id)
