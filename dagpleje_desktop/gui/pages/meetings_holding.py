"""Afholdelse: attendance, minutes per agenda point, decisions, follow-ups with owner and
due date, goal evaluations and new goals; one save records it all and marks the meeting
held (or nothing, with the service's reason shown)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QHBoxLayout, QLineEdit,
                               QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from ...domain.corrections import is_locked
from ...domain.enums import Attendance, MeetingStatus
from ...domain.errors import ValidationError
from ..context import GuiContext
from ..domain_labels import label as domain_label
from ..formatting import format_datetime
from ..messages import error_text
from ..operations import drafts as drafts_ops
from ..operations import meetings as meeting_ops
from ..operations import plans as plan_ops
from ..operations.goals import OPEN_STATUSES
from ..operations.meetings import HoldInput, MeetingDetail
from ..operations.other_children import load_name_book
from ..operations.runner import user_message
from ..operations.runner import guarded
from ..widgets.feedback import show_field_error
from ..widgets.follow_up_editor import FollowUpEditor
from ..widgets.other_child_warning import OtherChildWarning
from ..widgets.sharing_warning import SharingWarning
from ..widgets.rebuild import discard_layout
from ..widgets.text import label, section_title
from ..widgets.when_fields import (OptionalDate, local, local_datetime, short_date,
                                   time_edit)
from .meetings_evaluation import GoalEvaluationList, NewGoalsList
from ..domain_labels import named_with_role

MINUTES_HEIGHT = 64
DRAFT_AFTER_MS = 1500  # a pause in typing stores the draft


class HoldingView(QWidget):
    held = Signal(object)  # MeetingDetail after the save

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.detail: MeetingDetail | None = None
        self.attendance: list[tuple[object, QComboBox]] = []
        self.item_minutes: list[tuple[object, QPlainTextEdit]] = []
        self.unsaved = False  # typed since the last save (kept in a draft meanwhile)
        self._filling = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_AFTER_MS)
        self._draft_timer.timeout.connect(self.store_draft)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(6)
        self.notice = label("", "hint", object_name="holdingNotice")
        outer.addWidget(self.notice)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: its content is
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        self.body = QVBoxLayout(holder)
        self.body.setContentsMargins(0, 0, 12, 0)
        self.body.setSpacing(10)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)
        self.scroll_area = scroll

        self.body.addWidget(section_title(self.tr("Fremmøde")))
        self.attendance_grid = QGridLayout()
        self.attendance_grid.setHorizontalSpacing(16)
        self.attendance_grid.setVerticalSpacing(4)
        self.body.addLayout(self.attendance_grid)
        self.body.addWidget(section_title(self.tr("Referat pr. dagsordenspunkt")))
        self.minutes_layout = QVBoxLayout()
        self.minutes_layout.setSpacing(4)
        self.body.addLayout(self.minutes_layout)
        self.body.addWidget(section_title(self.tr("Beslutninger")))
        self.decisions = QPlainTextEdit()
        self.decisions.setObjectName("decisions")
        self.decisions.setAccessibleName(self.tr("Beslutninger"))
        self.decisions.setPlaceholderText(self.tr("Hvad blev besluttet?"))
        self.decisions.setTabChangesFocus(True)
        self.decisions.setFixedHeight(80)
        self.decisions.textChanged.connect(self._typed)
        self.body.addWidget(self.decisions)
        # Recorded with the minutes, so the minutes say who wrote them and the next
        # meeting agreed at the meeting, whenever they are printed.
        record_row = QHBoxLayout()
        self.referent = QLineEdit()
        self.referent.setObjectName("referent")
        self.referent.setAccessibleName(self.tr("Referent"))
        self.referent.setMaxLength(200)
        self.next_meeting_day = OptionalDate(self.tr("Næste møde"))
        self.next_meeting_day.setObjectName("nextMeetingDay")
        self.next_meeting_time = time_edit(9, 0, accessible_name=self.tr("Næste møde kl."))
        self.next_meeting_time.setObjectName("nextMeetingTime")
        self.next_meeting_day.enabled.toggled.connect(self.next_meeting_time.setEnabled)
        record_row.addWidget(label(self.tr("Referent"), "fieldLabel"))
        record_row.addWidget(self.referent, 1)
        record_row.addSpacing(12)
        record_row.addWidget(self.next_meeting_day)
        record_row.addWidget(self.next_meeting_time)
        self.body.addLayout(record_row)
        self.body.addWidget(section_title(self.tr("Opfølgning (hvem, hvad, hvornår)")))
        self.follow_ups = FollowUpEditor(gui.session.today())
        self.body.addWidget(self.follow_ups)
        self.goals_title = section_title(self.tr("Evaluering af mål"))
        self.body.addWidget(self.goals_title)
        self.evaluations = GoalEvaluationList()
        self.body.addWidget(self.evaluations)
        self.new_goals_title = section_title(self.tr("Nye mål"))
        self.body.addWidget(self.new_goals_title)
        self.new_goals = NewGoalsList(gui)
        self.body.addWidget(self.new_goals)
        self.body.addStretch(1)

        self.other_child = OtherChildWarning(
            [], lambda: self.detail.summary.child_id if self.detail else None)
        outer.addWidget(self.other_child)
        load_name_book(gui.runner, gui.session, guarded(self, self.other_child.set_name_book),
                       lambda _exc: None)
        self.sharing_warning = SharingWarning()
        outer.addWidget(self.sharing_warning)
        self.correction_reason = QLineEdit()
        self.correction_reason.setObjectName("minutesCorrectionReason")
        self.correction_reason.setAccessibleName(self.tr("Begrundelse for rettelsen"))
        self.correction_reason.setPlaceholderText(self.tr(
            "Begrundelse for rettelsen (referatet er låst: den tidligere ordlyd gemmes)"))
        self.correction_reason.setMaxLength(500)
        self.correction_reason.setVisible(False)
        outer.addWidget(self.correction_reason)
        self.error = label("", "error", object_name="holdingError")
        show_field_error(self.error)
        outer.addWidget(self.error)
        row = QHBoxLayout()
        self.result = label("", "muted", object_name="holdingResult")
        row.addWidget(self.result, 1)
        self.save_button = QPushButton(self.tr("Gem referat og markér mødet som afholdt"))
        self.save_button.setObjectName("saveMinutes")
        self.save_button.setProperty("role", "primary")
        row.addWidget(self.save_button)
        outer.addLayout(row)
        self.save_button.clicked.connect(self.save)

    # -- filling ----------------------------------------------------------------------

    def set_meeting(self, detail: MeetingDetail) -> None:
        same = self.detail is not None and self.detail.summary.id == detail.summary.id
        if not same and self.unsaved:
            self.store_draft()  # another meeting: this one's typing stays in its draft
        keep_typed = same and self.unsaved  # opened again: what was typed stays
        self.detail = detail
        summary = detail.summary
        self._filling = True
        if not keep_typed:
            self._fill_attendance(detail)
            self._fill_minutes(detail)
            self.decisions.setPlainText(detail.decisions)
            self._fill_record(detail)
            self.unsaved = False
        self._filling = False
        if not keep_typed:
            drafts_ops.load(self.gui.runner, self.gui.session, self._draft_key(),
                            guarded(self, self._draft_loaded),
                            guarded(self, lambda exc: self.result.setText(user_message(exc))))
        self.follow_ups.set_saved(detail.follow_ups)
        self.follow_ups.set_owner_suggestions(
            [p.name for p in detail.participants] + [self.gui.session.user.display_name])
        if not same:
            self.follow_ups.clear_pending()
            show_field_error(self.error)
            self.result.setText("")
        has_child = summary.child_id is not None
        for widget in (self.goals_title, self.evaluations, self.new_goals_title, self.new_goals):
            widget.setVisible(has_child)
        self.new_goals.set_child(summary.child_id, summary.child_name)
        self.sharing_warning.check_meeting(self.gui, summary.id)
        self._fill_goals()
        self._show_notice()

    def _show_notice(self) -> None:
        summary = self.detail.summary
        editable = summary.status != MeetingStatus.CANCELLED
        self.save_button.setEnabled(editable)
        if not editable:
            self.notice.setText(self.tr("Mødet er aflyst; der skrives ikke referat."))
        elif summary.status == MeetingStatus.HELD:
            self.notice.setText(self.tr("Mødet er afholdt. Du kan rette referatet og gemme "
                                        "igen; nye opfølgninger og mål lægges til."))
        elif local(summary.start).date() > self.gui.session.today():
            self.notice.setText(self.tr("Mødet er først den {day}. Referatet kan gemmes, når "
                                        "mødet er holdt.").format(
                                            day=short_date(local(summary.start).date())))
        else:
            self.notice.setText(self.tr("Skriv referatet under mødet eller lige efter. Alt "
                                        "gemmes samlet, når du klikker »Gem referat«."))
        self.notice.setVisible(True)
        # A held meeting's minutes are locked after a day: corrections need a reason.
        locked = summary.status == MeetingStatus.HELD and is_locked(
            summary.start, self.gui.session.now())
        self.correction_reason.setVisible(locked)
        if not locked:
            self.correction_reason.clear()

    def _fill_attendance(self, detail: MeetingDetail) -> None:
        discard_layout(self.attendance_grid)
        self.attendance = []
        if not detail.participants:
            self.attendance_grid.addWidget(label(self.tr("Ingen deltagere registreret."),
                                                 "muted"), 0, 0)
        for index, person in enumerate(detail.participants):
            # Two people per row: a long list of participants stays short on a laptop.
            row, column = divmod(index, 2)
            name = named_with_role(person.name, person.role)
            choice = QComboBox()
            choice.setObjectName("attendance")
            choice.setAccessibleName(self.tr("Fremmøde for {name}").format(name=person.name))
            choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for value in Attendance:
                choice.addItem(domain_label(value), value.value)
            choice.setCurrentIndex(choice.findData(person.attendance.value))
            self.attendance_grid.addWidget(label(name, wrap=False), row, column * 3)
            self.attendance_grid.addWidget(choice, row, column * 3 + 1)
            self.attendance.append((person, choice))
        self.attendance_grid.setColumnMinimumWidth(2, 24)
        self.attendance_grid.setColumnStretch(5, 1)

    def _fill_record(self, detail: MeetingDetail) -> None:
        self.referent.setText(detail.referent or self.gui.session.user.display_name)
        upcoming = local(detail.next_meeting_at) if detail.next_meeting_at else None
        self.next_meeting_day.set_value(upcoming.date() if upcoming else None)
        if upcoming is not None:
            self.next_meeting_time.setTime(upcoming.time())
        self.next_meeting_time.setEnabled(upcoming is not None)

    def _next_meeting_at(self):
        day = self.next_meeting_day.value()
        if day is None:
            return None
        return local_datetime(day, self.next_meeting_time.time())

    def _fill_minutes(self, detail: MeetingDetail) -> None:
        discard_layout(self.minutes_layout)
        self.item_minutes = []
        for number, item in enumerate(detail.agenda, start=1):
            title = label(f"{number}. {item.title}")
            title.setStyleSheet("font-weight: 600;")
            self.minutes_layout.addWidget(title)
            text = QPlainTextEdit(item.minutes)
            text.setObjectName("itemMinutes")
            text.setAccessibleName(self.tr("Referat: {title}").format(title=item.title))
            text.setTabChangesFocus(True)
            text.setFixedHeight(MINUTES_HEIGHT)
            text.textChanged.connect(self._typed)
            self.minutes_layout.addWidget(text)
            self.item_minutes.append((item, text))
        self.other_child.watch([self.decisions, *(text for _item, text in self.item_minutes)])

    def _fill_goals(self) -> None:
        child_id = self.detail.summary.child_id
        if child_id is None:
            self.evaluations.set_goals([])
            return
        # The evidence is counted up to this meeting: after it is held the count stays
        # what preparation showed, not "0 since the last status meeting".
        meeting_id = self.detail.summary.id
        plan_ops.goals_for_meeting(self.gui.runner, self.gui.session, meeting_id,
                                   guarded(self, lambda found: self._goals_loaded(meeting_id,
                                                                                  found)),
                                   guarded(self, lambda exc: show_field_error(
                                       self.error, user_message(exc))))

    def _goals_loaded(self, meeting_id, found) -> None:
        if self.detail is None or self.detail.summary.id != meeting_id:
            return  # another meeting was opened meanwhile
        open_goals = [g for g in found if g.status in OPEN_STATUSES]
        self.evaluations.set_goals(open_goals)

    # -- the draft: typing is kept, through a crash and a meeting opened again -----------

    def _draft_key(self) -> str:
        return drafts_ops.meeting_minutes_key(self.detail.summary.id)

    def _typed(self) -> None:
        if self._filling or self.detail is None:
            return
        self.unsaved = True
        self._draft_timer.start()

    def draft_fields(self) -> dict:
        return {"items": {str(item.id): text.toPlainText() for item, text in self.item_minutes},
                "decisions": self.decisions.toPlainText()}

    def store_draft(self, *, now: bool = False) -> None:
        """Keep what was typed (``now``: on the calling thread, when the window closes)."""
        self._draft_timer.stop()
        if self.detail is None or not self.unsaved:
            return
        key, fields = self._draft_key(), self.draft_fields()
        child_id = self.detail.summary.child_id
        if now:
            drafts_ops.store_now(self.gui.session, key, fields, child_id)
        else:
            drafts_ops.store(self.gui.runner, self.gui.session, key, fields, child_id,
                             lambda _none: None, guarded(self, self._draft_failed))

    def _draft_failed(self, exc: BaseException) -> None:
        self.result.setText(self.tr("Kladden kunne ikke gemmes: {reason}").format(
            reason=user_message(exc)))

    def _draft_loaded(self, draft) -> None:
        """A draft from an earlier session (or a crash): its text goes back in the fields."""
        if draft is None or self.detail is None or draft.key != self._draft_key() \
                or self.unsaved:
            return
        items = draft.fields.get("items", {})
        self._filling = True
        for item, text in self.item_minutes:
            if str(item.id) in items:
                text.setPlainText(items[str(item.id)])
        self.decisions.setPlainText(draft.fields.get("decisions", self.decisions.toPlainText()))
        self._filling = False
        self.unsaved = True
        self.result.setText(self.tr("Dit ikke-gemte referat fra {when} er hentet frem. Gem det, "
                                    "når det er færdigt.").format(
                                        when=format_datetime(draft.updated_at)))

    # -- saving -----------------------------------------------------------------------

    def hold_input(self) -> HoldInput:
        return HoldInput(
            attendance=tuple((person.id, Attendance(choice.currentData()))
                             for person, choice in self.attendance),
            item_minutes=tuple((item.id, text.toPlainText()) for item, text in self.item_minutes),
            decisions=self.decisions.toPlainText(),
            correction_reason=self.correction_reason.text(),
            follow_ups=self.follow_ups.pending(),
            evaluations=self.evaluations.evaluations(),
            new_goals=self.new_goals.goals(),
            referent=self.referent.text(),
            next_meeting_at=self._next_meeting_at())

    def save(self) -> None:
        if self.detail is None:
            return
        show_field_error(self.error)
        if not self.follow_ups.commit_typed():
            return
        try:
            data = self.hold_input()
        except ValidationError as exc:
            show_field_error(self.error, error_text(exc))
            return
        meeting_id = self.detail.summary.id
        self.save_button.setEnabled(False)
        self.result.setText(self.tr("Gemmer …"))
        meeting_ops.hold(self.gui.runner, self.gui.session, meeting_id, data,
                         guarded(self, lambda detail: self._saved(detail, data)),
                         guarded(self, self._failed))

    def _saved(self, detail: MeetingDetail, data: HoldInput) -> None:
        self.follow_ups.clear_pending()
        self.new_goals.clear()
        self._draft_timer.stop()
        key = self._draft_key()
        self.unsaved = False
        drafts_ops.discard(self.gui.runner, self.gui.session, key, lambda _none: None,
                           lambda _exc: None)
        self.set_meeting(detail)
        self.result.setText(self.tr(
            "Referatet er gemt, og mødet er afholdt: {f} nye opfølgninger, {e} mål evalueret, "
            "{g} nye mål.").format(f=len(data.follow_ups), e=len(data.evaluations),
                                   g=len(data.new_goals)))
        self.held.emit(detail)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.result.setText("")
        show_field_error(self.error, user_message(exc))
