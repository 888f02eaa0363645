"""Demo meetings (start, status, handover) with participants, agenda, minutes and
follow-ups, and a year of monthly supervision visits (one home left overdue)."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy.orm import Session

from ..domain.agendas import default_agenda
from ..domain.danish import possessive
from ..domain.enums import Attendance, HomeKind, MeetingKind, MeetingStatus, VisitKind
from ..store.models import FollowUp, Meeting, MeetingAgendaItem, MeetingParticipant, Visit
from .demo_phrases import (PARENT_STATUS, PARTNER_STATUS, VISIT_CLOSINGS, VISIT_TASKS,
                           VISIT_TOPICS)
from .demo_record import WITHDRAWN_SHARING
from .demo_texts import ORGANISATION, Cast, DemoChild, at, workday_after, workday_before

STATUS_INTERVAL_DAYS = 121       # status meetings about every four months
SUPERVISION_VISITS = 12          # a year of monthly visits per mini home
OFFICE_PLACE = f"{ORGANISATION['address']}, {ORGANISATION['postal_code']} {ORGANISATION['city']}"


@dataclass
class ChildMeetings:
    """What the plan writer needs: the held status meetings and the next planned one."""
    held: list[Meeting] = field(default_factory=list)
    next_meeting: Meeting | None = None


def status_meeting_days(child: DemoChild, today: date) -> tuple[list[date], date]:
    """Held status meetings (oldest first) and the next one, every ~4 months back from it."""
    upcoming = workday_after(today + timedelta(days=child.spec.next_meeting_in_days))
    held, day = [], upcoming - timedelta(days=STATUS_INTERVAL_DAYS)
    while day >= child.placement_start + timedelta(days=45):
        held.append(workday_before(day))
        day -= timedelta(days=STATUS_INTERVAL_DAYS)
    return sorted(held), upcoming


def write_meetings_and_visits(s: Session, cast: Cast, rng: random.Random) -> dict:
    """Rows for every placed child's meetings and every mini home's visits."""
    result: dict[uuid.UUID, ChildMeetings] = {}
    for child in cast.children:
        if child.home is None:
            continue
        result[child.id] = _child_meetings(s, cast, child, rng)
    _visits(s, cast, rng)
    s.flush()
    return result


def _child_meetings(s: Session, cast: Cast, child: DemoChild, rng) -> ChildMeetings:
    held_days, upcoming = status_meeting_days(child, cast.today)
    start_day = workday_before(child.placement_start - timedelta(days=7))
    first_status = held_days[0] if held_days else upcoming
    _meeting(s, cast, child, MeetingKind.START, start_day, 13, _home_place(child), rng,
             minutes=_start_minutes(child, first_status),
             decisions=f"{child.spec.first_name} starter i Mini-dagplejen "
                       f"{child.placement_start:%d.%m.%Y} med {child.spec.places} pladser.",
             tasks=[(cast.consultant_for(child).name, "Sende referat af opstartsmødet", 5),
                    (child.home.childminder.name, "Lave indkøringsplan sammen med forældrene",
                     3)], next_day=first_status)
    out = ChildMeetings()
    for index, day in enumerate(held_days):
        later = held_days[index + 1] if index + 1 < len(held_days) else upcoming
        place = _home_place(child) if index % 2 else OFFICE_PLACE
        meeting = _meeting(
            s, cast, child, MeetingKind.STATUS, day, 9, place, rng,
            minutes=_status_minutes(cast, child, index, len(held_days), later, rng),
            decisions=_decisions(child, index, len(held_days)),
            tasks=_status_tasks(cast, child, rng), latest=index == len(held_days) - 1,
            next_day=later)
        out.held.append(meeting)
    out.next_meeting = _meeting(
        s, cast, child, MeetingKind.STATUS, upcoming, 9, OFFICE_PLACE, rng, planned=True,
        preparation=f"Statusbeskrivelse sendes til {_status_readers(child)} senest "
                    f"{upcoming - timedelta(days=7):%d.%m.%Y}. Målene i handleplanen evalueres.")
    handover_to = child.spec.extra.get("handover_to")
    if handover_to:
        _meeting(s, cast, child, MeetingKind.HANDOVER,
                 workday_after(cast.today + timedelta(days=40)), 10,
                 f"{handover_to}, Solsikkevej 12, 6000 Kolding", rng, planned=True,
                 guests=((f"Pædagog fra {handover_to}", "Kommende institution"),),
                 preparation="Overleveringspakken gøres klar med forældrenes samtykke.")
    return out


def _status_readers(child: DemoChild) -> str:
    # After the withdrawal of consent to share with partners only the parents get it.
    return ("forældrene" if child.spec.key == WITHDRAWN_SHARING
            else "forældre og samarbejdsparter")


def _home_place(child: DemoChild) -> str:
    spec = child.home.spec
    return f"Hos {child.home.childminder.name}, {spec.address}, {spec.postal_code} {spec.city}"


def _meeting(s: Session, cast: Cast, child: DemoChild, kind: MeetingKind, day: date, hour: int,
             place: str, rng, *, minutes: dict | None = None, decisions: str = "",
             tasks=(), planned: bool = False, latest: bool = False, preparation: str = "",
             guests=(), next_day: date | None = None) -> Meeting:
    agenda = default_agenda(kind)
    minutes = minutes or {}
    meeting = Meeting(id=uuid.uuid4(), child_id=child.id, kind=kind.value,
                      starts_at=at(day, hour), ends_at=at(day, hour + 1, 30), place=place,
                      agenda="\n".join(f"{i}. {t}" for i, t in enumerate(agenda, 1)),
                      preparation_notes=preparation,
                      status=(MeetingStatus.PLANNED if planned else MeetingStatus.HELD).value)
    if not planned:
        meeting.minutes = minutes.get("summary", "")
        meeting.decisions = decisions
        # Recorded with the minutes: who wrote them and the next meeting agreed then.
        meeting.referent = cast.consultant_for(child).name
        meeting.next_meeting_at = at(next_day, 9) if next_day else None
    s.add(meeting)
    s.flush()
    for position, title in enumerate(agenda):
        s.add(MeetingAgendaItem(meeting_id=meeting.id, position=position, title=title,
                                minutes="" if planned else _item_minutes(minutes, title)))
    for name, role, professional_id, guardian_id in _people(cast, child) + [
            (name, role, None, None) for name, role in guests]:
        attendance = Attendance.INVITED if planned else Attendance.PRESENT
        if not planned and professional_id in _partner_ids(cast) and rng.random() < 0.25:
            attendance = Attendance.APOLOGIES
        s.add(MeetingParticipant(meeting_id=meeting.id, professional_id=professional_id,
                                 guardian_id=guardian_id, name=name, role=role,
                                 attendance=attendance.value))
    for owner, text, days in tasks:
        due = workday_after(day + timedelta(days=days))
        still_open = (latest and "Besøge" in text) or due >= cast.today
        s.add(FollowUp(meeting_id=meeting.id, child_id=child.id, description=text, owner=owner,
                       due_on=due,
                       done_on=None if still_open else due - timedelta(days=rng.randint(0, 4))))
    return meeting


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

def _visits(s: Session, cast: Cast, rng: random.Random) -> None:
    placed: dict[str, list[DemoChild]] = {}
    for child in cast.children:
        if child.home is not None:
            placed.setdefault(child.home.spec.key, []).append(child)
            _home_visit(s, cast, child)
    for key, home in cast.homes.items():
        if home.spec.kind == HomeKind.MINI:
            _supervisions(s, cast, home, placed.get(key, []), rng)


def _supervisions(s: Session, cast: Cast, home, kids: list[DemoChild], rng) -> None:
    """A visit about every 30 days back from the home's last one, and the next one planned."""
    consultant = cast.consultants[home.spec.consultant]
    tasks = []
    for k in range(SUPERVISION_VISITS):
        days_ago = home.spec.last_visit_days_ago + 30 * k
        day = workday_before(cast.today - timedelta(days=days_ago))
        visit = Visit(id=uuid.uuid4(), kind=VisitKind.SUPERVISION.value,
                      consultant_id=consultant.id, home_id=home.id,
                      visited_at=at(day, 10, 15), notes=_visit_notes(home, kids, day, rng))
        s.add(visit)
        if k % 3 == 1:
            due = workday_after(day + timedelta(days=14))
            tasks.append(FollowUp(visit_id=visit.id, description=rng.choice(VISIT_TASKS),
                                  owner=home.childminder.name, due_on=due,
                                  done_on=due - timedelta(days=2) if due < cast.today else None))
    planned = workday_after(cast.today + timedelta(days=3 + home.spec.last_visit_days_ago % 17))
    s.add(Visit(kind=VisitKind.SUPERVISION.value, consultant_id=consultant.id,
                home_id=home.id, visited_at=at(planned, 10, 15)))  # planned: no notes yet
    s.flush()  # the visits exist before the follow-ups that point at them
    s.add_all(tasks)


def _visit_notes(home, kids, day: date, rng) -> str:
    lines = [f"Tilsyn hos {home.childminder.name}."]
    for child in kids:
        if child.placement_start <= day and child.spec.focus:
            act = rng.choice(child.spec.focus)[2].format(**child.pronouns())
            lines.append(act)
    lines += [rng.choice(VISIT_TOPICS), rng.choice(VISIT_CLOSINGS)]
    return " ".join(lines)


def _home_visit(s: Session, cast: Cast, child: DemoChild) -> None:
    day = workday_before(child.placement_start - timedelta(days=21))
    s.add(Visit(kind=VisitKind.HOME.value, consultant_id=cast.consultant_for(child).id,
                child_id=child.id, visited_at=at(day, 14),
                notes=f"Hjemmebesøg hos familien før opstart for at afklare "
                      f"{possessive(child.spec.first_name)} pædagogiske behov. Forældrene fortalte om "
                      f"hverdagen og hvad der virker. Vi talte om, hvilket mini-dagplejehjem der "
                      f"passer bedst, og om opstartsmødet."))
