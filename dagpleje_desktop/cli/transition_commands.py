"""``transition show|set-start|edit``: the transition to kindergarten – the planned start
and the transition description's sections as a person writes them (every edit is kept
as a new version). ``print transition`` makes the PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from ..domain import transition as rules
from ..domain.date_input import read_date
from ..domain.errors import ValidationError
from ..services.records import transition
from ..services.security.access import parse_uuid
from .common import fmt_date, fmt_datetime, logged_in, print_json
from .parser import add_json_flag


def register(commands) -> None:
    group = commands.add_parser(
        "transition", help="overgang til børnehave: show, set-start, edit",
        description="Overgangsbeskrivelsen til børnehaven og den planlagte børnehavestart. "
                    "Afsnittene er: " + ", ".join(rules.CODES) + ".")
    sub = group.add_subparsers(dest="transition_command", metavar="show|set-start|edit",
                               required=True, title="kommandoer")
    show = sub.add_parser("show", help="vis afsnit, versioner og planlagt start",
                          description="Hvert afsnit: den gemte tekst (eller forslaget fra "
                                      "journalen, når ingen har skrevet det), hvem der skrev "
                                      "det, og hvor mange tidligere versioner der er gemt.")
    show.add_argument("child_id", metavar="CHILD_ID", help="barnets id")
    add_json_flag(show)
    show.set_defaults(run=run_show)

    start = sub.add_parser("set-start", help="registrér den planlagte børnehavestart",
                           description="Den planlagte børnehavestart (fx 01-08-2027) og, "
                                       "med --kindergarten, børnehaven. To måneder før "
                                       "starten minder oversigten konsulenten om "
                                       "overgangsbeskrivelse og samtykke.")
    start.add_argument("child_id", metavar="CHILD_ID", help="barnets id")
    start.add_argument("date", nargs="?", metavar="DATO", help="startdatoen, fx 01-08-2027")
    start.add_argument("--kindergarten", metavar="NAVN", help="børnehavens navn")
    start.add_argument("--clear", action="store_true",
                       help="fjern den planlagte start (den er ikke længere kendt)")
    start.set_defaults(run=run_set_start)

    edit = sub.add_parser("edit", help="gem en ny version af et afsnit",
                          description="Gemmer teksten som afsnittets næste version; de "
                                      "tidligere versioner bevares.")
    edit.add_argument("child_id", metavar="CHILD_ID", help="barnets id")
    edit.add_argument("--section", required=True, metavar="AFSNIT",
                      help="et af: " + ", ".join(rules.CODES))
    source = edit.add_mutually_exclusive_group(required=True)
    source.add_argument("--text", metavar="TEKST", help="afsnittets tekst")
    source.add_argument("--file", metavar="FIL",
                        help="en UTF-8-tekstfil med afsnittets tekst (- for standard-input)")
    edit.set_defaults(run=run_edit)


def run_show(args) -> int:
    child_id = parse_uuid(args.child_id, "barne-id")
    with logged_in(args) as ctx:
        info = transition.transition_overview(ctx, child_id)
    if args.json:
        print_json(info)
        return 0
    print(f"{info.child_name}: planlagt børnehavestart "
          f"{fmt_date(info.planned_start) or 'ikke registreret'}; børnehave "
          f"{info.kindergarten or 'ikke registreret'}; samtykke til overlevering "
          f"{info.consent_reference or 'mangler'}.")
    for section in info.sections:
        print()
        if section.current is None:
            print(f"{section.title} ({section.code}) – ikke skrevet. Forslag fra journalen:")
            print(section.suggestion or "  (journalen har intet at foreslå)")
            continue
        current = section.current
        print(f"{section.title} ({section.code}) – version {current.version}, skrevet af "
              f"{current.written_by} {fmt_datetime(current.written_at)}; "
              f"{len(section.earlier)} tidligere version(er) gemt:")
        print(current.text)
    return 0


def run_set_start(args) -> int:
    child_id = parse_uuid(args.child_id, "barne-id")
    if args.clear == bool(args.date):
        raise ValidationError("Angiv enten en dato eller --clear.",
                              log_message="set-start needs a date or --clear")
    with logged_in(args) as ctx:
        day = None if args.clear else read_date(args.date, ctx.today()).day
        info = transition.set_planned_start(ctx, child_id, day, args.kindergarten)
    if info.planned_start is None:
        print(f"Den planlagte børnehavestart for {info.child_name} er fjernet.")
    else:
        where = f" i {info.kindergarten}" if info.kindergarten else ""
        print(f"{info.child_name} starter efter planen{where} {fmt_date(info.planned_start)}.")
    return 0


def _read_text(args) -> str:
    if args.text is not None:
        return args.text
    if args.file == "-":
        return sys.stdin.read()
    path = Path(args.file).expanduser()
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError("Filen {path} findes ikke.", path=path,
                              log_message="transition text file missing") from None
    except UnicodeDecodeError:
        raise ValidationError("Filen {path} er ikke UTF-8-tekst. Gem den som UTF-8 og prøv igen.",
                              path=path, log_message="transition text file not UTF-8") from None
    except OSError as exc:
        raise ValidationError("Filen {path} kunne ikke læses: {reason}.",
                              path=path, reason=exc.strerror or exc,
                              log_message="transition text file unreadable") from None


def run_edit(args) -> int:
    child_id = parse_uuid(args.child_id, "barne-id")
    rules.parse_section(args.section)       # a typo is refused before logging in
    text = _read_text(args)
    with logged_in(args) as ctx:
        section = transition.save_section(ctx, child_id, args.section, text)
    earlier = len(section.earlier)
    kept = " Den tidligere version er gemt." if earlier == 1 else (
        f" De {earlier} tidligere versioner er gemt." if earlier else "")
    print(f"Afsnittet »{section.title}« er gemt som version {section.current.version}.{kept}")
    return 0
