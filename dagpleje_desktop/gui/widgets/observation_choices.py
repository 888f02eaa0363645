"""The choice widgets of the observation form: domains, position, goals and sharing.

Real check boxes and buttons rather than item views: each is reachable with Tab, toggled
with Space and announced by name, and the form's tests click them like a person.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QRadioButton, QVBoxLayout, QWidget)

from ...domain.domains import LAEREPLAN_THEMES, PRACTICAL_DOMAINS, DevelopmentDomain
from ...domain.enums import GoalStatus, SharingLevel, WellbeingPosition
from ..operations.children import GoalInfo
from ..domain_labels import label
from ..style import POSITION_COLOURS, TEXT

GOAL_TITLE_CHARS = 70
POSITION_ORDER = (WellbeingPosition.GREEN, WellbeingPosition.YELLOW, WellbeingPosition.RED,
                  WellbeingPosition.NONE)
# Dark text where white on the colour would be hard to read (yellow).
POSITION_TEXT = {WellbeingPosition.YELLOW: TEXT}
POSITION_STYLE = """
QPushButton[positionChoice="true"] {{
    background: white; border: 1px solid #c3ccd3; border-radius: 16px;
    padding: 5px 16px 5px 12px; min-width: 76px; text-align: left;
}}
QPushButton[positionChoice="true"]:focus {{ border: 2px solid #2f6f9f; }}
{checked}
"""


def _dot(colour: str | None, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if colour:
        painter.setPen(QColor("white"))
        painter.setBrush(QColor(colour))
    else:  # "no position": an empty ring, so the button still lines up
        painter.setPen(QColor("#8a959e"))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class DomainChecklist(QWidget):
    """Læreplanstemaer and praktiske områder side by side; several may be ticked."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addWidget(self._group(self.tr("Læreplanstemaer"), LAEREPLAN_THEMES), 1)
        row.addWidget(self._group(self.tr("Praktiske områder"), PRACTICAL_DOMAINS), 1)

    def _group(self, title: str, domains: Iterable[DevelopmentDomain]) -> QGroupBox:
        group = QGroupBox(title)
        group.setAccessibleName(title)
        column = QVBoxLayout(group)
        column.setSpacing(2)
        column.setContentsMargins(10, 6, 8, 8)
        for domain in domains:
            box = QCheckBox(label(domain))
            box.setAccessibleName(label(domain))
            box.setAccessibleDescription(title)
            box.toggled.connect(self.changed)
            self.boxes[domain.code] = box
            column.addWidget(box)
        column.addStretch(1)
        return group

    def value(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_value(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)


class PositionPicker(QWidget):
    """Grøn / Gul / Rød / Ingen as a row of exclusive buttons with a coloured dot and a word."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[WellbeingPosition, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        checked_rules = []
        for position in POSITION_ORDER:
            button = QPushButton(_dot(POSITION_COLOURS.get(position)), label(position))
            button.setObjectName(f"position_{position.value}")
            button.setProperty("positionChoice", True)
            button.setCheckable(True)
            button.setIconSize(QSize(14, 14))
            name = self.tr("Trivsel: %1").replace("%1", label(position))
            button.setAccessibleName(name)
            button.setToolTip(name)
            self.group.addButton(button)
            self.buttons[position] = button
            row.addWidget(button)
            colour = POSITION_COLOURS.get(position, "#e3e8ec")
            text = POSITION_TEXT.get(position, "white" if position in POSITION_COLOURS else TEXT)
            checked_rules.append(
                f"QPushButton#position_{position.value}:checked {{ background: {colour}; "
                f"color: {text}; border: 1px solid {colour}; font-weight: 600; }}")
        row.addStretch(1)
        self.setStyleSheet(POSITION_STYLE.format(checked="\n".join(checked_rules)))
        self.buttons[WellbeingPosition.NONE].setChecked(True)
        self.group.buttonToggled.connect(lambda _b, on: on and self.changed.emit())

    def value(self) -> WellbeingPosition:
        for position, button in self.buttons.items():
            if button.isChecked():
                return position
        return WellbeingPosition.NONE

    def set_value(self, position: WellbeingPosition) -> None:
        self.buttons[position].setChecked(True)


class GoalChecklist(QWidget):
    """The child's active goals (and any already linked); a hint when there are none."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[uuid.UUID, QCheckBox] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self._layout.addWidget(self.hint)
        self.show_hint(self.tr("Vælg barnet for at se dets mål."))

    def show_hint(self, text: str) -> None:
        self._clear()
        self.hint.setText(text)
        self.hint.setVisible(True)

    def _clear(self) -> None:
        for box in self.boxes.values():
            self._layout.removeWidget(box)
            box.deleteLater()
        self.boxes.clear()

    def set_goals(self, goals: Iterable[GoalInfo], checked: Iterable[uuid.UUID] = ()) -> None:
        """Active goals plus linked ones that are no longer active (so saving keeps the link)."""
        keep = set(checked)
        self._clear()
        shown = [g for g in goals if g.status == GoalStatus.ACTIVE or g.id in keep]
        for goal in shown:
            title = " ".join(goal.title.split())
            short = title if len(title) <= GOAL_TITLE_CHARS else \
                title[:GOAL_TITLE_CHARS - 1].rstrip() + "…"
            if goal.status != GoalStatus.ACTIVE:
                short += f" ({label(goal.status).lower()})"
            box = QCheckBox(short)
            box.setObjectName(f"goal_{goal.id}")
            box.setToolTip(title)
            box.setAccessibleName(self.tr("Mål: %1").replace("%1", title))
            box.setChecked(goal.id in keep)
            box.toggled.connect(self.changed)
            self.boxes[goal.id] = box
            self._layout.addWidget(box)
        self.hint.setText(self.tr("Barnet har ingen aktive mål."))
        self.hint.setVisible(not shown)

    def value(self) -> tuple[uuid.UUID, ...]:
        return tuple(goal_id for goal_id, box in self.boxes.items() if box.isChecked())


class SharingPicker(QWidget):
    """Who the observation may be shared with: exclusive radio buttons in a row."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[SharingLevel, QRadioButton] = {}
        self.group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        for level in SharingLevel:
            button = QRadioButton(label(level))
            button.setObjectName(f"sharing_{level.value}")
            button.setAccessibleName(self.tr("Deling: %1").replace("%1", label(level)))
            self.group.addButton(button)
            self.buttons[level] = button
            row.addWidget(button)
        row.addStretch(1)
        self.buttons[SharingLevel.INTERNAL].setChecked(True)
        self.group.buttonToggled.connect(lambda _b, on: on and self.changed.emit())

    def value(self) -> SharingLevel:
        for level, button in self.buttons.items():
            if button.isChecked():
                return level
        return SharingLevel.INTERNAL

    def set_value(self, level: SharingLevel) -> None:
        self.buttons[level].setChecked(True)
