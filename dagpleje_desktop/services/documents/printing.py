"""Printing: gather a document's data, render the PDF, write it atomically, log it.

Each ``print_*`` call reads in one transaction, renders the PDF (``reports``), writes
it to a temporary file beside the target and renames it into place, and records the
print in the audit log in the same transaction, so a logged print always produced a
file and a failed one leaves neither file nor log entry. ``progress(done, total,
label)`` is called between the steps when given; returning False from it cancels the
print (PrintCancelled) before the file is written.
"""

from __future__ import annotations

import importlib
import os
import tempfile
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ...domain.agendas import default_agenda
from ...domain.enums import (AuditAction, ConsentPurpose, MeetingKind, MeetingStatus, UserRole,
                             VisitKind)
from ...domain.errors import DagplejeError, NotFoundError, ValidationError
from ...reports import data as rd
from ...reports.dates import period
from ...store.models import (ActionPlan, Child, ChildminderHome, FollowUp, Goal, GoalRevision,
                             GuestCare, Meeting, Observation, Placement, Visit)
from ..security import audit
from . import handover, report_data
from ..records import other_children, sharing
from ..security.access import active_on, require_child
from .case_folder import case_folder_document
from ..records.consents import recipient_as_written, require_valid_consent
from ..context import AppContext

Progress = Callable[[int, int, str], bool | None]
STEPS = ("Henter oplysninger", "Opbygger dokumentet", "Gemmer PDF-filen", "Færdig")


def _renderer(module: str, name: str) -> Callable[[object], bytes]:
    """``reports.<module>.<name>``, imported on first use: ReportLab takes ~0.1 s to
    import, which the app's start-up should not pay before anything is printed."""
    def render(document: object) -> bytes:
        return getattr(importlib.import_module(f"...reports.{module}", __package__),
                       name)(document)
    render.__name__ = name
    return render


render_action_plan = _renderer("action_plan", "render_action_plan")
render_case_folder = _renderer("case_folder", "render_case_folder")
render_folder = _renderer("folder", "render_folder")
render_guest_sheet = _renderer("guest_sheet", "render_guest_sheet")
render_handover = _renderer("handover", "render_handover")
render_agenda = _renderer("meeting_papers", "render_agenda")
render_minutes = _renderer("meeting_papers", "render_minutes")
render_supervision = _renderer("supervision", "render_supervision")


@dataclass
class PrintJob:
    """What ``_produce`` needs from a gathering function."""
    document: object
    render: Callable[[object], bytes]
    entity: str
    entity_id: object = ""
    child_ids: Sequence[uuid.UUID | None] = (None,)   # one audit event per child named
    detail: str = ""
    action: AuditAction = AuditAction.PRINT
    after_write: Callable[[], None] | None = None   # e.g. record the disclosure
    about: Sequence[uuid.UUID] = ()   # the document's own children, when not child_ids


# Documents that leave the child's team (parents, partners, the next institution, a guest
# home): other children's names in them are replaced by a neutral mark.
LEAVES_THE_TEAM = frozenset({"action_plan", "agenda", "minutes", "handover_packet",
                             "case_folder", "guest_sheet",
                             # practice documents (services/documents/practice_documents.py)
                             "status_description", "topi_sheet", "consent_form",
                             "consent_withdrawal_form", "letter",
                             "transition_description", "course_paper"})


class PrintCancelled(DagplejeError):
    """The user stopped the print; nothing was written or logged."""


def _report(progress: Progress | None, step: int) -> None:
    if progress is None:
        return
    if progress(step, len(STEPS) - 1, STEPS[step]) is False and step < len(STEPS) - 1:
        raise PrintCancelled("Udskriften blev afbrudt.", log_message="print cancelled")


def _target(path: str | os.PathLike) -> Path:
    target = Path(path).expanduser()
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    if not target.parent.is_dir():
        raise ValidationError("Mappen {parent} findes ikke. Vælg en anden mappe.",
                              parent=target.parent,
                              log_message="print target folder missing")
    if target.is_dir():
        raise ValidationError("{target} er en mappe; vælg et filnavn.", target=target,
                              log_message="print target is a directory")
    return target


