"""Supervision visits (tilsyn) per home and home visits (hjemmebesøg) to families.

The consultants supervise every mini home at least once a month (seed 000):
``supervision_due`` says which homes are due or overdue.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.enums import AuditAction, HomeKind, UserRole, VisitKind
from ...domain.errors import NotFoundError, ValidationError
from ...store.models import ChildminderHome, FollowUp, Professional, Visit
from ..security import audit
from ..security.access import require_child, visible_child_ids
from ..context import LOCAL_TZ, AppContext
from .follow_ups import FollowUpInfo, FollowUpInput, follow_ups_where, insert_follow_up

OVERDUE_AFTER_DAYS = 30   # "at least once a month": more than 30 days is overdue
DUE_SOON_DAYS = 25        # from here on the home shows as due
RECENT_SUPERVISION_DAYS = 2 * OVERDUE_AFTER_DAYS  # where a home's last visit is looked for first


@dataclass(frozen=True)
class VisitInput:
    kind: VisitKind
    visited_at: datetime
    home_id: uuid.UUID | None = None    # supervision: the home
    child_id: uuid.UUID | None = None   # home visit: the family's child
    notes: str = ""
    consultant_id: uuid.UUID | None = None  # None: the logged-in user
    follow_ups: tuple[FollowUpInput, ...] = ()


@dataclass(frozen=True)
class VisitInfo:
    id: uuid.UUID
    kind: VisitKind
    visited_at: datetime
    home_id: uuid.UUID | None
    home_name: str
    child_id: uuid.UUID | None
    consultant_id: uuid.UUID | None
    consultant_name: str
    notes: str
    follow_ups: list[FollowUpInfo] = field(default_factory=list)


@dataclass(frozen=True)
class SupervisionStatus:
    home_id: uuid.UUID
    home_name: str
    last_visit: date | None
    days_since: int | None   # None: never visited
    overdue: bool
    due: bool                # overdue, or due within the next few days


def _validate(data: VisitInput) -> None:
    if data.visited_at.tzinfo is None:
        raise ValueError("visited_at must be timezone-aware")
    if data.kind == VisitKind.SUPERVISION and data.home_id is None:
        raise ValidationError("Vælg hvilket dagplejehjem tilsynet var hos.",
                              log_message="supervision without home")
    if data.kind == VisitKind.HOME and data.child_id is None:
        raise ValidationError("Vælg hvilket barns familie hjemmebesøget var hos.",
                              log_message="home visit without child")


def _check_refs(s: Session, ctx: AppContext, data: VisitInput) -> None:
    if data.home_id is not None:
        home = s.get(ChildminderHome, data.home_id)
        if home is None or home.is_deleted:
            raise ValidationError("Dagplejehjemmet findes ikke.")
    if data.child_id is not None:
        require_child(s, ctx, data.child_id)


def record_visit(ctx: AppContext, data: VisitInput) -> VisitInfo:
    """A visit held or planned (a time in the future is a planned visit)."""
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    _validate(data)
    with ctx.db.transaction() as s:
        _check_refs(s, ctx, data)
        visit = Visit(kind=data.kind.value, visited_at=data.visited_at, home_id=data.home_id,
                      child_id=data.child_id, notes=data.notes.strip(),
                      consultant_id=data.consultant_id or ctx.user.professional_id)
        s.add(visit)
        s.flush()
        for follow_up in data.follow_ups:
            insert_follow_up(s, ctx, follow_up, visit_id=visit.id, child_id=data.child_id)
        audit.record(s, ctx, AuditAction.CREATE, "visit", visit.id, child_id=visit.child_id)
        s.flush()
        return _infos(s, [visit])[0]


def _require_visit(s: Session, ctx: AppContext, visit_id: uuid.UUID) -> Visit:
    visit = s.get(Visit, visit_id)
    if visit is None or visit.is_deleted:
        raise NotFoundError("Besøget med id {visit_id} findes ikke.", visit_id=visit_id)
    if visit.child_id is not None:
        require_child(s, ctx, visit.child_id)
    return visit


def update_visit(ctx: AppContext, visit_id: uuid.UUID, data: VisitInput) -> VisitInfo:
    """Change time and notes (e.g. move a planned visit); new follow-ups are added."""
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    _validate(data)
    with ctx.db.transaction() as s:
        visit = _require_visit(s, ctx, visit_id)
        if VisitKind(visit.kind) != data.kind:
            raise ValidationError("Et tilsyn kan ikke laves om til et hjemmebesøg (eller "
                                  "omvendt); opret et nyt besøg.")
        _check_refs(s, ctx, data)
        visit.visited_at, visit.notes = data.visited_at, data.notes.strip()
        visit.home_id, visit.child_id = data.home_id, data.child_id
        if data.consultant_id is not None:
            visit.consultant_id = data.consultant_id
        for follow_up in data.follow_ups:
            insert_follow_up(s, ctx, follow_up, visit_id=visit.id, child_id=visit.child_id)
        audit.record(s, ctx, AuditAction.UPDATE, "visit", visit.id, child_id=visit.child_id)
        s.flush()
        return _infos(s, [visit])[0]


def delete_visit(ctx: AppContext, visit_id: uuid.UUID) -> None:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    with ctx.db.transaction() as s:
        visit = _require_visit(s, ctx, visit_id)
        visit.deleted_at = ctx.now()
        audit.record(s, ctx, AuditAction.DELETE, "visit", visit.id, child_id=visit.child_id)


def get_visit(ctx: AppContext, visit_id: uuid.UUID) -> VisitInfo:
    with ctx.db.transaction() as s:
        visit = _require_visit(s, ctx, visit_id)
        audit.record(s, ctx, AuditAction.VIEW, "visit", visit.id, child_id=visit.child_id)
        return _infos(s, [visit])[0]


def list_visits(ctx: AppContext, *, home_id: uuid.UUID | None = None,
                child_id: uuid.UUID | None = None, kind: VisitKind | None = None,
                since: datetime | None = None, until: datetime | None = None) -> list[VisitInfo]:
    """Visits newest first, filtered by home, family (child), kind and period."""
    with ctx.db.transaction() as s:
        query = select(Visit).where(Visit.deleted_at.is_(None))
        if home_id is not None:
            query = query.where(Visit.home_id == home_id)
        if child_id is not None:
            require_child(s, ctx, child_id)
            query = query.where(Visit.child_id == child_id)
        if kind is not None:
            query = query.where(Visit.kind == kind.value)
        if since is not None:
            query = query.where(Visit.visited_at >= since)
        if until is not None:
            query = query.where(Visit.visited_at < until)
        rows = list(s.scalars(query.order_by(Visit.visited_at.desc())))
        visible = visible_child_ids(s, ctx)
        if visible is not None:  # a childminder sees visits to her own home and families
            own = set(s.scalars(select(ChildminderHome.id).where(
                ChildminderHome.childminder_id == ctx.user.professional_id)))
            rows = [v for v in rows if v.child_id in visible
                    or (v.child_id is None and v.home_id in own)]
        audit.record(s, ctx, AuditAction.VIEW, "visit_list", child_id=child_id,
                     detail=f"{len(rows)} visits")
        return _infos(s, rows)


def _infos(s: Session, rows: list[Visit]) -> list[VisitInfo]:
    homes = {h.id: h.name for h in s.scalars(select(ChildminderHome).where(
        ChildminderHome.id.in_({v.home_id for v in rows if v.home_id})))}
    people = {p.id: p.name for p in s.scalars(select(Professional).where(
        Professional.id.in_({v.consultant_id for v in rows if v.consultant_id})))}
    tasks: dict[uuid.UUID, list[FollowUpInfo]] = defaultdict(list)
    for task in follow_ups_where(s, FollowUp.visit_id.in_([v.id for v in rows])):
        tasks[task.visit_id].append(task)
    return [VisitInfo(v.id, VisitKind(v.kind), v.visited_at, v.home_id,
                      homes.get(v.home_id, ""), v.child_id, v.consultant_id,
                      people.get(v.consultant_id, ""), v.notes, tasks[v.id]) for v in rows]


def supervision_due(ctx: AppContext) -> list[SupervisionStatus]:
    """Every mini home with its last supervision visit; overdue and longest-waiting first."""
    with ctx.db.transaction() as s:
        found = supervision_statuses(s, ctx.today(), ctx.now())
        if ctx.user.role == UserRole.CHILDMINDER:  # her own home only
            own = set(s.scalars(select(ChildminderHome.id).where(
                ChildminderHome.childminder_id == ctx.user.professional_id)))
            found = [r for r in found if r.home_id in own]
        return found


def _last_supervisions(s: Session, now: datetime, home_ids: list) -> dict:
    """Each home's newest supervision visit up to ``now``. Most homes had one within the
    last weeks: those are found in the recent visits (the visit-time index), and only the
    rest are looked for in their whole history (ten years of visits in a municipality)."""
    def newest(*conditions) -> dict:
        return dict(s.execute(
            select(Visit.home_id, func.max(Visit.visited_at))
            .where(Visit.deleted_at.is_(None), Visit.kind == VisitKind.SUPERVISION.value,
                   Visit.visited_at <= now, Visit.home_id.is_not(None), *conditions)
            .group_by(Visit.home_id)).all())
    last = newest(Visit.visited_at >= now - timedelta(days=RECENT_SUPERVISION_DAYS))
    missing = [home_id for home_id in home_ids if home_id not in last]
    for start in range(0, len(missing), 500):
        last.update(newest(Visit.home_id.in_(missing[start:start + 500])))
    return last


def supervision_statuses(s: Session, today: date, now: datetime) -> list[SupervisionStatus]:
    homes = list(s.execute(select(ChildminderHome.id, ChildminderHome.name).where(
        ChildminderHome.deleted_at.is_(None), ChildminderHome.kind == HomeKind.MINI.value)
        .order_by(ChildminderHome.name)))
    last = _last_supervisions(s, now, [home.id for home in homes])
    result = []
    for home in homes:
        seen = _local_day(last.get(home.id))
        days = (today - seen).days if seen else None
        overdue = days is None or days > OVERDUE_AFTER_DAYS
        result.append(SupervisionStatus(home.id, home.name, seen, days, overdue,
                                        overdue or days >= DUE_SOON_DAYS))
    result.sort(key=lambda r: (not r.overdue, -(r.days_since if r.days_since is not None
                                                else 10**6), r.home_name))
    return result


def _local_day(value) -> date | None:
    """Aggregates bypass the column type on SQLite: give the value its UTC zone back."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(LOCAL_TZ).date()
