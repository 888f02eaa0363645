"""Full-text search in the observations of every child the user may see.

A field at the top of the navigation (Ctrl+Shift+F, and Ctrl+F outside the children
list) searches on the database worker; the hits appear on the Børn page with the child,
the date and the snippet with the matched words highlighted. Enter or a double-click
opens the child with the observation selected.
"""

from __future__ import annotations

import html
import re
import uuid
from collections.abc import Callable

from PySide6.QtCore import (QAbstractListModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, QRectF, QSize, Qt, Signal)
from PySide6.QtGui import (QAbstractTextDocumentLayout, QColor, QKeySequence, QPainter,
                           QPalette, QShortcut, QTextDocument)
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QListView, QPushButton, QStackedWidget, QStyle,
                               QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget)

from ..context import GuiContext
from ..formatting import format_datetime
from ..operations import search as search_ops
from ..operations.runner import user_message
from ..operations.search import HIT_END, HIT_START, SearchHit
from ..style import ACCENT, MUTED
from ..widgets.text import label, page_title

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
HIGHLIGHT = "#fff0a6"
MARK_OPEN = f'<span style="background-color:{HIGHLIGHT}; font-weight:600;">'
MARK_CLOSE = "</span>"
PAD_H, PAD_V, OUTER_V = 16, 10, 4
_MARKERS = re.compile(f"([{HIT_START}{HIT_END}])")
_SPACES = re.compile(r"\s+")


def snippet_html(snippet: str) -> str:
    """The snippet as HTML: the user's text escaped, the hits wrapped in a highlight."""
    out, inside = [], False
    for part in _MARKERS.split(snippet):
        if part == HIT_START:
            if not inside:
                out.append(MARK_OPEN)
                inside = True
        elif part == HIT_END:
            if inside:
                out.append(MARK_CLOSE)
                inside = False
        elif part:
            # Runs of spaces and line breaks become one space; the spaces around a hit stay.
            out.append(html.escape(_SPACES.sub(" ", part), quote=False))
    if inside:
        out.append(MARK_CLOSE)
    return "".join(out)


def hit_html(hit: SearchHit) -> str:
    return (f"<div><b>{html.escape(hit.child_name)}</b>"
            f'<span style="color:{MUTED};">&nbsp;&nbsp;·&nbsp;&nbsp;'
            f"{html.escape(format_datetime(hit.observed_at))}</span></div>"
            f'<div style="margin-top:4px;">{snippet_html(hit.snippet)}</div>')


def plain_snippet(snippet: str) -> str:
    return " ".join(snippet.replace(HIT_START, "").replace(HIT_END, "").split())


class SearchHitsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role == HTML_ROLE:
            return hit_html(hit)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{hit.child_name}, {format_datetime(hit.observed_at)}: " \
                   f"{plain_snippet(hit.snippet)}"
        return None


