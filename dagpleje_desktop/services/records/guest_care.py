"""Guest care (gæstepleje) while the mini-childminder is away: propose ordinary homes with
room on every day of the period, nearest first, and book one.

Seed 000: guest care is with an ordinary childminder, where there are usually four other
children besides the mini child, so the child's needs cannot be met the same way. An
ordinary home's ``places`` therefore counts the guest too (typically 4 + 1 = 5); the
guest takes one place there, whatever she counts for in the mini home.
"""

from __future__ import annotations

import math
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.enums import AbsenceReason, AuditAction, HomeKind, UserRole
from ...domain.errors import CapacityError, Label, NotFoundError, ValidationError
from ...reports.dates import short_date
from ...store.models import Absence, Child, ChildminderHome, GuestCare, Placement
from ...domain.danish import Possessive
from ...domain.errors import Notice
from ..security import audit
from .absences import (AffectedChild, GuestCareInfo, absences_overlapping, affected_in,
                       guest_care_infos, require_absence)
from ..security.access import visible_child_ids
from ..context import AppContext

GUEST_PLACES = 1
EARTH_RADIUS_KM = 6371.0


def needs_warning(child_name: str) -> str:
    return Notice("Hos en almindelig dagplejer er der oftest 4 andre børn. {child} særlige "
                  "behov kan derfor ikke tilgodeses på samme måde som i Mini-dagplejen. Giv "
                  "gæstedagplejeren taskesedlen med rutiner, behov, allergier, medicin og "
                  "kontakter.", child=Possessive(child_name))


@dataclass(frozen=True)
class GuestHomeProposal:
    home_id: uuid.UUID
    home_name: str
    free_places: int              # on the fullest day of the period, before this child
    distance_km: float | None     # None: the address has no coordinates
    address: str


@dataclass(frozen=True)
class ChildProposals:
    child_id: uuid.UUID
    child_name: str
    starts_on: date
    ends_on: date
    homes: list[GuestHomeProposal]
    warning: str                  # the child's special needs cannot be met the same way
    booked: list[GuestCareInfo] = field(default_factory=list)

    def as_dict(self) -> dict:
        """The shape the CLI prints as JSON."""
        return {"child_id": str(self.child_id),
                "homes": [{"home_id": str(h.home_id), "home_name": h.home_name,
                           "free_places": h.free_places} for h in self.homes]}


@dataclass(frozen=True)
class GuestCareInput:
    absence_id: uuid.UUID
    child_id: uuid.UUID
    guest_home_id: uuid.UUID
    starts_on: date | None = None   # None: the days of the absence the child needs care
    ends_on: date | None = None
    note: str = ""


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; plenty for "which home is nearest" within a municipality."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def _distance(a: ChildminderHome, b: ChildminderHome) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    return round(haversine_km(a.latitude, a.longitude, b.latitude, b.longitude), 1)


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def daily_taken(s: Session, home_ids, start: date, end: date) -> dict[uuid.UUID, dict]:
    """Per home, per day in [start, end]: places taken by placements and guest care."""
    taken: dict[uuid.UUID, dict[date, int]] = {h: defaultdict(int) for h in home_ids}
    if not taken:
        return taken
    periods = [(p.home_id, p.start_date, p.end_date or end, p.places) for p in s.scalars(
        select(Placement).where(Placement.home_id.in_(home_ids), Placement.deleted_at.is_(None),
                                Placement.start_date <= end,
                                (Placement.end_date.is_(None)) | (Placement.end_date >= start)))]
    periods += [(g.guest_home_id, g.starts_on, g.ends_on, g.places) for g in s.scalars(
        select(GuestCare).where(GuestCare.guest_home_id.in_(home_ids),
                                GuestCare.deleted_at.is_(None),
                                GuestCare.starts_on <= end, GuestCare.ends_on >= start))]
    for home_id, first, last, places in periods:
        for day in _days(max(first, start), min(last, end)):
            taken[home_id][day] += places
    return taken


