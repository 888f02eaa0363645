"""The visitation committee (visitationsudvalget) and what follows a grant.

The committee's list holds the referrals due for visitation and the granted children due
for re-visitation, with the free places of every mini home beside them. A grant leads on
(seed 000): the consultants visit the family to clarify the child's needs, a home with
room and fitting adaptations is found, the child is placed, and the parents are invited
to a start meeting at the mini-childminder's home with the consultants and partners.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.capacity import check_places_per_child
from ...domain.enums import AuditAction, HomeKind, MeetingKind, ReferralStatus, UserRole, VisitKind
from ...domain.errors import Label, NotFoundError, ValidationError
from ...reports.dates import short_date
from ...store.models import Child, ChildminderHome, Placement, Referral, Visit
from ..security import audit
from ..meeting_cycle import meetings, visits
from ..records import placements
from ..context import LOCAL_TZ, AppContext
from ..records.homes import peak_capacities
from .referrals import ReferralInfo, referral_infos, require_referral

DECISIONS = (ReferralStatus.GRANTED, ReferralStatus.REJECTED, ReferralStatus.WITHDRAWN)
HOME_VISIT_NOTE = "Hjemmebesøg efter visitation: afklaring af barnets pædagogiske behov."
# Words that say nothing about which home suits the child.
_STOP_WORDS = frozenset(
    "ikke eller samt meget skal have barnet barn børn børnene hvor også efter kunne være "
    "over under dette denne andre mange godt hele behov særlige særligt brug hjemmet "
    "hjemmet dagplejen mini".split())


@dataclass(frozen=True)
class HomeAvailability:
    """A mini home's places and what is taken on its fullest day from the date asked."""
    home_id: uuid.UUID
    home_name: str
    places: int
    taken: int
    adaptations: str

    @property
    def free(self) -> int:
        return max(self.places - self.taken, 0)


@dataclass(frozen=True)
class CommitteeItem:
    referral: ReferralInfo
    revisitation: bool  # True: a granted child whose re-visitation is due


@dataclass(frozen=True)
class CommitteeList:
    on: date
    items: list[CommitteeItem]
    homes: list[HomeAvailability]


@dataclass(frozen=True)
class DecisionInput:
    outcome: ReferralStatus                # granted, rejected or withdrawn
    note: str = ""
    places: int | None = None              # granted: the child counts for 2-4 places
    revisitation_on: date | None = None    # granted: when the committee looks again
    decided_on: date | None = None         # None: today


@dataclass(frozen=True)
class HomeSuggestion:
    home_id: uuid.UUID
    home_name: str
    places: int
    taken: int
    adaptations: str
    matched: tuple[str, ...]  # the home's adaptation words that match the child's needs

    @property
    def free(self) -> int:
        return max(self.places - self.taken, 0)


# --- the committee's list and decision --------------------------------------------------

def _availability(s: Session, day: date) -> list[HomeAvailability]:
    homes = list(s.scalars(select(ChildminderHome).where(
        ChildminderHome.deleted_at.is_(None), ChildminderHome.kind == HomeKind.MINI.value)
        .order_by(ChildminderHome.name)))
    peaks = peak_capacities(s, homes, day)
    result = []
    for home in homes:
        peak = peaks[home.id]
        result.append(HomeAvailability(home.id, home.name, home.places, peak.taken,
                                       home.adaptations))
    return result


def committee_list(ctx: AppContext, on: date | None = None) -> CommitteeList:
    """Referrals for the committee meeting on ``on`` (or earlier, still undecided) and
    re-visitations due by then, each mini home's free places beside them."""
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    day = on or ctx.today()
    with ctx.db.transaction() as s:
        due = list(s.scalars(select(Referral).where(
            Referral.deleted_at.is_(None),
            Referral.status.in_([ReferralStatus.RECEIVED.value,
                                 ReferralStatus.IN_VISITATION.value]),
            Referral.committee_date.is_not(None), Referral.committee_date <= day)
            .order_by(Referral.committee_date, Referral.received_on)))
        again = list(s.scalars(select(Referral).where(
            Referral.deleted_at.is_(None), Referral.status == ReferralStatus.GRANTED.value,
            Referral.revisitation_on.is_not(None), Referral.revisitation_on <= day)
            .order_by(Referral.revisitation_on)))
        infos = referral_infos(s, due + again, ctx.today())
        items = [CommitteeItem(info, i >= len(due)) for i, info in enumerate(infos)]
        audit.record(s, ctx, AuditAction.VIEW, "committee_list",
                     detail=f"{day.isoformat()}: {len(items)} referrals")
        return CommitteeList(day, items, _availability(s, day))


