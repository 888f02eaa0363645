"""Goals (mål) per child: SMTTE fields, status, evaluation, the history of every change,
and the observations that evidence them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields, replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.domains import ALL_DOMAINS
from ...domain.enums import AuditAction, GoalStatus, MeetingKind, MeetingStatus
from ...domain.errors import NotFoundError, ValidationError
from ...store.models import Goal, GoalRevision, Meeting, Observation, ObservationGoal
from ..security import audit
from ..security.access import require_child
from ..context import AppContext

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
    measure_where: str = ""   # SMTTE: where the measure takes place


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
    measure_where: str = ""


def _validate(data: GoalInput) -> None:
    if not data.title.strip():
        raise ValidationError("Målet skal have en beskrivelse.")
    if data.domain not in _DOMAIN_CODES:
        raise ValidationError("Ukendt udviklingsområde: {domain}.", domain=data.domain)
    if data.start_date and data.target_date and data.target_date < data.start_date:
        raise ValidationError("Måldatoen ligger før startdatoen.",
                              log_message="goal target before start")


def check_goal(data: GoalInput) -> None:
    """Raise the Danish ValidationError a save would raise; for forms that collect goals
    to be saved later in one transaction (e.g. new goals agreed while holding a meeting)."""
    _validate(data)


def goal_info(goal: Goal, evidence: int = 0) -> GoalInfo:
    return GoalInfo(goal.id, goal.child_id, goal.domain, goal.title, goal.signs_of_progress,
                    goal.measures, goal.measure_who, goal.measure_how_often, goal.responsible,
                    goal.start_date, goal.target_date, GoalStatus(goal.status), goal.evaluation,
                    goal.action_plan_id, evidence, goal.measure_where)


def _values(data: GoalInput) -> dict:
    values = {f.name: getattr(data, f.name) for f in fields(GoalInput)}
    values["status"] = data.status.value
    return {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}


def insert_goal(session: Session, ctx: AppContext, data: GoalInput,
                meeting_id: uuid.UUID | None = None) -> Goal:
    """Create a goal inside the caller's transaction (also used when a meeting is held)."""
    _validate(data)
    require_child(session, ctx, data.child_id)
    goal = Goal(**_values(data))
    session.add(goal)
    session.flush()
    session.add(GoalRevision(goal_id=goal.id, child_id=goal.child_id, meeting_id=meeting_id,
                             changed_at=ctx.now(), changed_by=ctx.user.display_name,
                             action="create", new_value=goal.title))
    audit.record(session, ctx, AuditAction.CREATE, "goal", goal.id, child_id=goal.child_id)
    return goal


def create_goal(ctx: AppContext, data: GoalInput) -> GoalInfo:
    with ctx.db.transaction() as s:
        return goal_info(insert_goal(s, ctx, data))


def _apply(session: Session, ctx: AppContext, goal: Goal, values: dict, action: str,
           meeting_id: uuid.UUID | None = None) -> list[str]:
    """Set changed fields and keep one history row per field (old -> new)."""
    changed = sorted(k for k, v in values.items() if getattr(goal, k) != v)
    for key in changed:
        session.add(GoalRevision(
            goal_id=goal.id, child_id=goal.child_id, meeting_id=meeting_id,
            changed_at=ctx.now(), changed_by=ctx.user.display_name, action=action,
            field=key, old_value=_as_text(getattr(goal, key)), new_value=_as_text(values[key])))
        setattr(goal, key, values[key])
    audit.record(session, ctx, AuditAction.UPDATE, "goal", goal.id, child_id=goal.child_id,
                 detail=f"{action}:{','.join(changed)}")
    return changed


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def update_goal(ctx: AppContext, goal_id: uuid.UUID, data: GoalInput) -> GoalInfo:
    _validate(data)
    with ctx.db.transaction() as s:
        goal = require_goal(s, ctx, goal_id)
        if data.child_id != goal.child_id:
            raise ValidationError("Et mål kan ikke flyttes til et andet barn.")
        _apply(s, ctx, goal, _values(data), "update")
        return goal_info(goal)