def _most_taken(per_day: dict, start: date, end: date) -> int:
    """Places taken on the home's fullest day of the period."""
    return max(per_day.get(d, 0) for d in _days(start, end))


def _candidates(s: Session, absent: ChildminderHome, start: date,
                end: date) -> list[ChildminderHome]:
    """Ordinary homes other than the absent one whose childminder is not away herself."""
    homes = list(s.scalars(select(ChildminderHome).where(
        ChildminderHome.deleted_at.is_(None), ChildminderHome.kind == HomeKind.ORDINARY.value,
        ChildminderHome.id != absent.id)))
    away = {a.home_id for a in absences_overlapping(s, [h.id for h in homes], start, end)}
    return [h for h in homes if h.id not in away]


def _proposals_for(s: Session, absent: ChildminderHome, child: AffectedChild) -> ChildProposals:
    start, end = child.starts_on, child.ends_on
    homes = _candidates(s, absent, start, end)
    taken = daily_taken(s, [h.id for h in homes], start, end)
    found = []
    for home in homes:
        free = home.places - _most_taken(taken[home.id], start, end)
        if free >= GUEST_PLACES:
            address = ", ".join(p for p in (home.address, home.city) if p)
            found.append(GuestHomeProposal(home.id, home.name, free,
                                           _distance(absent, home), address))
    found.sort(key=lambda h: (h.distance_km is None, h.distance_km or 0.0,
                              h.home_name.casefold()))
    return ChildProposals(child.child_id, child.child_name, start, end, found,
                          needs_warning(child.child_name), child.guest_care)


def propose_guest_homes(ctx: AppContext, absence_id: uuid.UUID) -> list[ChildProposals]:
    """Per affected child: ordinary homes with room on every day the child needs care,
    nearest first when both addresses have coordinates, otherwise by name."""
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    with ctx.db.transaction() as s:
        absence = require_absence(s, ctx, absence_id)
        absent = s.get(ChildminderHome, absence.home_id)
        result = [_proposals_for(s, absent, child) for child in affected_in(s, absence)]
        for proposal in result:
            audit.record(s, ctx, AuditAction.VIEW, "guest_care_proposal", absence.id,
                         child_id=proposal.child_id, detail=f"{len(proposal.homes)} homes")
        return result


# --- booking ----------------------------------------------------------------------------

def _guest_home(s: Session, home_id: uuid.UUID, absence: Absence, start: date,
                end: date) -> ChildminderHome:
    home = s.get(ChildminderHome, home_id)
    if home is None or home.is_deleted:
        raise NotFoundError("Dagplejehjemmet med id {home_id} findes ikke.", home_id=home_id)
    if home.id == absence.home_id:
        raise ValidationError("{home} er det hjem, hvor dagplejeren er fraværende.",
                              home=home.name)
    if home.kind != HomeKind.ORDINARY.value:
        raise ValidationError("Gæstepleje gives hos en almindelig dagplejer; {home} er et "
                              "mini-dagplejehjem.",
                              home=home.name, log_message="guest care in a mini home")
    away = absences_overlapping(s, [home.id], start, end)
    if away:
        a = away[0]
        raise ValidationError(
            "{home} har selv fravær {starts_on}-{ends_on} ({reason}) og kan ikke tage gæstebørn "
            "i perioden.",
            home=home.name, starts_on=short_date(a.starts_on), ends_on=short_date(a.ends_on),
            reason=Label(AbsenceReason(a.reason).label.lower()),
            log_message="guest home absent")
    return home


def _check_room(s: Session, home: ChildminderHome, child: AffectedChild, start: date,
                end: date) -> None:
    per_day = daily_taken(s, [home.id], start, end)[home.id]
    for day in _days(start, end):
        taken = per_day.get(day, 0)
        if home.places - taken < GUEST_PLACES:
            raise CapacityError(
                "{home} har {places} pladser, og {taken} er optaget den {day}; der er ikke "
                "plads til {child} som gæstebarn den dag. Vælg et andet gæstehjem for hele "
                "perioden.",
                home=home.name, places=home.places, taken=taken, day=short_date(day),
                child=child.child_name,
                log_message=f"guest home full: places={home.places} taken={taken}")


