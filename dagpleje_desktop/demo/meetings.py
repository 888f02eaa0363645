"""Demo meetings (start, status, handover) with participants, agenda, minutes and
follow-ups, and a year of monthly supervision visits (one home left overdue), planned,
held and followed up through the services on the days it happened."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from ..domain.danish import possessive
from ..domain.enums import Attendance, HomeKind, MeetingKind, VisitKind
from ..services.meeting_cycle import (follow_ups, meeting_minutes, meeting_preparation, meetings,
                                      visits)
from ..services.context import AppContext
from .history import as_of
from .phrases import PARENT_STATUS, PARTNER_STATUS, VISIT_CLOSINGS, VISIT_TASKS, VISIT_TOPICS
from .record import WITHDRAWN_SHARING
from .texts import ORGANISATION, Cast, DemoChild, at, workday_after, workday_before

STATUS_INTERVAL_DAYS = 121       # status meetings about every four months
SUPERVISION_VISITS = 12          # a year of monthly visits per mini home
OFFICE_PLACE = f"{ORGANISATION['address']}, {ORGANISATION['postal_code']} {ORGANISATION['city']}"


@dataclass
class ChildMeetings:
    """What the plan writer needs: the held status meetings and the next planned one."""
    held: list[meetings.MeetingSummary] = field(default_factory=list)
    next_meeting: meetings.MeetingSummary | None = None


def status_meeting_days(child: DemoChild, today: date) -> tuple[list[date], date]:
    """Held status meetings (oldest first) and the next one, every ~4 months back from it."""
    upcoming = workday_after(today + timedelta(days=child.spec.next_meeting_in_days))
    held, day = [], upcoming - timedelta(days=STATUS_INTERVAL_DAYS)
    while day >= child.placement_start + timedelta(days=45):
        held.append(workday_before(day))
        day -= timedelta(days=STATUS_INTERVAL_DAYS)
    return sorted(held), upcoming


def write_meetings_and_visits(ctx: AppContext, cast: Cast, rng: random.Random) -> dict:
    """Every placed child's meetings and every mini home's visits."""
    result: dict[uuid.UUID, ChildMeetings] = {}
    for child in cast.children:
        if child.home is None:
            continue
        with ctx.db.transaction():  # one child at a time: the session stays small
            result[child.id] = _child_meetings(ctx, cast, child, rng)
    with ctx.db.transaction():
        _visits(ctx, cast, rng)
    return result



def _child_meetings(ctx: AppContext, cast: Cast, child: DemoChild, rng) -> ChildMeetings:
    held_days, upcoming = status_meeting_days(child, cast.today)
    start_day = workday_before(child.placement_start - timedelta(days=7))
    first_status = held_days[0] if held_days else upcoming
    # Each meeting is planned at the one before it (the start meeting a fortnight ahead).
    _meeting(ctx, cast, child, MeetingKind.START, start_day, 13, _home_place(child), rng,
             planned_on=start_day - timedelta(days=14),
             minutes=_start_minutes(child, first_status),
             decisions=f"{child.spec.first_name} starter i Mini-dagplejen "
                       f"{child.placement_start:%d.%m.%Y} med {child.spec.places} pladser.",
             tasks=[(cast.consultant_for(child).name, "Sende referat af opstartsmødet", 5),
                    (child.home.childminder.name, "Lave indkøringsplan sammen med forældrene",
                     3)], next_day=first_status)
    out = ChildMeetings()
    before = start_day
    for index, day in enumerate(held_days):
        later = held_days[index + 1] if index + 1 < len(held_days) else upcoming
        place = _home_place(child) if index % 2 else OFFICE_PLACE
        meeting = _meeting(
            ctx, cast, child, MeetingKind.STATUS, day, 9, place, rng, planned_on=before,
            minutes=_status_minutes(cast, child, index, len(held_days), later, rng),
            decisions=_decisions(child, index, len(held_days)),
            tasks=_status_tasks(cast, child, rng), latest=index == len(held_days) - 1,
            next_day=later)
        out.held.append(meeting)
        before = day
    out.next_meeting = _meeting(
        ctx, cast, child, MeetingKind.STATUS, upcoming, 9, OFFICE_PLACE, rng, planned=True,
        planned_on=before,
        preparation=f"Statusbeskrivelse sendes til {_status_readers(child)} senest "
                    f"{upcoming - timedelta(days=7):%d.%m.%Y}. Målene i handleplanen evalueres.")
    handover_to = child.spec.extra.get("handover_to")
    if handover_to:
        _meeting(ctx, cast, child, MeetingKind.HANDOVER,
                 workday_after(cast.today + timedelta(days=40)), 10,
                 f"{handover_to}, Solsikkevej 12, 6000 Kolding", rng, planned=True,
                 planned_on=cast.today, guests=((f"Pædagog fra {handover_to}",
                                                 "Kommende institution"),),
                 preparation="Overleveringspakken gøres klar med forældrenes samtykke.")
    return out



def _status_readers(child: DemoChild) -> str:
    # After the withdrawal of consent to share with partners only the parents get it.
    return ("forældrene" if child.spec.key == WITHDRAWN_SHARING
            else "forældre og samarbejdsparter")


def _home_place(child: DemoChild) -> str:
    spec = child.home.spec
    return f"Hos {child.home.childminder.name}, {spec.address}, {spec.postal_code} {spec.city}"


def _meeting(ctx: AppContext, cast: Cast, child: DemoChild, kind: MeetingKind, day: date,
             hour: int, place: str, rng, *, planned_on: date, minutes: dict | None = None,
             decisions: str = "", tasks=(), planned: bool = False, latest: bool = False,
             preparation: str = "", guests=(), next_day: date | None = None
             ) -> meetings.MeetingSummary:
    minutes = minutes or {}
    consultant = cast.consultant_for(child)
    people = [meetings.ParticipantInput(name, role, professional_id, guardian_id)
              for name, role, professional_id, guardian_id in _people(cast, child)]
    people += [meetings.ParticipantInput(name, role) for name, role in guests]
    with as_of(ctx, planned_on, consultant):
        detail = meetings.plan_meeting(ctx, meetings.MeetingInput(
            kind, at(day, hour), at(day, hour + 1, 30), child.id, place, tuple(people)))
        if preparation:
            meeting_preparation.save_preparation_notes(ctx, detail.summary.id, preparation)
    if planned:
        return detail.summary
    partners = _partner_ids(cast)
    ids = {(p.name, p.professional_id, p.guardian_id): p.id for p in detail.participants}
    attendance = []
    for person in people:  # in the order they were invited
        present = Attendance.PRESENT
        if person.professional_id in partners and rng.random() < 0.25:
            present = Attendance.APOLOGIES
        attendance.append((ids[person.name, person.professional_id, person.guardian_id],
                           present))
    due_days = [(owner, text, workday_after(day + timedelta(days=days)))
                for owner, text, days in tasks]
    done = [None if (latest and "Besøge" in text) or due >= cast.today
            else due - timedelta(days=rng.randint(0, 4)) for _, text, due in due_days]
    with as_of(ctx, at(day, hour + 1, 30), consultant):
        held = meeting_minutes.hold_meeting(ctx, detail.summary.id, meeting_minutes.HoldInput(
            attendance=tuple(attendance),
            item_minutes=tuple((item.id, _item_minutes(minutes, item.title))
                               for item in detail.agenda),
            minutes=minutes.get("summary", ""), decisions=decisions,
            follow_ups=tuple(follow_ups.FollowUpInput(text, owner, due)
                             for owner, text, due in due_days),
            referent=consultant.name, next_meeting_at=at(next_day, 9) if next_day else None))
    _complete(ctx, held.follow_ups, [(text, owner, day) for (owner, text, _), day
                                     in zip(due_days, done)], consultant)
    return held.summary


def _complete(ctx: AppContext, tasks: list, done: list[tuple[str, str, date | None]],
              who) -> None:
    """Follow-ups ticked off on the day they were done (the rest are still open)."""
    ids = {(task.description, task.owner): task.id for task in tasks}
    for text, owner, day in done:
        if day is not None:
            with as_of(ctx, day, who):
                follow_ups.complete_follow_up(ctx, ids[text, owner], day)



def _people(cast: Cast, child: DemoChild) -> list[tuple]:
    people = [(g.spec.name, g.spec.relation, None, g.id) for g in child.guardians]
    minder, consultant = child.home.childminder, cast.consultant_for(child)
    people.append((minder.name, minder.role.label, minder.id, None))
    people.append((consultant.name, consultant.role.label, consultant.id, None))
    for key in child.spec.partners:
        partner = cast.partners[key]
        people.append((partner.name, partner.role.label, partner.id, None))
    return people


def _partner_ids(cast: Cast) -> set:
    return {p.id for p in cast.partners.values()}


def _item_minutes(minutes: dict, title: str) -> str:
    """Minutes are keyed by a word from the agenda title, so reworded agendas still fit."""
    lowered = title.lower()
    for key, text in minutes.items():
        if key != "summary" and key in lowered:
            return text
    return ""


def _start_minutes(child: DemoChild, first_status: date) -> dict:
    spec, minder = child.spec, child.home.childminder.name
    return {
        "velkommen": "Alle præsenterede sig. Mødet blev holdt hos mini-dagplejeren.",
        "fortælling": f"Forældrene fortalte om {spec.first_name}: {spec.what_works}",
        "behov": spec.special_needs,
        "hverdagen": f"{minder} fortalte om dagens rytme. Aftalt: {spec.routines}",
        "mål": f"Første mål: {spec.goals[0].title}" if spec.goals else "",
        "samarbejde": "Kontaktbog og daglig snak ved aflevering og afhentning. Forældrene "
                      "kan altid ringe til konsulenten.",
        "aftaler": "Indkøring over to uger med korte dage i starten.",
        "næste": f"Første statusmøde {first_status:%d.%m.%Y}.",
        "summary": f"Opstartsmøde for {child.name} hos {minder}. Forældrene fortalte om "
                   f"{possessive(spec.first_name)} behov og vaner, og vi aftalte indkøring og de første "
                   "mål.",
    }


def _status_minutes(cast: Cast, child: DemoChild, index: int, count: int, later: date,
                    rng) -> dict:
    spec, names = child.spec, child.pronouns()
    minder = child.home.childminder.name.split()[0]
    partner = cast.partners[spec.partners[0]] if spec.partners else None
    focus = spec.focus[index % len(spec.focus)][2].format(**names) if spec.focus else ""
    goals = spec.goals
    if index == count - 1:
        evaluation = (f"»{goals[0].title}« er nået. »{goals[1].title}« er delvist nået og "
                      "videreføres.")
        revised = "Nye mål: " + " ".join(f"»{g.title}«" for g in goals[2:])
    elif index == count - 2:
        evaluation = "Målene fra sidste periode er evalueret."
        revised = "Nye mål: " + " ".join(f"»{g.title}«" for g in goals[:2])
    else:
        evaluation, revised = "Målene er evalueret og videreføres.", "Ingen ændringer."
    handover = spec.extra.get("handover_to")
    grant = (f"Overgang til {handover} planlægges; forældrene giver samtykke til overlevering."
             if handover and index == count - 1
             else f"Bevillingen på {spec.places} pladser fortsætter.")
    return {
        "opfølgning": "Aftalerne fra sidste møde er gennemført.",
        "forældre": rng.choice(PARENT_STATUS).format(**names),
        "mini-dagplejer": f"{minder} fortæller: {focus}",
        "konsulent": (rng.choice(PARTNER_STATUS).format(role=partner.role.label, **names)
                      if partner else "Konsulenten ser en positiv udvikling."),
        "evaluering": evaluation,
        "reviderede": revised,
        "bevilling": grant,
        "aftaler": "Se opfølgningspunkterne nedenfor.",
        "næste": f"Næste statusmøde {later:%d.%m.%Y}.",
        "summary": f"Statusmøde om {child.name}. {evaluation} {grant}",
    }


def _decisions(child: DemoChild, index: int, count: int) -> str:
    if index == count - 1:
        return (f"Handleplan version 2 godkendt. Bevillingen fortsætter med "
                f"{child.spec.places} pladser.")
    if index == count - 2:
        return "Handleplan version 1 godkendt."
    return "Indsatsen fortsætter som aftalt."


def _status_tasks(cast: Cast, child: DemoChild, rng) -> list[tuple[str, str, int]]:
    tasks = [(cast.consultant_for(child).name,
              "Sende referat og handleplan til forældre og samarbejdsparter", 7),
             (child.home.childminder.name,
              "Skrive observationer til de aftalte mål mindst to gange om ugen", 30)]
    if child.spec.partners:
        partner = cast.partners[rng.choice(child.spec.partners)]
        tasks.append((partner.name, "Besøge dagplejen og vejlede i øvelserne", 21))
    return tasks


# -- supervision and home visits ---------------------------------------------------------

def _visits(ctx: AppContext, cast: Cast, rng: random.Random) -> None:
    placed: dict[str, list[DemoChild]] = {}
    for child in cast.children:
        if child.home is not None:
            placed.setdefault(child.home.spec.key, []).append(child)
            _home_visit(ctx, cast, child)
    for key, home in cast.homes.items():
        if home.spec.kind == HomeKind.MINI:
            _supervisions(ctx, cast, home, placed.get(key, []), rng)



def _supervisions(ctx: AppContext, cast: Cast, home, kids: list[DemoChild], rng) -> None:
    """A visit about every 30 days back from the home's last one, and the next one planned."""
    consultant = cast.consultants[home.spec.consultant]
    for k in range(SUPERVISION_VISITS):
        days_ago = home.spec.last_visit_days_ago + 30 * k
        day = workday_before(cast.today - timedelta(days=days_ago))
        notes = _visit_notes(home, kids, day, rng)
        tasks, done = (), None
        if k % 3 == 1:
            due = workday_after(day + timedelta(days=14))
            tasks = (follow_ups.FollowUpInput(rng.choice(VISIT_TASKS), home.childminder.name,
                                              due),)
            done = due - timedelta(days=2) if due < cast.today else None
        visit = _visit(ctx, consultant, at(day, 10, 15), home_id=home.id, notes=notes,
                       follow_ups=tasks)
        if done is not None:
            _complete(ctx, visit.follow_ups, [(tasks[0].description, tasks[0].owner, done)],
                      consultant)
    planned = workday_after(cast.today + timedelta(days=3 + home.spec.last_visit_days_ago % 17))
    # Planned today, for a day ahead: no notes yet.
    _visit(ctx, consultant, at(planned, 10, 15), home_id=home.id, recorded=cast.today)


