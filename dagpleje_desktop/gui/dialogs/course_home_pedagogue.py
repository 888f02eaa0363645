"""Hjemmepædagogisk forløb: a new course (family, pedagogue, start, weekly hours, planned end,
goals, an optional start meeting) and moving a running course's planned end.

The planned end is checked as it is typed: the latest allowed day (40 weeks after the
start) is always shown, the last four weeks before it bring a warning, and a day beyond it
shows the refusal the service will give (saving is refused with the same words).
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QHBoxLayout, QLineEdit,
                               QPlainTextEdit, QVBoxLayout)

from ...domain import courses as rules
from ...domain.enums import ProfessionalRole
from ...domain.errors import ValidationError
from ..context import GuiContext
from ..messages import error_text
from ..operations import courses as course_ops
from ..operations.courses import CourseChoices, CourseInfo, HomePedagogueInput
from ..widgets.text import label
from ..widgets.date_field import DateField
from ..widgets.when_fields import (DANISH, OptionalDate, date_edit, local_datetime,
                                   short_date, time_edit)
from ..messages import service_text
from .office_form import OfficeDialog

DEFAULT_WEEKS = 20


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlannedEndCheck", text)


class PlannedEndCheck:
    """The hint under a planned-end field: the limit, a warning or the refusal."""

    def __init__(self, start: DateField | date, end: DateField, changed=None) -> None:
        self.start, self.end, self.changed = start, end, changed
        self.limit = label("", "muted", object_name="latestEnd")
        self.message = label("", object_name="plannedEndMessage")
        self.message.setVisible(False)
        self.box = QVBoxLayout()
        self.box.setSpacing(2)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(end)
        self.box.addWidget(self.limit)
        self.box.addWidget(self.message)
        if isinstance(start, DateField):
            start.dateChanged.connect(lambda _: self.update())
        end.dateChanged.connect(lambda _: self.update())
        self.update()

    def start_day(self) -> date | None:
        return self.start.value() if isinstance(self.start, DateField) else self.start

    def update(self) -> None:
        start, end = self.start_day(), self.end.value()
        if start is None or end is None:
            return  # the date field itself says why it cannot read the date
        self.limit.setText(_tr("Senest {day} (højst {weeks} uger efter start)").format(
            day=short_date(rules.latest_end(start)), weeks=rules.MAX_COURSE_WEEKS))
        try:
            text, role = service_text(rules.check_planned_end(start, end)), "warning"
        except ValidationError as exc:
            text, role = error_text(exc), "error"
        self.message.setText(text)
        self.message.setProperty("role", role)
        self.message.setStyleSheet("color: #8a4b00;" if role == "warning" else "")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))
        if self.changed is not None:
            self.changed()


class HomePedagogueDialog(OfficeDialog):
    """Nyt hjemmepædagogisk forløb; emits ``done(CourseInfo)``."""

    def __init__(self, gui: GuiContext, parent=None) -> None:
        super().__init__(gui, self.tr("Nyt hjemmepædagogisk forløb"), self.tr(
            "Forløbet foregår i familiens hjem og varer højst 40 uger. Det afsluttes, når "
            "målene er nået, eller når familien henvises til en anden indsats."),
            parent=parent, min_width=640)
        session, today = gui.session, gui.session.today()
        self.family = QLineEdit()
        self.family.setPlaceholderText(self.tr("fx Familien Hansen (to børn på 1 og 3 år)"))
        self.add_row(self.tr("Familie"), self.family, name="courseFamily")
        self.child = QComboBox()
        self.child.addItem(self.tr("Intet bestemt barn"), None)
        self.add_row(self.tr("Barn (valgfrit)"), self.child, name="courseChild")
        self.pedagogue = QComboBox()
        self.pedagogue.addItem(self.tr("Ikke valgt endnu"), None)
        self.add_row(self.tr("Hjemmepædagog"), self.pedagogue, name="coursePedagogue")
        self.start = date_edit(today)
        self.start.setMaximumWidth(160)
        self.add_row(self.tr("Start"), self.start, name="courseStart")
        self.hours = QDoubleSpinBox()
        self.hours.setLocale(DANISH)
        self.hours.setDecimals(1)
        self.hours.setRange(0.5, 40)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(3)
        self.hours.setSuffix(self.tr(" timer om ugen"))
        self.hours.setMaximumWidth(200)
        self.add_row(self.tr("Timer"), self.hours, name="weeklyHours")
        self.planned_end = date_edit(today + timedelta(weeks=DEFAULT_WEEKS))
        self.planned_end.setObjectName("plannedEnd")
        self.planned_end.setAccessibleName(self.tr("Planlagt afslutning"))
        self.planned_end.setMaximumWidth(160)
        self.check = PlannedEndCheck(self.start, self.planned_end, self.relayout)
        self.add_inputs(self.planned_end)
        self.add_row(self.tr("Planlagt afslutning"), self.check.box)
        self.goals = QPlainTextEdit()
        self.goals.setTabChangesFocus(True)  # Tab moves on (WCAG 2.1.2)
        self.goals.setPlaceholderText(self.tr("De mål, der aftales med familien ved "
                                              "opstartsmødet"))
        self.goals.setFixedHeight(80)
        self.add_row(self.tr("Mål"), self.goals, name="courseGoals")
        meeting = QHBoxLayout()
        self.meeting_day = OptionalDate(self.tr("Planlæg"), None, default=today)
        self.meeting_day.setObjectName("startMeetingDay")
        self.meeting_time = time_edit(13, 0, accessible_name=self.tr("Opstartsmødets tidspunkt"))
        self.meeting_time.setObjectName("startMeetingTime")
        meeting.addWidget(self.meeting_day)
        meeting.addWidget(self.meeting_time)
        meeting.addStretch(1)
        self.add_inputs(self.meeting_day, self.meeting_time)
        self.add_row(self.tr("Opstartsmøde"), meeting)
        self.finish(self.tr("Start forløbet"))
        self.attach_draft(course_ops.course_note_key(None, "home_pedagogue"),
                          {"goals": self.goals})
        self.load_choices(partial(course_ops.load_choices, gui.runner, session,
                                  role=ProfessionalRole.HOME_PEDAGOGUE), self._fill_choices)
        self.family.setFocus()

    def _fill_choices(self, choices: CourseChoices) -> None:
        for kid in choices.children:
            self.child.addItem(kid.name, str(kid.id))
        for person in choices.professionals:
            self.pedagogue.addItem(person.name, str(person.id))

    def submit(self):
        child = self.child.currentData()
        pedagogue = self.pedagogue.currentData()
        day = self.meeting_day.value()
        data = HomePedagogueInput(
            family=self.family.text(), start_date=self.start.checked_value(),
            planned_end=self.planned_end.checked_value(), weekly_hours=self.hours.value(),
            goals=self.goals.toPlainText(),
            pedagogue_id=uuid.UUID(pedagogue) if pedagogue else None,
            child_id=uuid.UUID(child) if child else None,
            start_meeting_at=local_datetime(day, self.meeting_time.time()) if day else None)
        return partial(course_ops.start_home_pedagogue_course, self.gui.runner,
                       self.gui.session, data, self.draft_key)


class PlannedEndDialog(OfficeDialog):
    """Ret planlagt afslutning; emits ``done(CourseInfo)`` (its ``warning`` may be set)."""

    def __init__(self, gui: GuiContext, course: CourseInfo, parent=None) -> None:
        super().__init__(gui, self.tr("Ret planlagt afslutning"), self.tr(
            "{title}, startet {start}.").format(title=service_text(course.title),
                                                 start=short_date(course.start_date)),
            parent=parent, min_width=560)
        self.course = course
        self.planned_end = date_edit(course.planned_end or course.start_date)
        self.planned_end.setObjectName("plannedEnd")
        self.planned_end.setAccessibleName(self.tr("Planlagt afslutning"))
        self.planned_end.setMaximumWidth(160)
        self.check = PlannedEndCheck(course.start_date, self.planned_end, self.relayout)
        self.add_inputs(self.planned_end)
        self.add_row(self.tr("Planlagt afslutning"), self.check.box)
        self.finish(self.tr("Gem"))

    def submit(self):
        return partial(course_ops.change_planned_end, self.gui.runner, self.gui.session,
                       self.course.id, self.planned_end.checked_value())