def _validate_decision(ctx: AppContext, data: DecisionInput) -> date:
    if data.outcome not in DECISIONS:
        raise ValidationError("Vælg afgørelsen: bevilget, afslået eller trukket tilbage.",
                              log_message=f"not a decision: {data.outcome}")
    decided = data.decided_on or ctx.today()
    if decided > ctx.today():
        raise ValidationError("Afgørelsen kan ikke registreres med en dato i fremtiden.")
    if data.outcome == ReferralStatus.GRANTED:
        if data.places is None:
            raise ValidationError("Skriv hvor mange pladser barnet tæller for (2-4).")
        check_places_per_child(data.places)
        if data.revisitation_on is None:
            raise ValidationError("Skriv hvornår barnet skal revisiteres.",
                                  log_message="grant without re-visitation date")
        if data.revisitation_on <= decided:
            raise ValidationError("Revisitationen skal ligge efter afgørelsen.")
    if data.outcome == ReferralStatus.REJECTED and not data.note.strip():
        raise ValidationError("Skriv begrundelsen for afslaget i notatet.",
                              log_message="rejection without note")
    return decided


def record_decision(ctx: AppContext, referral_id: uuid.UUID,
                    data: DecisionInput) -> ReferralInfo:
    """The committee's decision, or its decision at a re-visitation of a granted child."""
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    decided = _validate_decision(ctx, data)
    with ctx.db.transaction() as s:
        referral = require_referral(s, referral_id)
        before = ReferralStatus(referral.status)
        if before in (ReferralStatus.REJECTED, ReferralStatus.WITHDRAWN):
            raise ValidationError(
                "Indstillingen er {before}. Registrér en ny indstilling, hvis barnet skal "
                "visiteres igen.",
                before=Label(before.label.lower()), log_message=f"decision on {before} referral")
        note = data.note.strip()
        if before == ReferralStatus.GRANTED:  # a re-visitation: keep the earlier decision
            line = f"Revisitation {short_date(decided)}: {data.outcome.label}"
            note = "\n\n".join(p for p in (referral.decision_note,
                                           f"{line}. {note}" if note else f"{line}.") if p)
        referral.status, referral.decision_note = data.outcome.value, note
        referral.committee_date = decided
        if data.outcome == ReferralStatus.GRANTED:
            referral.granted_places, referral.revisitation_on = data.places, data.revisitation_on
        else:
            referral.revisitation_on = None
            if data.outcome == ReferralStatus.REJECTED:
                referral.granted_places = None
        audit.record(s, ctx, AuditAction.UPDATE, "referral", referral.id,
                     child_id=referral.child_id,
                     detail=f"decision {before.value}->{data.outcome.value}")
        return referral_infos(s, [referral], ctx.today())[0]


# --- what a grant leads on to -----------------------------------------------------------

def _granted(s: Session, referral_id: uuid.UUID, step: str) -> Referral:
    referral = require_referral(s, referral_id)
    if referral.status != ReferralStatus.GRANTED.value:
        status = ReferralStatus(referral.status).label.lower()
        raise ValidationError("{step} kommer efter bevillingen; indstillingen er {status}.",
                              step=Label(step), status=Label(status),
                              log_message=f"{step!r} on referral in status {referral.status}")
    return referral


def plan_home_visit(ctx: AppContext, referral_id: uuid.UUID, visited_at: datetime,
                    notes: str = "", consultant_id: uuid.UUID | None = None) -> visits.VisitInfo:
    """The consultants' visit to the family to clarify the child's pedagogical needs."""
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    with ctx.db.transaction() as s:
        child_id = _granted(s, referral_id, "Hjemmebesøget").child_id
    return visits.record_visit(ctx, visits.VisitInput(
        VisitKind.HOME, visited_at, child_id=child_id, notes=notes.strip() or HOME_VISIT_NOTE,
        consultant_id=consultant_id))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[0-9a-zæøåäöü]+", text.casefold())
            if len(w) >= 4 and w not in _STOP_WORDS}


def _same_word(a: str, b: str) -> bool:
    """Equal, or sharing a long enough start (allergi/allergier, smitterisiko/-risici)."""
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= 4 and common >= min(6, len(a), len(b))


def matching_words(needs: str, adaptations: str) -> tuple[str, ...]:
    """The words of a home's adaptations that match words of the child's needs."""
    wanted = _words(needs)
    return tuple(sorted(w for w in _words(adaptations)
                        if any(_same_word(w, n) for n in wanted)))


