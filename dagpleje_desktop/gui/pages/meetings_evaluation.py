"""Goals at the meeting: evaluate each open goal, and collect new goals agreed.

Nothing is saved here; the holding step saves evaluations and new goals with the
minutes in one transaction.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ...domain.enums import GoalStatus
from ..context import GuiContext
from ..dialogs.goal_edit import GoalDialog
from ..domain_labels import label as domain_label
from ..formatting import domain_labels
from ..operations.goals import EVALUATION_STATUSES, GoalInfo, GoalInput
from ..operations.meetings import GoalEvaluation
from ..widgets.rebuild import discard_layout
from ..widgets.text import card, label
from ..widgets.when_fields import short_date


class GoalEvaluationList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[GoalInfo, QComboBox, QPlainTextEdit]] = []
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(8)

    def set_goals(self, goals: list[GoalInfo]) -> None:
        discard_layout(self.body)
        self.rows = []
        if not goals:
            self.body.addWidget(label(self.tr("Barnet har ingen åbne mål at evaluere."), "muted"))
        for goal in goals:
            self.body.addWidget(self._goal_card(goal))

    def _goal_card(self, goal: GoalInfo) -> QWidget:
        frame, layout = card(spacing=4)
        frame.setObjectName("evaluationCard")
        title = label(goal.title)
        title.setStyleSheet("font-weight: 600;")
        layout.addWidget(title)
        facts = [domain_labels((goal.domain,)), domain_label(goal.status)]
        if goal.target_date:
            facts.append(self.tr("måldato {day}").format(day=short_date(goal.target_date)))
        facts.append(self.tr("{n} observationer siden sidste statusmøde").format(
            n=goal.evidence_count))
        layout.addWidget(label(" · ".join(facts), "muted"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        choice = QComboBox()
        choice.setObjectName("evaluationStatus")
        choice.setAccessibleName(self.tr("Evaluering af {title}").format(title=goal.title))
        choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        choice.addItem(self.tr("Ikke evalueret nu"), None)
        for status in EVALUATION_STATUSES:
            choice.addItem(domain_label(status), status.value)
        text = QPlainTextEdit()
        text.setObjectName("evaluationText")
        text.setAccessibleName(self.tr("Evalueringstekst for {title}").format(title=goal.title))
        text.setPlaceholderText(self.tr("Hvad er set og nået?"))
        text.setTabChangesFocus(True)
        text.setFixedHeight(58)
        grid.addWidget(label(self.tr("Evaluering"), "fieldLabel"), 0, 0)
        grid.addWidget(choice, 0, 1)
        grid.addWidget(text, 0, 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.rows.append((goal, choice, text))
        return frame

    def evaluations(self) -> tuple[GoalEvaluation, ...]:
        """Goals given a status or a text; a text without a status goes to the service,
        which explains that a status must be chosen."""
        chosen = []
        for goal, choice, text in self.rows:
            value, words = choice.currentData(), text.toPlainText().strip()
            if value is None and not words:
                continue
            status = GoalStatus(value) if value else GoalStatus.ACTIVE
            chosen.append(GoalEvaluation(goal.id, status, words))
        return tuple(chosen)


class NewGoalsList(QWidget):
    """New goals agreed at the meeting, collected with the goal dialog."""

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.child_id: uuid.UUID | None = None
        self.child_name = ""
        self.collected: list[GoalInput] = []
        self.dialog: GoalDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(4)
        layout.addLayout(self.list_layout)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tilføj nyt mål …"))
        self.add_button.setObjectName("addNewGoal")
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add)
        self._refresh()

    def set_child(self, child_id: uuid.UUID | None, child_name: str) -> None:
        if child_id != self.child_id:
            self.collected.clear()
        self.child_id, self.child_name = child_id, child_name
        self.add_button.setEnabled(child_id is not None)
        self._refresh()

    def goals(self) -> tuple[GoalInput, ...]:
        return tuple(self.collected)

    def clear(self) -> None:
        self.collected.clear()
        self._refresh()

    def add(self) -> GoalDialog | None:
        if self.child_id is None:
            return None
        self.dialog = GoalDialog(self.gui, self.child_id, self.child_name, collect=True,
                                 parent=self)
        self.dialog.collected.connect(self._collected)
        self.dialog.open()
        return self.dialog

    def _collected(self, goal: GoalInput) -> None:
        self.collected.append(goal)
        self._refresh()

    def _remove(self, index: int) -> None:
        del self.collected[index]
        self._refresh()

    def _refresh(self) -> None:
        discard_layout(self.list_layout)
        if not self.collected:
            self.list_layout.addWidget(label(self.tr("Ingen nye mål endnu."), "muted"))
        for index, goal in enumerate(self.collected):
            row = QHBoxLayout()
            facts = domain_labels((goal.domain,))
            if goal.target_date:
                facts += self.tr(", måldato {day}").format(day=short_date(goal.target_date))
            row.addWidget(label(f"• {goal.title} ({facts}) – "
                                + self.tr("gemmes med referatet")), 1)
            remove = QPushButton(self.tr("Fjern"))
            remove.clicked.connect(lambda _=False, i=index: self._remove(i))
            row.addWidget(remove)
            self.list_layout.addLayout(row)
