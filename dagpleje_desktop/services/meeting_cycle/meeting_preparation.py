"""Preparing a meeting: everything since the last held status meeting, in one view.

Works entirely on the local database (offline). Nothing from before the last held
status meeting is included; open follow-ups are, whenever they were agreed, because
following up on them is the first point of the agenda.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.domains import ALL_DOMAINS
from ...domain.enums import (AuditAction, GoalStatus, MeetingKind, MeetingStatus, UserRole,
                             WellbeingPosition)
from ...store.models import (DevelopmentAssessment, FollowUp, Goal, Meeting, Observation,
                             Professional, WellbeingAssessment)
from ..security import audit
from ..journal.assessments import DevelopmentPoint, WellbeingPoint
from ..context import LOCAL_TZ, AppContext
from .follow_ups import FollowUpInfo, follow_ups_where
from .goals import OPEN_STATUSES, GoalInfo, goal_info
from .meetings import MeetingSummary, require_meeting, summaries
from ..journal.observations import ObservationInfo, observation_infos
from .plans import latest_approved

GOALS_DUE_DAYS = 30
NO_DOMAIN = ""
_DOMAIN_LABELS = {d.code: d.label for d in ALL_DOMAINS}


@dataclass(frozen=True)
class GoalEvidence:
    goal: GoalInfo
    observations: list[ObservationInfo]


@dataclass(frozen=True)
class DomainGroup:
    domain: str  # "" for observations without a domain
    label: str
    observations: list[ObservationInfo]


@dataclass(frozen=True)
class Preparation:
    meeting: MeetingSummary
    since: datetime | None          # start of the last held status meeting; None: never
    last_meeting_id: uuid.UUID | None
    observations: list[ObservationInfo] = field(default_factory=list)  # oldest first
    by_goal: list[GoalEvidence] = field(default_factory=list)
    by_domain: list[DomainGroup] = field(default_factory=list)
    wellbeing: list[WellbeingPoint] = field(default_factory=list)
    development: list[DevelopmentPoint] = field(default_factory=list)
    open_follow_ups: list[FollowUpInfo] = field(default_factory=list)
    goals_due: list[GoalInfo] = field(default_factory=list)
    last_agreements: str = ""   # from the approved plan and the last meeting's decisions
    notes: str = ""             # the consultant's own notes, saved on the meeting
    suggested_notes: str = ""   # a starting point for the notes, built from the above


def last_held_status_meeting(session: Session, child_id: uuid.UUID,
                             before: datetime) -> Meeting | None:
    return session.scalar(select(Meeting).where(
        Meeting.child_id == child_id, Meeting.deleted_at.is_(None),
        Meeting.kind == MeetingKind.STATUS.value, Meeting.status == MeetingStatus.HELD.value,
        Meeting.starts_at < before).order_by(Meeting.starts_at.desc()).limit(1))


def prepare_meeting(ctx: AppContext, meeting_id: uuid.UUID) -> Preparation:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    with ctx.db.transaction() as s:
        meeting = require_meeting(s, ctx, meeting_id)
        summary = summaries(s, [meeting])[0]
        if meeting.child_id is None:
            audit.record(s, ctx, AuditAction.VIEW, "meeting_preparation", meeting.id)
            return Preparation(summary, None, None, notes=meeting.preparation_notes)
        child_id, until = meeting.child_id, meeting.starts_at
        last = last_held_status_meeting(s, child_id, until)
        since = last.starts_at if last else None
        observations = _observations(s, child_id, since, until)
        goals = list(s.scalars(select(Goal).where(
            Goal.child_id == child_id, Goal.deleted_at.is_(None))
            .order_by(Goal.sort_order, Goal.target_date, Goal.created_at)))
        meeting_day = until.astimezone(LOCAL_TZ).date()
        prep = Preparation(
            meeting=summary, since=since, last_meeting_id=last.id if last else None,
            observations=observations,
            by_goal=_by_goal(goals, observations),
            by_domain=_by_domain(observations),
            wellbeing=_wellbeing(s, child_id, since, until, observations),
            development=_development(s, child_id, since, until),
            open_follow_ups=follow_ups_where(s, FollowUp.child_id == child_id, open_only=True),
            goals_due=[goal_info(g) for g in goals
                       if GoalStatus(g.status) in OPEN_STATUSES and g.target_date
                       and g.target_date <= meeting_day + timedelta(days=GOALS_DUE_DAYS)],
            last_agreements=_last_agreements(s, child_id, last),
            notes=meeting.preparation_notes)
        audit.record(s, ctx, AuditAction.VIEW, "meeting_preparation", meeting.id,
                     child_id=child_id, detail=f"{len(observations)} observations")
    return _with_suggestion(prep)


def save_preparation_notes(ctx: AppContext, meeting_id: uuid.UUID, notes: str) -> None:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    with ctx.db.transaction() as s:
        meeting = require_meeting(s, ctx, meeting_id)
        meeting.preparation_notes = notes.strip()
        audit.record(s, ctx, AuditAction.UPDATE, "meeting", meeting.id, child_id=meeting.child_id,
                     detail="preparation notes")


def _observations(s: Session, child_id: uuid.UUID, since: datetime | None,
                  until: datetime) -> list[ObservationInfo]:
    query = select(Observation).where(Observation.child_id == child_id,
                                      Observation.deleted_at.is_(None),
                                      Observation.observed_at < until)
    if since is not None:
        query = query.where(Observation.observed_at >= since)
    return observation_infos(s, list(s.scalars(query.order_by(Observation.observed_at))))


def _by_goal(goals: list[Goal], observations: list[ObservationInfo]) -> list[GoalEvidence]:
    """Open goals (even without evidence: that is worth knowing) and closed ones with some."""
    linked: dict[uuid.UUID, list[ObservationInfo]] = defaultdict(list)
    for obs in observations:
        for goal_id in obs.goal_ids:
            linked[goal_id].append(obs)
    return [GoalEvidence(goal_info(g, len(linked[g.id])), linked[g.id]) for g in goals
            if GoalStatus(g.status) in OPEN_STATUSES or linked[g.id]]


def _by_domain(observations: list[ObservationInfo]) -> list[DomainGroup]:
    grouped: dict[str, list[ObservationInfo]] = defaultdict(list)
    for obs in observations:
        for code in obs.domains or (NO_DOMAIN,):
            grouped[code].append(obs)
    order = [d.code for d in ALL_DOMAINS] + [NO_DOMAIN]
    return [DomainGroup(code, _DOMAIN_LABELS.get(code, "Uden udviklingsområde"), grouped[code])
            for code in order if grouped.get(code)]


def _day(moment: datetime) -> date:
    return moment.astimezone(LOCAL_TZ).date()


def _wellbeing(s: Session, child_id: uuid.UUID, since: datetime | None, until: datetime,
               observations: list[ObservationInfo]) -> list[WellbeingPoint]:
    query = (select(WellbeingAssessment, Professional.name)
             .outerjoin(Professional, Professional.id == WellbeingAssessment.assessor_id)
             .where(WellbeingAssessment.child_id == child_id,
                    WellbeingAssessment.deleted_at.is_(None),
                    WellbeingAssessment.assessed_on <= _day(until)))
    if since is not None:
        query = query.where(WellbeingAssessment.assessed_on >= _day(since))
    points = [WellbeingPoint(r.assessed_on, WellbeingPosition(r.position), r.kind, name or "",
                             r.comment) for r, name in s.execute(query)]
    points += [WellbeingPoint(_day(o.observed_at), o.position, "observation", o.author_name,
                              o.situation) for o in observations
               if o.position != WellbeingPosition.NONE]
    return sorted(points, key=lambda p: p.on)


def _development(s: Session, child_id: uuid.UUID, since: datetime | None,
                 until: datetime) -> list[DevelopmentPoint]:
    query = (select(DevelopmentAssessment, Professional.name)
             .outerjoin(Professional, Professional.id == DevelopmentAssessment.assessor_id)
             .where(DevelopmentAssessment.child_id == child_id,
                    DevelopmentAssessment.deleted_at.is_(None),
                    DevelopmentAssessment.assessed_on <= _day(until))
             .order_by(DevelopmentAssessment.assessed_on))
    if since is not None:
        query = query.where(DevelopmentAssessment.assessed_on >= _day(since))
    return [DevelopmentPoint(r.id, r.domain, r.assessed_on, r.level_months, None, name or "",
                             r.note) for r, name in s.execute(query)]


def _last_agreements(s: Session, child_id: uuid.UUID, last: Meeting | None) -> str:
    parts = []
    plan = latest_approved(s, child_id)
    if plan is not None and plan.parent_agreements:
        parts.append(f"Aftaler i handleplanen (version {plan.version}):\n{plan.parent_agreements}")
    if last is not None and last.decisions:
        parts.append(f"Beslutninger på sidste statusmøde:\n{last.decisions}")
    return "\n\n".join(parts)


def _with_suggestion(prep: Preparation) -> Preparation:
    """A plain-text draft of the notes the consultant can edit (status description)."""
    lines = []
    period = (f"siden statusmødet {prep.since.astimezone(LOCAL_TZ):%d-%m-%Y}" if prep.since
              else "siden barnet startede")
    lines.append(f"Forberedelse til {prep.meeting.title} ({period}).")
    lines.append(f"{len(prep.observations)} observationer i perioden.")
    if prep.by_goal:
        lines.append("")
        lines.append("Mål:")
        for item in prep.by_goal:
            due = f", måldato {item.goal.target_date:%d-%m-%Y}" if item.goal.target_date else ""
            lines.append(f"- {item.goal.title} ({item.goal.status.label}{due}): "
                         f"{len(item.observations)} observationer")
    if prep.wellbeing:
        lines.append("")
        lines.append("Trivsel: " + ", ".join(f"{p.on:%d-%m} {p.position.label.lower()}"
                                            for p in prep.wellbeing))
    if prep.open_follow_ups:
        lines.append("")
        lines.append("Åbne opfølgninger:")
        lines += [f"- {f.description} ({f.owner}"
                  + (f", senest {f.due_on:%d-%m-%Y})" if f.due_on else ")")
                  for f in prep.open_follow_ups]
    return Preparation(**{**prep.__dict__, "suggested_notes": "\n".join(lines)})
