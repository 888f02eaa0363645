"""The goal dialog (ui/goal_edit.ui): SMTTE fields, dates, status and evaluation.

Two uses: saving a goal at once (the "Mål" list), or collecting a new goal that is
saved with the meeting's minutes in one transaction (``collect=True``). Either way the
service's rules decide, and its Danish message is shown in the dialog.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ...domain.domains import LAEREPLAN_THEMES, PRACTICAL_DOMAINS
from ...domain.enums import GoalStatus
from ...domain.errors import ValidationError
from ...services import goals
from ...services.goals import GoalInfo, GoalInput
from ..context import GuiContext
from ..domain_labels import label
from ..forms import load_form
from ..operations.other_children import load_name_book
from ..operations.runner import user_message
from ..printing import guarded
from ..widgets.feedback import set_busy, show_field_error
from ..widgets.other_child_warning import OtherChildWarning
from ..widgets.when_fields import to_qdate
from .framing import frame_form

DEFAULT_PERIOD = timedelta(days=90)  # SMTTE: follow up within three months


class GoalDialog(QDialog):
    """``saved(GoalInfo)`` after a save; ``collected(GoalInput)`` in collect mode."""

    saved = Signal(object)
    collected = Signal(object)

    def __init__(self, gui: GuiContext, child_id: uuid.UUID, child_name: str, *,
                 goal: GoalInfo | None = None, draft: GoalInput | None = None,
                 collect: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui, self.child_id, self.goal, self.collect = gui, child_id, goal, collect
        self.history_dialog: QDialog | None = None
        self.ui = load_form("goal_edit", self)
        title = self.tr("Ret mål") if goal else self.tr("Nyt mål")
        frame_form(self, self.ui, title, min_width=720)
        ui = self.ui
        ui.title.setText(title)
        ui.childName.setText(self.tr("For {name}").format(name=child_name) if child_name
                             else "")
        for domain in LAEREPLAN_THEMES:
            ui.domainChoice.addItem(label(domain), domain.code)
        ui.domainChoice.insertSeparator(ui.domainChoice.count())
        for domain in PRACTICAL_DOMAINS:
            ui.domainChoice.addItem(label(domain), domain.code)
        for status in GoalStatus:
            ui.statusChoice.addItem(label(status), status.value)
        ui.startSet.toggled.connect(ui.startDate.setEnabled)
        ui.targetSet.toggled.connect(ui.targetDate.setEnabled)
        self._fill(goal or draft)
        ui.historyButton.setVisible(goal is not None)
        if collect:
            ui.saveButton.setText(self.tr("Tilføj mål"))
        show_field_error(ui.formError)
        # Goals are printed for parents and partners: another child's name is flagged.
        self.other_child = OtherChildWarning(
            [ui.goalTitle, ui.signs, ui.measures, ui.evaluation], lambda: self.child_id)
        main = ui.findChild(QVBoxLayout, "mainLayout")
        main.insertWidget(main.indexOf(ui.formError), self.other_child)
        load_name_book(gui.runner, gui.session, guarded(self, self.other_child.set_name_book),
                       lambda _exc: None)
        self._set_busy(False)
        ui.historyButton.clicked.connect(self._show_history)
        ui.cancelButton.clicked.connect(self.reject)
        ui.saveButton.clicked.connect(self._submit)
        ui.goalTitle.setFocus()

    def _fill(self, goal: GoalInfo | GoalInput | None) -> None:
        ui, today = self.ui, self.gui.session.today()
        if goal is None:
            ui.domainChoice.setCurrentIndex(ui.domainChoice.findData(PRACTICAL_DOMAINS[0].code))
            self._set_date(ui.startSet, ui.startDate, today)
            self._set_date(ui.targetSet, ui.targetDate, today + DEFAULT_PERIOD)
            return
        index = ui.domainChoice.findData(goal.domain)
        ui.domainChoice.setCurrentIndex(max(index, 0))
        ui.goalTitle.setPlainText(goal.title)
        ui.signs.setPlainText(goal.signs_of_progress)
        ui.measures.setPlainText(goal.measures)
        ui.measureWho.setText(goal.measure_who)
        ui.measureHowOften.setText(goal.measure_how_often)
        ui.measureWhere.setText(goal.measure_where)
        ui.responsible.setText(goal.responsible)
        ui.statusChoice.setCurrentIndex(ui.statusChoice.findData(goal.status.value))
        ui.evaluation.setPlainText(goal.evaluation)
        self._set_date(ui.startSet, ui.startDate, goal.start_date)
        self._set_date(ui.targetSet, ui.targetDate, goal.target_date)
        for edit in (ui.measureWho, ui.measureHowOften, ui.measureWhere, ui.responsible):
            edit.setCursorPosition(0)  # show the beginning of a long text

    @staticmethod
    def _set_date(tick, edit, day: date | None) -> None:
        tick.setChecked(day is not None)
        edit.setEnabled(day is not None)
        if day is not None:
            edit.setDate(to_qdate(day))

    def goal_input(self) -> GoalInput:
        ui = self.ui
        return GoalInput(
            child_id=self.child_id, domain=ui.domainChoice.currentData(),
            title=ui.goalTitle.toPlainText().strip(),
            signs_of_progress=ui.signs.toPlainText(), measures=ui.measures.toPlainText(),
            measure_who=ui.measureWho.text(), measure_how_often=ui.measureHowOften.text(),
            measure_where=ui.measureWhere.text(), responsible=ui.responsible.text(),
            start_date=ui.startDate.checked_value() if ui.startSet.isChecked() else None,
            target_date=ui.targetDate.checked_value() if ui.targetSet.isChecked() else None,
            status=GoalStatus(ui.statusChoice.currentData()),
            evaluation=ui.evaluation.toPlainText(),
            action_plan_id=self.goal.action_plan_id if self.goal else None)

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        set_busy([ui.domainChoice, ui.goalTitle, ui.signs, ui.measures, ui.measureWho,
                  ui.measureHowOften, ui.measureWhere, ui.responsible, ui.statusChoice, ui.startDate,
                  ui.targetDate, ui.evaluation, ui.saveButton], [ui.busyLabel], busy)

    def _submit(self) -> None:
        show_field_error(self.ui.formError)
        try:
            data = self.goal_input()
        except ValidationError as exc:
            show_field_error(self.ui.formError, exc.message)
            return
        if self.collect:
            try:
                goals.check_goal(data)
            except ValidationError as exc:
                show_field_error(self.ui.formError, exc.message)
                return
            self.collected.emit(data)
            self.accept()
            return
        session, goal = self.gui.session, self.goal
        work = (lambda: goals.update_goal(session, goal.id, data)) if goal else \
            (lambda: goals.create_goal(session, data))
        self._set_busy(True)
        self.gui.runner.run_db(work, self._succeeded, self._failed)

    def _succeeded(self, info: GoalInfo) -> None:
        self._set_busy(False)
        self.saved.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_field_error(self.ui.formError, user_message(exc))

    def _show_history(self) -> None:
        from .goal_history import GoalHistoryDialog  # only needed on demand
        self.history_dialog = GoalHistoryDialog(self.gui, self.goal, parent=self)
        self.history_dialog.open()
