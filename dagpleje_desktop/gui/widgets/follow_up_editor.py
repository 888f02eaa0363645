"""Follow-up tasks (opfølgning) being agreed: what, who, by when; saved ones shown above.

Used when holding a meeting and when recording a visit. New tasks stay "not saved yet"
until the surrounding form is saved, so one save writes all of it or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QHeaderView,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...domain.errors import ValidationError
from ..messages import error_text
from ..operations.children import FollowUpInfo, FollowUpInput, validate_follow_up
from .feedback import show_field_error
from .text import label
from .when_fields import date_edit, short_date, to_qdate

DEFAULT_DUE_IN = timedelta(days=14)


class FollowUpEditor(QWidget):
    def __init__(self, today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._saved: list[FollowUpInfo] = []
        self._pending: list[FollowUpInput] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("followUpTable")
        self.table.setAccessibleName(self.tr("Opfølgninger"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Opgave"), self.tr("Ansvarlig"), self.tr("Senest"), self.tr("Status")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(170)
        layout.addWidget(self.table)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        self.description = QLineEdit()
        self.description.setObjectName("followUpDescription")
        self.description.setPlaceholderText(self.tr("Hvad skal gøres?"))
        self.description.setAccessibleName(self.tr("Opgave"))
        self.owner = QComboBox()
        self.owner.setObjectName("followUpOwner")
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner.lineEdit().setPlaceholderText(self.tr("Hvem"))
        self.owner.setAccessibleName(self.tr("Ansvarlig"))
        self.owner.setMinimumWidth(170)
        self.due = date_edit(today + DEFAULT_DUE_IN, accessible_name=self.tr("Senest"))
        self.due.setObjectName("followUpDue")
        self.add_button = QPushButton(self.tr("Tilføj opfølgning"))
        self.add_button.setObjectName("addFollowUp")
        self.remove_button = QPushButton(self.tr("Fjern"))
        self.remove_button.setToolTip(
            self.tr("Fjern den valgte opfølgning, der ikke er gemt endnu"))
        for column, text in enumerate((self.tr("Opgave"), self.tr("Ansvarlig"),
                                       self.tr("Senest"))):
            grid.addWidget(label(text, "fieldLabel"), 0, column)
        grid.addWidget(self.description, 1, 0)
        grid.addWidget(self.owner, 1, 1)
        grid.addWidget(self.due, 1, 2)
        grid.addWidget(self.add_button, 1, 3)
        grid.addWidget(self.remove_button, 1, 4)
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        self.error = label("", "error", object_name="followUpError")
        show_field_error(self.error)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self._add)
        self.description.returnPressed.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self._refresh()

    def set_owner_suggestions(self, names: Sequence[str]) -> None:
        current = self.owner.currentText()
        self.owner.clear()
        self.owner.addItems(list(dict.fromkeys(n for n in names if n)))
        self.owner.setEditText(current)

    def set_saved(self, follow_ups: Sequence[FollowUpInfo]) -> None:
        self._saved = list(follow_ups)
        self._refresh()

    def pending(self) -> tuple[FollowUpInput, ...]:
        return tuple(self._pending)

    def commit_typed(self) -> bool:
        """Add a task typed in but not yet added; False (with the reason shown) if it is
        incomplete, so a save never silently drops what the user wrote."""
        if not self.description.text().strip():
            return True
        self._add()
        return not self.error.text()

    def clear_pending(self) -> None:
        self._pending.clear()
        self._refresh()

    def _add(self) -> None:
        try:
            task = FollowUpInput(self.description.text().strip(),
                                 self.owner.currentText().strip(), self.due.checked_value())
            validate_follow_up(task)
        except ValidationError as exc:
            show_field_error(self.error, error_text(exc))
            return
        show_field_error(self.error)
        self._pending.append(task)
        self.description.clear()
        self.owner.setEditText("")
        self.due.setDate(to_qdate(self._today + DEFAULT_DUE_IN))
        self.description.setFocus()
        self._refresh()

    def _remove(self) -> None:
        row = self.table.currentRow() - len(self._saved)
        if 0 <= row < len(self._pending):
            del self._pending[row]
            self._refresh()

    def _refresh(self) -> None:
        rows = [(f.description, f.owner, f.due_on, self._status(f)) for f in self._saved]
        rows += [(f.description, f.owner, f.due_on, self.tr("Ikke gemt endnu"))
                 for f in self._pending]
        self.table.setRowCount(len(rows))
        for row, (what, who, due, status) in enumerate(rows):
            values = (what, who, short_date(due) if due else "", status)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if row >= len(self._saved):
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.remove_button.setEnabled(bool(self._pending))

    def _status(self, task: FollowUpInfo) -> str:
        if task.done_on is not None:
            return self.tr("Udført {day}").format(day=short_date(task.done_on))
        if task.due_on is not None and task.due_on < self._today:
            return self.tr("Overskredet")
        return self.tr("Åben")

