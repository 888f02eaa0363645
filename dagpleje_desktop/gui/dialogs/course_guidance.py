"""Minivejledningsforløb: a new guidance course for a daycare unit, and its sessions (video,
phone or a physical meeting) with hours. The course has 10 hours: what is used and what
is left is shown, and a session that would go beyond them is refused (with the reason)."""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QPlainTextEdit, QVBoxLayout

from ...domain.courses import HourBudget, hours_text
from ...domain.enums import ProfessionalRole, SessionMode
from ..context import GuiContext
from ..domain_labels import label as domain_label
from ..operations import courses as course_ops
from ..operations.courses import CourseChoices, CourseInfo, GuidanceInput, SessionInput
from ..widgets.text import label
from ..widgets.when_fields import DANISH, date_edit, local_datetime, time_edit
from ..messages import service_text
from .office_form import OfficeDialog

CONSULTANT_ROLES = (ProfessionalRole.MINI_CONSULTANT, ProfessionalRole.DAYCARE_CONSULTANT,
                    ProfessionalRole.SMALL_CHILD_CONSULTANT, ProfessionalRole.PEDAGOGUE)


class GuidanceDialog(OfficeDialog):
    """Nyt minivejledningsforløb; emits ``done(CourseInfo)``."""

    def __init__(self, gui: GuiContext, parent=None) -> None:
        super().__init__(gui, self.tr("Nyt minivejledningsforløb"), self.tr(
            "Vejledning til et dagtilbud om en konkret udfordring: i alt 10 timer fordelt på "
            "videomøder, telefonsamtaler og fysiske møder."), parent=parent, min_width=600)
        session = gui.session
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("fx Børnehuset Mælkebøtten, vuggestuegruppen"))
        self.add_row(self.tr("Dagtilbud"), self.unit, name="guidanceUnit")
        self.start = date_edit(session.today())
        self.start.setMaximumWidth(160)
        self.add_row(self.tr("Start"), self.start, name="guidanceStart")
        self.guide = QComboBox()
        self.guide.addItem(self.tr("Ikke valgt endnu"), None)
        self.add_row(self.tr("Vejleder"), self.guide, name="guidancePedagogue")
        self.challenge = QPlainTextEdit()
        self.challenge.setTabChangesFocus(True)  # Tab moves on (WCAG 2.1.2)
        self.challenge.setPlaceholderText(self.tr("Den udfordring, vejledningen handler om"))
        self.challenge.setFixedHeight(80)
        self.add_row(self.tr("Udfordring"), self.challenge, name="guidanceChallenge")
        self.finish(self.tr("Start forløbet"))
        self.attach_draft(course_ops.course_note_key(None, "guidance"),
                          {"challenge": self.challenge})
        self.load_choices(partial(course_ops.load_choices, gui.runner, session,
                                  with_children=False), self._fill_guides)
        self.unit.setFocus()

    def _fill_guides(self, choices: CourseChoices) -> None:
        for person in choices.professionals:
            if person.role in CONSULTANT_ROLES:
                role = domain_label(person.role).lower()
                self.guide.addItem(f"{person.name} ({role})", str(person.id))

    def submit(self):
        guide = self.guide.currentData()
        data = GuidanceInput(self.unit.text(), self.start.checked_value(),
                             self.challenge.toPlainText(),
                             uuid.UUID(guide) if guide else None)
        return partial(course_ops.start_guidance_course, self.gui.runner, self.gui.session,
                       data, self.draft_key)


class SessionDialog(OfficeDialog):
    """Tilføj session; emits ``done(CourseInfo)``."""

    def __init__(self, gui: GuiContext, course: CourseInfo, parent=None) -> None:
        super().__init__(gui, self.tr("Tilføj session"), service_text(course.title), parent=parent,
                         min_width=560)
        self.course = course
        self.budget = course.budget or HourBudget(0.0, 0.0)
        self.budget_label = label(self.tr("Timebudget: {budget}.").format(
                                  budget=service_text(self.budget.text)),
                                  "fieldLabel", object_name="sessionBudget")
        self.body.insertWidget(2, self.budget_label)
        self.day = date_edit(gui.session.today())
        self.day.setMaximumWidth(160)
        self.add_row(self.tr("Dato"), self.day, name="sessionDate")
        self.time = time_edit(9, 0)
        self.time.setMaximumWidth(100)
        self.add_row(self.tr("Klokken"), self.time, name="sessionTime")
        self.mode = QComboBox()
        for mode in (SessionMode.PHYSICAL, SessionMode.VIDEO, SessionMode.PHONE):
            self.mode.addItem(domain_label(mode), mode.value)
        self.add_row(self.tr("Form"), self.mode, name="sessionMode")
        hours = QVBoxLayout()
        hours.setSpacing(2)
        self.hours = QDoubleSpinBox()
        self.hours.setObjectName("sessionHours")
        self.hours.setAccessibleName(self.tr("Timer"))
        self.hours.setLocale(DANISH)
        self.hours.setDecimals(2)
        self.hours.setRange(0.25, self.budget.budget or 10)
        self.hours.setSingleStep(0.25)
        self.hours.setValue(min(1.0, self.budget.remaining) or 0.25)
        self.hours.setSuffix(self.tr(" timer"))
        self.hours.setMaximumWidth(160)
        self.hours_hint = label("", "muted", object_name="sessionHoursHint")
        hours.addWidget(self.hours)
        hours.addWidget(self.hours_hint)
        self.add_inputs(self.hours)
        self.add_row(self.tr("Varighed"), hours)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves on (WCAG 2.1.2)
        self.notes.setFixedHeight(80)
        self.add_row(self.tr("Noter"), self.notes, name="sessionNotes")
        self.finish(self.tr("Gem sessionen"))
        self.attach_draft(course_ops.course_note_key(course.id), {"notes": self.notes},
                          child_id=course.child_id)
        self.hours.valueChanged.connect(lambda _: self._hint())
        self._hint()

    def _hint(self) -> None:
        left = self.budget.remaining
        over = self.hours.value() > left + 1e-9
        self.hours_hint.setText(
            self.tr("Der er kun {left} timer tilbage af forløbets {budget}.").format(
                left=hours_text(left), budget=hours_text(self.budget.budget)) if over
            else self.tr("Efter denne session er der {left} timer tilbage.").format(
                left=hours_text(max(left - self.hours.value(), 0))))
        self.hours_hint.setProperty("role", "error" if over else "muted")
        self.hours_hint.style().unpolish(self.hours_hint)
        self.hours_hint.style().polish(self.hours_hint)

    def submit(self):
        data = SessionInput(local_datetime(self.day.checked_value(), self.time.time()),
                            SessionMode(self.mode.currentData()), self.hours.value(),
                            self.notes.toPlainText())
        return partial(course_ops.add_session, self.gui.runner, self.gui.session,
                       self.course.id, data, self.draft_key)
