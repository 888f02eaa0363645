"""Put a loaded form into a dialog so the dialog grows with errors instead of squeezing."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLayout, QVBoxLayout, QWidget

from ..resources import icon


def frame_form(dialog: QDialog, form: QWidget, title: str, min_width: int) -> None:
    form.setMinimumWidth(min_width)  # on the form: the layout below sets the dialog's minimum
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
    layout.addWidget(form)
    dialog.setWindowTitle(title)
    dialog.setWindowIcon(icon("app"))