def write_atomically(target: Path, data: bytes) -> None:
    """Temp file in the same folder, flushed to disk, then renamed over the target: a
    reader never sees half a PDF, and an old file survives a failed write."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise DagplejeError("PDF-filen kunne ikke gemmes i {parent}: {reason}.",
                            parent=target.parent, reason=exc.strerror or exc,
                            log_message=f"writing PDF failed: {exc!r}") from exc


def _produce(ctx: AppContext, path, progress: Progress | None,
             gather: Callable[[Session], PrintJob]) -> Path:
    target = _target(path)
    _report(progress, 0)
    written = False
    try:
        with ctx.db.transaction() as s:
            job = gather(s)
            if job.entity in LEAVES_THE_TEAM:
                finder = other_children.name_book_in(s).finder(
                    [*job.about, *(c for c in job.child_ids if c)])
                job.document, replaced = other_children.redact_document(job.document, finder)
                ctx.redactions[str(target)] = replaced
                if replaced:
                    job.detail = (f"{job.detail}; " if job.detail else "") + \
                        f"{sum(r.count for r in replaced)} other children's names replaced"
            _report(progress, 1)
            data = job.render(job.document)
            _report(progress, 2)
            write_atomically(target, data)
            written = True
            if job.after_write is not None:
                job.after_write()
            for child_id in job.child_ids:
                audit.record(s, ctx, job.action, job.entity, job.entity_id, child_id=child_id,
                             detail=job.detail)
    except BaseException:
        if written:  # the log entry did not commit: do not leave an unlogged copy behind
            target.unlink(missing_ok=True)
        raise
    _report(progress, 3)
    return target


# --- action plan -------------------------------------------------------------------

def print_action_plan(ctx: AppContext, plan_id: uuid.UUID, path,
                      progress: Progress | None = None) -> Path:
    def gather(s: Session) -> PrintJob:
        plan = s.get(ActionPlan, plan_id)
        if plan is None or plan.is_deleted:
            raise NotFoundError("Handleplanen med id {plan_id} findes ikke.", plan_id=plan_id)
        child = require_child(s, ctx, plan.child_id)
        day = ctx.today()
        doc = rd.ActionPlanDocument(report_data.org_header(s),
                                    report_data.child_profile(s, child, day),
                                    report_data.plan_data(s, plan, day), day,
                                    ctx.user.display_name)
        return PrintJob(doc, render_action_plan, "action_plan", plan.id, (child.id,),
                        f"version {plan.version}")
    return _produce(ctx, path, progress, gather)


# --- meetings ------------------------------------------------------------------------

def _meeting(s: Session, ctx: AppContext, meeting_id: uuid.UUID) -> tuple[Meeting, Child | None]:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    meeting = s.get(Meeting, meeting_id)
    if meeting is None or meeting.is_deleted:
        raise NotFoundError("Mødet med id {meeting_id} findes ikke.", meeting_id=meeting_id)
    child = require_child(s, ctx, meeting.child_id) if meeting.child_id else None
    return meeting, child


def _distribution(s: Session, ctx: AppContext, meeting: Meeting, child: Child | None, *,
                  keep_present: bool) -> tuple[rd.MeetingData, tuple[str, ...]]:
    """The meeting's data without the parties a withdrawn or expired consent named (kept
    in the minutes only when their attendance was registered: history stays), and who the
    paper is sent to (never them)."""
    data = report_data.meeting_data(s, meeting)
    rows = report_data.meeting_participants(s, meeting.id)
    blocked = (sharing.blocked_parties(s, child.id, ctx.today(), rows)
               if child is not None else [])
    out = {(r.name, r.role) for r in rows
           if sharing.is_blocked(blocked, r.name, r.professional_id)}
    people = tuple(p for p in data.participants if (p.name, p.role) not in out
                   or (keep_present and p.attendance_code not in ("", "invited")))
    # A partner gets the paper only under a consent that covers what it holds.
    paper = "minutes" if keep_present else "agenda"
    uncovered = ({u.name for u in sharing.uncovered_partners(s, child.id, ctx.today(), rows,
                                                             paper)}
                 if child is not None else set())
    send_to = tuple(dict.fromkeys(p.name for p in data.participants
                                  if (p.name, p.role) not in out and p.name not in uncovered))
    return replace(data, participants=people), send_to


def _agenda_document(s: Session, ctx: AppContext, meeting: Meeting,
                     child: Child | None) -> rd.AgendaDocument:
    day = ctx.today()
    data, send_to = _distribution(s, ctx, meeting, child, keep_present=False)
    base = dict(org=report_data.org_header(s), meeting=data,
                printed_on=day, author=ctx.user.display_name,
                default_agenda=default_agenda(MeetingKind(meeting.kind)), send_to=send_to)
    if child is None:
        return rd.AgendaDocument(**base)
    last = s.scalar(select(Meeting).where(
        Meeting.child_id == child.id, Meeting.deleted_at.is_(None),
        Meeting.kind == MeetingKind.STATUS.value, Meeting.status == MeetingStatus.HELD.value,
        Meeting.starts_at < meeting.starts_at).order_by(Meeting.starts_at.desc()).limit(1))
    count = select(func.count()).select_from(Observation).where(
        Observation.child_id == child.id, Observation.deleted_at.is_(None),
        Observation.observed_at < meeting.starts_at)
    if last is not None:
        count = count.where(Observation.observed_at >= last.starts_at)
    # A reprint of a past meeting's agenda shows the goals and tasks of its own date.
    moment = min(ctx.now(), meeting.starts_at)
    meeting_day = report_data.local(meeting.starts_at).date()
    later_meetings = select(Meeting.id).where(Meeting.child_id == child.id,
                                              Meeting.starts_at >= meeting.starts_at)
    open_tasks = report_data.follow_ups(s, (FollowUp.child_id == child.id)
                                        & or_(FollowUp.done_on.is_(None),
                                              FollowUp.done_on > moment.date())
                                        & or_(FollowUp.meeting_id.is_(None),
                                              FollowUp.meeting_id.not_in(later_meetings)))
    open_tasks = [replace_done(t, moment) for t in open_tasks]
    goals = report_data.goals_as_of(s, report_data.child_goals(s, child.id), moment)
    return rd.AgendaDocument(
        **base, child=report_data.child_profile(s, child, min(day, meeting_day)),
        since=report_data.local(last.starts_at).date() if last else None,
        observation_count=s.scalar(count) or 0, open_follow_ups=report_data.tasks(open_tasks),
        goals_to_evaluate=tuple(report_data.goal_row(g) for g in goals
                                if g.status in report_data.OPEN_GOALS))


def replace_done(task: FollowUp, moment: datetime):
    """A follow-up as it stood at ``moment``: one done later reads as still open."""
    if task.done_on is not None and task.done_on > moment.date():
        return rd.Task(task.description, task.owner, task.due_on, None)
    return task


def print_agenda(ctx: AppContext, meeting_id: uuid.UUID, path,
                 progress: Progress | None = None) -> Path:
    def gather(s: Session) -> PrintJob:
        meeting, child = _meeting(s, ctx, meeting_id)
        doc = _agenda_document(s, ctx, meeting, child)
        return PrintJob(doc, render_agenda, "agenda", meeting.id,
                        (child.id if child else None,), MeetingKind(meeting.kind).value)
    return _produce(ctx, path, progress, gather)


def _minutes_document(s: Session, ctx: AppContext, meeting: Meeting,
                      child: Child | None) -> rd.MinutesDocument:
    evaluated_ids = list(dict.fromkeys(s.scalars(select(GoalRevision.goal_id).where(
        GoalRevision.meeting_id == meeting.id, GoalRevision.action == "evaluate",
        GoalRevision.deleted_at.is_(None)).order_by(GoalRevision.changed_at))))
    # The goals as evaluated at the meeting (not as changed since), with the observations
    # counted from the status meeting before up to this one.
    moment = report_data.minutes_moment(s, meeting)
    goals = {g.id: g for g in report_data.goals_as_of(s, list(s.scalars(
        select(Goal).where(Goal.id.in_(evaluated_ids), Goal.deleted_at.is_(None)))), moment)}
    before = report_data.previous_status_meeting(s, meeting) if child is not None else None
    evidence = report_data.evidence_counts(s, list(goals), before.starts_at if before else None,
                                           meeting.starts_at)
    plan = s.get(ActionPlan, meeting.resulting_plan_id) if meeting.resulting_plan_id else None
    data, send_to = _distribution(s, ctx, meeting, child, keep_present=True)
    meeting_day = min(ctx.today(), report_data.local(meeting.starts_at).date())
    return rd.MinutesDocument(
        org=report_data.org_header(s), meeting=data, send_to=send_to,
        printed_on=ctx.today(), author=ctx.user.display_name,
        child=report_data.child_profile(s, child, meeting_day) if child else None,
        evaluated_goals=tuple(report_data.goal_row(goals[i], evidence.get(i, 0))
                              for i in evaluated_ids if i in goals),
        resulting_plan_version=plan.version if plan else None,
        next_meeting=(report_data.local(meeting.next_meeting_at)
                      if meeting.next_meeting_at else None),
        referent=meeting.referent)


def print_minutes(ctx: AppContext, meeting_id: uuid.UUID, path,
                  progress: Progress | None = None) -> Path:
    def gather(s: Session) -> PrintJob:
        meeting, child = _meeting(s, ctx, meeting_id)
        doc = _minutes_document(s, ctx, meeting, child)
        return PrintJob(doc, render_minutes, "minutes", meeting.id,
                        (child.id if child else None,), MeetingKind(meeting.kind).value)
    return _produce(ctx, path, progress, gather)


# --- supervision ---------------------------------------------------------------------

def _supervision_document(s: Session, ctx: AppContext,
                          visit: Visit) -> tuple[rd.SupervisionDocument, list[Child]]:
    home = s.get(ChildminderHome, visit.home_id) if visit.home_id else None
    day = report_data.local(visit.visited_at).date()
    if visit.child_id is not None:
        children = [require_child(s, ctx, visit.child_id)]
    elif home is not None:
        children = list(s.scalars(select(Child).join(Placement, Placement.child_id == Child.id)
                                  .where(Placement.home_id == home.id,
                                         Placement.deleted_at.is_(None),
                                         active_on(Placement, day))
                                  .order_by(Child.first_name, Child.last_name)))
    else:
        children = []
    previous = None
    if home is not None:
        previous = s.scalar(select(func.max(Visit.visited_at)).where(
            Visit.home_id == home.id, Visit.deleted_at.is_(None), Visit.id != visit.id,
            Visit.kind == VisitKind.SUPERVISION.value, Visit.visited_at < visit.visited_at))
    names = report_data.professional_names(s, {visit.consultant_id})
    address = ", ".join(x for x in (home.address, f"{home.postal_code} {home.city}".strip())
                        if x) if home else ""
    doc = rd.SupervisionDocument(
        org=report_data.org_header(s), kind=VisitKind(visit.kind).label,
        visited_at=report_data.local(visit.visited_at), printed_on=ctx.today(),
        author=ctx.user.display_name, home_name=home.name if home else "",
        home_address=address,
        childminder_name=home.childminder.name if home and home.childminder else "",
        consultant_name=names.get(visit.consultant_id, ""),
        children=tuple(c.full_name for c in children), notes=visit.notes,
        follow_ups=report_data.tasks(report_data.follow_ups(s, FollowUp.visit_id == visit.id)),
        previous_visit=_as_local_day(previous))
    return doc, children


def _as_local_day(value):
    """``max()`` bypasses the column type on SQLite; give the value its zone back."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return report_data.local(value).date()


