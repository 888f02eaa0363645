"""Flet: write one value from the two that collided; the merged value syncs to the others."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QGridLayout, QHBoxLayout, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ..context import GuiContext
from ..messages import service_text
from ..operations import sync as sync_ops
from ..operations.sync import ConflictView
from ..operations.runner import user_message
from ..widgets.feedback import show_field_error
from ..widgets.text import label

EMPTY = "(tom)"  # how conflicts show an empty value; never put it into the merged text


def _start_text(conflict: ConflictView) -> str:
    """Both values, so nothing has to be retyped: the person deletes what is not wanted."""
    local, remote = conflict.info.local_text, conflict.info.remote_text
    values = [v for v in (local, remote) if v and v != EMPTY]
    if len(values) == 2 and values[0] != values[1]:
        return f"{values[0]}\n{values[1]}"
    return values[0] if values else ""


class ConflictMergeDialog(QDialog):
    """Runs the resolution itself so a value that does not fit the field is said here."""

    resolved = Signal(object)  # the ConflictInfo after resolving

    def __init__(self, gui: GuiContext, conflict: ConflictView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui, self.conflict = gui, conflict
        self.setObjectName("conflictMergeDialog")
        self.setWindowTitle(self.tr("Flet to værdier"))
        self.setMinimumSize(620, 460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        title = label(f"{conflict.record_title} · {service_text(conflict.field_label)}",
                      "sectionTitle", object_name="mergeTitle")
        layout.addWidget(title)
        values = QGridLayout()
        values.setHorizontalSpacing(16)
        for column, (caption, device, text) in enumerate((
                (self.tr("Din værdi"), conflict.local_device, conflict.info.local_text),
                (self.tr("Den anden værdi"), conflict.remote_device,
                 conflict.info.remote_text))):
            values.addWidget(label(caption, "fieldLabel"), 0, column)
            values.addWidget(label(device, "muted"), 1, column)
            values.addWidget(label(text, selectable=True), 2, column)
        values.setColumnStretch(0, 1)
        values.setColumnStretch(1, 1)
        layout.addLayout(values)
        layout.addSpacing(8)
        merged_label = label(self.tr("Flettet værdi"), "fieldLabel")
        layout.addWidget(merged_label)
        self.editor = QPlainTextEdit(_start_text(conflict))
        self.editor.setObjectName("mergedValue")
        self.editor.setAccessibleName(self.tr("Flettet værdi"))
        self.editor.setTabChangesFocus(True)
        merged_label.setBuddy(self.editor)
        layout.addWidget(self.editor, 1)
        layout.addWidget(label(self.tr("Den flettede værdi gemmes her og sendes med næste "
                                       "pakke til de andre enheder."), "hint"))
        self.error = label("", "error", object_name="mergeError")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuller"))
        self.cancel_button.setObjectName("cancelMerge")
        self.save_button = QPushButton(self.tr("Gem flettet værdi"))
        self.save_button.setObjectName("saveMerge")
        self.save_button.setProperty("role", "primary")
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._save)

    def _save(self) -> None:
        text = self.editor.toPlainText().strip()
        if not text:
            show_field_error(self.error, self.tr("Skriv den flettede værdi, eller vælg en af "
                                                 "de to værdier i stedet."))
            self.editor.setFocus()
            return
        show_field_error(self.error, "")
        self.save_button.setEnabled(False)
        sync_ops.resolve_conflict(self.gui.runner, self.gui.session, self.conflict.id,
                                  "merged", text, self._done, self._failed)

    def _done(self, info) -> None:
        self.resolved.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_field_error(self.error, user_message(exc))
