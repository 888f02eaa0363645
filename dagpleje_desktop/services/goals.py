"""Goals (mål) per child: SMTTE fields, status, and the observations that evidence them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields, replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.domains import ALL_DOMAINS
from ..domain.enums import AuditAction, GoalStatus, MeetingKind, MeetingStatus
from ..domain.errors import NotFoundError, ValidationError
from ..store.models import Goal, Meeting, Observation, ObservationGoal
from . import audit
from .access import require_child
from .context import AppContext

_DOMAIN_CODES = {d.code for d in ALL_DOMAINS}


@dataclass(frozen=True)
class GoalInput:
    child_id: uuid.UUID
    domain: str
    title: str
    signs_of_progress: str = ""
    measures: str = ""
    measure_who: str = ""
    measure_how_often: str = ""
    responsible: str = ""
    start_date: date | None = None
    target_date: date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    evaluation: str = ""
    action_plan_id: uuid.UUID | None = None


@dataclass(frozen=True)
class GoalInfo:
    id: uuid.UUID
    child_id: uuid.UUID
    domain: str
    title: str
    signs_of_progress: str
    measures: str
    measure_who: str
    measure_how_often: str
    responsible: str
    start_date: date | None
    target_date: date | None
    status: GoalStatus
    evaluation: str
    action_plan_id: uuid.UUID | None
    evidence_count: int = 0  # linked observations since the last held status meeting


def _validate(data: GoalInput) -> None:
    if not data.title.strip():
        raise ValidationError("Målet skal have en beskrivelse.")
    if data.domain not in _DOMAIN_CODES:
        raise ValidationError(f"Ukendt udviklingsområde: {data.domain}.")
    if data.start_date and data.target_date and data.target_date < data.start_date:
        raise ValidationError("Måldatoen ligger før startdatoen.",
                              log_message="goal target before start")


def _info(goal: Goal, evidence: int = 0) -> GoalInfo:
    return GoalInfo(goal.id, goal.child_id, goal.domain, goal.title, goal.signs_of_progress,
                    goal.measures, goal.measure_who, goal.measure_how_often, goal.responsible,
                    goal.start_date, goal.target_date, GoalStatus(goal.status), goal.evaluation,
                    goal.action_plan_id, evidence)


def _values(data: GoalInput) -> dict:
    values = {f.name: getattr(data, f.name) for f in fields(GoalInput)}
    values["status"] = data.status.value
    return {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}


def create_goal(ctx: AppContext, data: GoalInput) -> GoalInfo:
    _validate(data)
    with ctx.db.transaction() as s:
        require_child(s, ctx, data.child_id)
        goal = Goal(**_values(data))
        s.add(goal)
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, "goal", goal.id, child_id=goal.child_id)
        return _info(goal)


def update_goal(ctx: AppContext, goal_id: uuid.UUID, data: GoalInput) -> GoalInfo:
    _validate(data)
    with ctx.db.transaction() as s:
        goal = _require_goal(s, ctx, goal_id)
        if data.child_id != goal.child_id:
            raise ValidationError("Et mål kan ikke flyttes til et andet barn.")
        values = _values(data)
        changed = sorted(k for k, v in values.items() if getattr(goal, k) != v)
        for key in changed:
            setattr(goal, key, values[key])
        audit.record(s, ctx, AuditAction.UPDATE, "goal", goal.id, child_id=goal.child_id,
                     detail=",".join(changed))
        return _info(goal)


def _require_goal(session: Session, ctx: AppContext, goal_id: uuid.UUID) -> Goal:
    goal = session.get(Goal, goal_id)
    if goal is None or goal.is_deleted:
        raise NotFoundError(f"Målet med id {goal_id} findes ikke.")
    require_child(session, ctx, goal.child_id)
    return goal


def last_status_meeting_at(session: Session, child_id: uuid.UUID, now: datetime) -> datetime | None:
    return session.scalar(select(func.max(Meeting.starts_at)).where(
        Meeting.child_id == child_id, Meeting.deleted_at.is_(None),
        Meeting.kind == MeetingKind.STATUS.value, Meeting.status == MeetingStatus.HELD.value,
        Meeting.starts_at <= now))


def goals_for_child(ctx: AppContext, child_id: uuid.UUID, *,
                    active_only: bool = False) -> list[GoalInfo]:
    """The child's goals, active first, each with its evidence since the last status meeting."""
    with ctx.db.transaction() as s:
        require_child(s, ctx, child_id)
        query = select(Goal).where(Goal.child_id == child_id, Goal.deleted_at.is_(None))
        if active_only:
            query = query.where(Goal.status == GoalStatus.ACTIVE.value)
        goals = list(s.scalars(query.order_by(Goal.sort_order, Goal.target_date, Goal.title)))
        since = last_status_meeting_at(s, child_id, ctx.now())
        counts = _evidence_counts(s, [g.id for g in goals], since)
        audit.record(s, ctx, AuditAction.VIEW, "goal_list", child_id=child_id)
    infos = [_info(g, counts.get(g.id, 0)) for g in goals]
    infos.sort(key=lambda g: g.status != GoalStatus.ACTIVE)
    return infos


def _evidence_counts(session: Session, goal_ids: list[uuid.UUID],
                     since: datetime | None) -> dict[uuid.UUID, int]:
    if not goal_ids:
        return {}
    query = (select(ObservationGoal.goal_id, func.count())
             .join(Observation, Observation.id == ObservationGoal.observation_id)
             .where(ObservationGoal.goal_id.in_(goal_ids), ObservationGoal.deleted_at.is_(None),
                    Observation.deleted_at.is_(None))
             .group_by(ObservationGoal.goal_id))
    if since is not None:
        query = query.where(Observation.observed_at >= since)
    return dict(session.execute(query).all())


def get_goal(ctx: AppContext, goal_id: uuid.UUID) -> GoalInfo:
    with ctx.db.transaction() as s:
        goal = _require_goal(s, ctx, goal_id)
        audit.record(s, ctx, AuditAction.VIEW, "goal", goal.id, child_id=goal.child_id)
        since = last_status_meeting_at(s, goal.child_id, ctx.now())
        return replace(_info(goal), evidence_count=_evidence_counts(s, [goal.id], since)
                       .get(goal.id, 0))