def print_supervision(ctx: AppContext, visit_id: uuid.UUID, path,
                      progress: Progress | None = None) -> Path:
    def gather(s: Session) -> PrintJob:
        ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
        visit = s.get(Visit, visit_id)
        if visit is None or visit.is_deleted:
            raise NotFoundError("Besøget med id {visit_id} findes ikke.", visit_id=visit_id)
        doc, children = _supervision_document(s, ctx, visit)
        return PrintJob(doc, render_supervision, "supervision_report", visit.id,
                        [c.id for c in children] or [None], VisitKind(visit.kind).value)
    return _produce(ctx, path, progress, gather)


# --- handover packet -----------------------------------------------------------------

def print_handover(ctx: AppContext, child_id: uuid.UUID, recipient: str, path,
                   observation_ids: Sequence[uuid.UUID] = (),
                   progress: Progress | None = None) -> Path:
    """Only under a valid handover consent for this recipient (ConsentMissingError
    otherwise, naming what is missing); the packet is recorded as a disclosure."""
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    name = handover.clean_recipient(recipient)

    def gather(s: Session) -> PrintJob:
        child = require_child(s, ctx, child_id)
        consent = require_valid_consent(s, child, ConsentPurpose.HANDOVER, name, ctx.today())
        recipient = recipient_as_written(consent, name)
        doc = handover.packet_document(s, ctx, child, recipient, consent, observation_ids)
        # The disclosure's audit event is the one log entry for this packet.
        return PrintJob(doc, render_handover, "handover_packet", child_ids=(),
                        about=(child.id,),
                        after_write=lambda: handover.record_packet(s, ctx, child, recipient,
                                                                   consent, doc))
    return _produce(ctx, path, progress, gather)


