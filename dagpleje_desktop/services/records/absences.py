"""A childminder's absence (fravær): illness, holiday, course or time off, for a period,
and the children it affects. Guest care for them is planned in ``guest_care``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.enums import AbsenceReason, AuditAction, UserRole
from ...domain.errors import Label, NotFoundError, ValidationError
from ...reports.dates import short_date
from ...store.models import Absence, Child, ChildminderHome, GuestCare, Placement
from ...store.types import utcnow
from ..security import audit
from ..context import AppContext

MAX_ABSENCE_DAYS = 366


@dataclass(frozen=True)
class AbsenceInput:
    home_id: uuid.UUID
    starts_on: date
    ends_on: date
    reason: AbsenceReason
    note: str = ""


@dataclass(frozen=True)
class AbsenceInfo:
    id: uuid.UUID
    home_id: uuid.UUID
    home_name: str
    starts_on: date
    ends_on: date
    reason: AbsenceReason
    note: str

    @property
    def days(self) -> int:
        return (self.ends_on - self.starts_on).days + 1

    @property
    def period(self) -> str:
        return f"{short_date(self.starts_on)}-{short_date(self.ends_on)}"


@dataclass(frozen=True)
class GuestCareInfo:
    id: uuid.UUID
    absence_id: uuid.UUID | None
    child_id: uuid.UUID
    child_name: str
    guest_home_id: uuid.UUID
    guest_home_name: str
    own_home_id: uuid.UUID | None     # the child's own (mini) home in the period
    own_home_name: str
    starts_on: date
    ends_on: date
    places: int
    note: str


@dataclass(frozen=True)
class AffectedChild:
    child_id: uuid.UUID
    child_name: str
    places: int                  # what the child counts for in the mini home
    special_needs: str
    starts_on: date              # the days of the absence the child is placed there
    ends_on: date
    guest_care: list[GuestCareInfo] = field(default_factory=list)  # booked for the absence


def _info(absence: Absence, home_name: str) -> AbsenceInfo:
    return AbsenceInfo(absence.id, absence.home_id, home_name, absence.starts_on,
                       absence.ends_on, AbsenceReason(absence.reason), absence.note)


def _require_home(s: Session, ctx: AppContext, home_id: uuid.UUID) -> ChildminderHome:
    home = s.get(ChildminderHome, home_id)
    if home is None or home.is_deleted:
        raise NotFoundError("Dagplejehjemmet med id {home_id} findes ikke.", home_id=home_id)
    if ctx.user.role == UserRole.CHILDMINDER and home.childminder_id != ctx.user.professional_id:
        raise NotFoundError("Dagplejehjemmet med id {home_id} findes ikke.", home_id=home_id,
                            log_message="childminder asked for another home's absence")
    return home


def require_absence(s: Session, ctx: AppContext, absence_id: uuid.UUID) -> Absence:
    absence = s.get(Absence, absence_id)
    if absence is None or absence.is_deleted:
        raise NotFoundError("Fraværet med id {absence_id} findes ikke.", absence_id=absence_id)
    _require_home(s, ctx, absence.home_id)
    return absence


def absences_overlapping(s: Session, home_ids, start: date, end: date) -> list[Absence]:
    return list(s.scalars(select(Absence).where(
        Absence.home_id.in_(home_ids), Absence.deleted_at.is_(None),
        Absence.starts_on <= end, Absence.ends_on >= start)))


def register_absence(ctx: AppContext, data: AbsenceInput) -> AbsenceInfo:
    """The childminder registers her own absence; consultants and the office any home's."""
    if data.ends_on < data.starts_on:
        raise ValidationError("Fraværet slutter {ends_on}, før det begynder {starts_on}.",
                              ends_on=short_date(data.ends_on),
                              starts_on=short_date(data.starts_on),
                              log_message="absence ends before it starts")
    if (data.ends_on - data.starts_on).days + 1 > MAX_ABSENCE_DAYS:
        raise ValidationError("Et fravær kan højst registreres for et år ad gangen.")
    with ctx.db.transaction() as s:
        home = _require_home(s, ctx, data.home_id)
        clash = absences_overlapping(s, [home.id], data.starts_on, data.ends_on)
        if clash:
            other = clash[0]
            raise ValidationError(
                "{home} har allerede fravær {starts_on}-{ends_on} ({reason}). Ret det fravær i "
                "stedet for at registrere et nyt, der overlapper.",
                home=home.name, starts_on=short_date(other.starts_on),
                ends_on=short_date(other.ends_on),
                reason=Label(AbsenceReason(other.reason).label.lower()),
                log_message="overlapping absence")
        absence = Absence(home_id=home.id, starts_on=data.starts_on, ends_on=data.ends_on,
                          reason=data.reason.value, note=data.note.strip())
        s.add(absence)
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, "absence", absence.id,
                     detail=f"{data.reason.value} {data.starts_on}..{data.ends_on}")
        return _info(absence, home.name)


