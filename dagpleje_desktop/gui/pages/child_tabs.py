"""The "Udvikling", "Trivsel" and "Mål" tabs of the child page.

Each tab loads its data on the database worker the first time it is shown for a child
(so the access log records what was actually looked at) and again after a change.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from ..context import GuiContext
from ..dialogs.assessment_dialog import DevelopmentAssessmentDialog, WellbeingAssessmentDialog
from ..domain_labels import label as domain_label
from ..formatting import domain_labels, format_age, format_date
from ..operations import assessments as assessment_ops
from ..operations import children as child_ops
from ..operations.assessments import DevelopmentPoint, WellbeingHistory
from ..operations.runner import user_message
from ..widgets.development_chart import DevelopmentChart
from ..widgets.goal_list import GoalList
from ..widgets.position import PositionBadge
from ..widgets.text import card, clear_layout, label, section_title
from ..widgets.wellbeing_strip import ASSESSMENT_SOURCES, WellbeingStrip

RECENT_ASSESSMENTS = 8


class _Tab(QWidget):
    """A scrolling tab that knows its child and loads once per child."""

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.child_id: uuid.UUID | None = None
        self.birth_date: date | None = None
        self.loaded_for: uuid.UUID | None = None
        self.loading = False
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: its content is
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        holder = QWidget()
        self.body = QVBoxLayout(holder)
        self.body.setContentsMargins(0, 14, 4, 14)
        self.body.setSpacing(14)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(holder)
        self.message = label("", "muted", object_name="tabMessage")
        self.message.setVisible(False)

    def set_child(self, child_id: uuid.UUID, birth_date: date | None) -> None:
        self.child_id, self.birth_date = child_id, birth_date
        self.loaded_for = None

    def ensure_loaded(self) -> None:
        if self.child_id is not None and self.loaded_for != self.child_id and not self.loading:
            self.reload()

    def reload(self) -> None:
        if self.child_id is None:
            return
        child_id = self.child_id
        self.loading = True
        self._start(child_id, lambda result: self._arrived(child_id, result),
                    lambda exc: self._failed(child_id, exc))

    def _arrived(self, child_id: uuid.UUID, result) -> None:
        self.loading = False
        if child_id != self.child_id:  # another child was opened meanwhile
            self.ensure_loaded()
            return
        self.loaded_for = child_id
        self._show(result)

    def _failed(self, child_id: uuid.UUID, exc: BaseException) -> None:
        self.loading = False
        if child_id == self.child_id:
            self.message.setText(user_message(exc))
            self.message.setVisible(True)

    def _start(self, child_id: uuid.UUID, on_done, on_error) -> None:  # pragma: no cover
        """Start the operation that reads the tab's data (overridden)."""
        raise NotImplementedError

    def _show(self, result) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


