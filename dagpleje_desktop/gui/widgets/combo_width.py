"""Combo boxes wide enough for their entries at any text size (WCAG 1.4.4)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

PROBE_WIDTH = 1000  # any width: only what the frame and arrow take from it matters


def fit_longest_entry(combo: QComboBox) -> None:
    """At least as wide as its longest entry needs. Fusion's size hint is a few pixels
    short of the text field it draws, which cut "Alle udviklingsområder" at 150 %; the
    style draws the text 1 px in from each side of the field."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    option.rect = QRect(0, 0, PROBE_WIDTH, combo.sizeHint().height())
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    metrics = combo.fontMetrics()
    longest = max((metrics.horizontalAdvance(combo.itemText(index))
                   for index in range(combo.count())), default=0)
    combo.setMinimumWidth(longest + 2 + PROBE_WIDTH - field.width())
