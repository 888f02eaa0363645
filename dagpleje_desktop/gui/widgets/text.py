"""Labels with the roles the style sheet knows (page title, section title, muted, ...)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
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
    """One line that may be longer than the room it gets (a folder path): shortened in the
    middle with "…" when narrow, never cut at the edge; the whole text is its tooltip and
    its accessible name."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.setMinimumWidth(1)  # the layout may give it less than the whole text

    def text(self) -> str:  # the whole text; the screen shows it shortened when narrow
        return self.full_text

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("…" * 12)),
                     hint.height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self.full_text) + 8,
                     super().sizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideMiddle,
                                                   max(0, self.width() - 4)))
