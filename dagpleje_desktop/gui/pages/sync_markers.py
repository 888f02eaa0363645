"""Signs of open conflicts outside the Synkronisering page.

``NavigationBadgeDelegate`` draws the number of open conflicts as a red pill on the
navigation entry; ``ConflictMarker`` is the button on a child's page that says the child
has open conflicts and leads to them.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QPushButton, QStyledItemDelegate, QWidget

from ..context import GuiContext
from ..operations import sync_counts

BADGE_ROLE = Qt.ItemDataRole.UserRole + 40
BADGE_COLOUR = "#c62828"
BADGE_RIGHT_MARGIN = 12
MARKER_STYLE = """
QPushButton#childConflicts { background: #fff4e5; color: #7a4100; border: 1px solid #f0b25a;
    border-radius: 6px; padding: 5px 12px; font-weight: 600; text-align: left; }
QPushButton#childConflicts:hover { background: #ffe8c7; }
QPushButton#childConflicts:focus { border: 2px solid #b86e00; }
"""


class NavigationBadgeDelegate(QStyledItemDelegate):
    """Paints the item as usual, then a count at the right edge when it is above zero."""

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        count = index.data(BADGE_ROLE) or 0
        if count <= 0:
            return
        text = str(count) if count < 100 else "99+"
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        metrics = QFontMetrics(font)
        height = metrics.height() + 4
        width = max(height, metrics.horizontalAdvance(text) + 12)
        rect = option.rect
        pill = QRectF(rect.right() - width - BADGE_RIGHT_MARGIN,
                      rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BADGE_COLOUR))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.setFont(font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class ConflictMarker(QPushButton):
    """Hidden until the child shown has open conflicts; clicking asks to see them."""

    conflicts_requested = Signal(uuid.UUID)  # the child's id

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.child_id: uuid.UUID | None = None
        self.count = 0
        self.setObjectName("childConflicts")
        self.setStyleSheet(MARKER_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setVisible(False)
        self.clicked.connect(self._open)

    def show_for(self, child_id: uuid.UUID | None) -> None:
        """Count the child's open conflicts on the database worker, then show or hide."""
        self.child_id = child_id
        if child_id is None:
            self._show_count(child_id, 0)
            return
        sync_counts.count_child_conflicts(self.gui.runner, self.gui.session, child_id,
                                       lambda count, c=child_id: self._show_count(c, count),
                                       lambda _exc: None)  # no marker beats a wrong one

    def refresh(self) -> None:
        self.show_for(self.child_id)

    def _show_count(self, child_id: uuid.UUID | None, count: int) -> None:
        if child_id != self.child_id:
            return  # another child is shown by now
        self.count = count
        if count == 1:
            text = self.tr("⚠  1 konflikt fra synkroniseringen venter – se den")
        else:
            text = self.tr("⚠  {count} konflikter fra synkroniseringen venter – se dem").format(
                count=count)
        self.setText(text)
        self.setToolTip(self.tr("Oplysninger om barnet blev ændret to steder på samme tid. "
                                "Vælg, hvilken værdi der skal gælde."))
        self.setAccessibleName(text.replace("⚠", "").strip())
        self.setVisible(count > 0)

    def _open(self) -> None:
        if self.child_id is not None:
            self.conflicts_requested.emit(self.child_id)