def _heading(title: str, text: str, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    words = QVBoxLayout()
    words.setSpacing(2)
    words.addWidget(section_title(title))
    words.addWidget(label(text, "muted"))
    row.addLayout(words, 1)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return row


def difference_text(level: int, age: int) -> str:
    gap = level - age
    if gap == 0:
        return QCoreApplication.translate("DevelopmentTab", "som alderen")
    if gap < 0:
        return QCoreApplication.translate("DevelopmentTab", "{n} mdr. under alderen").format(
            n=-gap)
    return QCoreApplication.translate("DevelopmentTab", "{n} mdr. over alderen").format(n=gap)


class DevelopmentTab(_Tab):
    changed = Signal()

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(gui, parent)
        self.add_button = QPushButton(self.tr("Tilføj vurdering"))
        self.add_button.setObjectName("addDevelopmentAssessment")
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.open_dialog)
        self.body.addLayout(_heading(
            self.tr("Udviklingsprofil"),
            self.tr("Udviklingsalder pr. område sammenlignet med barnets alder. Ligger et punkt "
                    "under den stiplede linje, er barnet længere fremme i alder end i udvikling "
                    "på det område."), self.add_button))
        self.body.addWidget(self.message)
        chart_card, chart_layout = card()
        self.chart = DevelopmentChart()
        chart_layout.addWidget(self.chart)
        self.chart_card = chart_card
        self.body.addWidget(chart_card)
        self.latest_card, self.latest = card()
        self.body.addWidget(self.latest_card)
        self.dialog: DevelopmentAssessmentDialog | None = None
        self.points: list[DevelopmentPoint] = []

    def _start(self, child_id: uuid.UUID, on_done, on_error) -> None:
        assessment_ops.load_development(self.gui.runner, self.gui.session, child_id,
                                        on_done, on_error)

    def _show(self, points: list[DevelopmentPoint]) -> None:
        self.points = points
        plotted = self.chart.set_points(points)
        self.chart_card.setVisible(plotted > 0)
        if not points:
            self.message.setText(self.tr("Der er endnu ingen udviklingsvurderinger. Tilføj den "
                                         "første med knappen ovenfor."))
        elif plotted < len(points):
            self.message.setText(self.tr("Barnets fødselsdato mangler, så nogle vurderinger kan "
                                         "ikke sammenlignes med alderen."))
        self.message.setVisible(not points or plotted < len(points))
        self._show_latest(points)

    def _show_latest(self, points: list[DevelopmentPoint]) -> None:
        clear_layout(self.latest)
        self.latest_card.setVisible(bool(points))
        if not points:
            return
        self.latest.addWidget(section_title(self.tr("Seneste vurdering pr. område")))
        latest: dict[str, DevelopmentPoint] = {}
        for point in points:  # oldest first: the last one per domain wins
            latest[point.domain] = point
        grid = QGridLayout()
        grid.setHorizontalSpacing(22)
        grid.setVerticalSpacing(8)
        headers = (self.tr("Område"), self.tr("Udviklingsalder"), self.tr("Alder"),
                   self.tr("Forskel"), self.tr("Vurderet"), self.tr("Af"))
        for column, header in enumerate(headers):  # cells wrap: large text never widens
            grid.addWidget(label(header, "fieldLabel"), 0, column)  # the page
        ordered = sorted(latest.values(), key=lambda p: domain_labels((p.domain,)))
        for row, point in enumerate(ordered, start=1):
            age = point.actual_age_months
            cells = (domain_labels((point.domain,)), format_age(point.level_months),
                     format_age(age) if age is not None else "–",
                     difference_text(point.level_months, age) if age is not None else "–",
                     format_date(point.assessed_on), point.assessor_name or "–")
            for column, text in enumerate(cells):
                cell = label(text)
                if point.note:
                    cell.setToolTip(point.note)
                grid.addWidget(cell, row, column)
        grid.setColumnStretch(len(headers) - 1, 1)
        self.latest.addLayout(grid)

    def open_dialog(self) -> None:
        if self.child_id is None:
            return
        self.dialog = DevelopmentAssessmentDialog(self.gui, self.child_id, self.birth_date, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()  # window-modal, without a nested event loop

    def _saved(self, point) -> None:
        self.reload()
        self.changed.emit()


class WellbeingTab(_Tab):
    changed = Signal()

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(gui, parent)
        self.add_button = QPushButton(self.tr("Tilføj vurdering"))
        self.add_button.setObjectName("addWellbeingAssessment")
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.open_dialog)
        self.body.addLayout(_heading(
            self.tr("Trivsel over tid"),
            self.tr("Grøn, gul og rød position fra vurderinger og observationer. Først "
                    "individuelle vurderinger, så en fælles vurdering med en kommentar."),
            self.add_button))
        self.body.addWidget(self.message)
        self.joint_card, self.joint = card()
        self.joint_card.setObjectName("latestJoint")
        self.body.addWidget(self.joint_card)
        strip_card, strip_layout = card()
        self.strip = WellbeingStrip()
        strip_layout.addWidget(self.strip)
        # the picked segment in words (Tab to the strip, then the arrow keys)
        self.strip_readout = label(self.tr("Tab til båndet, og brug pilene for at læse hver "
                                           "position."), "muted", object_name="stripReadout")
        self.strip.selected.connect(lambda words: self.strip_readout.setText(
            words or self.tr("Tab til båndet, og brug pilene for at læse hver position.")))
        strip_layout.addWidget(self.strip_readout)
        strip_layout.addWidget(label(self.tr("grøn: ensfarvet   gul: skrå streger   "
                                             "rød: krydsskravering   "
                                             "▲ fælles vurdering   △ individuel vurdering   "
                                             "farve uden mærke: position fra en observation   "
                                             "grå: ingen vurdering"), "muted"))
        self.body.addWidget(strip_card)
        self.history_card, self.history = card()
        self.body.addWidget(self.history_card)
        self.dialog: WellbeingAssessmentDialog | None = None

    def _start(self, child_id: uuid.UUID, on_done, on_error) -> None:
        assessment_ops.load_wellbeing(self.gui.runner, self.gui.session, child_id,
                                      on_done, on_error)

    def _show(self, history: WellbeingHistory) -> None:
        self.message.setVisible(False)
        self.strip.set_points(history.points, self.gui.session.today())
        self._show_joint(history)
        self._show_history(history)

    def _show_joint(self, history: WellbeingHistory) -> None:
        clear_layout(self.joint)
        self.joint.addWidget(section_title(self.tr("Seneste fælles vurdering")))
        joint = history.latest_joint
        if joint is None:
            self.joint.addWidget(label(self.tr("Der er endnu ingen fælles vurdering."), "muted"))
            return
        row = QHBoxLayout()
        row.setSpacing(14)
        row.addWidget(PositionBadge(joint.position))
        who = self.tr("{date}, vurderet af {name}").format(
            date=format_date(joint.on), name=joint.assessor_name) if joint.assessor_name \
            else format_date(joint.on)
        row.addWidget(label(who, "muted", object_name="jointWho"), 1)
        self.joint.addLayout(row)
        self.joint.addWidget(label(joint.comment, selectable=True, object_name="jointComment"))

    def _show_history(self, history: WellbeingHistory) -> None:
        clear_layout(self.history)
        assessed = [p for p in history.points if p.source in ASSESSMENT_SOURCES]
        self.history_card.setVisible(bool(assessed))
        if not assessed:
            return
        self.history.addWidget(section_title(self.tr("Vurderinger")))
        grid = QGridLayout()
        grid.setHorizontalSpacing(22)
        grid.setVerticalSpacing(8)
        for row, point in enumerate(reversed(assessed[-RECENT_ASSESSMENTS:])):
            grid.addWidget(label(format_date(point.on), wrap=False), row, 0)
            grid.addWidget(PositionBadge(point.position), row, 1)
            source = domain_label(ASSESSMENT_SOURCES[point.source])
            grid.addWidget(label(source, wrap=False), row, 2)
            grid.addWidget(label(point.assessor_name or "–", "muted", wrap=False), row, 3)
            grid.addWidget(label(point.comment, selectable=True), row, 4)
        grid.setColumnStretch(4, 1)
        self.history.addLayout(grid)

    def open_dialog(self) -> None:
        if self.child_id is None:
            return
        self.dialog = WellbeingAssessmentDialog(self.gui, self.child_id, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, point) -> None:
        self.reload()
        self.changed.emit()


class GoalsTab(_Tab):
    show_observations_requested = Signal(uuid.UUID)
    goals_loaded = Signal(list)

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(gui, parent)
        intro = QVBoxLayout()
        intro.setSpacing(2)
        intro.addWidget(section_title(self.tr("Mål")))
        intro.addWidget(label(self.tr("Barnets mål med status, måldato og hvor mange "
                                      "observationer der er knyttet til målet siden sidste "
                                      "statusmøde."), "muted"))
        self.body.addLayout(intro)
        self.body.addWidget(self.message)
        self.goal_list = GoalList()
        self.goal_list.show_observations_requested.connect(self.show_observations_requested)
        self.body.addWidget(self.goal_list)
        self.goals: list[child_ops.GoalInfo] = []

    def _start(self, child_id: uuid.UUID, on_done, on_error) -> None:
        child_ops.load_goals_with_last_meeting(self.gui.runner, self.gui.session, child_id,
                                               on_done, on_error)

    def _show(self, result: child_ops.ChildGoals) -> None:
        self.goals = result.goals
        self.message.setVisible(False)
        self.goal_list.set_goals(self.goals, result.last_status_meeting,
                                 self.gui.session.today())
        self.goals_loaded.emit(self.goals)
