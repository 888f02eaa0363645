"""The goal dialog (ui/goal_edit.ui): SMTTE fields, dates, status and evaluation.

Two uses: saving a goal at once (the "Mål" list), or collecting a new goal that is
saved with the meeting's minutes in one transaction (``collect=True``). Either way the
service's rules decide, and its Danish message is shown in the dialog.

The texts typed (goal, signs, measures, evaluation) are kept as a draft: after a pause
in typing, when the window closes, and on request when the dialog is closed unsaved.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ...domain.domains import LAEREPLAN_THEMES, PRACTICAL_DOMAINS
from ...domain.enums import GoalStatus
from ...domain.errors import ValidationError
from ..context import GuiContext
from ..domain_labels import label
from ..formatting import format_datetime
from ..forms import load_form
from ..messages import error_text
from ..operations import drafts as drafts_ops
from ..operations import goals as goal_ops
from ..operations.goals import GoalInfo, GoalInput
from ..operations.other_children import load_name_book
from ..operations.runner import user_message
from ..operations.runner import guarded
from ..widgets.feedback import set_busy, show_field_error
from ..widgets.other_child_warning import OtherChildWarning
from ..widgets.text import label as text_label
from ..widgets.when_fields import to_qdate
from .editor_draft_guard import EditorDraftGuard
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
        self.draft_notice = text_label("", "muted", object_name="goalDraftNotice")
        self.draft_notice.setVisible(False)
        main.insertWidget(main.indexOf(ui.formError), self.draft_notice)
        load_name_book(gui.runner, gui.session, guarded(self, self.other_child.set_name_book),
                       lambda _exc: None)
        self.draft_key = goal_ops.goal_draft_key(goal.id if goal else None, child_id)
        self.draft_guard = EditorDraftGuard(
            self, gui, self.draft_key, {"title": ui.goalTitle, "signs": ui.signs,
                                        "measures": ui.measures, "evaluation": ui.evaluation},
            child_id=child_id)
        self.draft_guard.restored.connect(self._draft_restored)
        self.draft_guard.problem.connect(lambda text: show_field_error(ui.formError, text))
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
            show_field_error(self.ui.formError, error_text(exc))
            return
        if self.collect:
            try:
                goal_ops.check_goal(data)
            except ValidationError as exc:
                show_field_error(self.ui.formError, error_text(exc))
                return
            self.draft_guard.discard()  # the goal is saved with the minutes from here on
            self.collected.emit(data)
            self.accept()
            return
        self._set_busy(True)
        self.draft_guard.hold()
        goal_ops.save_goal(self.gui.runner, self.gui.session, self.goal.id if self.goal else None,
                           data, self.draft_key, self._succeeded, self._failed)

    def _succeeded(self, info: GoalInfo) -> None:
        self._set_busy(False)
        self.draft_guard.saved()
        self.saved.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.draft_guard.resume()
        show_field_error(self.ui.formError, user_message(exc))

    # -- what was typed is never lost --------------------------------------------------

    def reject(self) -> None:
        """Escape, Annullér and the window's X: unsaved text is kept, dropped or gone back
        to, as the person answers."""
        if self.draft_guard.may_close():
            super().reject()

    def keep_unsaved_work(self) -> None:
        """The window closes: what was typed is stored now (the worker has stopped)."""
        guard = self.draft_guard
        if guard.unsaved:
            drafts_ops.store_now(self.gui.session, self.draft_key, guard.texts(), self.child_id)
            guard.saved()  # stored: nothing is left to keep

    def _draft_restored(self, draft) -> None:
        self.draft_notice.setText(self.tr("Din ikke-gemte tekst fra {when} er hentet frem. "
                                          "Gem målet, når det er færdigt.").format(
                                              when=format_datetime(draft.updated_at)))
        self.draft_notice.setVisible(True)

    def _show_history(self) -> None:
        from .goal_history import GoalHistoryDialog  # only needed on demand
        self.history_dialog = GoalHistoryDialog(self.gui, self.goal, parent=self)
        self.history_dialog.open()
