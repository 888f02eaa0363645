"""The office's commands: ``referral list``, ``absence add``, ``guest-care propose`` and
``course list``.

``absence add`` prints only the new absence's id, so a script can hand it straight to
``guest-care propose``. ``guest-care propose --json`` gives, per affected child,
``child_id`` and ``homes`` as a list of ``{home_id, home_name, free_places}``.
"""

from __future__ import annotations

from ..domain.courses import hours_text
from ..domain.enums import AbsenceReason
from ..domain.errors import ValidationError
from ..services.records.absences import AbsenceInput, register_absence
from ..services.security.access import parse_uuid
from ..services.office.courses import CourseInfo, list_courses
from ..services.records.guest_care import propose_guest_homes
from ..services.office.referrals import ReferralInfo, list_referrals
from .calendar_commands import parse_day
from .common import fmt_date, logged_in, one_line, run_listing
from .parser import add_json_flag

REASONS = tuple(r.value for r in AbsenceReason)  # illness, holiday, course, time-off


def register(commands) -> None:
    _register_referral(commands)
    _register_absence(commands)
    _register_guest_care(commands)
    _register_course(commands)


def _register_referral(commands) -> None:
    referral = commands.add_parser("referral", help="indstillinger til visitation: list",
                                   description="Indstillinger til Mini-dagplejen og "
                                               "visitationsudvalgets afgørelser.")
    sub = referral.add_subparsers(dest="referral_command", metavar="list", required=True,
                                  title="kommandoer")
    listing = sub.add_parser(
        "list", help="list indstillingerne, nyeste først",
        description="Felter i JSON: id, child_id, child_name, referrer_type, "
                    "referrer_type_label, referrer_name, reason, requested_places, status "
                    "(received|in_visitation|granted|rejected|withdrawn), status_label, "
                    "received_on, committee_date, granted_places, revisitation_on, "
                    "decision_note, attachment_count, next_step.")
    add_json_flag(listing)
    listing.set_defaults(run=run_referral_list)


def _register_absence(commands) -> None:
    absence = commands.add_parser("absence", help="dagplejerens fravær: add",
                                  description="Fravær hos en dagplejer (sygdom, ferie, kursus "
                                              "eller afspadsering/fri).")
    sub = absence.add_subparsers(dest="absence_command", metavar="add", required=True,
                                 title="kommandoer")
    add = sub.add_parser(
        "add", help="registrér fravær for en periode og skriv fraværets id",
        description="Registrerer fraværet og skriver dets id (til »dagpleje guest-care "
                    "propose«). Find dagplejehjemmets id med »dagpleje home list«. Datoer "
                    "skrives ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ; begge dage er med.")
    add.add_argument("--home", required=True, metavar="HOME_ID", help="dagplejehjemmets id")
    add.add_argument("--from", dest="start", required=True, metavar="DATO",
                     help="første fraværsdag")
    add.add_argument("--to", dest="end", required=True, metavar="DATO",
                     help="sidste fraværsdag")
    add.add_argument("--reason", required=True, choices=REASONS, metavar="ÅRSAG",
                     help="illness (sygdom), holiday (ferie), course (kursus) eller "
                          "time-off (afspadsering/fri)")
    add.add_argument("--note", default="", metavar="TEKST", help="en kort bemærkning")
    add.set_defaults(run=run_absence_add)


def _register_guest_care(commands) -> None:
    guest = commands.add_parser("guest-care", help="gæstepleje: propose",
                                description="Gæstepleje, mens dagplejeren er fraværende.")
    sub = guest.add_subparsers(dest="guest_care_command", metavar="propose", required=True,
                               title="kommandoer")
    propose = sub.add_parser(
        "propose", help="foreslå gæstehjem til de børn, fraværet berører",
        description="For hvert berørt barn: almindelige dagplejehjem med plads alle dage i "
                    "perioden, nærmeste først. Felter i JSON: child_id og homes (en liste med "
                    "home_id, home_name og free_places).")
    propose.add_argument("absence_id", metavar="ABSENCE_ID", help="fraværets id")
    add_json_flag(propose)
    propose.set_defaults(run=run_guest_care_propose)


def _register_course(commands) -> None:
    course = commands.add_parser("course", help="forløb: list",
                                 description="Hjemmepædagogiske forløb, minivejledningsforløb "
                                             "og småbørnscaféer.")
    sub = course.add_subparsers(dest="course_command", metavar="list", required=True,
                                title="kommandoer")
    listing = sub.add_parser(
        "list", help="list forløbene, igangværende først",
        description="Felter i JSON: id, kind (home_pedagogue|guidance|cafe), kind_label, "
                    "title, child_id, child_name, family, unit_name, pedagogue_name, "
                    "start_date, planned_end, latest_end, weekly_hours, hour_budget, "
                    "hours_used, hours_remaining, end_date, end_reason, running, "
                    "status_label, warning.")
    add_json_flag(listing)
    listing.set_defaults(run=run_course_list)


# -- referral list -------------------------------------------------------------------

