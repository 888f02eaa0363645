"""The frame of the office's small forms (referrals, absences, courses): a heading, labelled
rows, the service's refusal shown in red inside the dialog, and Fortryd / the action.

A subclass adds its rows with ``add_row`` and calls ``finish``; its ``submit`` returns the
operation to start (a function of ``on_done, on_error``, usually a ``partial`` of a
gui/operations function) or raises a ``DagplejeError`` for a problem it can see itself.
The operation runs on the database worker; ``done`` carries the result and the dialog
closes, or the message appears and nothing is changed. What the fields offer (children,
homes, people) is read with ``load_choices``; the action waits until it is there.
A dialog with free text sets ``draft_guard`` (editor_draft_guard.py): its typing is kept
as a draft, and closing without saving asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QGridLayout, QHBoxLayout, QLayout, QPushButton,
                               QVBoxLayout, QWidget)

from ...domain.errors import DagplejeError
from ..context import GuiContext
from ..messages import error_text
from ..operations.runner import DoneCallback, ErrorCallback, user_message
from ..resources import icon
from ..widgets.feedback import show_field_error
from ..widgets.text import label
from .editor_draft_guard import EditorDraftGuard

QWIDGETSIZE_MAX = (1 << 24) - 1

Start = Callable[[DoneCallback, ErrorCallback], Any]


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
        self._loading = False
        self._note = ""  # said beside the buttons while nothing runs
        self.draft_guard: EditorDraftGuard | None = None

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
        self.cancel_button = QPushButton(self.tr("Annuller"))
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

    def submit(self) -> Start:
        raise NotImplementedError

    def load_choices(self, start: Start, fill: Callable[[Any], None]) -> None:
        """Read what the fields offer on the database worker and ``fill`` them; until
        then the action waits (after ``finish``)."""
        self._loading = True
        self.action_button.setEnabled(False)
        self.busy.setText(self.tr("Henter …"))
        self.busy.setVisible(True)

        def arrived(result) -> None:
            self._loading = False
            fill(result)
            self._set_busy(False)

        def failed(exc: BaseException) -> None:
            self.busy.setVisible(False)
            self.show_error(user_message(exc))
        start(arrived, failed)

    def attach_draft(self, key: str, fields: dict, *, child_id=None) -> EditorDraftGuard:
        """Keep the free-text ``fields`` ({name: field}) as the draft ``key``."""
        self.draft_guard = EditorDraftGuard(self, self.gui, key, fields, child_id=child_id)
        self.draft_guard.problem.connect(self.show_error)
        self.draft_guard.restored.connect(lambda _draft: self._draft_restored())
        return self.draft_guard

    def _draft_restored(self) -> None:
        self._note = self.tr("Din ikke-gemte tekst er hentet frem.")
        if not self._loading:  # else it shows once the lists are there
            self.busy.setText(self._note)
            self.busy.setVisible(True)

    @property
    def draft_key(self) -> str | None:
        return self.draft_guard.key if self.draft_guard is not None else None

    def reject(self) -> None:
        """Escape, Fortryd and the window's X: typed text is not lost without asking."""
        if self.draft_guard is not None and not self.draft_guard.may_close():
            return
        super().reject()

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
        for widget in self._inputs:
            widget.setEnabled(not busy)
        self.action_button.setEnabled(not busy and not self._loading)
        self.busy.setText(self.tr("Gemmer …") if busy else self._note)
        self.busy.setVisible(busy or bool(self._note))
        if not busy:
            self.refresh_state()

    def _submit(self) -> None:
        self.show_error("")
        try:
            start = self.submit()
        except DagplejeError as exc:
            self.show_error(error_text(exc))
            return
        self._set_busy(True)
        if self.draft_guard is not None:
            self.draft_guard.hold()
        start(self._succeeded, self._failed)

    def _succeeded(self, result) -> None:
        self._set_busy(False)
        if self.draft_guard is not None:
            self.draft_guard.saved()
        self.done.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self.draft_guard is not None:
            self.draft_guard.resume()
        self.show_error(user_message(exc))
