"""Afslutning: a new action plan version from the held meeting, approved with date and
signatories; earlier versions stay readable; the next meeting is proposed from the
plan's evaluation date and planned with one click. The plan's texts typed and not yet
saved are kept as a draft of the meeting (after a pause in typing, on leaving, at close)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QPushButton, QScrollArea,
                               QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

from ...domain.errors import ValidationError
from ...domain.enums import Attendance, MeetingStatus, PlanStatus, UserRole
from ..context import GuiContext
from ..dialogs.editor_draft_guard import EditorDraftGuard
from ..dialogs.goal_edit import GoalDialog
from ..dialogs.meeting_plan import MeetingDraft
from ..dialogs.plan_view import PlanViewDialog, plan_html, reading_browser
from ..domain_labels import label as domain_label
from ..formatting import format_datetime
from ..messages import error_text, service_text
from ..operations import drafts as drafts_ops
from ..operations import goals as goal_ops
from ..operations import meetings as meeting_ops
from ..operations import plans as plan_ops
from ..operations.meetings import ConclusionData, MeetingDetail, ProposedMeeting
from ..operations.plans import PlanInfo, Signer
from ..operations.runner import user_message
from ..operations.runner import guarded
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
        self._request = 0  # only what was read for the newest meeting shown is used
        self.plan_draft: EditorDraftGuard | None = None  # keeps the form's typing
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
        """Read what the step shows for the meeting; the same meeting's content stays on
        screen until the new arrives, another meeting's is cleared at once."""
        same = self.detail is not None and self.detail.summary.id == detail.summary.id
        self.detail = detail
        self._request += 1
        if not same:
            self.feedback.setVisible(False)
            self._clear()
        if detail.summary.child_id is None:
            self._clear()
            self.message.setText(self.tr("Mødet handler ikke om et bestemt barn, så der laves "
                                         "ingen handleplan ud fra det."))
            return
        request = self._request
        meeting_ops.load_conclusion(
            self.gui.runner, self.gui.session, detail, self._form_for != detail.summary.id,
            guarded(self, lambda data: self._loaded(request, data)),
            guarded(self, lambda exc: self._load_failed(request, exc)))

    def _clear(self) -> None:
        self.plan, self.proposal = None, None
        self.pages.setVisible(False)
        self.create_row.setVisible(False)
        for widget in (self.versions_title, self.next_title, self.next_label, self.next_button):
            widget.setVisible(False)
        discard_layout(self.versions)
        self.message.setText("")

    def _load_failed(self, request: int, exc: BaseException) -> None:
        if request == self._request:
            self.message.setText(user_message(exc))

    def _loaded(self, request: int, data: ConclusionData) -> None:
        if request != self._request:  # another meeting, or a newer read, meanwhile
            return
        detail = self.detail
        summary = detail.summary
        self._clear()
        self._show_versions(data.versions)
        if summary.status != MeetingStatus.HELD:
            self.message.setText(self.tr("Mødet skal være afholdt, før der laves en ny "
                                         "handleplan. Skriv referatet under »2 Afholdelse«."))
            return
        if data.plan is not None:
            self.plan = data.plan
            self._show_result()
            self._show_proposal(data.proposal)
            return
        if data.draft is not None:
            # Everyone invited may sign; nobody is ticked as signed until a person says so.
            people = sorted(detail.participants,
                            key=lambda p: p.attendance != Attendance.PRESENT)
            signers = [Signer(p.name, p.role, p.guardian_id, p.professional_id)
                       for p in people]
            self._retire_plan_draft()
            self.form.fill(data.draft, data.goals, signers)
            self._form_for = summary.id
            self._keep_plan_draft(summary)
            show_field_error(self.error)
        versions = data.versions
        self.message.setText(self.tr(
            "Ny version {n} af handleplanen ud fra mødet. Felterne er udfyldt fra den gældende "
            "handleplan og mødets beslutninger; ret dem til, og godkend.").format(
                n=max([v.version for v in versions], default=0) + 1))
        self._show_page(FORM)
        self.create_row.setVisible(True)

    # -- the plan's texts are kept as a draft ----------------------------------------

    def _keep_plan_draft(self, summary) -> None:
        """From now on the form's texts are the meeting's draft; one stored earlier (a
        crash, a closed window) comes back into the fields."""
        guard = EditorDraftGuard(self, self.gui, meeting_ops.plan_draft_key(summary.id),
                                 self.form.text_fields(), child_id=summary.child_id)
        guard.restored.connect(self._plan_draft_restored)
        guard.problem.connect(lambda text: self._say(text, error=True))
        self.plan_draft = guard

    def _retire_plan_draft(self) -> None:
        """The form is filled for another meeting: this one's typing stays in its draft."""
        guard, self.plan_draft = self.plan_draft, None
        if guard is not None:
            guard.store()
            guard.deleteLater()

    def _plan_draft_restored(self, draft) -> None:
        self._say(self.tr("Din ikke-gemte tekst til handleplanen fra {when} er hentet frem. "
                          "Opret handleplanen, når den er færdig.").format(
                              when=format_datetime(draft.updated_at)))

    def store_draft(self) -> None:
        """Leaving the page: what was typed is stored now, not only after a pause."""
        if self.plan_draft is not None:
            self.plan_draft.store()

    def keep_unsaved_work(self) -> None:
        """The window closes: what was typed is stored on this thread (the worker has
        stopped)."""
        guard = self.plan_draft
        if guard is not None and guard.unsaved:
            drafts_ops.store_now(self.gui.session, guard.key, guard.texts(), guard.child_id)
            guard.saved()  # stored: nothing is left to keep

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
                                         lambda _detail: None,
                                         guarded(self, lambda exc: self._say(
                                             user_message(exc), error=True)))

    # -- actions ----------------------------------------------------------------------

    def create_plan(self) -> None:
        if self.detail is None:
            return
        show_field_error(self.error)
        try:
            data = self.form.plan_input()
            approved_on, signatories = self.form.approval()
        except ValidationError as exc:
            show_field_error(self.error, error_text(exc))
            return
        self.create_button.setEnabled(False)
        if self.plan_draft is not None:
            self.plan_draft.hold()
        meeting_ops.conclude(self.gui.runner, self.gui.session, self.detail.summary.id, data,
                             approved_on, signatories, self._created, self._failed)

    def _created(self, conclusion) -> None:
        self.create_button.setEnabled(True)
        if self.plan_draft is not None:
            self.plan_draft.saved()
        hints = "\n".join(service_text(hint) for hint in conclusion.hints)
        self.concluded.emit()  # the workspace reloads the meeting; set_meeting shows the plan
        if hints:
            self._say(self.tr("Råd efter SMTTE:\n{hints}").format(hints=hints))

    def _failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        if self.plan_draft is not None:
            self.plan_draft.resume()
        show_field_error(self.error, user_message(exc))

    def approve_draft(self) -> None:
        if self.plan is None:
            return
        try:
            approved_on = self.draft_approved_on.checked_value()
            signatures = self.draft_signatures.signatures()
        except ValidationError as exc:
            show_field_error(self.error, error_text(exc))
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
            show_field_error(self.error, error_text(exc))
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
        """The form's goals are read again; the ticks set meanwhile are kept."""
        meeting_id = self.detail.summary.id
        goal_ops.goals_for_child(
            self.gui.runner, self.gui.session, self.detail.summary.child_id,
            guarded(self, lambda found: self._goals_arrived(meeting_id, found)),
            guarded(self, lambda exc: show_field_error(self.error, user_message(exc))))

    def _goals_arrived(self, meeting_id, found) -> None:
        if self.detail is None or self.detail.summary.id != meeting_id:
            return
        self.form.set_goals(found, set(self.form.goal_ids()))

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
        plan = self.plan
        self.saver.save(self.tr("Gem handleplan som PDF"), f"handleplan-v{plan.version}.pdf",
                        plan_ops.action_plan_pdf(self.gui.session, plan.id))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.feedback.setProperty("role", "error" if error else "muted")
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(text)
        self.feedback.setVisible(True)
