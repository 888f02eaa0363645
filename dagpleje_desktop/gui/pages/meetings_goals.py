"""Mål og handleplaner per child: the goals with their history, and every plan version."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ...domain.enums import GoalStatus, PlanStatus
from ..context import GuiContext
from ..dialogs.goal_edit import GoalDialog
from ..dialogs.goal_history import GoalHistoryDialog
from ..dialogs.plan_view import STATUS_COLOURS, PlanViewDialog
from ..domain_labels import label as domain_label
from ..formatting import domain_labels
from ..operations import goals as goal_ops
from ..operations import plans as plan_ops
from ..operations.goals import ChildGoals, GoalInfo
from ..operations.meetings import ChildSummary
from ..operations.plans import PlanVersion
from ..operations.runner import user_message
from ..operations.runner import guarded
from ..widgets.pdf_saver import PdfSaver
from ..widgets.text import label, section_title
from ..widgets.when_fields import short_date

MUTED = QColor("#5b6770")


def _table(columns: list[str], name: str, stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class GoalsView(QWidget):
    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.goals: list[GoalInfo] = []
        self.plans: list[PlanVersion] = []
        self.dialog = None
        self.shown_child: uuid.UUID | None = None  # whose goals the tables show
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.child_choice = QComboBox()
        self.child_choice.setObjectName("goalsChild")
        self.child_choice.setAccessibleName(self.tr("Barn"))
        self.child_choice.setMinimumWidth(260)
        top.addWidget(label(self.tr("Barn"), "fieldLabel"))
        top.addWidget(self.child_choice)
        top.addStretch(1)
        self.history_button = QPushButton(self.tr("Historik …"))
        self.history_button.setObjectName("goalHistoryButton")
        self.edit_button = QPushButton(self.tr("Ret mål …"))
        self.edit_button.setObjectName("editGoal")
        self.new_button = QPushButton(self.tr("Nyt mål …"))
        self.new_button.setObjectName("newGoal")
        self.new_button.setProperty("role", "primary")
        for button in (self.history_button, self.edit_button, self.new_button):
            top.addWidget(button)
        layout.addLayout(top)
        layout.addWidget(section_title(self.tr("Mål")))
        self.goals_table = _table([self.tr("Udviklingsområde"), self.tr("Mål"),
                                   self.tr("Måldato"), self.tr("Status"),
                                   self.tr("Observationer")], "goalsTable", 1)
        self.goals_table.setAccessibleName(self.tr("Barnets mål"))
        self.goals_table.setWordWrap(True)
        layout.addWidget(self.goals_table, 3)
        layout.addWidget(label(self.tr("Observationer: antal observationer knyttet til målet "
                                       "siden sidste statusmøde."), "hint"))

        plans_row = QHBoxLayout()
        plans_row.addWidget(section_title(self.tr("Handleplaner")))
        plans_row.addStretch(1)
        self.print_button = QPushButton(self.tr("Udskriv …"))
        self.print_button.setObjectName("printPlan")
        self.view_button = QPushButton(self.tr("Vis handleplan …"))
        self.view_button.setObjectName("viewPlan")
        plans_row.addWidget(self.view_button)
        plans_row.addWidget(self.print_button)
        layout.addLayout(plans_row)
        self.plans_table = _table([self.tr("Version"), self.tr("Status"), self.tr("Godkendt"),
                                   self.tr("Næste evaluering"), self.tr("Mål")], "plansTable", 4)
        self.plans_table.setAccessibleName(self.tr("Handleplanens versioner"))
        layout.addWidget(self.plans_table, 2)
        self.feedback = label("", "muted", object_name="goalsFeedback")
        self.feedback.setVisible(False)
        layout.addWidget(self.feedback)
        self.saver = PdfSaver(self, gui.runner, self.feedback)

        self.child_choice.currentIndexChanged.connect(lambda _: self.reload())
        self.new_button.clicked.connect(self.new_goal)
        self.edit_button.clicked.connect(self.edit_goal)
        self.goals_table.doubleClicked.connect(lambda _: self.edit_goal())
        self.history_button.clicked.connect(self.show_history)
        self.view_button.clicked.connect(self.view_plan)
        self.plans_table.doubleClicked.connect(lambda _: self.view_plan())
        self.print_button.clicked.connect(self._print)
        self.goals_table.itemSelectionChanged.connect(self._update_buttons)
        self.plans_table.itemSelectionChanged.connect(self._update_buttons)

    def set_children(self, children: list[ChildSummary]) -> None:
        current = self.child_choice.currentData()
        self.child_choice.blockSignals(True)
        self.child_choice.clear()
        for child in children:
            self.child_choice.addItem(child.name, str(child.id))
        index = self.child_choice.findData(current) if current else 0
        self.child_choice.setCurrentIndex(max(index, 0))
        self.child_choice.blockSignals(False)

    def choose_child(self, child_id: uuid.UUID) -> None:
        index = self.child_choice.findData(str(child_id))
        if index >= 0:
            self.child_choice.setCurrentIndex(index)

    def child_id(self) -> uuid.UUID | None:
        value = self.child_choice.currentData()
        return uuid.UUID(value) if value else None

    def reload(self) -> None:
        """Read the chosen child's goals and plans; another child's are cleared at once,
        the same child's stay until the new arrive."""
        child_id = self.child_id()
        if child_id != self.shown_child:
            self._show(ChildGoals(child_id, [], []) if child_id else None)
        if child_id is None:
            return
        goal_ops.load_child_goals(
            self.gui.runner, self.gui.session, child_id,
            guarded(self, self._arrived),
            guarded(self, lambda exc: self._failed(child_id, exc)))

    def _arrived(self, found: ChildGoals) -> None:
        if found.child_id == self.child_id():  # else another child was chosen meanwhile
            self._show(found)

    def _failed(self, child_id: uuid.UUID, exc: BaseException) -> None:
        if child_id == self.child_id():
            self._say(user_message(exc), error=True)

    def _show(self, found: ChildGoals | None) -> None:
        self.shown_child = found.child_id if found else None
        self.goals, self.plans = (found.goals, found.plans) if found else ([], [])
        self._show_goals()
        self._show_plans()
        self._update_buttons()

    def _show_goals(self) -> None:
        table = self.goals_table
        table.setRowCount(len(self.goals))
        for row, goal in enumerate(self.goals):
            values = (domain_labels((goal.domain,)), goal.title,
                      short_date(goal.target_date) if goal.target_date else "",
                      domain_label(goal.status), str(goal.evidence_count))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if goal.status != GoalStatus.ACTIVE:
                    item.setForeground(QBrush(MUTED))
                table.setItem(row, column, item)
        table.resizeRowsToContents()

    def _show_plans(self) -> None:
        table = self.plans_table
        table.setRowCount(len(self.plans))
        for row, plan in enumerate(self.plans):
            values = (str(plan.version), domain_label(plan.status),
                      short_date(plan.approved_on) if plan.approved_on else "",
                      short_date(plan.next_evaluation) if plan.next_evaluation else "",
                      str(plan.goal_count))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 1:
                    item.setForeground(QBrush(QColor(STATUS_COLOURS[plan.status])))
                elif plan.status == PlanStatus.SUPERSEDED:
                    item.setForeground(QBrush(MUTED))
                table.setItem(row, column, item)

    def _update_buttons(self) -> None:
        has_goal = self.goals_table.currentRow() >= 0
        self.edit_button.setEnabled(has_goal)
        self.history_button.setEnabled(has_goal)
        self.new_button.setEnabled(self.child_id() is not None)
        has_plan = self.plans_table.currentRow() >= 0
        self.view_button.setEnabled(has_plan)
        self.print_button.setEnabled(has_plan)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.feedback.setProperty("role", "error" if error else "muted")
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(text)
        self.feedback.setVisible(True)

    # -- actions ----------------------------------------------------------------------

    def selected_goal(self) -> GoalInfo | None:
        row = self.goals_table.currentRow()
        return self.goals[row] if 0 <= row < len(self.goals) else None

    def new_goal(self) -> GoalDialog | None:
        child_id = self.child_id()
        if child_id is None:
            return None
        self.dialog = GoalDialog(self.gui, child_id, self.child_choice.currentText(),
                                 parent=self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def edit_goal(self) -> GoalDialog | None:
        goal = self.selected_goal()
        if goal is None:
            return None
        self.dialog = GoalDialog(self.gui, goal.child_id, self.child_choice.currentText(),
                                 goal=goal, parent=self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def show_history(self) -> GoalHistoryDialog | None:
        goal = self.selected_goal()
        if goal is None:
            return None
        self.dialog = GoalHistoryDialog(self.gui, goal, parent=self)
        self.dialog.open()
        return self.dialog

    def _saved(self, goal: GoalInfo) -> None:
        self._say(self.tr("Målet er gemt: {title}").format(title=goal.title))
        self.reload()

    def selected_plan(self) -> PlanVersion | None:
        row = self.plans_table.currentRow()
        return self.plans[row] if 0 <= row < len(self.plans) else None

    def view_plan(self) -> PlanViewDialog | None:
        plan = self.selected_plan()
        if plan is None:
            return None
        self.dialog = PlanViewDialog(self.gui, plan.id, parent=self)
        self.dialog.open()
        return self.dialog

    def _print(self) -> None:
        plan = self.selected_plan()
        if plan is None:
            return
        self.saver.save(self.tr("Gem handleplan som PDF"), f"handleplan-v{plan.version}.pdf",
                        plan_ops.action_plan_pdf(self.gui.session, plan.id))
