"""The frame of the office's small forms (referrals, absences, courses): a heading, labelled
rows, the service's refusal shown in red inside the dialog, and Fortryd / the action.

A subclass adds its rows with ``add_row`` and calls ``finish``; its ``submit`` returns the
service call to run (a function without arguments) or raises a ``DagplejeError`` for a
problem it can see itself. The call runs on the database worker; ``done`` carries the
result and the dialog closes, or the message appears and nothing is changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QGridLayout, QHBoxLayout, QLayout, QPushButton,
                               QVBoxLayout, QWidget)

from ...domain.errors import DagplejeError
from ..context import GuiContext
from ..operations.runner import user_message
from ..resources import icon
from ..widgets.feedback import show_field_error
from ..widgets.text import label

QWIDGETSIZE_MAX = (1 << 24) - 1


class OfficeDialog(QDialog):
    done = Signal(object)  # what the service returned

    def __init__(self, gui: GuiContext, title: str, subtitle: str = "", *,
                 parent: QWidget | None = None, min_width: int = 520) -> None:
        super().__init__(parent)
        self.gui = gui
        self.setWindowTitle(title)
        self.setWindowIcon(icon("app"))
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(24, 20, 24, 18)
        self.body.setSpacing(10)
        self.body.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.heading = label(title, "sectionTitle", object_name="dialogTitle")
        # On a widget, not the dialog: the layout's minimum size would override the dialog's.
        self.heading.setMinimumWidth(min_width - 48)
        self.body.addWidget(self.heading)
        self.subtitle = label(subtitle, "muted", object_name="dialogSubtitle")
        self.subtitle.setVisible(bool(subtitle))
        self.body.addWidget(self.subtitle)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(1, 1)
        self.body.addLayout(self.grid)
        self.error = label("", "error", object_name="dialogError", selectable=True)
        show_field_error(self.error)
        self._inputs: list[QWidget] = []

    # -- building ---------------------------------------------------------------------

    def add_row(self, text: str, field, *, name: str = "", grid: QGridLayout | None = None):
        """A label in the left column and the field (a widget or a layout) beside it."""
        grid = grid or self.grid
        row = grid.rowCount()
        caption = label(text, "fieldLabel", wrap=False)
        grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if isinstance(field, QWidget):
            caption.setBuddy(field)
            if name:
                field.setObjectName(name)
            if not field.accessibleName():
                field.setAccessibleName(text)
            narrow = field.maximumWidth() < QWIDGETSIZE_MAX  # a date or a number: keep left
            if narrow:
                grid.addWidget(field, row, 1, Qt.AlignmentFlag.AlignLeft)
            else:
                grid.addWidget(field, row, 1)
            self._inputs.append(field)
        else:
            grid.addLayout(field, row, 1)
        return caption

    def add_inputs(self, *widgets: QWidget) -> None:
        """Widgets that are disabled while the service works (rows add theirs)."""
        self._inputs.extend(widgets)

    def finish(self, action_text: str, action_name: str = "saveButton") -> None:
        self.body.addWidget(self.error)
        row = QHBoxLayout()
        self.busy = label(self.tr("Gemmer …"), "muted", wrap=False)
        self.busy.setVisible(False)
        row.addWidget(self.busy)
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Fortryd"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAutoDefault(False)
        self.action_button = QPushButton(action_text)
        self.action_button.setObjectName(action_name)
        self.action_button.setProperty("role", "primary")
        self.action_button.setDefault(True)
        row.addWidget(self.cancel_button)
        row.addWidget(self.action_button)
        self.body.addLayout(row)
        self.cancel_button.clicked.connect(self.reject)
        self.action_button.clicked.connect(self._submit)

    # -- running ----------------------------------------------------------------------

    def submit(self) -> Callable[[], Any]:
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        show_field_error(self.error, text)
        self.relayout()

    def relayout(self) -> None:
        """Grow to fit a message that appeared (wrapped labels are not counted in the
        minimum size a grid gives its window)."""
        self.layout().activate()
        if self.height() < self.sizeHint().height():
            self.resize(self.width(), self.sizeHint().height())

    def refresh_state(self) -> None:
        """Enable or disable fields that depend on other fields (after the busy state)."""

    def _set_busy(self, busy: bool) -> None:
        for widget in self._inputs + [self.action_button]:
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)
        if not busy:
            self.refresh_state()

    def _submit(self) -> None:
        self.show_error("")
        try:
            work = self.submit()
        except DagplejeError as exc:
            self.show_error(exc.message)
            return
        self._set_busy(True)
        self.gui.runner.run_db(work, self._succeeded, self._failed)

    def _succeeded(self, result) -> None:
        self._set_busy(False)
        self.done.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.show_error(user_message(exc))