def require_goal(session: Session, ctx: AppContext, goal_id: uuid.UUID) -> Goal:
    goal = session.get(Goal, goal_id)
    if goal is None or goal.is_deleted:
        raise NotFoundError("Målet med id {goal_id} findes ikke.", goal_id=goal_id)
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
    infos = [goal_info(g, counts.get(g.id, 0)) for g in goals]
    infos.sort(key=lambda g: g.status != GoalStatus.ACTIVE)
    return infos


def goals_for_meeting(ctx: AppContext, meeting_id: uuid.UUID) -> list[GoalInfo]:
    """The meeting's child's goals, each with the evidence counted for that meeting: from
    the status meeting before it up to the meeting (up to now while it is still planned),
    so the count stays what preparation showed after the meeting is held."""
    with ctx.db.transaction() as s:
        meeting = s.get(Meeting, meeting_id)
        if meeting is None or meeting.is_deleted or meeting.child_id is None:
            raise NotFoundError("Mødet med id {meeting_id} findes ikke eller handler ikke om et "
                                "barn.", meeting_id=meeting_id)
        require_child(s, ctx, meeting.child_id)
        held = meeting.status == MeetingStatus.HELD.value
        until = min(meeting.starts_at, ctx.now()) if held else ctx.now()
        since = s.scalar(select(func.max(Meeting.starts_at)).where(
            Meeting.child_id == meeting.child_id, Meeting.deleted_at.is_(None),
            Meeting.kind == MeetingKind.STATUS.value, Meeting.status == MeetingStatus.HELD.value,
            Meeting.id != meeting.id, Meeting.starts_at < meeting.starts_at))
        goals = list(s.scalars(select(Goal).where(
            Goal.child_id == meeting.child_id, Goal.deleted_at.is_(None))
            .order_by(Goal.sort_order, Goal.target_date, Goal.title)))
        counts = _evidence_counts(s, [g.id for g in goals], since, until)
        audit.record(s, ctx, AuditAction.VIEW, "goal_list", child_id=meeting.child_id)
    infos = [goal_info(g, counts.get(g.id, 0)) for g in goals]
    infos.sort(key=lambda g: g.status != GoalStatus.ACTIVE)
    return infos


def _evidence_counts(session: Session, goal_ids: list[uuid.UUID],
                     since: datetime | None,
                     until: datetime | None = None) -> dict[uuid.UUID, int]:
    if not goal_ids:
        return {}
    query = (select(ObservationGoal.goal_id, func.count())
             .join(Observation, Observation.id == ObservationGoal.observation_id)
             .where(ObservationGoal.goal_id.in_(goal_ids), ObservationGoal.deleted_at.is_(None),
                    Observation.deleted_at.is_(None))
             .group_by(ObservationGoal.goal_id))
    if since is not None:
        query = query.where(Observation.observed_at >= since)
    if until is not None:
        query = query.where(Observation.observed_at <= until)
    return dict(session.execute(query).all())


def get_goal(ctx: AppContext, goal_id: uuid.UUID) -> GoalInfo:
    with ctx.db.transaction() as s:
        goal = require_goal(s, ctx, goal_id)
        audit.record(s, ctx, AuditAction.VIEW, "goal", goal.id, child_id=goal.child_id)
        since = last_status_meeting_at(s, goal.child_id, ctx.now())
        return replace(goal_info(goal), evidence_count=_evidence_counts(s, [goal.id], since)
                       .get(goal.id, 0))


# --- Evaluation, status changes and history -------------------------------------------

EVALUATION_STATUSES = (GoalStatus.ACHIEVED, GoalStatus.PARTLY, GoalStatus.ADJUSTED,
                       GoalStatus.DROPPED)
# Goals still being worked on: they carry over into the next action plan.
OPEN_STATUSES = (GoalStatus.ACTIVE, GoalStatus.PARTLY, GoalStatus.ADJUSTED)

FIELD_LABELS = {
    "domain": "Udviklingsområde", "title": "Mål", "signs_of_progress": "Tegn på udvikling",
    "measures": "Indsats", "measure_who": "Hvem", "measure_how_often": "Hvor ofte",
    "measure_where": "Hvor",
    "responsible": "Ansvarlig", "start_date": "Startdato", "target_date": "Måldato",
    "status": "Status", "evaluation": "Evaluering", "action_plan_id": "Handleplan",
}


