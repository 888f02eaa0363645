"""Row builders for the synthetic municipality: plain dicts for Core ``insert`` executemany.

A child's life in the data set: born, placed in a home 8-14 months later for two to
three years (the newest children are still placed: status active), observed several
times a week by the childminder, with goals, two action-plan versions, meetings,
assessments and guardians. Homes get a supervision visit about once a month.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from benchmarks import dataset_text as words
from benchmarks.scales import Scale

Emit = Callable[[str, dict], None]  # (table name, row)
DAY = timedelta(days=1)


def new_id(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def stamp(at: datetime) -> dict:
    return {"created_at": at, "updated_at": at, "deleted_at": None}


@dataclass
class ChildPlan:
    id: uuid.UUID
    first: str
    girl: bool
    home: int
    start: date
    end: date | None          # None: still placed
    observations: int


@dataclass
class World:
    """What later rows refer to (ids of people and homes)."""

    organisation_id: uuid.UUID
    consultant_ids: list[uuid.UUID]      # [0] is the benchmark consultant
    home_ids: list[uuid.UUID]
    childminder_ids: list[uuid.UUID]
    children: list[ChildPlan]
    heavy_child_id: uuid.UUID | None = None


def plan_children(rng: random.Random, scale: Scale, today: date) -> list[ChildPlan]:
    first_day = today - timedelta(days=365 * scale.years)
    active = max(scale.children // 4, scale.caseload + 10)
    plans = []
    for number in range(scale.children):
        first, _, girl = words.person(rng)
        if number >= scale.children - active:
            start = today - timedelta(days=rng.randint(30, 900))
            end = None
        else:
            start = first_day + timedelta(days=rng.randint(0, 365 * (scale.years - 3)))
            end = start + timedelta(days=rng.randint(720, 1080))
        plans.append(ChildPlan(new_id(rng), first, girl, number % scale.homes, start, end, 0))
    heavy = plans[-1]  # an active child placed three years ago
    heavy.start, heavy.end = today - timedelta(days=3 * 365), None
    heavy.observations = scale.heavy_child_observations
    rest = plans[:-1]
    remaining = max(0, scale.observations - heavy.observations)
    weights = [((p.end or today) - p.start).days for p in rest]
    total = sum(weights)
    for plan, weight in zip(rest, weights):
        plan.observations = remaining * weight // total
    for plan in rng.sample(rest, remaining - sum(p.observations for p in rest)):
        plan.observations += 1
    return plans


def daytime(rng: random.Random, day: date) -> datetime:
    """Between 7 and 16 Danish time, stored as UTC (one hour off is fine for a benchmark)."""
    return datetime.combine(day, time(6 + rng.randint(0, 8), rng.randint(0, 59)),
                            tzinfo=timezone.utc)


def people_and_homes(rng: random.Random, scale: Scale, org_id: uuid.UUID, today: date,
                     emit: Emit) -> World:
    created = datetime.combine(today - timedelta(days=365 * scale.years), time(8),
                               tzinfo=timezone.utc)
    consultants = []
    for number in range(scale.consultants):
        pid = new_id(rng)
        consultants.append(pid)
        emit("professional", {"id": pid, **stamp(created), "organisation_id": org_id,
                              "name": f"{rng.choice(words.ADULTS)} {rng.choice(words.LAST_NAMES)}",
                              "role": "mini_consultant", "phone": f"7979 {1000 + number}",
                              "email": f"konsulent{number}@kommune.example", "workplace": ""})
    homes, minders = [], []
    for number in range(scale.homes):
        pid, hid = new_id(rng), new_id(rng)
        name = f"{rng.choice(words.ADULTS)} {rng.choice(words.LAST_NAMES)}"
        street, postal, city = words.address(rng)
        emit("professional", {"id": pid, **stamp(created), "organisation_id": org_id,
                              "name": name, "role": "mini_childminder",
                              "phone": f"2{rng.randint(1000000, 9999999)}",
                              "email": "", "workplace": ""})
        emit("childminder_home", {"id": hid, **stamp(created), "name": f"{name.split()[0]}s mini-dagpleje",
                                  "childminder_id": pid, "kind": "mini", "places": 4,
                                  "address": street, "postal_code": postal, "city": city,
                                  "phone": "", "adaptations": "Rampe ved indgangen.",
                                  "latitude": None, "longitude": None})
        homes.append(hid)
        minders.append(pid)
    return World(org_id, consultants, homes, minders, plan_children(rng, scale, today))


def child_rows(rng: random.Random, world: World, plan: ChildPlan, today: date,
               consultant: uuid.UUID, emit: Emit) -> None:
    """Everything about one child except the observations."""
    last = rng.choice(words.LAST_NAMES)
    born = plan.start - timedelta(days=rng.randint(240, 420))
    at = daytime(rng, plan.start - timedelta(days=30))
    status = "active" if plan.end is None else rng.choice(("handed_over", "archived"))
    emit("child", {"id": plan.id, **stamp(at), "first_name": plan.first, "last_name": last,
                   "cpr": None, "birth_date": born, "status": status,
                   "special_needs": "Motorisk forsinket; har brug for støtte og pauser.",
                   "diagnoses": "", "allergies": "Ingen kendte.", "medication": "",
                   "routines": "Lur kl. 11.30-13.", "languages": "Dansk",
                   "what_works": words.fill("Jeg kan bedst, når jeg har god tid. Fortæl mig, "
                                            "hvad der skal ske.", plan.first, plan.girl),
                   "closed_on": plan.end})
    for relation in ("Mor", "Far"):
        gid = new_id(rng)
        street, postal, city = words.address(rng)
        emit("guardian", {"id": gid, **stamp(at), "name": f"{rng.choice(words.ADULTS)} {last}",
                          "phone": f"2{rng.randint(1000000, 9999999)}", "email": "",
                          "address": f"{street}, {postal} {city}", "language": "dansk"})
        emit("child_guardian", {"id": new_id(rng), **stamp(at), "child_id": plan.id,
                                "guardian_id": gid, "relation": relation, "has_custody": True})
    emit("placement", {"id": new_id(rng), **stamp(at), "child_id": plan.id,
                       "home_id": world.home_ids[plan.home], "places": 1,
                       "start_date": plan.start, "end_date": plan.end,
                       "end_reason": "Overgang til børnehave" if plan.end else "",
                       "next_institution": "Børnehaven Solsikken" if plan.end else ""})
    emit("case_team_member", {"id": new_id(rng), **stamp(at), "child_id": plan.id,
                              "professional_id": consultant, "role": "mini_consultant",
                              "start_date": plan.start, "end_date": plan.end})
    _plans_and_goals(rng, plan, today, at, emit)
    _meetings_and_assessments(rng, plan, today, emit)


def _plans_and_goals(rng, plan: ChildPlan, today: date, at: datetime, emit: Emit) -> None:
    plan_ids = []
    for version in (1, 2):
        pid = new_id(rng)
        plan_ids.append(pid)
        begins = plan.start + timedelta(days=30 + 180 * (version - 1))
        emit("action_plan", {"id": pid, **stamp(at), "child_id": plan.id, "version": version,
                             "period_start": begins, "period_end": begins + timedelta(days=180),
                             "background": words.fill("{n} er motorisk forsinket og har brug for "
                                                      "ekstra støtte.", plan.first, plan.girl),
                             "resources": "Nysgerrig og glad for sang.",
                             "challenges": "Bliver hurtigt træt.",
                             "parent_agreements": "Forældrene øver hjemme.",
                             "next_evaluation": begins + timedelta(days=90),
                             "status": "superseded" if version == 1 else "approved",
                             "approved_on": begins, "signatories": "Forældre; konsulent",
                             "meeting_id": None})
    for order, (domain, title) in enumerate(rng.sample(words.GOAL_TEMPLATES, 4)):
        active = plan.end is None
        target = today + timedelta(days=rng.randint(-10, 90)) if active \
            else plan.start + timedelta(days=360)
        emit("goal", {"id": new_id(rng), **stamp(at), "child_id": plan.id,
                      "action_plan_id": plan_ids[-1], "domain": domain,
                      "title": words.fill(title, plan.first, plan.girl),
                      "signs_of_progress": "Færre pauser undervejs.",
                      "measures": "Daglig øvelse i hverdagens situationer.",
                      "measure_who": "Dagplejeren og forældrene", "measure_how_often": "Dagligt",
                      "responsible": "Dagplejeren", "start_date": plan.start + timedelta(days=30),
                      "target_date": target, "status": "active" if active else "achieved",
                      "evaluation": "", "sort_order": order})


def _meetings_and_assessments(rng, plan: ChildPlan, today: date, emit: Emit) -> None:
    until = plan.end or today
    span = max(1, (until - plan.start).days)
    for number in range(4):
        day = plan.start + timedelta(days=span * number // 4 + 5)
        starts = daytime(rng, day)
        emit("meeting", {"id": new_id(rng), **stamp(starts), "child_id": plan.id,
                         "course_id": None, "kind": "start" if number == 0 else "status",
                         "starts_at": starts, "ends_at": starts + timedelta(hours=1),
                         "place": "Dagplejekontoret", "agenda": "Status og mål",
                         "preparation_notes": "", "minutes": "Vi gennemgik målene.",
                         "decisions": "Fortsætter som aftalt.", "status": "held",
                         "resulting_plan_id": None})
    if plan.end is None:
        starts = daytime(rng, today + timedelta(days=rng.randint(1, 60)))
        emit("meeting", {"id": new_id(rng), **stamp(starts - 20 * DAY), "child_id": plan.id,
                         "course_id": None, "kind": "status", "starts_at": starts,
                         "ends_at": starts + timedelta(hours=1), "place": "Hjemmet",
                         "agenda": "Status", "preparation_notes": "", "minutes": "",
                         "decisions": "", "status": "planned", "resulting_plan_id": None})
    codes = rng.sample(words.DOMAIN_CODES, 4)
    for number in range(3):
        day = plan.start + timedelta(days=span * number // 3 + 10)
        for code in codes:
            emit("development_assessment", {
                "id": new_id(rng), **stamp(daytime(rng, day)), "child_id": plan.id,
                "assessed_on": day, "domain": code, "level_months": 6 + 4 * number
                + rng.randint(0, 4), "assessor_id": None, "note": ""})
    for number in range(4):
        day = plan.start + timedelta(days=span * number // 4 + 15)
        emit("wellbeing_assessment", {
            "id": new_id(rng), **stamp(daytime(rng, day)), "child_id": plan.id,
            "assessed_on": day, "kind": "individual",
            "position": rng.choice(("green", "green", "yellow", "red")),
            "assessor_id": None, "comment": "Trives bedst med faste rutiner."})


def observation_rows(rng: random.Random, world: World, plan: ChildPlan, today: date,
                     writer: words.ObservationWriter) -> Iterator[tuple[dict, tuple[str, ...]]]:
    until = plan.end or today
    span = max(1, (until - plan.start).days)
    author = world.childminder_ids[plan.home]
    partners_share = 0.25 if plan.id == world.heavy_child_id else 0.0
    for _ in range(plan.observations):
        at = daytime(rng, plan.start + timedelta(days=rng.randrange(span)))
        situation, text, domains, position = writer.write(plan.first, plan.girl)
        sharing = "partners" if rng.random() < partners_share else rng.choice(words.SHARING)
        yield ({"id": new_id(rng), "created_at": at, "updated_at": at, "deleted_at": None,
                "child_id": plan.id, "author_id": author, "observed_at": at,
                "situation": situation, "text": text, "position": position,
                "concern": position == "red", "sharing": sharing}, domains)


def visit_rows(rng: random.Random, world: World, scale: Scale, today: date,
               emit: Emit) -> None:
    first_day = today - timedelta(days=365 * scale.years)
    for number, home in enumerate(world.home_ids):
        consultant = world.consultant_ids[number % len(world.consultant_ids)]
        day = first_day + timedelta(days=rng.randint(0, 30))
        while day < today + timedelta(days=45):
            at = daytime(rng, day)
            emit("visit", {"id": new_id(rng), **stamp(at), "kind": "supervision",
                           "consultant_id": consultant, "home_id": home, "child_id": None,
                           "visited_at": at, "notes": words.visit_notes(rng, day)})
            day += timedelta(days=rng.randint(25, 35))
        for _ in range(2):
            starts = today + timedelta(days=rng.randint(-5, 40))
            emit("absence", {"id": new_id(rng), **stamp(daytime(rng, starts)),
                             "home_id": home, "starts_on": starts,
                             "ends_on": starts + timedelta(days=rng.randint(0, 10)),
                             "reason": rng.choice(("illness", "holiday", "course")),
                             "note": ""})
