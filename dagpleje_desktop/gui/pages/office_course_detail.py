"""One course beside the list: a home-pedagogue course with its 40-week limit, a guidance
course with its sessions and the 10-hour budget (used and remaining), or a café visit with
its shared notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QProgressBar, QPushButton,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.courses import hours_text
from ...domain.enums import CourseKind, UserRole
from ..context import GuiContext
from ..dialogs.course_end import EndCourseDialog
from ..dialogs.course_guidance import SessionDialog
from ..dialogs.course_home_pedagogue import PlannedEndDialog
from ..domain_labels import label as domain_label
from ..messages import course_status
from ..operations import courses as course_ops
from ..operations.courses import CourseDetail, CourseInfo
from ..operations.runner import user_message
from ..widgets.text import label
from ..widgets.when_fields import short_date, typed_datetime
from ..messages import service_text
from .office_cafe_notes import CafeNotes
from .office_referrals import small_table

WARNING_STYLE = ("QFrame#courseWarning { background: #fff6d6; border: 1px solid #e8d48a;"
                 " border-left: 5px solid #f9a825; border-radius: 4px; }"
                 " QFrame#courseWarning QLabel { background: transparent; color: #5c4700; }")


class CourseDetailPanel(QFrame):
    changed = Signal(object)  # course id: it was changed here

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.detail: CourseDetail | None = None
        self.dialog = None
        self.wanted = None  # the course last asked for; an older course's detail is dropped
        self.loaded = 0     # details shown, so callers and tests can wait for fresh data
        self.can_edit = gui.session.user.role != UserRole.CHILDMINDER
        self.setObjectName("coursePanel")
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(8)
        self.title = label("", "sectionTitle", object_name="courseTitle")
        self.facts = label("", "muted", object_name="courseFacts")
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        self.warning = QFrame()
        self.warning.setObjectName("courseWarning")
        self.warning.setStyleSheet(WARNING_STYLE)
        warning_layout = QVBoxLayout(self.warning)
        warning_layout.setContentsMargins(12, 8, 12, 8)
        self.warning_text = label("", object_name="courseWarningText")
        warning_layout.addWidget(self.warning_text)
        layout.addWidget(self.warning)

        self.fields = QGridLayout()
        self.fields.setHorizontalSpacing(14)
        self.fields.setVerticalSpacing(4)
        self.fields.setColumnStretch(1, 1)
        layout.addLayout(self.fields)

        self.budget_box = QWidget()
        budget = QVBoxLayout(self.budget_box)
        budget.setContentsMargins(0, 4, 0, 0)
        self.budget_text = label("", "fieldLabel", object_name="budgetText")
        self.budget_bar = QProgressBar()
        self.budget_bar.setObjectName("budgetBar")
        self.budget_bar.setAccessibleName(self.tr("Brugte timer"))
        self.budget_bar.setTextVisible(False)
        self.budget_bar.setMaximumHeight(12)
        self.sessions = small_table([self.tr("Nr."), self.tr("Tidspunkt"), self.tr("Form"),
                                     self.tr("Timer"), self.tr("Noter")], "sessionsTable",
                                    self.tr("Sessioner"))
        self.sessions.setMinimumHeight(120)
        budget.addWidget(self.budget_text)
        budget.addWidget(self.budget_bar)
        budget.addWidget(self.sessions, 1)
        layout.addWidget(self.budget_box, 1)

        self.cafe_notes = CafeNotes(gui)
        layout.addWidget(self.cafe_notes, 1)

        buttons = QHBoxLayout()
        self.planned_end_button = QPushButton(self.tr("Ret planlagt afslutning …"))
        self.planned_end_button.setObjectName("changePlannedEnd")
        self.session_button = QPushButton(self.tr("Tilføj session …"))
        self.session_button.setObjectName("addSession")
        self.session_button.setProperty("role", "primary")
        self.end_button = QPushButton(self.tr("Afslut forløb …"))
        self.end_button.setObjectName("endCourse")
        buttons.addWidget(self.planned_end_button)
        buttons.addStretch(1)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.session_button)
        layout.addLayout(buttons)
        self.feedback = label("", "muted", object_name="courseFeedback", selectable=True)
        self.feedback.setVisible(False)
        layout.addWidget(self.feedback)
        self.stretch = QWidget()
        layout.addWidget(self.stretch, 1)

        self.planned_end_button.clicked.connect(self.change_planned_end)
        self.session_button.clicked.connect(self.add_session)
        self.end_button.clicked.connect(self.end_course)
        self.cafe_notes.saved.connect(self._notes_saved)
        self.show_course(None)

    # -- showing -----------------------------------------------------------------------

    def load(self, course_id) -> None:
        """Show the course once read; the panel keeps the last one until then."""
        self.wanted = course_id
        if course_id is None:
            self.show_course(None)
            self.loaded += 1
            return
        course_ops.load_course(self.gui.runner, self.gui.session, course_id,
                               self._arrived, lambda exc: self._failed(course_id, exc))

    def _arrived(self, detail: CourseDetail) -> None:
        if detail.info.id != self.wanted:
            return  # another course was chosen meanwhile
        self.show_course(detail)
        self.loaded += 1

    def _failed(self, course_id, exc: BaseException) -> None:
        if course_id == self.wanted:
            self.say(user_message(exc), error=True)

    def show_course(self, detail: CourseDetail | None) -> None:
        if detail is None or self.detail is None or detail.info.id != self.detail.info.id:
            self.feedback.setVisible(False)
        self.detail = detail
        info = detail.info if detail else None
        kind = info.kind if info else None
        self.title.setText(service_text(info.title) if info else self.tr("Vælg et forløb"))
        self.facts.setText(self._facts(info) if info else self.tr(
            "Vælg et forløb på listen for at se det."))
        warning = self._warning(info) if info else ""
        self.warning_text.setText(warning)
        self.warning.setVisible(bool(warning))
        self._show_fields(info)
        self.budget_box.setVisible(kind == CourseKind.GUIDANCE)
        self.cafe_notes.setVisible(kind == CourseKind.CAFE)
        self.stretch.setVisible(kind not in (CourseKind.GUIDANCE, CourseKind.CAFE))
        if kind == CourseKind.GUIDANCE:
            self._show_budget(detail)
        if kind == CourseKind.CAFE:
            self.cafe_notes.show_course(detail)
        running = bool(info and info.is_running and self.can_edit)
        self.planned_end_button.setVisible(running and kind == CourseKind.HOME_PEDAGOGUE)
        self.end_button.setVisible(running and kind != CourseKind.CAFE)
        self.session_button.setVisible(running and kind == CourseKind.GUIDANCE)
        if kind == CourseKind.GUIDANCE and info.budget is not None:
            left = info.budget.remaining > 0
            self.session_button.setEnabled(left)
            self.session_button.setToolTip("" if left else self.tr(
                "Alle forløbets timer er brugt."))

    def _facts(self, info: CourseInfo) -> str:
        parts = [domain_label(info.kind), course_status(info),
                 self.tr("startet {day}").format(day=short_date(info.start_date))]
        if info.pedagogue_name:
            parts.append(info.pedagogue_name)
        return " · ".join(parts)

    def _warning(self, info: CourseInfo) -> str:
        lines = [service_text(info.warning)] if info.warning else []
        if info.kind == CourseKind.CAFE and info.missing_roles:
            lines.append(self.tr("Ikke inviteret: {roles}.").format(
                roles=", ".join(info.missing_roles)))
        return "\n".join(lines)

    def _show_fields(self, info: CourseInfo | None) -> None:
        while self.fields.count():
            item = self.fields.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # at once: deleteLater waits for the event loop
                item.widget().deleteLater()
        if info is None:
            return
        rows = []
        if info.kind == CourseKind.HOME_PEDAGOGUE:
            rows = [(self.tr("Familie"), info.family),
                    (self.tr("Barn"), info.child_name),
                    (self.tr("Timer om ugen"), hours_text(info.weekly_hours or 0)),
                    (self.tr("Planlagt afslutning"),
                     short_date(info.planned_end) if info.planned_end else ""),
                    (self.tr("Senest (40 uger)"), short_date(info.latest_end)),
                    (self.tr("Opstartsmøde"),
                     typed_datetime(info.meeting_at) if info.meeting_at else ""),
                    (self.tr("Mål"), info.goals)]
        elif info.kind == CourseKind.GUIDANCE:
            rows = [(self.tr("Dagtilbud"), info.unit_name),
                    (self.tr("Udfordring"), info.goals)]
        elif info.kind == CourseKind.CAFE:
            rows = [(self.tr("Barn"), info.child_name),
                    (self.tr("Tidspunkt"),
                     typed_datetime(info.meeting_at) if info.meeting_at else "")]
        for row, (caption, value) in enumerate(r for r in rows if r[1]):
            self.fields.addWidget(label(caption, "fieldLabel", wrap=False), row, 0,
                                  Qt.AlignmentFlag.AlignTop)
            self.fields.addWidget(label(value, selectable=True), row, 1)

    def _show_budget(self, detail: CourseDetail) -> None:
        budget = detail.info.budget
        self.budget_text.setText(self.tr("Timebudget: {text}").format(text=service_text(budget.text))
                                 if budget else "")
        self.budget_bar.setRange(0, int(round((budget.budget if budget else 10) * 4)))
        self.budget_bar.setValue(int(round((budget.used if budget else 0) * 4)))
        self.sessions.setRowCount(len(detail.sessions))
        for row, s in enumerate(detail.sessions):
            values = (str(s.sequence), typed_datetime(s.held_at),
                      domain_label(s.mode), hours_text(s.hours), " ".join(s.notes.split()))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == 4:
                    cell.setToolTip(s.notes)
                self.sessions.setItem(row, column, cell)

    def say(self, text: str, *, error: bool = False) -> None:
        self.feedback.setProperty("role", "error" if error else "muted")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))

    # -- actions -----------------------------------------------------------------------

    def _open(self, dialog, message):
        self.dialog = dialog
        dialog.done.connect(lambda info: self._changed(info, message(info)))
        dialog.open()
        return dialog

    def _changed(self, info: CourseInfo, text: str) -> None:
        self.changed.emit(info.id)
        self.say(" ".join(p for p in (text, service_text(info.warning)) if p))

    def change_planned_end(self) -> PlannedEndDialog:
        return self._open(PlannedEndDialog(self.gui, self.detail.info, self.window()),
                          lambda info: self.tr("Den planlagte afslutning er nu {day}.").format(
                              day=short_date(info.planned_end)))

    def add_session(self) -> SessionDialog:
        return self._open(SessionDialog(self.gui, self.detail.info, self.window()),
                          lambda info: self.tr("Sessionen er gemt. {budget}.").format(
                              budget=service_text(info.budget.text)))

    def end_course(self) -> EndCourseDialog:
        return self._open(EndCourseDialog(self.gui, self.detail.info, self.window()),
                          lambda info: self.tr("Forløbet er afsluttet ({reason}).").format(
                              reason=domain_label(info.end_reason).lower()))

    def _notes_saved(self, detail: CourseDetail) -> None:
        self.changed.emit(detail.info.id)
        self.say(self.tr("De fælles noter er gemt og registreret som delt med fagpersonerne "
                         "fra caféen."))
