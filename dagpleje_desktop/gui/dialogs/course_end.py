"""Afslut forløb: the last day and why the course ends (a home-pedagogue course when its
goals are met or the family is referred to another measure)."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout

from ...domain.courses import HOME_PEDAGOGUE_END_REASONS, CourseEndReason
from ...domain.enums import CourseKind
from ..context import GuiContext
from ..domain_labels import label
from ..operations import courses as course_ops
from ..operations.courses import CourseInfo
from ..widgets.when_fields import date_edit, short_date
from ..messages import service_text
from .office_form import OfficeDialog


class EndCourseDialog(OfficeDialog):
    """Emits ``done(CourseInfo)``."""

    def __init__(self, gui: GuiContext, course: CourseInfo, parent=None) -> None:
        subtitle = self.tr("{title}, startet {start}.").format(
            title=service_text(course.title), start=short_date(course.start_date))
        if course.latest_end:
            subtitle += " " + self.tr("Forløbet kan senest afsluttes {day}.").format(
                day=short_date(course.latest_end))
        super().__init__(gui, self.tr("Afslut forløb"), subtitle, parent=parent,
                         min_width=540)
        self.course = course
        today = gui.session.today()
        self.end = date_edit(min(today, course.latest_end) if course.latest_end else today)
        self.end.setMaximumWidth(160)
        self.add_row(self.tr("Sidste dag"), self.end, name="courseEndDate")
        reasons = (HOME_PEDAGOGUE_END_REASONS if course.kind == CourseKind.HOME_PEDAGOGUE
                   else (CourseEndReason.COMPLETED,))
        column = QVBoxLayout()
        group = QButtonGroup(self)
        self.reason_buttons: dict[CourseEndReason, QRadioButton] = {}
        for reason in reasons:
            button = QRadioButton(label(reason))
            button.setObjectName(f"endReason_{reason.value}")
            group.addButton(button)
            column.addWidget(button)
            self.reason_buttons[reason] = button
            self.add_inputs(button)
        self.reason_buttons[reasons[0]].setChecked(True)
        self.add_row(self.tr("Årsag"), column)
        self.finish(self.tr("Afslut forløbet"))

    def reason(self) -> CourseEndReason:
        return next(r for r, b in self.reason_buttons.items() if b.isChecked())

    def submit(self):
        day, reason = self.end.checked_value(), self.reason()
        return partial(course_ops.end_course, self.gui.runner, self.gui.session,
                       self.course.id, day, reason)
