"""The fictional Danish demo data set: one call makes a lively, current-looking installation.

``install_demo`` creates the installation when there is none (user ``demo``, a
consultant), logs in and fills the data set once. Everything goes through the services,
with their rules, audit events and change records: people, homes, children, guardians,
placements and users now; the history (``demo_record``, ``demo_meetings``, ``demo_plans``,
``demo_observations``) on the day each fact happened and as the person who recorded it
(``demo_history.as_of``), a child at a time. Everything is deterministic and dated
relative to today.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from ..domain.child_record import AllergySeverity
from ..domain.enums import AuditAction, ChildStatus, UserRole
from ..domain.errors import ValidationError
from ..store.keystore import KeyStore
from ..store.models import Child
from ..services.security import audit, users
from ..services.records import children, guardians, homes, placements, professionals
from ..services.context import AppContext
from .accounts import CHILDMINDER_USERNAME, DEMO_PASSWORD, DEMO_USERNAME, OFFICE_USERNAME
from .children import CHILDREN
from .meetings import write_meetings_and_visits
from .observations import write_observations
from .plans import write_plans
from .record import write_record
from .texts import (CONSULTANTS, HOMES, OFFICE_PERSON, ORGANISATION, PARTNERS, Cast, ChildSpec,
                    DemoChild, DemoGuardian, DemoHome, PersonRef, PersonSpec, months_before,
                    workday_after, workday_before)
from ..services.installation import Installation
from ..services.security.installation_scope import demo_filled_on, mark_demo, mark_demo_filled

log = logging.getLogger(__name__)

DEMO_SEED = 20240521


@dataclass(frozen=True)
class DemoResult:
    created: bool          # a new installation was made
    filled: bool           # demo data was written now (False if it was already there)
    recovery_key: str | None


def install_demo(installation: Installation, password: str = DEMO_PASSWORD) -> DemoResult:
    """Create (if needed) and fill the demo installation; a second call changes nothing."""
    created, recovery_key = False, None
    if not installation.exists():
        init = installation.create(role=UserRole.CONSULTANT, name=CONSULTANTS[0].name,
                                   username=DEMO_USERNAME, password=password,
                                   check_strength=False)
        created, recovery_key = True, init.recovery_key
    elif installation.data_dir is not None and \
            DEMO_USERNAME not in KeyStore(installation.keys_path).usernames():
        raise ValidationError(
            "Der findes allerede en installation i {place} uden demobrugeren »{demo_username}«. "
            "Vælg en anden datamappe til demoen.",
            place=installation.describe(), demo_username=DEMO_USERNAME,
            log_message="demo refused: installation without demo user")
    ctx = installation.login(DEMO_USERNAME, password)
    try:
        if _already_filled(ctx):
            return DemoResult(created, False, recovery_key)
        fill_demo(ctx, password)
    finally:
        ctx.close()
    return DemoResult(created, True, recovery_key)


def _already_filled(ctx: AppContext) -> bool:
    with ctx.db.transaction() as s:
        if demo_filled_on(s) is not None:
            return True
        if s.scalar(select(func.count()).select_from(Child)):
            raise ValidationError(
                "Installationen indeholder allerede børn; demodata kan kun lægges i en tom "
                "installation.", log_message="demo refused: installation has children")
    return False


def fill_demo(ctx: AppContext, password: str = DEMO_PASSWORD) -> None:
    """Write the whole data set into the logged-in (consultant or office) installation."""
    rng = random.Random(DEMO_SEED)
    today = ctx.today()
    professionals.update_organisation(ctx, **ORGANISATION)
    consultants = {CONSULTANTS[0].key: _me(ctx),
                   CONSULTANTS[1].key: _professional(ctx, CONSULTANTS[1])}
    partners = {p.key: _professional(ctx, p) for p in PARTNERS}
    demo_homes = {h.key: _home(ctx, h) for h in HOMES}
    kids = tuple(_child(ctx, spec, demo_homes, today) for spec in CHILDREN)
    with ctx.db.transaction() as s:  # the one installation where a childminder shares data
        mark_demo(s)
    _users(ctx, demo_homes, password)
    cast = Cast(today, consultants, partners, demo_homes, kids)
    _complete_me(ctx)
    # Through the services, a child at a time (one transaction holding the whole history
    # would make every flush of the session slower than the last).
    write_record(ctx, cast, rng)
    meetings = write_meetings_and_visits(ctx, cast, rng)
    goals = write_plans(ctx, cast, meetings)
    write_observations(ctx, cast, goals, rng, ctx.now())
    with ctx.db.transaction() as s:
        mark_demo_filled(s, today)
        audit.record(s, ctx, AuditAction.CREATE, "demo", detail="demo data created")
    log.info("demo data set written for %s", today.isoformat())


# -- people and places through their services --------------------------------------------

def _me(ctx: AppContext) -> PersonRef:
    return PersonRef(ctx.user.professional_id, ctx.user.display_name, CONSULTANTS[0].role)


def _complete_me(ctx: AppContext) -> None:
    """The demo user's own professional row was made by the installation: add contact data."""
    professionals.update_contact(ctx, ctx.user.professional_id, phone=CONSULTANTS[0].phone,
                                 email=CONSULTANTS[0].email,
                                 workplace=CONSULTANTS[0].workplace)


