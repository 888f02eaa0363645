"""Qt Designer forms from ui/*.ui (package data), loaded at run time and used by
composition (self.ui)."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from ..package_data import form_path
from .widgets.date_field import DateField, MomentField


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """The widget tree of ``ui/<name>.ui``; named children are attributes of the result."""
    path = form_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form not found: {path}")
    try:
        loader = QUiLoader()
        for widget_class in (DateField, MomentField):  # the forms' dates use the one date field
            loader.registerCustomWidget(widget_class)
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"form could not be loaded: {path}")
    return widget