def _needs_text(s: Session, referral: Referral) -> str:
    child = s.get(Child, referral.child_id)
    notes = s.scalars(select(Visit.notes).where(
        Visit.child_id == child.id, Visit.deleted_at.is_(None),
        Visit.kind == VisitKind.HOME.value))
    return "\n".join([child.special_needs, child.diagnoses or "", child.allergies or "",
                      child.routines, child.what_works, referral.reason, *notes])


def suggest_homes(ctx: AppContext, referral_id: uuid.UUID,
                  start_date: date) -> list[HomeSuggestion]:
    """Mini homes with room for the granted places from ``start_date`` on (never
    overbooked later), best first: most adaptations matching the child's needs, then
    most free places, then name."""
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    with ctx.db.transaction() as s:
        referral = _granted(s, referral_id, "Forslag til dagplejehjem")
        needs = _needs_text(s, referral)
        homes = list(s.scalars(select(ChildminderHome).where(
            ChildminderHome.deleted_at.is_(None), ChildminderHome.kind == HomeKind.MINI.value)))
        peaks = peak_capacities(s, homes, start_date)
        found = []
        for home in homes:
            peak = peaks[home.id]
            if peak.free >= referral.granted_places:
                found.append(HomeSuggestion(home.id, home.name, home.places, peak.taken,
                                            home.adaptations,
                                            matching_words(needs, home.adaptations)))
        audit.record(s, ctx, AuditAction.VIEW, "referral", referral.id,
                     child_id=referral.child_id, detail=f"home suggestions: {len(found)}")
        return sorted(found, key=lambda h: (-len(h.matched), -h.free, h.home_name))


def place_granted_child(ctx: AppContext, referral_id: uuid.UUID, home_id: uuid.UUID,
                        start_date: date) -> placements.PlacementInfo:
    """Place the child for the granted places; a full home is refused with a message
    naming the home, its places and what is taken, and nothing is changed."""
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    with ctx.db.transaction() as s:
        referral = _granted(s, referral_id, "Indskrivningen")
        home = s.get(ChildminderHome, home_id)
        if home is None or home.is_deleted:
            raise NotFoundError("Dagplejehjemmet med id {home_id} findes ikke.", home_id=home_id)
        if home.kind != HomeKind.MINI.value:
            raise ValidationError("Et visiteret barn indskrives i et mini-dagplejehjem; {home} "
                                  "er et almindeligt dagplejehjem.", home=home.name)
        child_id, places = referral.child_id, referral.granted_places
    return placements.place_child(ctx, child_id, home_id, places, start_date)


def plan_start_meeting(ctx: AppContext, referral_id: uuid.UUID, starts_at: datetime,
                       ends_at: datetime, place: str | None = None,
                       participants: tuple[meetings.ParticipantInput, ...] | None = None
                       ) -> meetings.MeetingDetail:
    """The start meeting at the mini-childminder's home. Invited unless others are given:
    the parents, the mini-childminder, the case team and the consultant planning it."""
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    with ctx.db.transaction() as s:
        referral = _granted(s, referral_id, "Opstartsmødet")
        child_id = referral.child_id
        start_day = starts_at.astimezone(LOCAL_TZ).date()
        home = s.scalar(select(ChildminderHome)
                        .join(Placement, Placement.home_id == ChildminderHome.id)
                        .where(Placement.child_id == child_id, Placement.deleted_at.is_(None),
                               (Placement.end_date.is_(None))
                               | (Placement.end_date >= start_day))
                        .order_by(Placement.start_date).limit(1))
        if home is None:
            raise ValidationError("Indskriv barnet i et mini-dagplejehjem, før opstartsmødet "
                                  "planlægges: mødet holdes hos mini-dagplejeren.",
                                  log_message="start meeting before placement")
        where = place if place is not None else ", ".join(
            p for p in (home.name, home.address, home.city) if p)
        minder = home.childminder_id
    if participants is None:
        invited = meetings.candidate_participants(ctx, child_id)
        # The placement may start after today, when the case team does not yet list her.
        for person in (minder, ctx.user.professional_id):
            if person is not None and all(p.professional_id != person for p in invited):
                invited.append(meetings.ParticipantInput(professional_id=person))
        participants = tuple(invited)
    return meetings.plan_meeting(ctx, meetings.MeetingInput(
        MeetingKind.START, starts_at, ends_at, child_id=child_id, place=where,
        participants=participants))
