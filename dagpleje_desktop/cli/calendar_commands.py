"""``calendar export --from DATE --to DATE -o FILE.ics [--names]``.

The file opens in Outlook and other calendars with times in Europe/Copenhagen. By
default it names children and homes by their initials only; ``--names`` is the user's
explicit choice to include full names, places and goal texts.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from ..domain.errors import Label, ValidationError
from ..services.meeting_cycle.calendar import export_ics
from .common import fmt_date, logged_in

# ISO (2025-03-01) and the two ways Danes write a date (01.03.2025, 1-3-2025).
_DANISH_DATE = re.compile(r"(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})")


def register(commands) -> None:
    cal = commands.add_parser("calendar", help="kalender: eksport til Outlook (.ics)",
                              description="Kalenderen med møder, besøg, fravær, gæstepleje, "
                                          "måldatoer, evalueringer og tilsyn.")
    sub = cal.add_subparsers(dest="calendar_command", metavar="export", required=True,
                             title="kommandoer")
    export = sub.add_parser(
        "export", help="gem en periode som iCalendar-fil",
        description="Gemmer alle aftaler i perioden (begge dage medregnet) som en .ics-fil, "
                    "som Outlook kan åbne. Børn og dagplejehjem står kun med forbogstaver, "
                    "medmindre --names er valgt. Datoer skrives ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ.")
    export.add_argument("--from", dest="start", required=True, metavar="DATO",
                        help="første dag i perioden")
    export.add_argument("--to", dest="end", required=True, metavar="DATO",
                        help="sidste dag i perioden")
    export.add_argument("-o", "--output", required=True, metavar="FIL",
                        help="filnavnet, fx kalender.ics")
    export.add_argument("--names", action="store_true",
                        help="medtag fulde navne, steder og måltekster (personoplysninger)")
    export.set_defaults(run=run_calendar_export)


def parse_day(value: str, option: str) -> date:
    text = value.strip()
    try:
        match = _DANISH_DATE.fullmatch(text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError("{option} »{value}« er ikke en gyldig dato. Skriv den som "
                              "ÅÅÅÅ-MM-DD, fx 2025-03-01, eller 01.03.2025.",
                              option=option, value=value,
                              log_message=f"malformed date for {option}") from None


def check_output(path: Path, what: str) -> Path:
    """Refuse a target that cannot be written, before anything is read or logged."""
    path = path.expanduser()
    if not path.parent.is_dir():
        raise ValidationError("Mappen {parent} findes ikke. Vælg en anden mappe til {what}.",
                              parent=path.parent, what=Label(what),
                              log_message="output folder missing")
    if path.is_dir():
        raise ValidationError("{path} er en mappe; angiv et filnavn til {what}.",
                              path=path, what=Label(what),
                              log_message="output is a directory")
    return path


def run_calendar_export(args) -> int:
    start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
    if end < start:
        raise ValidationError("Perioden slutter før den begynder: --to {end} ligger før --from "
                              "{start}.", end=fmt_date(end), start=fmt_date(start),
                              log_message="calendar period ends before it starts")
    target = check_output(Path(args.output), "kalenderfilen")
    with logged_in(args) as ctx:
        result = export_ics(ctx, (start, end), target, include_names=args.names)
    privacy = "med fulde navne" if args.names else "kun med forbogstaver"
    count = "1 aftale" if result.count == 1 else f"{result.count} aftaler"
    print(f"Kalenderen for {fmt_date(start)}–{fmt_date(end)} er gemt i {result.path} "
          f"({count}, {privacy}).")
    return 0