def book_guest_care(ctx: AppContext, data: GuestCareInput) -> GuestCareInfo:
    """Book guest care for an affected child; a home full on any day is refused."""
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    with ctx.db.transaction() as s:
        absence = require_absence(s, ctx, data.absence_id)
        child = next((c for c in affected_in(s, absence) if c.child_id == data.child_id), None)
        if child is None:
            name = getattr(s.get(Child, data.child_id), "full_name", "Barnet")
            raise ValidationError("{name} er ikke indskrevet i det fraværende dagplejehjem i "
                                  "perioden og har ikke brug for gæstepleje.", name=name,
                                  log_message="guest care for a child not affected")
        start, end = data.starts_on or child.starts_on, data.ends_on or child.ends_on
        if end < start or start < child.starts_on or end > child.ends_on:
            raise ValidationError(
                "Gæsteplejen skal ligge inden for fraværet, hvor {child} er indskrevet: "
                "{starts_on}-{ends_on}.",
                child=child.child_name, starts_on=short_date(child.starts_on),
                ends_on=short_date(child.ends_on))
        home = _guest_home(s, data.guest_home_id, absence, start, end)
        already = s.scalar(select(GuestCare).where(
            GuestCare.child_id == child.child_id, GuestCare.deleted_at.is_(None),
            GuestCare.starts_on <= end, GuestCare.ends_on >= start).limit(1))
        if already is not None:
            other = s.get(ChildminderHome, already.guest_home_id)
            raise ValidationError(
                "{child} er allerede i gæstepleje hos {other} {starts_on}-{ends_on}.",
                child=child.child_name, other=other.name, starts_on=short_date(already.starts_on),
                ends_on=short_date(already.ends_on),
                log_message="overlapping guest care")
        _check_room(s, home, child, start, end)
        care = GuestCare(absence_id=absence.id, child_id=child.child_id, guest_home_id=home.id,
                         starts_on=start, ends_on=end, places=GUEST_PLACES,
                         note=data.note.strip())
        s.add(care)
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, "guest_care", care.id, child_id=care.child_id,
                     detail=f"home={home.id} {start}..{end}")
        return guest_care_infos(s, [care])[0]


def cancel_guest_care(ctx: AppContext, guest_care_id: uuid.UUID) -> None:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    with ctx.db.transaction() as s:
        care = s.get(GuestCare, guest_care_id)
        if care is None or care.is_deleted:
            raise NotFoundError("Gæsteplejen findes ikke.")
        care.deleted_at = ctx.now()
        audit.record(s, ctx, AuditAction.DELETE, "guest_care", care.id, child_id=care.child_id)


def list_guest_care(ctx: AppContext, *, home_id: uuid.UUID | None = None,
                    start: date | None = None, end: date | None = None) -> list[GuestCareInfo]:
    """Guest care in date order; with ``home_id``, both as guest home and as the child's
    own home. A childminder sees her own children's and her guests' guest care."""
    with ctx.db.transaction() as s:
        query = select(GuestCare).where(GuestCare.deleted_at.is_(None)) \
            .order_by(GuestCare.starts_on, GuestCare.created_at)
        if start is not None:
            query = query.where(GuestCare.ends_on >= start)
        if end is not None:
            query = query.where(GuestCare.starts_on <= end)
        infos = guest_care_infos(s, list(s.scalars(query)))
        if home_id is not None:
            infos = [g for g in infos if home_id in (g.guest_home_id, g.own_home_id)]
        visible = visible_child_ids(s, ctx)
        if visible is not None:
            own = set(s.scalars(select(ChildminderHome.id).where(
                ChildminderHome.childminder_id == ctx.user.professional_id)))
            infos = [g for g in infos if g.child_id in visible or g.guest_home_id in own
                     or g.own_home_id in own]
        for child_id in dict.fromkeys(g.child_id for g in infos):
            audit.record(s, ctx, AuditAction.VIEW, "guest_care_list", child_id=child_id)
        return infos
