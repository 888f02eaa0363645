"""The child's goals: status, target date and how much evidence since the last status meeting."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.enums import GoalStatus
from ..operations.children import OPEN_STATUSES, GoalInfo
from ..domain_labels import label as domain_label
from ..formatting import domain_labels, format_date
from .text import card, clear_layout, label, section_title

# Status pills in quiet tones: green/yellow/red are kept for wellbeing positions.
STATUS_COLOURS = {
    GoalStatus.ACTIVE: ("#e3eef7", "#285f88"),
    GoalStatus.ACHIEVED: ("#e4f0e8", "#2c6140"),
    GoalStatus.PARTLY: ("#f6eedd", "#7a5a12"),
    GoalStatus.ADJUSTED: ("#eee8f5", "#5e3f86"),
    GoalStatus.DROPPED: ("#eceff1", "#5b6770"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("GoalList", text)


def evidence_text(count: int, last_meeting: date | None) -> str:
    """"7 observationer siden statusmødet 12. september 2026" and its variants."""
    if last_meeting is None:
        if count == 0:
            return _tr("Ingen observationer endnu (der er ikke holdt statusmøde)")
        if count == 1:
            return _tr("1 observation i alt (der er ikke holdt statusmøde)")
        return _tr("{n} observationer i alt (der er ikke holdt statusmøde)").format(n=count)
    when = format_date(last_meeting)
    if count == 0:
        return _tr("Ingen observationer siden statusmødet {date}").format(date=when)
    if count == 1:
        return _tr("1 observation siden statusmødet {date}").format(date=when)
    return _tr("{n} observationer siden statusmødet {date}").format(n=count, date=when)


def target_text(goal: GoalInfo, today: date) -> str:
    if goal.target_date is None:
        return _tr("Ingen måldato")
    text = _tr("Måldato {date}").format(date=format_date(goal.target_date))
    if goal.status in OPEN_STATUSES:
        days = (goal.target_date - today).days
        if days < 0:
            text += _tr(" (overskredet)")
        elif days == 0:
            text += _tr(" (i dag)")
        elif days <= 30:
            text += _tr(" (om {n} dage)").format(n=days) if days > 1 else _tr(" (i morgen)")
    return text


def status_pill(status: GoalStatus) -> QLabel:
    background, colour = STATUS_COLOURS.get(status, STATUS_COLOURS[GoalStatus.DROPPED])
    pill = QLabel(domain_label(status))
    pill.setObjectName("goalStatus")
    pill.setStyleSheet(f"background: {background}; color: {colour}; border-radius: 9px; "
                       "padding: 2px 10px; font-weight: 600;")
    pill.setAccessibleName(_tr("Status: {status}").format(status=domain_label(status)))
    return pill


class GoalList(QWidget):
    """``show_observations_requested(goal_id)``: the user wants the goal's evidence."""

    show_observations_requested = Signal(uuid.UUID)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalList")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(12)
        self.goal_cards: dict[uuid.UUID, QFrame] = {}

    def set_goals(self, goals: list[GoalInfo], last_meeting: date | None, today: date) -> None:
        clear_layout(self._layout)
        self.goal_cards = {}
        if not goals:
            self._layout.addWidget(label(_tr("Barnet har ingen mål endnu."), "muted"))
            return
        current = [g for g in goals if g.status in OPEN_STATUSES]
        closed = [g for g in goals if g.status not in OPEN_STATUSES]
        for title, group in ((_tr("Aktuelle mål"), current), (_tr("Afsluttede mål"), closed)):
            if not group:
                continue
            self._layout.addWidget(section_title(title))
            for goal in group:
                frame = self._goal_card(goal, last_meeting, today)
                self.goal_cards[goal.id] = frame
                self._layout.addWidget(frame)

    def _goal_card(self, goal: GoalInfo, last_meeting: date | None, today: date) -> QFrame:
        frame, layout = card()
        frame.setObjectName("goalCard")
        frame.setAccessibleName(goal.title)
        top = QHBoxLayout()
        top.setSpacing(12)
        title = label(goal.title, selectable=True, object_name="goalTitle")
        title.setStyleSheet("font-weight: 600;")
        top.addWidget(title, 1)
        top.addWidget(status_pill(goal.status), 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        facts = "  ·  ".join([domain_labels((goal.domain,)), target_text(goal, today)])
        layout.addWidget(label(facts, "muted", object_name="goalFacts"))
        if goal.signs_of_progress.strip():
            layout.addWidget(label(_tr("Tegn på udvikling: {text}").format(
                text=goal.signs_of_progress.strip()), selectable=True))
        bottom = QHBoxLayout()
        evidence = label(evidence_text(goal.evidence_count, last_meeting),
                         object_name="goalEvidence")
        bottom.addWidget(evidence, 1)
        button = QPushButton(_tr("Vis observationer"))
        button.setObjectName("goalShowObservations")
        button.setAccessibleName(_tr("Vis observationer til målet {title}").format(
            title=goal.title))
        button.clicked.connect(lambda _=False, gid=goal.id:
                               self.show_observations_requested.emit(gid))
        bottom.addWidget(button)
        layout.addLayout(bottom)
        return frame