def _professional(ctx: AppContext, spec: PersonSpec) -> PersonRef:
    info = professionals.create_professional(ctx, spec.name, spec.role, spec.phone, spec.email,
                                             spec.workplace)
    return PersonRef(info.id, info.name, spec.role)


def _home(ctx: AppContext, spec) -> DemoHome:
    minder = _professional(ctx, spec.childminder)
    info = homes.create_home(ctx, homes.HomeInput(
        spec.name, spec.kind, spec.places, childminder_id=minder.id, address=spec.address,
        postal_code=spec.postal_code, city=spec.city, phone=spec.childminder.phone,
        adaptations=spec.adaptations))
    return DemoHome(spec, info.id, minder)


def birth_date_for(spec: ChildSpec, today: date) -> date:
    # A few days' offset per child so birthdays do not all fall on today's date.
    return months_before(today, spec.age_months) - timedelta(days=3 + 5 * len(spec.key))


def cpr_for(spec: ChildSpec, born: date) -> str:
    """A well-formed fictional CPR number: DDMMYY-SSSS, 7th digit giving the century."""
    if not spec.serial_tail:
        return ""
    century_digit = "4" if born.year % 100 <= 36 else "5"
    return f"{born:%d%m%y}-{century_digit}{spec.serial_tail}"


def _health(text: str) -> str:
    """The demo texts say "Ingen kendte." for an explicit none: stored as the empty text."""
    return "" if text.strip().rstrip(".").casefold() in ("ingen", "ingen kendte") else text


def _severity(allergies: str) -> AllergySeverity | None:
    return AllergySeverity.ANAPHYLAXIS if "anafylaksi" in allergies.casefold() else None


def _child(ctx: AppContext, spec: ChildSpec, demo_homes: dict, today: date) -> DemoChild:
    born = birth_date_for(spec, today)
    info = children.create_child(ctx, children.ChildInput(
        spec.first_name, spec.last_name, cpr=cpr_for(spec, born), birth_date=born,
        status=ChildStatus.REFERRED, special_needs=spec.special_needs,
        diagnoses=_health(spec.diagnoses), allergies=_health(spec.allergies),
        medication=_health(spec.medication), allergy_severity=_severity(spec.allergies),
        routines=spec.routines, what_works=spec.what_works, languages=spec.languages))
    linked = []
    for g in spec.guardians:
        row = guardians.add_guardian(ctx, info.id, guardians.GuardianInput(
            g.name, g.relation, g.has_custody, g.phone, g.email, g.address, g.language))
        linked.append(DemoGuardian(row.id, g))
    home, start = None, None
    if spec.home is not None:
        home = demo_homes[spec.home]
        start = workday_after(months_before(today, spec.placed_months_ago))
        placement = placements.place_child(ctx, info.id, home.id, spec.places, start)
        handover_to = spec.extra.get("handover_to")
        if handover_to:  # a planned transition: the placement ends in a couple of months
            placements.end_placement(ctx, placement.id, workday_before(today + timedelta(days=75)),
                                     "Overgang til børnehave", handover_to)
    return DemoChild(spec, info.id, born, home, start, tuple(linked))


def _users(ctx: AppContext, demo_homes: dict, password: str) -> None:
    """Log-ins for the other roles, with the demo password."""
    minder = demo_homes[CHILDMINDER_USERNAME].childminder
    users.create_user(ctx, CHILDMINDER_USERNAME, minder.name, UserRole.CHILDMINDER, password,
                      professional_id=minder.id, check_strength=False)
    office = _professional(ctx, OFFICE_PERSON)
    users.create_user(ctx, OFFICE_USERNAME, office.name, UserRole.OFFICE, password,
                      professional_id=office.id, check_strength=False)
