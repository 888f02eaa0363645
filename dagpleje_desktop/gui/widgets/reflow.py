"""Columns side by side while they fit, stacked when they do not (WCAG 1.4.10 reflow).

With larger text (125 %, 150 %) columns that fit at 100 % need more width than a
1366×768 screen gives; stacking them keeps everything readable with vertical scrolling
only, never sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractScrollArea, QBoxLayout, QFrame, QScrollArea, QStyle,
                               QWidget)

SIDE_BY_SIDE = QBoxLayout.Direction.LeftToRight
STACKED = QBoxLayout.Direction.TopToBottom


def scroll_bar_width(widget: QWidget) -> int:
    return widget.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, widget)


class ColumnReflow(QObject):
    """Keeps ``columns`` side by side while there is room for its items' minimum widths,
    else stacks them.

    The room is ``room``'s width less ``reserve`` (margins, a scroll bar): give the scroll
    area that holds the columns (not its viewport: a scroll bar coming and going must not
    flip the layout). Without ``room`` the columns sit somewhere inside a scrolling page:
    the room is then ``inside``'s width less what the page's scroll area would have to
    scroll sideways."""

    def __init__(self, columns: QBoxLayout, room: QWidget | None = None, *,
                 inside: QWidget | None = None, reserve: int = 0) -> None:
        watched = room if room is not None else inside
        super().__init__(watched)
        self.columns, self.room, self.inside, self.reserve = columns, room, inside, reserve
        self._scroll: QAbstractScrollArea | None = None
        watched.installEventFilter(self)
        self.update()

    def side_by_side_width(self) -> int:
        items = [self.columns.itemAt(index) for index in range(self.columns.count())]
        shown = [item for item in items if not item.isEmpty()]
        margins = self.columns.contentsMargins()
        return (sum(item.minimumSize().width() for item in shown)
                + max(0, self.columns.spacing()) * max(0, len(shown) - 1)
                + margins.left() + margins.right())

    def stacked(self) -> bool:
        return self.columns.direction() == STACKED

    def available(self) -> int:
        if self.room is not None:
            return self.room.width() - self.reserve
        if self._scroll is None:
            self._scroll = _scroll_area_around(self.inside)
            if self._scroll is not None:
                self._scroll.installEventFilter(self)
        overflow = self._scroll.horizontalScrollBar().maximum() if self._scroll else 0
        return self.inside.width() - overflow

    def update(self) -> None:
        wide = self.available() >= self.side_by_side_width()
        direction = SIDE_BY_SIDE if wide else STACKED
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange):
            self.update()
        return False


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def scrolling_columns(holder: QWidget, columns: QBoxLayout, *, name: str,
                      least_height: int = 300) -> QScrollArea:
    """``holder`` (laid out by ``columns``) in a scroll area that scrolls down only, for a
    dialog whose buttons stay below it: the columns stand side by side when the screen has
    room for them, else they are stacked and the form scrolls."""
    scroll = QScrollArea()
    scroll.setObjectName(name)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: its content is
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(holder)
    bar = scroll_bar_width(scroll)
    reflow = ColumnReflow(columns, scroll, reserve=bar)
    screen = QGuiApplication.primaryScreen()
    room = screen.availableGeometry().width() - 120 if screen is not None else 0
    scroll.setMinimumWidth(max(holder.minimumSizeHint().width() + bar,
                               min(reflow.side_by_side_width() + bar, room)))
    scroll.setMinimumHeight(min(least_height, holder.sizeHint().height() + 8))
    return scroll
