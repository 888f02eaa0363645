"""Tick boxes for what a consent covers: the fixed list of ``domain.consent_scope``."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from ...domain.consent_scope import CATEGORIES
from ..document_labels import category_description, category_label

COLUMNS = 2


class ConsentCategories(QWidget):
    """One check box per category (object name ``category_<code>``); nothing ticked at
    first: a person chooses."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentCategories")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        self.boxes: dict[str, QCheckBox] = {}
        for number, category in enumerate(CATEGORIES):
            box = QCheckBox(category_label(category.code))
            box.setObjectName(f"category_{category.code}")
            box.setToolTip(category_description(category.code))
            box.toggled.connect(self.changed)
            self.boxes[category.code] = box
            # Left-aligned at its own size: a click on the empty cell beside a short label
            # does nothing in Qt, so the box is no wider than what can be clicked.
            grid.addWidget(box, number // COLUMNS, number % COLUMNS,
                           Qt.AlignmentFlag.AlignLeft)

    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)