@dataclass(frozen=True)
class GoalChange:
    changed_at: datetime
    changed_by: str
    action: str          # create, update, evaluate, status
    field: str           # "" for the creation row
    field_label: str     # Danish
    old_value: str       # shown the way a person reads it (labels, dd-mm-yyyy)
    new_value: str
    meeting_id: uuid.UUID | None


def _validate_evaluation(status: GoalStatus, evaluation: str) -> None:
    if status not in EVALUATION_STATUSES:
        raise ValidationError("Vælg hvordan målet blev evalueret: opnået, delvist opnået, "
                              "justeret eller opgivet.",
                              log_message=f"evaluation status {status}")
    if not evaluation.strip():
        raise ValidationError("Skriv en kort evaluering af målet: hvad er der set og nået?",
                              log_message="goal evaluation without text")


def apply_evaluation(session: Session, ctx: AppContext, goal_id: uuid.UUID, status: GoalStatus,
                     evaluation: str, meeting_id: uuid.UUID | None = None) -> Goal:
    """Evaluate a goal inside the caller's transaction (a meeting evaluates several)."""
    _validate_evaluation(status, evaluation)
    goal = require_goal(session, ctx, goal_id)
    _apply(session, ctx, goal, {"status": status.value, "evaluation": evaluation.strip()},
           "evaluate", meeting_id)
    return goal


def evaluate_goal(ctx: AppContext, goal_id: uuid.UUID, status: GoalStatus, evaluation: str,
                  meeting_id: uuid.UUID | None = None) -> GoalInfo:
    with ctx.db.transaction() as s:
        return goal_info(apply_evaluation(s, ctx, goal_id, status, evaluation, meeting_id))


def change_goal_status(ctx: AppContext, goal_id: uuid.UUID, status: GoalStatus) -> GoalInfo:
    """E.g. take a dropped goal up again; the change is kept in the goal's history."""
    with ctx.db.transaction() as s:
        goal = require_goal(s, ctx, goal_id)
        _apply(s, ctx, goal, {"status": status.value}, "status")
        return goal_info(goal)


def _display(field: str, value: str) -> str:
    if not value:
        return ""
    if field == "status":
        return GoalStatus(value).label
    if field == "domain":
        return _DOMAIN_LABELS.get(value, value)
    if field in ("start_date", "target_date"):
        return date.fromisoformat(value).strftime("%d-%m-%Y")
    return value


_DOMAIN_LABELS = {d.code: d.label for d in ALL_DOMAINS}


def goal_history(ctx: AppContext, goal_id: uuid.UUID) -> list[GoalChange]:
    """Every change to the goal, oldest first: who, when, and old -> new per field."""
    with ctx.db.transaction() as s:
        goal = require_goal(s, ctx, goal_id)
        rows = s.scalars(select(GoalRevision).where(
            GoalRevision.goal_id == goal.id, GoalRevision.deleted_at.is_(None))
            .order_by(GoalRevision.changed_at, GoalRevision.created_at))
        changes = [GoalChange(r.changed_at, r.changed_by, r.action, r.field,
                              FIELD_LABELS.get(r.field, "Oprettet" if not r.field else r.field),
                              _display(r.field, r.old_value), _display(r.field, r.new_value),
                              r.meeting_id) for r in rows]
        audit.record(s, ctx, AuditAction.VIEW, "goal_history", goal.id, child_id=goal.child_id)
        return changes


def goal_evidence_ids(ctx: AppContext, goal_id: uuid.UUID, *,
                      since: datetime | None = None) -> list[uuid.UUID]:
    """The observations linked to the goal (its evidence), newest first.

    Rows are fetched with ``observations.get_observations`` like any timeline.
    """
    with ctx.db.transaction() as s:
        goal = require_goal(s, ctx, goal_id)
        query = (select(Observation.id)
                 .join(ObservationGoal, ObservationGoal.observation_id == Observation.id)
                 .where(ObservationGoal.goal_id == goal.id, ObservationGoal.deleted_at.is_(None),
                        Observation.deleted_at.is_(None))
                 .order_by(Observation.observed_at.desc()))
        if since is not None:
            query = query.where(Observation.observed_at >= since)
        audit.record(s, ctx, AuditAction.VIEW, "goal_evidence", goal.id, child_id=goal.child_id)
        return list(s.scalars(query))