def _visit(ctx: AppContext, consultant, moment: datetime, *, recorded: date | None = None,
           **fields) -> visits.VisitInfo:
    """A visit written up by its consultant when it ends (or planned on ``recorded``)."""
    with as_of(ctx, recorded or moment, consultant):
        return visits.record_visit(ctx, visits.VisitInput(
            VisitKind.HOME if "child_id" in fields else VisitKind.SUPERVISION, moment,
            consultant_id=consultant.id, **fields))



def _visit_notes(home, kids, day: date, rng) -> str:
    lines = [f"Tilsyn hos {home.childminder.name}."]
    for child in kids:
        if child.placement_start <= day and child.spec.focus:
            act = rng.choice(child.spec.focus)[2].format(**child.pronouns())
            lines.append(act)
    lines += [rng.choice(VISIT_TOPICS), rng.choice(VISIT_CLOSINGS)]
    return " ".join(lines)


def _home_visit(ctx: AppContext, cast: Cast, child: DemoChild) -> None:
    day = workday_before(child.placement_start - timedelta(days=21))
    _visit(ctx, cast.consultant_for(child), at(day, 14), child_id=child.id,
           notes=f"Hjemmebesøg hos familien før opstart for at afklare "
                 f"{possessive(child.spec.first_name)} pædagogiske behov. Forældrene fortalte om "
                 f"hverdagen og hvad der virker. Vi talte om, hvilket mini-dagplejehjem der "
                 f"passer bedst, og om opstartsmødet.")

