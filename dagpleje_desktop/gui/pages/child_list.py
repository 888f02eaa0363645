"""The children list: search by name, lazy rows, Enter or double-click opens a child.

The ids and the first rows are read in one operation on the database worker; the list
keeps what it shows until the new answer is there.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLineEdit, QTableView,
                               QVBoxLayout, QWidget)

from ..context import GuiContext
from ..models.children_model import HOME, ID_ROLE, NAME, SORT_ROLE, ChildrenTableModel
from ..operations import children as child_ops
from ..operations.runner import user_message
from ..widgets.text import label, page_title
from ..models.collating_proxy import CollatingProxy
from .base import Page


class ChildListView(Page):
    title = "Børn"
    child_chosen = Signal(uuid.UUID)
    watches = frozenset({"child", "placement", "guardian", "child_guardian", "childminder_home"})

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(gui, parent)
        self.loaded = False
        self.loading = False
        self._request = 0  # only the answer to the latest reload is shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 26, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(page_title(self.tr("Børn")))
        self.count_label = label("", "muted", object_name="childCount")
        layout.addWidget(self.count_label)
        self.notice = label("", object_name="childListNotice", selectable=True)
        # A receipt after a change made elsewhere (e.g. an erased child): calm, not an alarm.
        self.notice.setStyleSheet("QLabel { background: #e7f3ea; border: 1px solid #9cc9a7; "
                                  "border-radius: 6px; padding: 8px 12px; }")
        self.notice.setVisible(False)
        layout.addWidget(self.notice)
        self.search = QLineEdit()
        self.search.setObjectName("childSearch")
        self.search.setPlaceholderText(self.tr("Søg efter navn"))
        self.search.setAccessibleName(self.tr("Søg efter navn"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(420)
        layout.addWidget(self.search)

        self.model = ChildrenTableModel(self._fetch_summaries, parent=self)
        self.model.load_failed.connect(self._failed)
        self.proxy = CollatingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(NAME)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = self._make_table()
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._focus_first_row)
        self.table.activated.connect(self._open)  # Enter, Return and double-click
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("childrenTable")
        table.setAccessibleName(self.tr("Børneliste"))
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(HOME, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((260, 120, 130, 130)):
            table.setColumnWidth(column, width)
        return table

    def activate(self) -> None:
        if not self.loaded:
            self.reload()

    def data_changed(self, record) -> None:
        self.loaded = False  # read again now if shown, else on the next visit
        super().data_changed(record)

    def reload(self) -> None:
        """Read the ids and the first rows again on the database worker."""
        self._request += 1
        request = self._request
        self.loading = True
        if not self.loaded:
            self.count_label.setText(self.tr("Henter børnene …"))
        child_ops.load_child_list(self.gui.runner, self.gui.session, self.model.batch_size,
                                  lambda found: self._arrived(request, found),
                                  lambda exc: self._reload_failed(request, exc))

    def _arrived(self, request: int, found: child_ops.ChildList) -> None:
        if request != self._request:
            return
        self.loading = False
        self.model.set_ids(found.ids, found.first_rows)
        self.loaded = True
        self._filter(self.search.text())

    def _reload_failed(self, request: int, exc: BaseException) -> None:
        if request == self._request:
            self.loading = False
            self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self.count_label.setText(self.tr("Børnene kunne ikke hentes.") + " " + user_message(exc))

    def _fetch_summaries(self, ids, done, failed) -> None:
        child_ops.load_summaries(self.gui.runner, self.gui.session, ids, done, failed)

    def show_notice(self, text: str) -> None:
        """A short message above the list; an empty text hides it."""
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.setVisible(bool(text))

    def _filter(self, text: str) -> None:
        if text.strip():
            # Filtering needs every name, not only the rows drawn so far.
            self.model.fetch_all()
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def _update_count(self, *args) -> None:
        total, shown = self.model.total, self.proxy.rowCount()
        if total == 0:
            self.count_label.setText(self.tr("Der er ingen børn at vise."))
        elif self.search.text().strip():
            self.count_label.setText(self.tr("{shown} af {total} børn passer på søgningen.")
                                     .format(shown=shown, total=total))
        else:
            self.count_label.setText(self.tr("{total} børn").format(total=total))

    def _focus_first_row(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.child_chosen.emit(uuid.UUID(index.siblingAtColumn(NAME).data(ID_ROLE)))