def cancel_absence(ctx: AppContext, absence_id: uuid.UUID) -> None:
    """Remove the absence and the guest care booked for it (the child stays at home)."""
    with ctx.db.transaction() as s:
        absence = require_absence(s, ctx, absence_id)
        now = utcnow()
        absence.deleted_at = now
        for care in s.scalars(select(GuestCare).where(GuestCare.absence_id == absence.id,
                                                      GuestCare.deleted_at.is_(None))):
            care.deleted_at = now
            audit.record(s, ctx, AuditAction.DELETE, "guest_care", care.id,
                         child_id=care.child_id, detail="absence cancelled")
        audit.record(s, ctx, AuditAction.DELETE, "absence", absence.id)


def get_absence(ctx: AppContext, absence_id: uuid.UUID) -> AbsenceInfo:
    with ctx.db.transaction() as s:
        absence = require_absence(s, ctx, absence_id)
        return _info(absence, s.get(ChildminderHome, absence.home_id).name)


def list_absences(ctx: AppContext, *, home_id: uuid.UUID | None = None,
                  since: date | None = None) -> list[AbsenceInfo]:
    """Absences in date order; a childminder sees her own homes' only."""
    with ctx.db.transaction() as s:
        query = select(Absence, ChildminderHome.name) \
            .join(ChildminderHome, ChildminderHome.id == Absence.home_id) \
            .where(Absence.deleted_at.is_(None)).order_by(Absence.starts_on, ChildminderHome.name)
        if home_id is not None:
            _require_home(s, ctx, home_id)
            query = query.where(Absence.home_id == home_id)
        if ctx.user.role == UserRole.CHILDMINDER:
            query = query.where(ChildminderHome.childminder_id == ctx.user.professional_id)
        if since is not None:
            query = query.where(Absence.ends_on >= since)
        return [_info(a, name) for a, name in s.execute(query)]


def placed_during(s: Session, home_id: uuid.UUID, start: date, end: date) -> list[Placement]:
    """Placements in the home that overlap [start, end]."""
    return list(s.scalars(select(Placement).where(
        Placement.home_id == home_id, Placement.deleted_at.is_(None),
        Placement.start_date <= end,
        (Placement.end_date.is_(None)) | (Placement.end_date >= start))))


def guest_care_infos(s: Session, rows: list[GuestCare]) -> list[GuestCareInfo]:
    result = []
    for g in rows:
        child, guest = s.get(Child, g.child_id), s.get(ChildminderHome, g.guest_home_id)
        own = s.scalar(select(ChildminderHome).join(
            Placement, Placement.home_id == ChildminderHome.id).where(
            Placement.child_id == g.child_id, Placement.deleted_at.is_(None),
            Placement.start_date <= g.ends_on,
            (Placement.end_date.is_(None)) | (Placement.end_date >= g.starts_on)).limit(1))
        result.append(GuestCareInfo(g.id, g.absence_id, g.child_id, child.full_name, guest.id,
                                    guest.name, own.id if own else None,
                                    own.name if own else "", g.starts_on, g.ends_on,
                                    g.places, g.note))
    return result


def affected_children(ctx: AppContext, absence_id: uuid.UUID) -> list[AffectedChild]:
    """The children placed in the absent childminder's home during the absence, with the
    guest care already booked for them."""
    with ctx.db.transaction() as s:
        absence = require_absence(s, ctx, absence_id)
        result = affected_in(s, absence)
        for child in result:
            audit.record(s, ctx, AuditAction.VIEW, "absence", absence.id,
                         child_id=child.child_id, detail="affected child")
        return result


def affected_in(s: Session, absence: Absence) -> list[AffectedChild]:
    placed = placed_during(s, absence.home_id, absence.starts_on, absence.ends_on)
    booked = list(s.scalars(select(GuestCare).where(
        GuestCare.absence_id == absence.id, GuestCare.deleted_at.is_(None))
        .order_by(GuestCare.starts_on)))
    result, seen = [], set()
    for placement in sorted(placed, key=lambda p: p.start_date):
        child = s.get(Child, placement.child_id)
        if child is None or child.is_deleted or child.id in seen:
            continue
        seen.add(child.id)
        mine = [g for g in booked if g.child_id == child.id]
        starts_on = max(absence.starts_on, placement.start_date)
        ends_on = min(absence.ends_on, placement.end_date or absence.ends_on)
        result.append(AffectedChild(child.id, child.full_name, placement.places,
                                    child.special_needs, starts_on, ends_on,
                                    guest_care_infos(s, mine)))
    return sorted(result, key=lambda c: c.child_name)