def referral_json(r: ReferralInfo) -> dict:
    return {"id": r.id, "child_id": r.child_id, "child_name": r.child_name,
            "referrer_type": r.referrer_type, "referrer_type_label": r.referrer_type.label,
            "referrer_name": r.referrer_name, "reason": r.reason,
            "requested_places": r.requested_places, "status": r.status,
            "status_label": r.status.label, "received_on": r.received_on,
            "committee_date": r.committee_date, "granted_places": r.granted_places,
            "revisitation_on": r.revisitation_on, "decision_note": r.decision_note,
            "attachment_count": r.attachment_count, "next_step": r.progress.next_step}


def run_referral_list(args) -> int:
    return run_listing(
        args, list_referrals, to_json=referral_json, empty="Ingen indstillinger.",
        headers=["Modtaget", "Barn", "Indstillet af", "Pladser", "Status", "Næste skridt", "Id"],
        row=lambda r: [fmt_date(r.received_on), r.child_name, one_line(r.referrer, 40),
                       r.granted_places or r.requested_places, r.status.label,
                       one_line(r.progress.next_step, 50), r.id])


# -- absence add ---------------------------------------------------------------------

def run_absence_add(args) -> int:
    home_id = parse_uuid(args.home, "dagplejehjem-id (se »dagpleje home list«)")
    start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
    if end < start:
        raise ValidationError("Fraværet slutter før det begynder: --to {end} ligger før --from "
                              "{start}.", end=fmt_date(end), start=fmt_date(start),
                              log_message="absence ends before it starts")
    with logged_in(args) as ctx:
        absence = register_absence(ctx, AbsenceInput(home_id, start, end,
                                                     AbsenceReason(args.reason), args.note))
    print(absence.id)
    return 0


# -- guest-care propose --------------------------------------------------------------

def _distance(km: float | None) -> str:
    return "" if km is None else f"{km:.1f} km".replace(".", ",")


def _proposal_rows(p) -> list[list]:
    """One line per guest home that has room (or one saying none has)."""
    period = f"{fmt_date(p.starts_on)}–{fmt_date(p.ends_on)}"
    booked = ", ".join(f"{b.guest_home_name} ({fmt_date(b.starts_on)}–"
                       f"{fmt_date(b.ends_on)})" for b in p.booked)
    if not p.homes:
        return [[p.child_name, period, "Intet gæstehjem har plads alle dage", "", "", booked,
                 ""]]
    return [[p.child_name, period, h.home_name, h.free_places, _distance(h.distance_km),
             booked, h.home_id] for h in p.homes]


def _guest_sheet_advice(_proposals) -> None:
    print()
    print("Hos en almindelig dagplejer er der oftest 4 andre børn, så barnets særlige behov "
          "kan ikke tilgodeses på samme måde. Giv gæstedagplejeren taskesedlen: »dagpleje "
          "print guest-sheet BARNETS_ID -o taskeseddel.pdf«.")


def run_guest_care_propose(args) -> int:
    absence_id = parse_uuid(args.absence_id, "fraværs-id")
    return run_listing(
        args, lambda ctx: propose_guest_homes(ctx, absence_id), to_json=lambda p: p.as_dict(),
        headers=["Barn", "Periode", "Gæstehjem", "Ledige", "Afstand", "Booket", "Hjemmets id"],
        empty="Fraværet berører ingen børn; der skal ikke findes gæstepleje.",
        rows=_proposal_rows, after=_guest_sheet_advice)


# -- course list ---------------------------------------------------------------------

def course_json(c: CourseInfo) -> dict:
    budget = c.budget
    return {"id": c.id, "kind": c.kind, "kind_label": c.kind.label, "title": c.title,
            "child_id": c.child_id, "child_name": c.child_name, "family": c.family,
            "unit_name": c.unit_name, "pedagogue_name": c.pedagogue_name,
            "start_date": c.start_date, "planned_end": c.planned_end,
            "latest_end": c.latest_end, "weekly_hours": c.weekly_hours,
            "hour_budget": c.hour_budget, "hours_used": c.hours_used,
            "hours_remaining": budget.remaining if budget else None,
            "end_date": c.end_date, "end_reason": c.end_reason, "running": c.is_running,
            "status_label": c.status_label, "warning": c.warning}


def _course_extent(c: CourseInfo) -> str:
    """What limits the course: the planned end (max. 40 weeks) or the hour budget."""
    if c.budget is not None:
        return f"{hours_text(c.hours_used)}/{hours_text(c.hour_budget)} timer"
    if c.planned_end is not None:
        return f"til {fmt_date(c.planned_end)}"
    return ""


def run_course_list(args) -> int:
    return run_listing(
        args, list_courses, to_json=course_json, empty="Ingen forløb.",
        headers=["Forløb", "Start", "Omfang", "Status", "Id"],
        row=lambda c: [one_line(c.title, 60), fmt_date(c.start_date), _course_extent(c),
                       c.status_label, c.id],
        after=_course_warnings)


def _course_warnings(courses) -> None:
    for c in courses:
        if c.warning:
            print(f"\nBemærk ({one_line(c.title, 60)}): {c.warning}")
