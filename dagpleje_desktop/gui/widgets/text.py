"""Labels with the roles the style sheet knows (page title, section title, muted, ...)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


def label(text: str = "", role: str = "", *, wrap: bool = True, selectable: bool = False,
          object_name: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # names and notes are never markup
    if role:
        widget.setProperty("role", role)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        widget.setObjectName(object_name)
    return widget


def page_title(text: str) -> QLabel:
    widget = label(text, "pageTitle")
    widget.setAccessibleName(text)
    return widget


def section_title(text: str) -> QLabel:
    widget = label(text, "sectionTitle")
    widget.setAccessibleName(text)
    return widget


def card(parent: QWidget | None = None, *, spacing: int = 8) -> tuple[QFrame, QVBoxLayout]:
    """A white rounded panel and its layout."""
    frame = QFrame(parent)
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 16)
    layout.setSpacing(spacing)
    return frame, layout


def clear_layout(layout) -> None:
    """Remove and delete every item (used when a page shows another record)."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


class ElidedLabel(QLabel):
    """One line that may be longer than the room it gets (a folder path): drawn shortened in
    the middle with "…" when narrow, never cut at the edge. Its text stays whole: the
    accessible name, the tooltip and ``text()`` give all of it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setToolTip(text)
        self.setAccessibleName(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("…" * 12)),
                     hint.height())

    def paintEvent(self, event) -> None:
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle,
                                              rect.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(),
                                  self.isEnabled(), shown, self.foregroundRole())
        painter.end()
