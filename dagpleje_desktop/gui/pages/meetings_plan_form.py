"""The new action plan version's fields (SMTTE): background, resources, challenges, the
goals with their measures, agreements with the parents, period, next evaluation, and
the approval (date and signatories)."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QHBoxLayout, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ...domain.errors import ValidationError
from ..domain_labels import label as domain_label
from ..formatting import domain_labels
from ..operations.goals import OPEN_STATUSES, GoalInfo
from ..operations.plans import PlanInput, SignatureInput, Signer
from ..widgets.rebuild import discard_layout
from ..widgets.signature_list import SignatureList
from ..widgets.text import label, section_title
from ..widgets.when_fields import OptionalDate, date_edit, short_date, to_qdate


def _text_edit(name: str, accessible: str, placeholder: str, height: int = 66) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanForm", text)


def goal_details(goal: GoalInfo) -> str:
    """Domain, status, target date and the measure (what, who, how often) under a goal."""
    parts = [domain_labels((goal.domain,)), domain_label(goal.status)]
    if goal.target_date:
        parts.append(_tr("måldato {day}").format(day=short_date(goal.target_date)))
    measure = " · ".join(v for v in (goal.measures, goal.measure_who, goal.measure_how_often,
                                     goal.measure_where) if v.strip())
    return " · ".join(parts) + "\n" + (_tr("Indsats: {measure}").format(measure=measure)
                                       if measure else _tr("Indsats: ikke udfyldt"))


class PlanForm(QWidget):
    edit_goal_requested = Signal(object)  # GoalInfo

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._child_id: uuid.UUID | None = None
        self._meeting_id: uuid.UUID | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.background = _text_edit("planBackground", self.tr("Baggrund"),
                                     self.tr("Barnets situation og baggrunden for planen"))
        self.resources = _text_edit("planResources", self.tr("Ressourcer"),
                                    self.tr("Hvad lykkes, hvad virker for barnet?"))
        self.challenges = _text_edit("planChallenges", self.tr("Udfordringer"),
                                     self.tr("Hvad er svært lige nu?"))
        for title, edit in ((self.tr("Baggrund"), self.background),
                            (self.tr("Ressourcer"), self.resources),
                            (self.tr("Udfordringer"), self.challenges)):
            layout.addWidget(label(title, "fieldLabel"))
            layout.addWidget(edit)
        layout.addWidget(section_title(self.tr("Mål og indsatser i planen")))
        layout.addWidget(label(self.tr("Sæt flueben ved de mål, der skal med (der anbefales "
                                       "2-4). Indsatsen (hvad, hvem, hvor ofte) rettes på "
                                       "målet."), "hint"))
        self.goal_boxes: list[tuple[GoalInfo, QCheckBox]] = []
        self.goals_layout = QVBoxLayout()
        self.goals_layout.setSpacing(2)
        layout.addLayout(self.goals_layout)
        layout.addWidget(label(self.tr("Aftaler med forældrene"), "fieldLabel"))
        self.agreements = _text_edit("planAgreements", self.tr("Aftaler med forældrene"),
                                     self.tr("Hvem gør hvad, hvornår?"), 80)
        layout.addWidget(self.agreements)

        dates = QGridLayout()
        dates.setHorizontalSpacing(10)
        self.period_start = date_edit(today, accessible_name=self.tr("Periode fra"))
        self.period_end = OptionalDate(self.tr("Periode til"))
        self.next_evaluation = date_edit(today, accessible_name=self.tr("Næste evaluering"))
        self.next_evaluation.setObjectName("nextEvaluation")
        dates.addWidget(label(self.tr("Periode fra"), "fieldLabel"), 0, 0)
        dates.addWidget(self.period_start, 0, 1)
        dates.addWidget(self.period_end, 0, 2)
        dates.addWidget(label(self.tr("Næste evaluering"), "fieldLabel"), 1, 0)
        dates.addWidget(self.next_evaluation, 1, 1)
        dates.setColumnStretch(3, 1)
        layout.addLayout(dates)

        layout.addWidget(section_title(self.tr("Godkendelse")))
        layout.addWidget(label(self.tr(
            "Handleplanen gemmes som kladde. Er den allerede underskrevet, så sæt flueben ved "
            "dem, der har underskrevet, og godkend den nu."), "hint"))
        approve_row = QHBoxLayout()
        self.approve_now = QCheckBox(self.tr("Godkend handleplanen nu"))
        self.approve_now.setObjectName("approveNow")
        self.approve_now.setChecked(False)
        self.approved_on = date_edit(today, accessible_name=self.tr("Godkendt den"))
        self.approved_on.setObjectName("approvedOn")
        approve_row.addWidget(self.approve_now)
        approve_row.addSpacing(12)
        approve_row.addWidget(label(self.tr("Godkendt den"), "fieldLabel"))
        approve_row.addWidget(self.approved_on)
        approve_row.addStretch(1)
        layout.addLayout(approve_row)
        layout.addWidget(label(self.tr("Har underskrevet"), "fieldLabel"))
        self.signatories = SignatureList(today)
        self.signatories.setObjectName("signatories")
        layout.addWidget(self.signatories)
        self.approved_on.setEnabled(False)
        self.approve_now.toggled.connect(self.approved_on.setEnabled)

    def fill(self, draft: PlanInput, goals: list[GoalInfo], signers: list[Signer]) -> None:
        self._child_id, self._meeting_id = draft.child_id, draft.meeting_id
        self.background.setPlainText(draft.background)
        self.resources.setPlainText(draft.resources)
        self.challenges.setPlainText(draft.challenges)
        self.agreements.setPlainText(draft.parent_agreements)
        if draft.period_start:
            self.period_start.setDate(to_qdate(draft.period_start))
        self.period_end.set_value(draft.period_end)
        if draft.next_evaluation:
            self.next_evaluation.setDate(to_qdate(draft.next_evaluation))
        self.set_goals(goals)
        self.signatories.set_signers(signers)

    def text_fields(self) -> dict[str, QPlainTextEdit]:
        """The fields a person writes in, by the name their draft keeps them under."""
        return {"background": self.background, "resources": self.resources,
                "challenges": self.challenges, "agreements": self.agreements}

    def set_goals(self, goals: list[GoalInfo], checked: set[uuid.UUID] | None = None) -> None:
        """Open goals are ticked, unless ``checked`` says which ones are."""
        discard_layout(self.goals_layout)
        self.goal_boxes = []
        if not goals:
            self.goals_layout.addWidget(label(self.tr("Barnet har ingen mål endnu. Opret mål "
                                                      "under »2 Afholdelse« eller »Mål og "
                                                      "handleplaner«."), "muted"))
        for goal in sorted(goals, key=lambda g: g.status not in OPEN_STATUSES):
            box = QCheckBox(goal.title)
            box.setObjectName("planGoal")
            box.setChecked(goal.id in checked if checked is not None
                           else goal.status in OPEN_STATUSES)
            row = QHBoxLayout()
            row.addWidget(box, 1)
            edit = QPushButton(self.tr("Ret mål …"))
            edit.setAccessibleName(self.tr("Ret målet {title}").format(title=goal.title))
            edit.setToolTip(self.tr("Ret mål, tegn og indsats (hvad, hvem, hvor ofte)"))
            edit.clicked.connect(lambda _=False, g=goal: self.edit_goal_requested.emit(g))
            row.addWidget(edit)
            self.goals_layout.addLayout(row)
            details = label(goal_details(goal), "muted")
            details.setContentsMargins(26, 0, 0, 6)
            self.goals_layout.addWidget(details)
            self.goal_boxes.append((goal, box))

    def set_goal_checked(self, title: str, checked: bool) -> None:
        for goal, box in self.goal_boxes:
            if goal.title == title:
                box.setChecked(checked)

    def goal_ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(goal.id for goal, box in self.goal_boxes if box.isChecked())

    def plan_input(self) -> PlanInput:
        return PlanInput(
            child_id=self._child_id, background=self.background.toPlainText(),
            resources=self.resources.toPlainText(), challenges=self.challenges.toPlainText(),
            parent_agreements=self.agreements.toPlainText(),
            period_start=self.period_start.checked_value(),
            period_end=self.period_end.value(),
            next_evaluation=self.next_evaluation.checked_value(),
            goal_ids=self.goal_ids(), meeting_id=self._meeting_id)

    def approval(self) -> tuple[date | None, list[SignatureInput]]:
        """Approve now only when asked, with exactly the people ticked as signed."""
        if not self.approve_now.isChecked():
            return None, []
        signatures = self.signatories.signatures()
        if not signatures:
            raise ValidationError(self.tr("Sæt flueben ved dem, der har underskrevet, eller "
                                          "fjern fluebenet ved »Godkend handleplanen nu«."))
        return self.approved_on.checked_value(), signatures
