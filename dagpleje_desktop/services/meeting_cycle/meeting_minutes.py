"""Holding a meeting (attendance, minutes per agenda item, decisions, follow-ups, goal
evaluations, new goals) and concluding it into a new action plan version."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

import holidays
from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.enums import (Attendance, AuditAction, GoalStatus, MeetingKind, MeetingStatus,
                             UserRole)
from ...domain.corrections import is_locked, required_reason
from ...domain.errors import Label, ValidationError
from ...store.models import ActionPlan, FollowUp, Meeting, MeetingAgendaItem, MeetingParticipant
from ..security import audit
from ..journal import corrections
from ..context import LOCAL_TZ, AppContext
from .follow_ups import FollowUpInput, follow_ups_where, insert_follow_up
from .goals import GoalInput, apply_evaluation, insert_goal
from .meetings import (MeetingDetail, ParticipantInput, meeting_detail, require_meeting,
                       require_status)
from .plans import (DEFAULT_EVALUATION_AFTER, PlanInfo, PlanInput, apply_approval, insert_plan,
                    latest_approved, plan_info)


@dataclass(frozen=True)
class GoalEvaluation:
    goal_id: uuid.UUID
    status: GoalStatus
    evaluation: str


@dataclass(frozen=True)
class HoldInput:
    attendance: tuple[tuple[uuid.UUID, Attendance], ...] = ()   # participant id, attendance
    item_minutes: tuple[tuple[uuid.UUID, str], ...] = ()         # agenda item id, minutes
    minutes: str = ""      # general minutes; empty leaves what is saved unchanged
    decisions: str = ""    # likewise
    follow_ups: tuple[FollowUpInput, ...] = ()
    evaluations: tuple[GoalEvaluation, ...] = ()
    new_goals: tuple[GoalInput, ...] = ()
    correction_reason: str = ""  # needed when minutes of a held meeting are corrected
    # Who wrote the minutes (empty: the person saving them, or whoever was recorded) and
    # the next meeting as agreed at the meeting (None: the one in the calendar now, if
    # any, unless one is already recorded).
    referent: str = ""
    next_meeting_at: datetime | None = None


@dataclass(frozen=True)
class ProposedMeeting:
    """A suggestion for the next status meeting; ``meetings.plan_meeting`` makes it real."""
    kind: MeetingKind
    child_id: uuid.UUID
    starts_at: datetime
    ends_at: datetime
    place: str
    participants: tuple[ParticipantInput, ...]


@dataclass(frozen=True)
class Conclusion:
    plan: PlanInfo
    next_meeting: ProposedMeeting | None
    hints: tuple[str, ...] = field(default_factory=tuple)


def _require_not_in_future(ctx: AppContext, meeting: Meeting) -> None:
    day = meeting.starts_at.astimezone(LOCAL_TZ).date()
    if day > ctx.today():
        raise ValidationError("Mødet er først den {day:%d-%m-%Y}; referatet kan skrives når "
                              "mødet er holdt.", day=day, log_message="holding a future meeting")


def _set_attendance(session: Session, meeting: Meeting,
                    attendance: Sequence[tuple[uuid.UUID, Attendance]]) -> None:
    rows = {p.id: p for p in session.scalars(select(MeetingParticipant).where(
        MeetingParticipant.meeting_id == meeting.id, MeetingParticipant.deleted_at.is_(None)))}
    for participant_id, status in attendance:
        if participant_id not in rows:
            raise ValidationError("En af deltagerne er ikke med på mødet.")
        rows[participant_id].attendance = status.value


def _set_item_minutes(session: Session, meeting: Meeting,
                      minutes: Sequence[tuple[uuid.UUID, str]]) -> None:
    for item_id, text in minutes:
        item = session.get(MeetingAgendaItem, item_id)
        if item is None or item.is_deleted or item.meeting_id != meeting.id:
            raise ValidationError("Et af dagsordenspunkterne hører ikke til mødet.")
        item.minutes = text.strip()


def _keep_earlier_minutes(session: Session, ctx: AppContext, meeting: Meeting,
                          data: HoldInput) -> None:
    """Minutes of a held meeting that began more than a day ago are corrected only with a
    reason, and what they said before is kept (notatpligt)."""
    if meeting.status != MeetingStatus.HELD.value or not is_locked(meeting.starts_at,
                                                                     ctx.now()):
        return
    changes = []
    for item_id, text in data.item_minutes:
        item = session.get(MeetingAgendaItem, item_id)
        if item is not None and item.meeting_id == meeting.id and item.minutes \
                and item.minutes != text.strip():
            changes.append(("agenda_item", item.id, "minutes", item.minutes))
    if data.decisions.strip() and meeting.decisions \
            and meeting.decisions != data.decisions.strip():
        changes.append(("meeting", meeting.id, "decisions", meeting.decisions))
    if not changes:
        return
    reason = required_reason(data.correction_reason, "referatet")
    for entity, row_id, name, previous in changes:
        corrections.record(session, ctx, entity=entity, row_id=row_id,
                           child_id=meeting.child_id, field=name, previous=previous,
                           reason=reason)


def record_attendance(ctx: AppContext, meeting_id: uuid.UUID,
                      attendance: Sequence[tuple[uuid.UUID, Attendance]]) -> MeetingDetail:
    return _edit(ctx, meeting_id, "attendance",
                 lambda s, m: _set_attendance(s, m, attendance))


def record_item_minutes(ctx: AppContext, meeting_id: uuid.UUID, item_id: uuid.UUID,
                        text: str) -> MeetingDetail:
    """Save the minutes under one agenda point while the meeting goes on."""
    return _edit(ctx, meeting_id, "minutes",
                 lambda s, m: _set_item_minutes(s, m, [(item_id, text)]))


def _edit(ctx: AppContext, meeting_id: uuid.UUID, what: str, change) -> MeetingDetail:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    with ctx.db.transaction() as s:
        meeting = require_meeting(s, ctx, meeting_id)
        require_status(meeting, MeetingStatus.PLANNED, MeetingStatus.HELD)
        change(s, meeting)
        audit.record(s, ctx, AuditAction.UPDATE, "meeting", meeting.id, child_id=meeting.child_id,
                     detail=what)
        s.flush()
        return meeting_detail(s, meeting)


def hold_meeting(ctx: AppContext, meeting_id: uuid.UUID, data: HoldInput) -> MeetingDetail:
    """Record what happened and mark the meeting held; all of it or nothing."""
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    with ctx.db.transaction() as s:
        meeting = require_meeting(s, ctx, meeting_id)
        require_status(meeting, MeetingStatus.PLANNED, MeetingStatus.HELD, action="afholdes")
        _require_not_in_future(ctx, meeting)
        if (data.evaluations or data.new_goals) and meeting.child_id is None:
            raise ValidationError("Mål hører til et barn; mødet handler ikke om et bestemt barn.")
        _set_attendance(s, meeting, data.attendance)
        _keep_earlier_minutes(s, ctx, meeting, data)
        _set_item_minutes(s, meeting, data.item_minutes)
        if data.minutes.strip():
            meeting.minutes = data.minutes.strip()
        if data.decisions.strip():
            meeting.decisions = data.decisions.strip()
        for follow_up in data.follow_ups:
            insert_follow_up(s, ctx, follow_up, meeting_id=meeting.id, child_id=meeting.child_id)
        for evaluation in data.evaluations:
            goal = apply_evaluation(s, ctx, evaluation.goal_id, evaluation.status,
                                    evaluation.evaluation, meeting.id)
            if goal.child_id != meeting.child_id:
                raise ValidationError("Et af de evaluerede mål hører til et andet barn.")
        for goal in data.new_goals:
            if goal.child_id != meeting.child_id:
                raise ValidationError("Et af de nye mål hører til et andet barn.")
            insert_goal(s, ctx, goal, meeting.id)
        _record_referent_and_next(s, ctx, meeting, data)
        meeting.status = MeetingStatus.HELD.value
        audit.record(s, ctx, AuditAction.UPDATE, "meeting", meeting.id, child_id=meeting.child_id,
                     detail="held")
        s.flush()
        return meeting_detail(s, meeting)


def _record_referent_and_next(s: Session, ctx: AppContext, meeting: Meeting,
                              data: HoldInput) -> None:
    meeting.referent = (data.referent.strip() or meeting.referent
                        or ctx.user.display_name)[:200]
    if data.next_meeting_at is not None:
        if data.next_meeting_at <= meeting.starts_at:
            raise ValidationError("Næste møde skal ligge efter dette møde.",
                                  log_message="next meeting before the meeting")
        meeting.next_meeting_at = data.next_meeting_at
    elif meeting.next_meeting_at is None and meeting.child_id is not None:
        following = s.scalar(select(Meeting.starts_at).where(
            Meeting.child_id == meeting.child_id, Meeting.deleted_at.is_(None),
            Meeting.status == MeetingStatus.PLANNED.value, Meeting.id != meeting.id,
            Meeting.starts_at > meeting.starts_at).order_by(Meeting.starts_at).limit(1))
        meeting.next_meeting_at = following


def record_referent(ctx: AppContext, meeting_id: uuid.UUID, referent: str) -> MeetingDetail:
    """Who took the minutes of a held meeting whose referent was never recorded. A
    recorded referent is not replaced: the minutes say who wrote them."""
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    name = " ".join((referent or "").split())
    if not name:
        raise ValidationError("Skriv navnet på den, der tog referatet.",
                              log_message="referent without a name")
    with ctx.db.transaction() as s:
        meeting = require_meeting(s, ctx, meeting_id)
        if meeting.status != MeetingStatus.HELD.value:
            raise ValidationError("Referenten registreres for et afholdt møde; mødet er "
                                  "{status}.",
                                  status=Label(MeetingStatus(meeting.status).label.lower()),
                                  log_message="referent for a meeting not held")
        if meeting.referent.strip():
            raise ValidationError("Referenten er allerede registreret: {referent}.",
                                  referent=meeting.referent,
                                  log_message="referent already recorded")
        meeting.referent = name[:200]
        audit.record(s, ctx, AuditAction.UPDATE, "meeting", meeting.id,
                     child_id=meeting.child_id, detail="referent")
        s.flush()
        return meeting_detail(s, meeting)


def record_next_meeting(ctx: AppContext, meeting_id: uuid.UUID,
                        starts_at: datetime) -> MeetingDetail:
    """The next meeting agreed after a held meeting (e.g. planned from its conclusion);
    kept when one is already recorded in the minutes."""
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    with ctx.db.transaction() as s:
        meeting = require_meeting(s, ctx, meeting_id)
        if meeting.next_meeting_at is None and starts_at > meeting.starts_at:
            meeting.next_meeting_at = starts_at
            audit.record(s, ctx, AuditAction.UPDATE, "meeting", meeting.id,
                         child_id=meeting.child_id, detail="next meeting")
        s.flush()
        return meeting_detail(s, meeting)


def draft_plan_from_meeting(ctx: AppContext, meeting_id: uuid.UUID) -> PlanInput:
    """Pre-filled plan for the consultant to edit before concluding."""
    with ctx.db.transaction() as s:
        meeting = _require_child_meeting(s, ctx, meeting_id)
        data = _draft(s, meeting)
        audit.record(s, ctx, AuditAction.VIEW, "meeting", meeting.id, child_id=meeting.child_id,
                     detail="plan draft")
        return data


def _draft(s: Session, meeting: Meeting) -> PlanInput:
    day = meeting.starts_at.astimezone(LOCAL_TZ).date()
    previous = latest_approved(s, meeting.child_id)
    agreements = [f"{f.description} – {f.owner}, senest {f.due_on:%d-%m-%Y}"
                  for f in follow_ups_where(s, FollowUp.meeting_id == meeting.id) if f.due_on]
    if meeting.decisions:
        agreements.insert(0, meeting.decisions)
    return PlanInput(
        child_id=meeting.child_id,
        background=previous.background if previous else "",
        resources=previous.resources if previous else "",
        challenges=previous.challenges if previous else "",
        parent_agreements="\n".join(agreements),
        period_start=day, next_evaluation=day + DEFAULT_EVALUATION_AFTER,
        meeting_id=meeting.id)


def _require_child_meeting(s: Session, ctx: AppContext, meeting_id: uuid.UUID) -> Meeting:
    meeting = require_meeting(s, ctx, meeting_id)
    if meeting.child_id is None:
        raise ValidationError("Mødet handler ikke om et bestemt barn; der kan ikke laves "
                              "en handleplan ud fra det.")
    return meeting


def conclude_meeting(ctx: AppContext, meeting_id: uuid.UUID, data: PlanInput | None = None, *,
                     approved_on: date | None = None,
                     signatories: Sequence[str] = ()) -> Conclusion:
    """A new action plan version from a held meeting; approved at once when a date is given.

    The next meeting is proposed on the plan's evaluation date.
    """
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    with ctx.db.transaction() as s:
        meeting = _require_child_meeting(s, ctx, meeting_id)
        if meeting.status != MeetingStatus.HELD.value:
            raise ValidationError("Mødet skal være afholdt, før der laves en handleplan ud fra "
                                  "det.", log_message="concluding a meeting not held")
        if meeting.resulting_plan_id is not None:
            raise ValidationError("Mødet har allerede en handleplan; ret den i stedet.",
                                  log_message="meeting already concluded")
        data = data or _draft(s, meeting)
        if data.child_id != meeting.child_id:
            raise ValidationError("Handleplanen skal handle om mødets barn.")
        plan = insert_plan(s, ctx, replace(data, meeting_id=meeting.id))
        meeting.resulting_plan_id = plan.id
        if approved_on is not None:
            apply_approval(s, ctx, plan, approved_on, signatories)
        audit.record(s, ctx, AuditAction.UPDATE, "meeting", meeting.id, child_id=meeting.child_id,
                     detail=f"concluded into plan version {plan.version}")
        s.flush()
        info = plan_info(s, plan)
        proposal = _proposal(s, meeting, info.next_evaluation)
        return Conclusion(info, proposal, info.hints)


def propose_next_meeting(ctx: AppContext, meeting_id: uuid.UUID) -> ProposedMeeting | None:
    """The next status meeting on the evaluation date of the meeting's (or latest) plan."""
    with ctx.db.transaction() as s:
        meeting = _require_child_meeting(s, ctx, meeting_id)
        plan = (s.get(ActionPlan, meeting.resulting_plan_id) if meeting.resulting_plan_id
                else None) or latest_approved(s, meeting.child_id)
        audit.record(s, ctx, AuditAction.VIEW, "meeting", meeting.id, child_id=meeting.child_id,
                     detail="next meeting")
        return _proposal(s, meeting, plan.next_evaluation if plan else None)


def _proposal(s: Session, meeting: Meeting, on: date | None) -> ProposedMeeting | None:
    if on is None:
        return None
    on = next_working_day(on)
    start_local = meeting.starts_at.astimezone(LOCAL_TZ)
    starts_at = datetime.combine(on, time(start_local.hour, start_local.minute), LOCAL_TZ)
    participants = tuple(ParticipantInput(p.name, p.role, p.professional_id, p.guardian_id)
                         for p in s.scalars(select(MeetingParticipant).where(
                             MeetingParticipant.meeting_id == meeting.id,
                             MeetingParticipant.deleted_at.is_(None))
                             .order_by(MeetingParticipant.created_at)))
    return ProposedMeeting(MeetingKind.STATUS, meeting.child_id, starts_at,
                           starts_at + (meeting.ends_at - meeting.starts_at), meeting.place,
                           participants)


def next_working_day(day: date) -> date:
    """Move a date off weekends and Danish public holidays."""
    closed = holidays.Denmark(years=(day.year, day.year + 1))
    while day.weekday() >= 5 or day in closed:
        day += timedelta(days=1)
    return day
