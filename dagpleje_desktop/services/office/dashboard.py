"""Oversigt: where each of the user's children stands and what is coming up."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.enums import (AbsenceReason, AuditAction, ChildStatus, GoalStatus, MeetingKind,
                             MeetingStatus, UserRole, VisitKind, WellbeingPosition)
from ...domain.errors import Label
from ...store.types import UTCDateTime
from ...store.models import (Absence, CaseTeamMember, Child, ChildminderHome, Goal, Meeting,
                             Observation, Placement, Visit)
from ..security import audit
from ..security.access import active_on, visible_child_ids
from ..context import LOCAL_TZ, AppContext
from ..journal.drafts import DraftInfo, list_drafts
from ..records.transition import TransitionReminder, reminders

GOALS_DUE_DAYS = 30


@dataclass(frozen=True)
class ChildStanding:
    child_id: uuid.UUID
    name: str
    home_name: str
    latest_position: WellbeingPosition
    latest_position_on: date | None
    days_since_observation: int | None  # None: never observed


@dataclass(frozen=True)
class DueGoal:
    goal_id: uuid.UUID
    child_id: uuid.UUID
    child_name: str
    title: str
    target_date: date
    days_left: int


@dataclass(frozen=True)
class Upcoming:
    id: uuid.UUID
    at: datetime
    title: str  # e.g. "Statusmøde – Åse Ørsted"; the GUI translates the label part
    place: str


@dataclass(frozen=True)
class AbsenceNotice:
    id: uuid.UUID
    home_name: str
    starts_on: date
    ends_on: date
    reason: AbsenceReason


@dataclass(frozen=True)
class Dashboard:
    children: list[ChildStanding] = field(default_factory=list)
    goals_due: list[DueGoal] = field(default_factory=list)
    next_meeting: Upcoming | None = None
    next_visit: Upcoming | None = None
    absences: list[AbsenceNotice] = field(default_factory=list)
    drafts: list[DraftInfo] = field(default_factory=list)
    # Kindergarten start within two months without a transition description or consent.
    transitions: list[TransitionReminder] = field(default_factory=list)


def my_child_ids(session: Session, ctx: AppContext) -> list[uuid.UUID]:
    """A childminder's children; a consultant's case-team children (else all active)."""
    visible = visible_child_ids(session, ctx)
    active = select(Child.id).where(Child.deleted_at.is_(None),
                                    Child.status == ChildStatus.ACTIVE.value)
    if visible is not None:
        return [i for i in session.scalars(active) if i in visible]
    if ctx.user.role == UserRole.CONSULTANT and ctx.user.professional_id:
        mine = list(session.scalars(active.where(Child.id.in_(
            select(CaseTeamMember.child_id).where(
                CaseTeamMember.professional_id == ctx.user.professional_id,
                CaseTeamMember.deleted_at.is_(None))))))
        if mine:
            return mine
    return list(session.scalars(active))


def dashboard(ctx: AppContext) -> Dashboard:
    today, now = ctx.today(), ctx.now()
    with ctx.db.transaction() as s:
        ids = my_child_ids(s, ctx)
        standings = _standings(s, ids, today)
        result = Dashboard(
            children=standings,
            goals_due=_goals_due(s, ids, today, {c.child_id: c.name for c in standings}),
            next_meeting=_next_meeting(s, ids, now),
            next_visit=_next_visit(s, ctx, ids, now),
            absences=_absences(s, ids, today),
            transitions=(reminders(s, ids, today)
                         if ctx.user.role != UserRole.CHILDMINDER else []),
        )
        audit.record(s, ctx, AuditAction.VIEW, "dashboard", detail=f"{len(ids)} children")
    return Dashboard(result.children, result.goals_due, result.next_meeting, result.next_visit,
                     result.absences, list_drafts(ctx), result.transitions)


def _standings(s: Session, ids: list[uuid.UUID], today: date) -> list[ChildStanding]:
    if not ids:
        return []
    # Plain columns, not ORM objects: 150 children with every text field cost more in
    # Python than the queries themselves.
    names = {child_id: f"{first} {last}".strip() for child_id, first, last in s.execute(
        select(Child.id, Child.first_name, Child.last_name).where(Child.id.in_(ids)))}
    homes = dict(s.execute(
        select(Placement.child_id, ChildminderHome.name)
        .join(ChildminderHome, ChildminderHome.id == Placement.home_id)
        .where(Placement.child_id.in_(ids), Placement.deleted_at.is_(None),
               active_on(Placement, today))).all())
    # Per child, the newest live observation (and the newest with a position) straight
    # from the child's live-observation index: a few index entries per child, where a
    # GROUP BY read every observation of all 150 children.
    live = (Observation.child_id == Child.id, Observation.deleted_at.is_(None))
    newest = (Observation.observed_at.desc(),)
    positioned = (*live, Observation.position != WellbeingPosition.NONE.value)
    latest = s.execute(select(
        Child.id,
        select(Observation.observed_at).where(*live).order_by(*newest).limit(1)
        .scalar_subquery(),
        select(Observation.position).where(*positioned).order_by(*newest).limit(1)
        .scalar_subquery(),
        select(Observation.observed_at).where(*positioned).order_by(*newest).limit(1)
        .scalar_subquery()).where(Child.id.in_(ids))).all()
    last_seen = {child_id: seen for child_id, seen, _, _ in latest}
    positions = {child_id: (pos, at) for child_id, _, pos, at in latest if pos is not None}
    result = []
    for child_id in ids:
        seen = last_seen.get(child_id)
        seen = _as_aware(seen)
        position, position_at = positions.get(child_id, ("none", None))
        position_at = _as_aware(position_at)
        result.append(ChildStanding(
            child_id, names[child_id], homes.get(child_id, ""), WellbeingPosition(position),
            position_at.astimezone(LOCAL_TZ).date() if position_at else None,
            (today - seen.astimezone(LOCAL_TZ).date()).days if seen else None))
    result.sort(key=lambda c: c.name)
    return result


def _as_aware(value):
    """Aggregates bypass the column type on SQLite; give them back their UTC zone."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return UTCDateTime().process_result_value(value, None)


