"""Forløb: home-pedagogue courses, guidance courses and café visits, running ones first;
the chosen course on the right."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QPushButton, QScrollArea, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...domain.courses import hours_text
from ...domain.enums import UserRole
from ..context import GuiContext
from ..dialogs.course_cafe import CafeDialog
from ..dialogs.course_guidance import GuidanceDialog
from ..dialogs.course_home_pedagogue import HomePedagogueDialog
from ..messages import course_status
from ..operations import courses as course_ops
from ..operations.courses import CourseInfo
from ..operations.runner import user_message
from ..widgets.text import label, section_title
from ..widgets.when_fields import short_date
from ..messages import service_text
from .office_course_detail import CourseDetailPanel
from .office_referrals import small_table

ID_ROLE = Qt.ItemDataRole.UserRole
WARNED = QColor("#8a4b00")
ENDED = QColor("#8a959e")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CoursesView", text)


def extent_text(course: CourseInfo) -> str:
    """What bounds the course: the hour budget, or the planned end (at most 40 weeks)."""
    if course.budget is not None:
        return _tr("{used} af {budget} timer").format(used=hours_text(course.hours_used),
                                                     budget=hours_text(course.hour_budget))
    if course.planned_end is not None:
        return _tr("til {day}").format(day=short_date(course.planned_end))
    return ""


class CoursesView(QWidget):
    changed = Signal()  # a course changed (meetings and the calendar may be stale)

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.courses: list[CourseInfo] = []
        self.dialog = None
        self._loads = 0   # started loads; an older result is dropped
        self.loaded = 0   # finished loads, so callers and tests can wait for fresh data
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 12, 0, 0)
        columns.setSpacing(18)
        left = QVBoxLayout()
        left.setSpacing(6)
        columns.addLayout(left, 1)
        top = QHBoxLayout()
        heading = section_title(self.tr("Forløb"))
        heading.setWordWrap(False)
        top.addWidget(heading)
        top.addStretch(1)
        self.home_button = QPushButton(self.tr("Hjemmepædagogisk …"))
        self.home_button.setObjectName("newHomePedagogueCourse")
        self.home_button.setToolTip(self.tr("Nyt hjemmepædagogisk forløb (højst 40 uger)"))
        self.guidance_button = QPushButton(self.tr("Minivejledning …"))
        self.guidance_button.setObjectName("newGuidanceCourse")
        self.guidance_button.setToolTip(self.tr("Nyt minivejledningsforløb (10 timer)"))
        self.cafe_button = QPushButton(self.tr("Småbørnscafé …"))
        self.cafe_button.setObjectName("newCafeVisit")
        self.cafe_button.setToolTip(self.tr("Planlæg småbørnscafé ved 1½ år"))
        for button in (self.home_button, self.guidance_button, self.cafe_button):
            top.addWidget(button)
            button.setVisible(gui.session.user.role != UserRole.CHILDMINDER)
        left.addLayout(top)
        self.table = small_table([self.tr("Forløb"), self.tr("Start"), self.tr("Omfang"),
                                  self.tr("Status")], "coursesTable", self.tr("Forløb"),
                                 stretch=0)
        left.addWidget(self.table, 1)
        self.feedback = label("", "muted", object_name="coursesFeedback")
        self.feedback.setVisible(False)
        left.addWidget(self.feedback)

        self.panel = CourseDetailPanel(gui)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: its content is
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.panel)
        columns.addWidget(scroll, 1)

        self.home_button.clicked.connect(lambda: self.new_course(HomePedagogueDialog))
        self.guidance_button.clicked.connect(lambda: self.new_course(GuidanceDialog))
        self.cafe_button.clicked.connect(lambda: self.new_course(CafeDialog))
        self.table.itemSelectionChanged.connect(self._selected)
        self.panel.changed.connect(self._panel_changed)

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Read the courses; the list keeps what it shows until they are there."""
        keep = select or (self.panel.detail.info.id if self.panel.detail else None)
        self._loads += 1
        number = self._loads
        course_ops.list_courses(self.gui.runner, self.gui.session,
                                lambda found: self._arrived(number, found, keep),
                                lambda exc: self._failed(number, exc))

    def _failed(self, number: int, exc: BaseException) -> None:
        if number == self._loads:
            self.feedback.setText(user_message(exc))
            self.feedback.setVisible(True)

    def _arrived(self, number: int, found: list[CourseInfo], keep: uuid.UUID | None) -> None:
        if number != self._loads:
            return  # a newer load is on its way
        self.courses = found
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.courses))
        for row, course in enumerate(self.courses):
            values = (service_text(course.title), short_date(course.start_date), extent_text(course),
                      ("⚠ " if course.warning else "") + course_status(course))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(ID_ROLE, str(course.id))
                cell.setToolTip(service_text(course.warning or course.title))
                if not course.is_running:
                    cell.setForeground(QBrush(ENDED))
                elif course.warning and column == 3:
                    cell.setForeground(QBrush(WARNED))
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        ids = [c.id for c in self.courses]
        self.select_course(keep if keep in ids else (ids[0] if ids else None))
        self.loaded += 1

    def select_course(self, course_id: uuid.UUID | None) -> None:
        row = next((i for i, c in enumerate(self.courses) if c.id == course_id), -1)
        self.table.blockSignals(True)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
        self.table.blockSignals(False)
        self.panel.load(course_id if row >= 0 else None)

    def select_title(self, text: str) -> CourseInfo:
        course = next(c for c in self.courses if text in c.title)
        self.select_course(course.id)
        return course

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.panel.load(self.courses[rows[0].row()].id)

    def new_course(self, dialog_class):
        self.dialog = dialog_class(self.gui, parent=self.window())
        self.dialog.done.connect(self._created)
        self.dialog.open()
        return self.dialog

    def _created(self, info: CourseInfo) -> None:
        self.reload(select=info.id)
        notes = [self.tr("{title} er oprettet.").format(title=service_text(info.title))]
        if info.warning:
            notes.append(service_text(info.warning))
        self.panel.say(" ".join(notes))
        self.changed.emit()

    def _panel_changed(self, course_id: uuid.UUID) -> None:
        message = (self.panel.feedback.text(), self.panel.feedback.property("role"))
        self.reload(select=course_id)
        if message[0]:
            self.panel.say(message[0], error=message[1] == "error")
        self.changed.emit()
