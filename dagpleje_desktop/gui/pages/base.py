"""A page: scrollable, with a comfortable reading width, refreshed when it is shown."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from ..context import GuiContext

log = logging.getLogger(__name__)

MAX_READING_WIDTH = 1100

# The pages' ``title`` (their accessible name), for the catalogue: lupdate reads literals.
PAGE_TITLES = (
    QT_TRANSLATE_NOOP("Page", "Oversigt"), QT_TRANSLATE_NOOP("Page", "Børn"),
    QT_TRANSLATE_NOOP("Page", "Barn"), QT_TRANSLATE_NOOP("Page", "Kalender"),
    QT_TRANSLATE_NOOP("Page", "Møder"), QT_TRANSLATE_NOOP("Page", "Dagplejehjem"),
    QT_TRANSLATE_NOOP("Page", "Synkronisering"), QT_TRANSLATE_NOOP("Page", "Udskrifter"),
    QT_TRANSLATE_NOOP("Page", "Indstillinger"), QT_TRANSLATE_NOOP("Page", "Visitation"),
)


class Page(QWidget):
    """Base for pages in the main window's stack; ``activate`` runs each time it is shown."""

    title = ""
    # Kinds of entity (table names) whose changes make what the page shows stale.
    watches: frozenset[str] = frozenset()

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.stale = False
        self.setAccessibleName(QCoreApplication.translate("Page", self.title)
                               if self.title else "")
        if self.watches:
            gui.changes.changed.connect(self._changes_arrived)

    def activate(self) -> None:
        """Load or refresh what the page shows (called when the user navigates here)."""

    def keep_unsaved_work(self) -> None:
        """The window closes: store what was typed and not saved as drafts (on this thread)."""

    def _changes_arrived(self, record) -> None:
        if record.touches(self.watches):
            self.data_changed(record)

    def data_changed(self, record) -> None:
        """Something the page shows changed: reload now if seen, else on the next visit."""
        if self.isVisible():
            self.stale = False
            self.activate()
        else:
            self.stale = True


class ScrollPage(Page):
    """Content in ``self.body`` (a vertical layout) inside a scroll area, width-limited."""

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(gui, parent)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: its content is
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(24, 26, 24, 26)
        self.content = QWidget()
        self.content.setMaximumWidth(MAX_READING_WIDTH)
        row.addWidget(self.content, 1)
        row.addStretch(0)  # beyond the reading width the extra space stays on the right
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(14)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(holder)
        self.scroll_area = scroll
