"""Placements (indskrivning) of a child in a home, never overbooking the home."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...domain.capacity import check_places_per_child
from ...domain.enums import AuditAction, ChildStatus, HomeKind, UserRole
from ...domain.errors import NotFoundError, ValidationError
from ...store.models import Child, ChildminderHome, Placement
from ..security import audit
from ..security.access import require_child
from ..context import AppContext
from .homes import peak_capacity


@dataclass(frozen=True)
class PlacementInfo:
    id: uuid.UUID
    child_id: uuid.UUID
    home_id: uuid.UUID
    home_name: str
    places: int
    start_date: date
    end_date: date | None
    end_reason: str
    next_institution: str

    def is_active(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or self.end_date >= day)


def placements_of(session: Session, child_id: uuid.UUID) -> list[PlacementInfo]:
    rows = session.execute(
        select(Placement, ChildminderHome.name)
        .join(ChildminderHome, ChildminderHome.id == Placement.home_id)
        .where(Placement.child_id == child_id, Placement.deleted_at.is_(None))
        .order_by(Placement.start_date.desc()))
    return [_info(p, name) for p, name in rows]


def _info(p: Placement, home_name: str) -> PlacementInfo:
    return PlacementInfo(p.id, p.child_id, p.home_id, home_name, p.places, p.start_date,
                         p.end_date, p.end_reason, p.next_institution)


def _refuse_overlap(session: Session, child: Child, start: date, end: date | None,
                    ignore_placement: uuid.UUID | None = None) -> None:
    """A child is in one home at a time: refuse a period overlapping another placement."""
    query = select(Placement).where(
        Placement.child_id == child.id, Placement.deleted_at.is_(None),
        or_(Placement.end_date.is_(None), Placement.end_date >= start),
        *([Placement.start_date <= end] if end else []))
    if ignore_placement is not None:
        query = query.where(Placement.id != ignore_placement)
    clash = session.scalar(query.limit(1))
    if clash is not None:
        other = session.get(ChildminderHome, clash.home_id)
        raise ValidationError(
            "{child} er allerede indskrevet hos {other} i perioden.",
            child=child.full_name, other=other.name,
            log_message="overlapping placement for child")


def place_child(ctx: AppContext, child_id: uuid.UUID, home_id: uuid.UUID, places: int,
                start_date: date, end_date: date | None = None) -> PlacementInfo:
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    if end_date is not None and end_date < start_date:
        raise ValidationError("Slutdatoen ligger før startdatoen.")
    if not isinstance(places, int) or places < 1:  # an ordinary home has no 2-4 rule
        raise ValidationError("Et barn optager mindst én plads.",
                              log_message=f"placement with {places!r} places")
    with ctx.db.transaction() as s:
        child = require_child(s, ctx, child_id)
        home = s.get(ChildminderHome, home_id)
        if home is None or home.is_deleted:
            raise NotFoundError("Dagplejehjemmet med id {home_id} findes ikke.", home_id=home_id)
        if home.kind == HomeKind.MINI.value:
            check_places_per_child(places)
        _refuse_overlap(s, child, start_date, end_date)
        peak_capacity(s, home, start_date, end_date).check_room_for(places)
        placement = Placement(child_id=child_id, home_id=home_id, places=places,
                              start_date=start_date, end_date=end_date)
        s.add(placement)
        if child.status == ChildStatus.REFERRED.value:
            child.status = ChildStatus.ACTIVE.value
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, "placement", placement.id, child_id=child_id,
                     detail=f"home={home_id} places={places}")
        return _info(placement, home.name)


def end_placement(ctx: AppContext, placement_id: uuid.UUID, end_date: date, reason: str,
                  next_institution: str = "") -> PlacementInfo:
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    with ctx.db.transaction() as s:
        placement = s.get(Placement, placement_id)
        if placement is None or placement.deleted_at is not None:
            raise NotFoundError("Indskrivningen med id {placement_id} findes ikke.",
                                placement_id=placement_id)
        if end_date < placement.start_date:
            raise ValidationError("Slutdatoen ligger før indskrivningens start.")
        if placement.end_date is not None and end_date > placement.end_date:
            # A later end keeps the places longer: the same rules as a new placement.
            added_from = placement.end_date + timedelta(days=1)
            home = s.get(ChildminderHome, placement.home_id)
            _refuse_overlap(s, s.get(Child, placement.child_id), added_from, end_date,
                            ignore_placement=placement.id)
            peak_capacity(s, home, added_from, end_date,
                          ignore_placement=placement.id).check_room_for(placement.places)
        placement.end_date, placement.end_reason = end_date, reason.strip()
        placement.next_institution = next_institution.strip()
        audit.record(s, ctx, AuditAction.UPDATE, "placement", placement.id,
                     child_id=placement.child_id, detail="ended")
        home = s.get(ChildminderHome, placement.home_id)
        return _info(placement, home.name)