# --- folder, case folder, guest sheet ------------------------------------------------

def print_folder(ctx: AppContext, path, progress: Progress | None = None) -> Path:
    def gather(s: Session) -> PrintJob:
        from .folder_texts import folder_document  # imports ReportLab's font registry
        return PrintJob(folder_document(s, ctx.today()), render_folder, "folder")
    return _produce(ctx, path, progress, gather)


def print_case_folder(ctx: AppContext, child_id: uuid.UUID, path, purpose: str = "",
                      progress: Progress | None = None) -> Path:
    """Everything about the child, e.g. for an access request (GDPR art. 15)."""
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    # Read before our own transaction: on SQLite a second one would wait for our lock.
    access_log = audit.list_events(ctx, child_id=child_id)

    def gather(s: Session) -> PrintJob:
        child = require_child(s, ctx, child_id)
        doc = case_folder_document(s, child, ctx.today(), author=ctx.user.display_name,
                                   purpose=purpose.strip(), access_log=access_log)
        return PrintJob(doc, render_case_folder, "case_folder", child.id, (child.id,),
                        purpose.strip()[:200])
    return _produce(ctx, path, progress, gather)


def print_guest_sheet(ctx: AppContext, child_id: uuid.UUID, path,
                      progress: Progress | None = None) -> Path:
    def gather(s: Session) -> PrintJob:
        child = require_child(s, ctx, child_id)
        day = ctx.today()
        care = s.scalar(select(GuestCare).where(
            GuestCare.child_id == child.id, GuestCare.deleted_at.is_(None),
            GuestCare.ends_on >= day).order_by(GuestCare.starts_on).limit(1))
        where = ""
        if care is not None:
            guest_home = s.get(ChildminderHome, care.guest_home_id)
            where = (f"Hos {guest_home.name if guest_home else 'gæstedagplejer'}, "
                     f"{period(care.starts_on, care.ends_on)}")
        consultants = report_data.consultants(s, child.id, day)
        doc = rd.GuestSheetDocument(
            org=report_data.org_header(s), child=report_data.child_profile(s, child, day),
            printed_on=day, author=ctx.user.display_name,
            guardians=tuple(report_data.guardian_contacts(s, child.id)),
            childminder=report_data.childminder_contact(s, child.id, day),
            consultant=consultants[0] if consultants else None,
            guest_care=where)
        return PrintJob(doc, render_guest_sheet, "guest_sheet", child.id, (child.id,))
    return _produce(ctx, path, progress, gather)