def _goals_due(s: Session, ids, today: date, names: dict) -> list[DueGoal]:
    if not ids:
        return []
    rows = s.execute(select(Goal.id, Goal.child_id, Goal.title, Goal.target_date).where(
        Goal.child_id.in_(ids), Goal.deleted_at.is_(None),
        Goal.status == GoalStatus.ACTIVE.value, Goal.target_date.is_not(None),
        Goal.target_date <= today + timedelta(days=GOALS_DUE_DAYS))
        .order_by(Goal.target_date))
    return [DueGoal(goal_id, child_id, names.get(child_id, ""), title, target,
                    (target - today).days) for goal_id, child_id, title, target in rows]


def _next_meeting(s: Session, ids, now: datetime) -> Upcoming | None:
    if not ids:
        return None
    row = s.execute(
        select(Meeting, Child.first_name, Child.last_name)
        .join(Child, Child.id == Meeting.child_id)
        .where(Meeting.child_id.in_(ids), Meeting.deleted_at.is_(None),
               Meeting.status == MeetingStatus.PLANNED.value, Meeting.starts_at >= now)
        .order_by(Meeting.starts_at).limit(1)).first()
    if row is None:
        return None
    meeting, first, last = row
    return Upcoming(meeting.id, meeting.starts_at,
                    f"{MeetingKind(meeting.kind).label} – {first} {last}", meeting.place)


def _next_visit(s: Session, ctx: AppContext, ids, now: datetime) -> Upcoming | None:
    query = (select(Visit, ChildminderHome.name)
             .outerjoin(ChildminderHome, ChildminderHome.id == Visit.home_id)
             .where(Visit.deleted_at.is_(None), Visit.visited_at >= now)
             .order_by(Visit.visited_at).limit(1))
    if ctx.user.role == UserRole.CHILDMINDER:
        query = query.where(ChildminderHome.childminder_id == ctx.user.professional_id)
    elif ctx.user.role == UserRole.CONSULTANT and ctx.user.professional_id:
        query = query.where(Visit.consultant_id == ctx.user.professional_id)
    row = s.execute(query).first()
    if row is None:
        return None
    visit, home_name = row
    return Upcoming(visit.id, visit.visited_at,
                    f"{VisitKind(visit.kind).label} – {home_name or Label('familie')}", "")


def _absences(s: Session, ids, today: date) -> list[AbsenceNotice]:
    """Current and coming absences in the homes where the user's children are placed."""
    if not ids:
        return []
    homes = select(Placement.home_id).where(Placement.child_id.in_(ids),
                                            Placement.deleted_at.is_(None),
                                            active_on(Placement, today))
    rows = s.execute(
        select(Absence, ChildminderHome.name)
        .join(ChildminderHome, ChildminderHome.id == Absence.home_id)
        .where(Absence.home_id.in_(homes), Absence.deleted_at.is_(None),
               Absence.ends_on >= today)
        .order_by(Absence.starts_on)).all()
    return [AbsenceNotice(a.id, name, a.starts_on, a.ends_on, AbsenceReason(a.reason))
            for a, name in rows]
