"""Afslutning: a new action plan version from the held meeting, approved with date and
signatories; earlier versions stay readable; the next meeting is proposed from the
plan's evaluation date and planned with one click."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QPushButton, QScrollArea,
                               QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

from ...domain.errors import ValidationError
from ...domain.enums import Attendance, MeetingStatus, PlanStatus, UserRole
from ...services import goals, meeting_minutes, meetings, plans, printing
from ...services.meeting_minutes import ProposedMeeting
from ...services.meetings import MeetingDetail
from ...services.plans import PlanInfo, Signer
from ..context import GuiContext
from ..dialogs.goal_edit import GoalDialog
from ..dialogs.meeting_plan import MeetingDraft
from ..dialogs.plan_view import PlanViewDialog, plan_html, reading_browser
from ..domain_labels import label as domain_label
from ..operations import plans as plan_ops
from ..operations.runner import user_message
from ..printing import guarded
from ..widgets.feedback import show_field_error
from ..widgets.pdf_saver import PdfSaver
from ..widgets.rebuild import discard_layout
from ..widgets.signature_list import SignatureList
from ..widgets.text import label, section_title
from ..widgets.when_fields import date_edit, local, span_text
from .meetings_plan_form import PlanForm

FORM, RESULT = range(2)


def draft_from_proposal(proposal: ProposedMeeting) -> MeetingDraft:
    start, end = local(proposal.starts_at), local(proposal.ends_at)
    return MeetingDraft(day=start.date(), child_id=proposal.child_id, kind=proposal.kind,
                        start=time(start.hour, start.minute), end=time(end.hour, end.minute),
                        place=proposal.place, participants=proposal.participants)


class ConclusionView(QWidget):
    concluded = Signal()
    plan_next_requested = Signal(object)  # MeetingDraft

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.detail: MeetingDetail | None = None
        self.plan: PlanInfo | None = None
        self.proposal: ProposedMeeting | None = None
        self.dialog = None
        self.signers_loaded = False
        self._form_for = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        body = QVBoxLayout(holder)
        body.setContentsMargins(0, 0, 12, 0)
        body.setSpacing(8)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)
        self.scroll_area = scroll

        self.message = label("", "muted", object_name="conclusionMessage")
        body.addWidget(self.message)
        self.next_title = section_title(self.tr("Næste møde"))
        body.addWidget(self.next_title)
        next_row = QHBoxLayout()
        self.next_label = label("", object_name="nextMeetingProposal")
        self.next_button = QPushButton(self.tr("Planlæg næste møde …"))
        self.next_button.setObjectName("planNextMeeting")
        self.next_button.setProperty("role", "primary")
        next_row.addWidget(self.next_label, 1)
        next_row.addWidget(self.next_button)
        body.addLayout(next_row)
        self.pages = QStackedWidget()
        body.addWidget(self.pages)
        self.form_page = QWidget()
        form_layout = QVBoxLayout(self.form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        self.form = PlanForm(gui.session.today())
        form_layout.addWidget(self.form)
        self.pages.addWidget(self.form_page)

        self.result_page = QWidget()
        result_layout = QVBoxLayout(self.result_page)
        result_layout.setContentsMargins(0, 0, 0, 0)
        self.plan_text = reading_browser("resultingPlan", self.tr("Handleplanen fra mødet"))
        self.plan_text.setMinimumHeight(420)
        result_layout.addWidget(self.plan_text)
        self.signatures_title = section_title(self.tr("Underskrifter"))
        result_layout.addWidget(self.signatures_title)
        self.draft_signatures = SignatureList(gui.session.today())
        self.draft_signatures.setObjectName("draftSignatures")
        result_layout.addWidget(self.draft_signatures)
        self.approval_row = QWidget()
        approval = QHBoxLayout(self.approval_row)
        approval.setContentsMargins(0, 0, 0, 0)
        self.draft_approved_on = date_edit(gui.session.today(),
                                           accessible_name=self.tr("Godkendt den"))
        approval.addWidget(label(self.tr("Godkendt den"), "fieldLabel"))
        approval.addWidget(self.draft_approved_on)
        approval.addStretch(1)
        result_layout.addWidget(self.approval_row)
        result_row = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Godkend kladden"))
        self.approve_button.setObjectName("approveDraft")
        self.approve_button.setProperty("role", "primary")
        self.sign_button = QPushButton(self.tr("Registrér underskrifter"))
        self.sign_button.setObjectName("recordSignatures")
        self.print_button = QPushButton(self.tr("Udskriv handleplan …"))
        self.print_button.setObjectName("printResultingPlan")
        result_row.addWidget(self.print_button)
        result_row.addStretch(1)
        result_row.addWidget(self.sign_button)
        result_row.addWidget(self.approve_button)
        result_layout.addLayout(result_row)
        self.pages.addWidget(self.result_page)

        self.versions_title = section_title(self.tr("Tidligere versioner"))
        body.addWidget(self.versions_title)
        self.versions = QVBoxLayout()
        self.versions.setSpacing(2)
        body.addLayout(self.versions)
        body.addStretch(1)
        self.feedback = label("", "muted", object_name="conclusionFeedback")
        self.feedback.setVisible(False)
        outer.addWidget(self.feedback)
        self.error = label("", "error", object_name="conclusionError")
        show_field_error(self.error)
        outer.addWidget(self.error)
        self.create_row = QWidget()
        create_row = QHBoxLayout(self.create_row)
        create_row.setContentsMargins(0, 0, 0, 0)
        create_row.addStretch(1)
        self.create_button = QPushButton(self.tr("Opret handleplan"))
        self.create_button.setObjectName("createPlan")
        self.create_button.setProperty("role", "primary")
        create_row.addWidget(self.create_button)
        outer.addWidget(self.create_row)
        self.saver = PdfSaver(self, gui.runner, self.feedback)

        self.form.edit_goal_requested.connect(self.edit_goal)
        self.create_button.clicked.connect(self.create_plan)
        self.approve_button.clicked.connect(self.approve_draft)
        self.sign_button.clicked.connect(self.record_signatures)
        self.print_button.clicked.connect(self._print)
        self.next_button.clicked.connect(self._plan_next)

    # -- showing ----------------------------------------------------------------------

    def set_meeting(self, detail: MeetingDetail) -> None:
        if self.detail is None or self.detail.summary.id != detail.summary.id:
            self.feedback.setVisible(False)
        self.detail, self.plan, self.proposal = detail, None, None
        summary = detail.summary
        self.pages.setVisible(False)
        self.create_row.setVisible(False)
        for widget in (self.versions_title, self.next_title, self.next_label, self.next_button):
            widget.setVisible(False)
        discard_layout(self.versions)
        if summary.child_id is None:
            self.message.setText(self.tr("Mødet handler ikke om et bestemt barn, så der laves "
                                         "ingen handleplan ud fra det."))
            return
        try:
            self._load(detail)
        except Exception as exc:  # noqa: BLE001 - shown in Danish
            self.message.setText(user_message(exc))

    def _load(self, detail: MeetingDetail) -> None:
        summary, session = detail.summary, self.gui.session
        versions = [v for v in plans.list_plans(session, summary.child_id)
                    if v.id != detail.resulting_plan_id]
        self._show_versions(versions)
        if summary.status != MeetingStatus.HELD:
            self.message.setText(self.tr("Mødet skal være afholdt, før der laves en ny "
                                         "handleplan. Skriv referatet under »2 Afholdelse«."))
            return
        if detail.resulting_plan_id is not None:
            self.plan = plans.get_plan(session, detail.resulting_plan_id)
            self._show_result()
            self._show_proposal(meeting_minutes.propose_next_meeting(session, summary.id))
            return
        if self._form_for != summary.id:
            draft = meeting_minutes.draft_plan_from_meeting(session, summary.id)
            child_goals = goals.goals_for_child(session, summary.child_id)
            # Everyone invited may sign; nobody is ticked as signed until a person says so.
            people = sorted(detail.participants,
                            key=lambda p: p.attendance != Attendance.PRESENT)
            signers = [Signer(p.name, p.role, p.guardian_id, p.professional_id)
                       for p in people]
            self.form.fill(draft, child_goals, signers)
            self._form_for = summary.id
            show_field_error(self.error)
        self.message.setText(self.tr(
            "Ny version {n} af handleplanen ud fra mødet. Felterne er udfyldt fra den gældende "
            "handleplan og mødets beslutninger; ret dem til, og godkend.").format(
                n=max([v.version for v in versions], default=0) + 1))
        self._show_page(FORM)
        self.create_row.setVisible(True)

    def _show_page(self, index: int) -> None:
        """A stacked widget is as tall as its tallest page; size it by the page shown."""
        for page in range(self.pages.count()):
            vertical = QSizePolicy.Policy.Preferred if page == index else \
                QSizePolicy.Policy.Ignored
            self.pages.widget(page).setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self.pages.setCurrentIndex(index)
        self.pages.setVisible(True)
        self.pages.adjustSize()

    def _show_versions(self, versions) -> None:
        self.versions_title.setVisible(bool(versions))
        for version in versions:
            row = QHBoxLayout()
            when = self.tr(", godkendt {day}").format(day=f"{version.approved_on:%d-%m-%Y}") \
                if version.approved_on else ""
            text = self.tr("Version {n} – {status}{when}, {goals} mål").format(
                n=version.version, status=domain_label(version.status).lower(), when=when,
                goals=version.goal_count)
            row.addWidget(label(text, "muted" if version.status == PlanStatus.SUPERSEDED
                                else ""), 1)
            show = QPushButton(self.tr("Vis …"))
            show.setAccessibleName(self.tr("Vis version {n}").format(n=version.version))
            show.clicked.connect(lambda _=False, pid=version.id: self.view_plan(pid))
            row.addWidget(show)
            self.versions.addLayout(row)

    def _show_result(self) -> None:
        plan = self.plan
        self.plan_text.setHtml(plan_html(plan))
        self.approve_button.setVisible(plan.status == PlanStatus.DRAFT)
        self.approval_row.setVisible(plan.status == PlanStatus.DRAFT)
        can_sign = plan.status != PlanStatus.SUPERSEDED
        for widget in (self.signatures_title, self.draft_signatures, self.sign_button):
            widget.setVisible(can_sign)
        self.signers_loaded = False
        if can_sign:
            plan_ops.signers(self.gui.runner, self.gui.session, plan.id,
                             guarded(self, self._signers_loaded),
                             guarded(self, lambda exc: self._say(user_message(exc),
                                                                 error=True)))
        if plan.status == PlanStatus.APPROVED:
            text = self.tr("Handleplanen (version {n}) er godkendt den {day}.").format(
                n=plan.version, day=f"{plan.approved_on:%d-%m-%Y}")
        elif plan.status == PlanStatus.DRAFT:
            text = self.tr("Handleplanen (version {n}) er en kladde. Sæt flueben ved dem, der "
                           "har underskrevet, og godkend den.").format(n=plan.version)
        else:
            text = self.tr("Handleplanen (version {n}) er erstattet af en nyere version.").format(
                n=plan.version)
        self.message.setText(text)
        self._show_page(RESULT)

    def _signers_loaded(self, signers: list[Signer]) -> None:
        self.draft_signatures.set_signers(signers)
        self.signers_loaded = True

    def _show_proposal(self, proposal: ProposedMeeting | None) -> None:
        self.proposal = proposal
        self.next_title.setVisible(True)
        self.next_label.setVisible(True)
        self.next_button.setVisible(proposal is not None and
                                    self.gui.session.user.role != UserRole.CHILDMINDER)
        if proposal is None:
            self.next_label.setText(self.tr("Sæt en dato for næste evaluering i handleplanen, "
                                            "så foreslås næste møde."))
            return
        self.next_label.setText(self.tr("Forslag ud fra handleplanens evalueringsdato: {when}")
                                .format(when=span_text(proposal.starts_at, proposal.ends_at)))

    def next_planned(self, detail: MeetingDetail) -> None:
        """The proposed meeting was planned: say so instead of offering it again."""
        self.next_button.setVisible(False)
        self.next_label.setText(self.tr("Næste møde er planlagt: {when}.").format(
            when=span_text(detail.summary.start, detail.summary.end)))
        if self.detail is not None:  # the minutes record the next meeting agreed
            plan_ops.record_next_meeting(self.gui.runner, self.gui.session,
                                         self.detail.summary.id, detail.summary.start,
                                         lambda _detail: None, lambda _exc: None)

    # -- actions ----------------------------------------------------------------------

    def create_plan(self) -> None:
        if self.detail is None:
            return
        show_field_error(self.error)
        try:
            data = self.form.plan_input()
            approved_on, signatories = self.form.approval()
        except ValidationError as exc:
            show_field_error(self.error, exc.message)
            return
        session, meeting_id = self.gui.session, self.detail.summary.id
        self.create_button.setEnabled(False)
        self.gui.runner.run_db(
            lambda: meetings.conclude(session, meeting_id, data, approved_on=approved_on,
                                      signatories=signatories),
            self._created, self._failed)

    def _created(self, conclusion) -> None:
        self.create_button.setEnabled(True)
        hints = "\n".join(conclusion.hints)
        self.concluded.emit()  # the workspace reloads the meeting; set_meeting shows the plan
        if hints:
            self._say(self.tr("Råd efter SMTTE:\n{hints}").format(hints=hints))

    def _failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        show_field_error(self.error, user_message(exc))

    def approve_draft(self) -> None:
        if self.plan is None:
            return
        try:
            approved_on = self.draft_approved_on.checked_value()
            signatures = self.draft_signatures.signatures()
        except ValidationError as exc:
            show_field_error(self.error, exc.message)
            return
        self.approve_button.setEnabled(False)
        plan_ops.approve(self.gui.runner, self.gui.session, self.plan.id, approved_on,
                         signatures, self._approved, self._approve_failed)

    def record_signatures(self) -> None:
        """Record who signed, without approving (e.g. the other parent signs later)."""
        if self.plan is None:
            return
        try:
            signatures = self.draft_signatures.signatures()
        except ValidationError as exc:
            show_field_error(self.error, exc.message)
            return
        self.sign_button.setEnabled(False)
        plan_ops.record_signatures(self.gui.runner, self.gui.session, self.plan.id,
                                   signatures, self._signed, self._sign_failed)

    def _signed(self, _plan) -> None:
        self.sign_button.setEnabled(True)
        self.concluded.emit()

    def _sign_failed(self, exc: BaseException) -> None:
        self.sign_button.setEnabled(True)
        self._say(user_message(exc), error=True)

    def _approved(self, _plan) -> None:
        self.approve_button.setEnabled(True)
        self.concluded.emit()

    def _approve_failed(self, exc: BaseException) -> None:
        self.approve_button.setEnabled(True)
        self._say(user_message(exc), error=True)

    def edit_goal(self, goal) -> GoalDialog:
        summary = self.detail.summary
        self.dialog = GoalDialog(self.gui, summary.child_id, summary.child_name, goal=goal,
                                 parent=self)
        self.dialog.saved.connect(self._goal_saved)
        self.dialog.open()
        return self.dialog

    def _goal_saved(self, _goal) -> None:
        checked = set(self.form.goal_ids())
        try:
            found = goals.goals_for_child(self.gui.session, self.detail.summary.child_id)
        except Exception as exc:  # noqa: BLE001 - shown in Danish
            show_field_error(self.error, user_message(exc))
            return
        self.form.set_goals(found, checked)

    def view_plan(self, plan_id) -> PlanViewDialog:
        self.dialog = PlanViewDialog(self.gui, plan_id, parent=self)
        self.dialog.open()
        return self.dialog

    def _plan_next(self) -> None:
        if self.proposal is not None:
            self.plan_next_requested.emit(draft_from_proposal(self.proposal))

    def _print(self) -> None:
        if self.plan is None:
            return
        session, plan = self.gui.session, self.plan
        self.saver.save(self.tr("Gem handleplan som PDF"), f"handleplan-v{plan.version}.pdf",
                        lambda path: printing.print_action_plan(session, plan.id, path))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.feedback.setProperty("role", "error" if error else "muted")
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(text)
        self.feedback.setVisible(True)