# --- practice documents (gathered in practice_documents / practice_letters) ---------------

def print_status_description(ctx: AppContext, child_id: uuid.UUID, path,
                             meeting_id: uuid.UUID | None = None, recipient: str = "",
                             progress: Progress | None = None) -> Path:
    """Statusbeskrivelse before the status meeting (the next planned one unless given);
    for a partner (``recipient``) only under a valid consent covering it."""
    from .practice_documents import status_job
    return _produce(ctx, path, progress,
                    lambda s: status_job(s, ctx, child_id, meeting_id, recipient))


def print_topi(ctx: AppContext, child_id: uuid.UUID, path,
               progress: Progress | None = None) -> Path:
    from .practice_documents import topi_job
    return _produce(ctx, path, progress, lambda s: topi_job(s, ctx, child_id))


def print_consent_form(ctx: AppContext, consent_id: uuid.UUID, path, withdrawal: bool = False,
                       progress: Progress | None = None) -> Path:
    """The consent to sign, or (``withdrawal``) the form to withdraw it."""
    from .practice_documents import consent_form_job
    return _produce(ctx, path, progress,
                    lambda s: consent_form_job(s, ctx, consent_id, withdrawal))


def print_letter(ctx: AppContext, kind: str, record_id: uuid.UUID, path,
                 progress: Progress | None = None) -> Path:
    """A letter to the custody holders: ``invitation`` (meeting id), ``guest-care`` (guest
    care id) or ``decision`` (referral id)."""
    from .practice_letters import letter_job
    return _produce(ctx, path, progress, lambda s: letter_job(s, ctx, kind, record_id))


def print_supervision_checklist(ctx: AppContext, visit_id: uuid.UUID, path,
                                progress: Progress | None = None) -> Path:
    from .practice_letters import checklist_job
    return _produce(ctx, path, progress, lambda s: checklist_job(s, ctx, visit_id))


def print_supervision_month(ctx: AppContext, year: int, month: int, path,
                            progress: Progress | None = None) -> Path:
    from .practice_letters import month_job
    return _produce(ctx, path, progress, lambda s: month_job(s, ctx, year, month))


def print_transition(ctx: AppContext, child_id: uuid.UUID, path, recipient: str = "",
                     progress: Progress | None = None) -> Path:
    """For the parents and team, or (``recipient``) the kindergarten under a consent."""
    from .transition_document import transition_job
    return _produce(ctx, path, progress, lambda s: transition_job(s, ctx, child_id, recipient))


def print_course(ctx: AppContext, course_id: uuid.UUID, path,
                 progress: Progress | None = None) -> Path:
    from .course_papers import course_job
    return _produce(ctx, path, progress, lambda s: course_job(s, ctx, course_id))