class SearchHitDelegate(QStyledItemDelegate):
    """A card with rich text: name, date and the highlighted snippet."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(index.data(HTML_ROLE) or "")
        document.setTextWidth(max(self._view.viewport().width() - 2 * PAD_H - 4, 100))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        document = self._document(option, index)
        return QSize(int(document.textWidth()),
                     int(document.size().height()) + 2 * PAD_V + 2 * OUTER_V)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        card = QRectF(option.rect.adjusted(2, OUTER_V, -2, -OUTER_V))
        painter.setPen(QColor(ACCENT if selected else "#dde3e8"))
        painter.setBrush(QColor("#f2f7fb" if selected else "#ffffff"))
        painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        document = self._document(option, index)
        painter.translate(card.left() + PAD_H, card.top() + PAD_V)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(
            QPalette.ColorRole.Text))
        document.documentLayout().draw(painter, context)
        painter.restore()


class SearchView(QWidget):
    """The hits of one search; ``open_hit_requested(child_id, observation_id)``."""

    open_hit_requested = Signal(uuid.UUID, uuid.UUID)
    back_requested = Signal()
    finished = Signal(int)  # number of hits

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.query = ""
        self.searching = False
        self._generation = 0
        self._focus_results = False
        self.setAccessibleName(self.tr("Søgning i observationer"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 26, 24, 20)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Tilbage til børnelisten"))
        self.back_button.setAccessibleName(self.tr("Tilbage til børnelisten"))
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(page_title(self.tr("Søgning i observationer")))
        self.summary = label("", "muted", object_name="searchSummary")
        layout.addWidget(self.summary)
        self.model = SearchHitsModel(self)
        self.list = QListView()
        self.list.setObjectName("searchHits")
        self.list.setAccessibleName(self.tr("Fundne observationer"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(SearchHitDelegate(self.list))
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.viewport().setAutoFillBackground(False)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._open)
        self.empty = QLabel()
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.back_requested.emit)

    def run(self, query: str, *, focus_results: bool = True) -> None:
        """Search on the database worker; the first hit gets the focus when it arrives."""
        self.query = query.strip()
        self._generation += 1
        self._focus_results = focus_results
        if not self.query:
            self.model.set_hits([])
            self._say(self.tr("Skriv et eller flere ord i søgefeltet."))
            return
        generation, text = self._generation, self.query
        self.searching = True
        self.summary.setText(self.tr("Søger efter »{query}« …").format(query=text))
        search_ops.search(self.gui.runner, self.gui.session, text,
                          lambda hits: self._arrived(generation, hits),
                          lambda exc: self._failed(generation, exc))

    def _say(self, text: str) -> None:
        self.summary.setText("")
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def _arrived(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return
        self.searching = False
        self.model.set_hits(hits)
        if not hits:
            self._say(self.tr("Ingen observationer indeholder »{query}«. Prøv et andet ord "
                              "eller begyndelsen af ordet.").format(query=self.query))
        else:
            if len(hits) == 1:
                text = self.tr("1 observation indeholder »{query}«.").format(query=self.query)
            else:
                text = self.tr("{n} observationer indeholder »{query}«.").format(
                    n=len(hits), query=self.query)
            self.summary.setText(text + " " + self.tr(
                "Dobbeltklik eller tryk Enter for at åbne barnet ved observationen."))
            self.stack.setCurrentWidget(self.list)
            self.list.setCurrentIndex(self.model.index(0))
            if self._focus_results:
                self.list.setFocus()
        self.finished.emit(len(hits))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.searching = False
            self.model.set_hits([])
            self._say(self.tr("Søgningen kunne ikke gennemføres. ") + user_message(exc))
            self.finished.emit(0)

    def _open(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if hit is not None:
            self.open_hit_requested.emit(hit.child_id, hit.observation_id)


def _search_field() -> QLineEdit:
    field = QLineEdit()
    field.setObjectName("globalSearch")
    field.setPlaceholderText(QCoreApplication.translate("SearchField", "Søg i observationer"))
    field.setAccessibleName(QCoreApplication.translate("SearchField", "Søg i observationer"))
    field.setToolTip(QCoreApplication.translate(
        "SearchField", "Søg i alle dine børns observationer (Ctrl+Shift+F). "
                       "Tryk Enter for at søge."))
    field.setClearButtonEnabled(True)
    return field


def install_search(window) -> SearchView:
    """Put the search field above the navigation and the results on the Børn page.

    Kept here so the main window only calls this once; returns the results view.
    """
    return SearchPlacement(window, lambda: window.pages["Børn"]).view()


class SearchPlacement:
    """The search field above the navigation now, the results view on the Børn page when
    it is first needed (the main window builds its pages on first show).

    ``children_page()`` returns the Børn page, building it if need be.
    """

    def __init__(self, window, children_page: Callable[[], QWidget]) -> None:
        self.window, self._children_page = window, children_page
        self._view: SearchView | None = None
        self.field = _search_field()
        holder = QFrame()
        holder.setObjectName("searchHolder")
        holder.setStyleSheet("QFrame#searchHolder { background: #eaf0f4; "
                             "border-right: 1px solid #d5dde3; }")
        holder.setFixedWidth(window.navigation.width())
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(12, 14, 12, 2)
        inner.addWidget(self.field)
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(0)
        row = window.centralWidget().layout()
        row.replaceWidget(window.navigation, column)
        column_layout.addWidget(holder)
        column_layout.addWidget(window.navigation, 1)
        self.field.returnPressed.connect(self.search)
        QShortcut(QKeySequence("Ctrl+Shift+F"), window, activated=self.focus_field)
        # Ctrl+F belongs to the children list's name search while that list is showing.
        self._find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), window,
                               activated=self.focus_field)
        window.stack.currentChanged.connect(self._sync_find)
        window.search_field = self.field

    def view(self) -> SearchView:
        """The results view, put on the Børn page the first time it is asked for."""
        if self._view is None:
            page = self._children_page()
            self._view = view = SearchView(self.window.gui)
            page.stack.addWidget(view)
            view.open_hit_requested.connect(self._open_hit)
            view.back_requested.connect(page.show_list)
            page.stack.currentChanged.connect(self._sync_find)
            self._sync_find()
        return self._view

    def search(self) -> None:
        view = self.view()
        self.window.show_page("Børn")
        self._children_page().stack.setCurrentWidget(view)
        view.run(self.field.text())

    def focus_field(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def _open_hit(self, child_id: uuid.UUID, obs_id: uuid.UUID) -> None:
        children_page = self._children_page()
        children_page.open_child(
            child_id, then=lambda: children_page.detail_view.show_observation(obs_id))

    def _sync_find(self, *_args) -> None:
        on_list = False
        if self._view is not None:
            children_page = self._children_page()
            on_list = self.window.stack.currentWidget() is children_page and \
                children_page.stack.currentWidget() is children_page.list_view
        self._find.setEnabled(not on_list)
