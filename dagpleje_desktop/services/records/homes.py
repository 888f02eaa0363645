"""Childminder homes and their capacity (a home is never overbooked)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...domain.capacity import HomeCapacity
from ...domain.enums import AuditAction, HomeKind, UserRole
from ...domain.errors import NotFoundError, ValidationError
from ...store.models import ChildminderHome, Placement
from ..security import audit
from ..security.access import active_on
from ..context import AppContext


@dataclass(frozen=True)
class HomeInput:
    name: str
    kind: HomeKind
    places: int
    childminder_id: uuid.UUID | None = None
    address: str = ""
    postal_code: str = ""
    city: str = ""
    phone: str = ""
    adaptations: str = ""
    latitude: float | None = None   # lets guest-care proposals sort by distance
    longitude: float | None = None


@dataclass(frozen=True)
class HomeInfo:
    id: uuid.UUID
    name: str
    kind: HomeKind
    places: int
    taken: int
    childminder_id: uuid.UUID | None
    childminder_name: str
    address: str
    postal_code: str
    city: str
    phone: str
    adaptations: str

    @property
    def free(self) -> int:
        return max(self.places - self.taken, 0)


def places_taken(session: Session, home_id: uuid.UUID, day: date,
                 ignore_placement: uuid.UUID | None = None) -> int:
    query = select(Placement.places).where(
        Placement.home_id == home_id, Placement.deleted_at.is_(None), active_on(Placement, day))
    if ignore_placement is not None:
        query = query.where(Placement.id != ignore_placement)
    return sum(session.scalars(query))


def peak_capacity(session: Session, home: ChildminderHome, start: date, end: date | None,
                  ignore_placement: uuid.UUID | None = None) -> HomeCapacity:
    """The fullest day of the home within [start, end]: where overbooking would bite."""
    overlapping = select(Placement.start_date).where(
        Placement.home_id == home.id, Placement.deleted_at.is_(None),
        Placement.start_date > start)
    if end is not None:
        overlapping = overlapping.where(Placement.start_date <= end)
    days = {start, *session.scalars(overlapping)}
    taken = max(places_taken(session, home.id, d, ignore_placement) for d in days)
    return HomeCapacity(home.name, home.places, taken)


def peak_capacities(session: Session, homes: list[ChildminderHome],
                    start: date) -> dict[uuid.UUID, HomeCapacity]:
    """``peak_capacity`` from ``start`` on (open end) for many homes, from one read of
    their placements: the committee's list holds every mini home of the municipality."""
    ids = [home.id for home in homes]
    placements: dict[uuid.UUID, list] = {home_id: [] for home_id in ids}
    for part in range(0, len(ids), 500):
        for row in session.execute(select(
                Placement.home_id, Placement.places, Placement.start_date, Placement.end_date)
                .where(Placement.home_id.in_(ids[part:part + 500]),
                       Placement.deleted_at.is_(None),
                       or_(Placement.end_date.is_(None), Placement.end_date >= start))):
            placements[row.home_id].append(row)

    def taken_on(rows, day: date) -> int:
        return sum(r.places for r in rows
                   if r.start_date <= day and (r.end_date is None or r.end_date >= day))

    found = {}
    for home in homes:
        rows = placements[home.id]
        days = {start, *(r.start_date for r in rows if r.start_date > start)}
        found[home.id] = HomeCapacity(home.name, home.places,
                                      max(taken_on(rows, day) for day in days))
    return found


def _info(session: Session, home: ChildminderHome, day: date) -> HomeInfo:
    return HomeInfo(home.id, home.name, HomeKind(home.kind), home.places,
                    places_taken(session, home.id, day), home.childminder_id,
                    home.childminder.name if home.childminder else "", home.address,
                    home.postal_code, home.city, home.phone, home.adaptations)


def _validate(data: HomeInput) -> None:
    if not data.name.strip():
        raise ValidationError("Dagplejehjemmet skal have et navn.")
    if not 1 <= data.places <= 10:
        raise ValidationError("Antal pladser skal være mellem 1 og 10, ikke {places}.",
                              places=data.places)


def create_home(ctx: AppContext, data: HomeInput) -> HomeInfo:
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    _validate(data)
    with ctx.db.transaction() as s:
        home = ChildminderHome(name=data.name.strip(), kind=data.kind.value, places=data.places,
                               childminder_id=data.childminder_id, address=data.address,
                               postal_code=data.postal_code, city=data.city, phone=data.phone,
                               adaptations=data.adaptations, latitude=data.latitude,
                               longitude=data.longitude)
        s.add(home)
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, "childminder_home", home.id)
        return _info(s, home, ctx.today())


def list_homes(ctx: AppContext, kind: HomeKind | None = None) -> list[HomeInfo]:
    with ctx.db.transaction() as s:
        query = select(ChildminderHome).where(ChildminderHome.deleted_at.is_(None)) \
            .order_by(ChildminderHome.name)
        if kind is not None:
            query = query.where(ChildminderHome.kind == kind.value)
        if ctx.user.role == UserRole.CHILDMINDER:  # a childminder sees her own home only
            query = query.where(ChildminderHome.childminder_id == ctx.user.professional_id)
        return [_info(s, h, ctx.today()) for h in s.scalars(query)]


def get_home(ctx: AppContext, home_id: uuid.UUID) -> HomeInfo:
    with ctx.db.transaction() as s:
        home = s.get(ChildminderHome, home_id)
        if home is None or home.is_deleted:
            raise NotFoundError("Dagplejehjemmet med id {home_id} findes ikke.", home_id=home_id)
        return _info(s, home, ctx.today())
