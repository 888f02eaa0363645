"""A goal's history: every change, oldest first, with who, when and before -> after."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..context import GuiContext
from ..messages import service_text
from ..operations import goals as goal_ops
from ..operations.goals import GoalChange, GoalInfo
from ..operations.runner import user_message
from ..operations.runner import guarded
from ..resources import icon
from ..widgets.text import label
from ..widgets.when_fields import local


class GoalHistoryDialog(QDialog):
    def __init__(self, gui: GuiContext, goal: GoalInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Historik for mål"))
        self.setWindowIcon(icon("app"))
        self.resize(860, 460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(label(self.tr("Historik for mål"), "sectionTitle"))
        layout.addWidget(label(goal.title, "muted"))
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("goalHistory")
        self.table.setAccessibleName(self.tr("Ændringer af målet"))
        self.table.setHorizontalHeaderLabels([self.tr("Tidspunkt"), self.tr("Af"),
                                              self.tr("Hvad"), self.tr("Før"),
                                              self.tr("Efter")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.message = label("", "muted")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(self.tr("Luk"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self._load(gui, goal)

    def _action(self, action: str) -> str:
        return {"create": self.tr("Oprettet"), "update": self.tr("Ændret"),
                "evaluate": self.tr("Evalueret"), "status": self.tr("Status ændret")}.get(
                    action, action)

    def _load(self, gui: GuiContext, goal: GoalInfo) -> None:
        goal_ops.goal_history(gui.runner, gui.session, goal.id, guarded(self, self._arrived),
                              guarded(self, lambda exc: self.message.setText(
                                  user_message(exc))))

    def _arrived(self, changes: list[GoalChange]) -> None:
        self.table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            what = self._action(change.action)
            if change.field:
                what = f"{what}: {service_text(change.field_label)}"
            values = (f"{local(change.changed_at):%d-%m-%Y %H.%M}", change.changed_by, what,
                      change.old_value, change.new_value)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.message.setText(self.tr("{n} ændringer").format(n=len(changes)) if changes
                             else self.tr("Ingen ændringer endnu."))
