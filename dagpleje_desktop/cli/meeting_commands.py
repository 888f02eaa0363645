"""The consultant's lists: ``meeting list``, ``supervision due``, ``plan list`` and
``visit list`` (the last two mainly to find the ids the ``print`` commands take);
``plan sign`` and ``meeting referent`` are in ``record_commands``.

JSON gives times as ISO 8601 in local time with their UTC offset, e.g.
``2025-03-30T10:00:00+02:00``, so a script needs no time zone rules of its own.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from ..services.security.access import parse_uuid
from ..services.records.children import list_children
from ..services.context import LOCAL_TZ
from ..services.records.homes import get_home
from ..services.meeting_cycle.meetings import MeetingSummary, list_meetings
from ..services.meeting_cycle.plans import list_plans
from ..services.meeting_cycle.visits import (SupervisionStatus, VisitInfo, list_visits,
                                             supervision_due)
from .common import fmt_date, fmt_datetime, run_listing
from .parser import add_json_flag
from .record_commands import register_referent, register_sign


def register(commands) -> None:
    _register_meeting(commands)
    _register_supervision(commands)
    _register_plan(commands)
    _register_visit(commands)


def _register_meeting(commands) -> None:
    meeting = commands.add_parser("meeting", help="møder: list, referent",
                                  description="Møderne om de børn, du har adgang til.")
    sub = meeting.add_subparsers(dest="meeting_command", metavar="list|referent",
                                 required=True, title="kommandoer")
    listing = sub.add_parser("list", help="list møderne i tidsorden",
                             description="Felter i JSON: id, kind, kind_label, start, end "
                                         "(ISO 8601 med tidszone), child_id, child_name, "
                                         "status, status_label, place.")
    listing.add_argument("--child", metavar="ID", help="kun møder om dette barn")
    add_json_flag(listing)
    listing.set_defaults(run=run_meeting_list)
    register_referent(sub)


def _register_supervision(commands) -> None:
    supervision = commands.add_parser("supervision", help="tilsyn: hvilke hjem skal besøges",
                                      description="Tilsyn med mini-dagplejehjemmene.")
    sub = supervision.add_subparsers(dest="supervision_command", metavar="due", required=True,
                                     title="kommandoer")
    due = sub.add_parser("due", help="hjem, der mangler eller snart mangler tilsyn",
                         description="Alle mini-dagplejehjem med det seneste tilsyn; "
                                     "overskredne først (mere end 30 dage siden). Felter i "
                                     "JSON: home_id, home_name, last_visit, days_since, "
                                     "overdue, due.")
    add_json_flag(due)
    due.set_defaults(run=run_supervision_due)


def _register_plan(commands) -> None:
    plan = commands.add_parser("plan", help="handleplaner: list, sign",
                               description="Handleplanernes versioner.")
    sub = plan.add_subparsers(dest="plan_command", metavar="list|sign", required=True,
                              title="kommandoer")
    listing = sub.add_parser("list", help="list handleplanerne, nyeste version først",
                             description="Felter i JSON: id, child_id, child_name, version, "
                                         "status, status_label, approved_on, "
                                         "next_evaluation, goal_count.")
    listing.add_argument("--child", metavar="ID", help="kun dette barns handleplaner")
    add_json_flag(listing)
    listing.set_defaults(run=run_plan_list)
    register_sign(sub)


def _register_visit(commands) -> None:
    visit = commands.add_parser("visit", help="tilsyn og hjemmebesøg: list",
                                description="Tilsyn hos dagplejehjem og hjemmebesøg hos "
                                            "familier.")
    sub = visit.add_subparsers(dest="visit_command", metavar="list", required=True,
                               title="kommandoer")
    listing = sub.add_parser("list", help="list besøgene, nyeste først",
                             description="Felter i JSON: id, kind, kind_label, home_id, "
                                         "home_name, child_id, visited_at (ISO 8601 med "
                                         "tidszone), consultant_name.")
    listing.add_argument("--home", metavar="ID", help="kun besøg hos dette dagplejehjem")
    add_json_flag(listing)
    listing.set_defaults(run=run_visit_list)


def local_iso(moment: datetime | None) -> str | None:
    return moment.astimezone(LOCAL_TZ).isoformat() if moment else None


def _time_span(start: datetime, end: datetime) -> str:
    """"18.11.2024 13:00–14:30", or both dates when the meeting runs past midnight."""
    first, last = start.astimezone(LOCAL_TZ), end.astimezone(LOCAL_TZ)
    until = last.strftime("%H:%M") if last.date() == first.date() else fmt_datetime(last)
    return f"{fmt_datetime(first)}–{until}"


# -- meeting list --------------------------------------------------------------------

def meeting_json(m: MeetingSummary) -> dict:
    return {"id": m.id, "kind": m.kind, "kind_label": m.kind.label, "start": local_iso(m.start),
            "end": local_iso(m.end), "child_id": m.child_id, "child_name": m.child_name,
            "status": m.status, "status_label": m.status.label, "place": m.place}


def run_meeting_list(args) -> int:
    child_id = parse_uuid(args.child, "barne-id") if args.child else None
    return run_listing(
        args, lambda ctx: list_meetings(ctx, child_id), to_json=meeting_json,
        headers=["Tidspunkt", "Møde", "Barn", "Status", "Id"], empty="Ingen møder.",
        row=lambda m: [_time_span(m.start, m.end), m.kind.label, m.child_name, m.status.label,
                       m.id])


# -- supervision due -----------------------------------------------------------------

def supervision_json(h: SupervisionStatus) -> dict:
    return {"home_id": h.home_id, "home_name": h.home_name, "last_visit": h.last_visit,
            "days_since": h.days_since, "overdue": h.overdue, "due": h.due}


def _supervision_state(h: SupervisionStatus) -> str:
    if h.overdue:
        return "Overskredet"
    return "Snart" if h.due else "I orden"


def run_supervision_due(args) -> int:
    return run_listing(
        args, supervision_due, to_json=supervision_json, empty="Ingen mini-dagplejehjem.",
        headers=["Dagplejehjem", "Seneste tilsyn", "Dage siden", "Tilsyn", "Id"],
        row=lambda h: [h.home_name, fmt_date(h.last_visit) or "aldrig",
                       "" if h.days_since is None else h.days_since, _supervision_state(h),
                       h.home_id])


# -- plan list -----------------------------------------------------------------------

def _plans(ctx, wanted) -> list[dict]:
    if wanted is not None:
        plans = [(wanted, p) for p in list_plans(ctx, wanted)]  # refuses an unknown child
    names = {c.id: c.name for c in list_children(ctx, include_archived=True)}
    if wanted is None:
        plans = [(child_id, p) for child_id in names for p in list_plans(ctx, child_id)]
    return [{"id": p.id, "child_id": child_id, "child_name": names.get(child_id, ""),
             "version": p.version, "status": p.status, "status_label": p.status.label,
             "approved_on": p.approved_on, "next_evaluation": p.next_evaluation,
             "goal_count": p.goal_count} for child_id, p in plans]


def run_plan_list(args) -> int:
    wanted = parse_uuid(args.child, "barne-id") if args.child else None
    return run_listing(
        args, lambda ctx: _plans(ctx, wanted), to_json=dict, empty="Ingen handleplaner.",
        headers=["Barn", "Version", "Status", "Godkendt", "Næste evaluering", "Mål", "Id"],
        row=lambda r: [r["child_name"], r["version"], r["status_label"],
                       fmt_date(r["approved_on"]), fmt_date(r["next_evaluation"]),
                       r["goal_count"], r["id"]])


# -- visit list ----------------------------------------------------------------------

def visit_json(v: VisitInfo) -> dict:
    return {"id": v.id, "kind": v.kind, "kind_label": v.kind.label, "home_id": v.home_id,
            "home_name": v.home_name, "child_id": v.child_id,
            "visited_at": local_iso(v.visited_at), "consultant_name": v.consultant_name}


class _VisitRow(NamedTuple):
    visit: VisitInfo
    at: str  # the child's name for a home visit, else the home's


def _visits(ctx, home_id, with_names: bool) -> list[_VisitRow]:
    if home_id is not None:
        get_home(ctx, home_id)  # an unknown home is a typo, not "no visits"
    visits = list_visits(ctx, home_id=home_id)
    names = ({c.id: c.name for c in list_children(ctx, include_archived=True)}
             if with_names and any(v.child_id for v in visits) else {})
    return [_VisitRow(v, names.get(v.child_id, "") if v.child_id else v.home_name)
            for v in visits]


def run_visit_list(args) -> int:
    home_id = parse_uuid(args.home, "dagplejehjems-id") if args.home else None
    return run_listing(
        args, lambda ctx: _visits(ctx, home_id, with_names=not args.json),
        to_json=lambda r: visit_json(r.visit), empty="Ingen besøg.",
        headers=["Tidspunkt", "Besøg", "Hos", "Konsulent", "Id"],
        row=lambda r: [fmt_datetime(r.visit.visited_at), r.visit.kind.label, r.at,
                       r.visit.consultant_name, r.visit.id])
