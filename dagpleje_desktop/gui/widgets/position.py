"""A wellbeing position as a coloured dot with its Danish word (colour is never alone)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...domain.enums import WellbeingPosition
from ..domain_labels import label
from ..style import POSITION_COLOURS

DOT_SIZE = 14


class PositionDot(QWidget):
    def __init__(self, position: WellbeingPosition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.position = position
        self.setFixedSize(QSize(DOT_SIZE, DOT_SIZE))
        name = self.tr("{position} position").format(position=label(position))
        self.setAccessibleName(name)
        self.setToolTip(name)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        colour = POSITION_COLOURS.get(self.position)
        if colour is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(1, 1, DOT_SIZE - 2, DOT_SIZE - 2)


class PositionBadge(QWidget):
    """Dot plus "Grøn"/"Gul"/"Rød"; nothing for no position."""

    def __init__(self, position: WellbeingPosition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        if position in POSITION_COLOURS:
            layout.addWidget(PositionDot(position))
            word = QLabel(label(position))
            word.setStyleSheet("font-weight: 600;")  # yellow text on white is unreadable
            layout.addWidget(word)
        self.setAccessibleName(self.tr("Position: {position}").format(position=label(position)))
