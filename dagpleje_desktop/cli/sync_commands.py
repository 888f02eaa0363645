"""``export --to DEVICE_ID -o FILE``, ``import FILE [--yes]``, ``conflicts [--json]`` and
``conflicts resolve CONFLICT_ID local|remote|merged|kept_apart [--value TEXT] [--yes]``.

A refused package (tampered, truncated, for another device, from an unpaired or revoked
device, from a newer version) is one Danish line on stderr, exit 1, and nothing changed.
Importing a package that is already in is not an error: it says "allerede indlæst",
changes nothing and exits 0, so a script may offer every file on a USB stick.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import ValidationError
from ..services.exchange import sync
from ..services.security.access import parse_uuid
from ..services.exchange.sync import ConflictInfo, ImportReport
from ..services.exchange.sync_status import field_label, is_duplicate_notice
from ..sync.conflicts import CHOICES
from ..sync.duplicates import KEPT_APART
from ..sync.errors import AlreadyImported, LargeDeleteNeedsConfirmation
from .common import (fmt_datetime, interactive, logged_in, one_line, print_json, refusal_text,
                     run_listing)
from .device_commands import output_path
from .parser import add_json_flag

KEPT_LABELS = {"local": "din værdi", "remote": "den modtagne værdi", "other": "en tredje værdi"}
CHOICE_LABELS = {"local": "din værdi", "remote": "den modtagne værdi",
                 "merged": "den flettede værdi"}
# How a conflict was settled, as the list shows it (also when settled without a choice here).
RESOLUTION_LABELS = {**CHOICE_LABELS, "elsewhere": "på en anden enhed",
                     "same_value": "samme værdi på begge enheder"}
RESOLVE_CHOICES = (*CHOICES, KEPT_APART)
# How a possible duplicate child (two records with one CPR number) was settled.
DUPLICATE_LABELS = {"local": "lagt sammen, barnet her beholdt",
                    "remote": "lagt sammen, det modtagne barn beholdt",
                    KEPT_APART: "to forskellige børn", "merged": "lagt sammen",
                    "elsewhere": "afklaret"}


def register(commands) -> None:
    export = commands.add_parser(
        "export", help="lav en synkroniseringspakke til en parret enhed",
        description="Pakken rummer alt, hvad enheden ikke har bekræftet at have fået, og som "
                    "den må se. Den er krypteret til modtageren og signeret; filnavnet "
                    "rummer ingen navne. Find enhedens id med »dagpleje device list«.")
    export.add_argument("--to", required=True, metavar="DEVICE_ID", help="modtagerens enheds-id")
    export.add_argument("-o", "--output", required=True, metavar="FIL",
                        help="pakkens filnavn, eller en mappe (fx USB-stikket)")
    export.set_defaults(run=run_export)

    incoming = commands.add_parser(
        "import", help="indlæs en synkroniseringspakke",
        description="Kontrollerer signatur, afsender og indhold, tager en sikkerhedskopi og "
                    "indlæser hele pakken på én gang. Skriver antal nye, ændrede og slettede "
                    "poster og konflikter. En pakke, der vil slette mange poster, indlæses "
                    "kun efter bekræftelse (eller med --yes). JSON-felter: status "
                    "(imported|already_imported), sender_id, sender_name, package_seq, new, "
                    "updated, deleted, conflicts, erased, removed, operations, duplicates, "
                    "possible_duplicates (modtagne børn med et CPR-nummer, som et andet barn "
                    "her har), held_back, warnings.")
    incoming.add_argument("file", metavar="FIL", help="pakkefilen (.dgsync)")
    incoming.add_argument("--yes", action="store_true",
                          help="indlæs også, hvis pakken sletter mange poster")
    incoming.add_argument("--json", action="store_true",
                          help="skriv resultatet som ét JSON-objekt (til scripts)")
    incoming.set_defaults(run=run_import)

    conflicts = commands.add_parser(
        "conflicts", help="konflikter fra synkronisering: list og løs",
        description="Felter, som er ændret på to enheder på samme tid. Den nyeste ændring "
                    "gælder, indtil en person vælger. Felter i JSON: id, entity, "
                    "entity_label, row_id, child_id, field, field_label (feltets navn på "
                    "dansk), is_delete, local_value, remote_value, local_text, remote_text, "
                    "local_hlc, remote_hlc, kept (local|remote|other), created_at, "
                    "resolved_at, resolution, is_duplicate. Et muligt dubletbarn (to "
                    "registreringer med samme CPR-nummer) har is_duplicate true, og "
                    "local_value/remote_value er de to børns id'er.")
    add_json_flag(conflicts)
    conflicts.add_argument("--all", action="store_true", help="medtag løste konflikter")
    conflicts.set_defaults(run=run_conflicts)
    sub = conflicts.add_subparsers(dest="conflicts_command", metavar="resolve",
                                   title="kommandoer")
    resolve = sub.add_parser(
        "resolve", help="løs en konflikt",
        description="local beholder værdien på denne enhed, remote den modtagne, og merged "
                    "en ny værdi skrevet med --value. For et muligt dubletbarn lægger local "
                    "det modtagne barn sammen med barnet her, remote omvendt, og kept_apart "
                    "noterer, at det er to forskellige børn. Valget sendes med de næste "
                    "pakker, så konflikten også er løst på de andre enheder.")
    resolve.add_argument("conflict_id", metavar="CONFLICT_ID", help="konfliktens id")
    resolve.add_argument("choice", metavar="|".join(RESOLVE_CHOICES),
                         help="hvilken værdi der gælder")
    resolve.add_argument("--value", metavar="TEKST", help="den flettede værdi (med merged)")
    resolve.add_argument("--yes", action="store_true",
                         help="bekræft sammenlægning af et muligt dubletbarn (kræves uden "
                              "terminal)")
    resolve.set_defaults(run=run_conflict_resolve)


# -- export --------------------------------------------------------------------------

def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    if size >= 1024:
        return f"{size / 1024:.1f} kB".replace(".", ",")
    return f"{size} byte"


def _changes(count: int) -> str:
    return "1 ændring" if count == 1 else f"{count} ændringer"


def run_export(args) -> int:
    device_id = parse_uuid(args.to, "enheds-id (se »dagpleje device list«)")
    with logged_in(args) as ctx:
        target = output_path(args.output, "pakken",
                             lambda: sync.suggested_filename(ctx, device_id))
        result = sync.export_package(ctx, device_id, target)
    scope = ("" if result.children is None
             else " om 1 barn" if result.children == 1 else f" om {result.children} børn")
    print(f"Pakke nr. {result.package_seq} er gemt i {result.path}: "
          f"{_changes(result.operations)}{scope}, {human_size(result.size)}.")
    return 0


# -- import --------------------------------------------------------------------------

def _confirmed(refusal: LargeDeleteNeedsConfirmation) -> bool:
    """Ask on a terminal; a script must say --yes up front."""
    if not interactive():
        raise ValidationError("{value} Intet er indlæst. Kør kommandoen igen med --yes for at "
                              "indlæse pakken alligevel.", value=refusal,
                              log_message="large delete refused without --yes") from None
    print(refusal_text(refusal))
    answer = input("Vil du indlæse pakken alligevel? Skriv »ja« for at fortsætte: ")
    return answer.strip().lower() in ("ja", "j")


def report_json(report: ImportReport | None, status: str) -> dict:
    if report is None:
        return {"status": status, "new": 0, "updated": 0, "deleted": 0, "conflicts": 0}
    return {"status": status, "sender_id": report.sender_id, "sender_name": report.sender_name,
            "package_seq": report.package_seq, "new": report.new, "updated": report.updated,
            "deleted": report.deleted, "conflicts": report.conflicts, "erased": report.erased,
            "removed": report.removed, "operations": report.operations,
            "duplicates": report.duplicates,
            "possible_duplicates": report.possible_duplicates, "held_back": report.held_back,
            "warnings": list(report.warnings)}


def _import(ctx, path: Path, confirm: bool) -> ImportReport | None:
    """The report, or None when the user chose not to import a large delete."""
    try:
        return sync.import_package(ctx, path, confirm_large_delete=confirm)
    except LargeDeleteNeedsConfirmation as refusal:
        if not _confirmed(refusal):
            return None
    return sync.import_package(ctx, path, confirm_large_delete=True)


def run_import(args) -> int:
    path = Path(args.file).expanduser()
    try:
        with logged_in(args) as ctx:
            report = _import(ctx, path, args.yes)
    except AlreadyImported as exc:
        if args.json:
            print_json(report_json(None, "already_imported"))
        else:
            print(refusal_text(exc))
        return 0
    if report is None:
        raise ValidationError("Pakken er ikke indlæst. Intet er ændret.",
                              log_message="large delete declined")
    if args.json:
        print_json(report_json(report, "imported"))
        return 0
    print(f"Pakke nr. {report.package_seq} fra »{report.sender_name}« er indlæst: "
          f"{report.summary()}.")
    if report.erased or report.removed:
        print(f"{report.erased + report.removed} poster er fjernet helt fra denne enhed "
              "(sletning efter anmodning, eller børn, der ikke længere hører til her).")
    for warning in report.warnings:
        print(f"Bemærk: {warning}")
    if report.conflicts:
        print("Se konflikterne med »dagpleje conflicts«, og løs dem med »dagpleje conflicts "
              "resolve«.")
    return 0


# -- conflicts -----------------------------------------------------------------------

def conflict_json(c: ConflictInfo) -> dict:
    return {"id": c.id, "entity": c.entity, "entity_label": c.entity_label, "row_id": c.row_id,
            "child_id": c.child_id, "field": c.field, "field_label": field_label(c.field),
            "is_delete": c.is_delete, "local_value": c.local_value, "remote_value": c.remote_value,
            "local_text": c.local_text, "remote_text": c.remote_text,
            "local_hlc": c.local_hlc, "remote_hlc": c.remote_hlc, "kept": c.kept,
            "created_at": c.created_at, "resolved_at": c.resolved_at,
            "resolution": c.resolution, "is_duplicate": c.is_duplicate}


def _what(c: ConflictInfo) -> str:
    # The field as the forms name it ("Allergier"), not its code name ("allergies").
    if c.is_duplicate:
        return c.entity_label
    if c.is_delete:
        return f"{c.entity_label} (sletning)"
    return f"{c.entity_label}: {field_label(c.field)}"


def _status(c: ConflictInfo) -> str:
    if c.is_duplicate:
        if c.resolved_at is None:
            return "åben: samme barn eller to børn?"
        return f"løst ({DUPLICATE_LABELS.get(c.resolution or '', c.resolution or '')})"
    if c.resolved_at is not None:
        return f"løst ({RESOLUTION_LABELS.get(c.resolution or '', 'afklaret')})"
    return f"åben, gælder nu: {KEPT_LABELS[c.kept]}"


def run_conflicts(args) -> int:
    return run_listing(
        args, lambda ctx: sync.list_conflicts(ctx, include_resolved=args.all),
        to_json=conflict_json, empty="Ingen konflikter.",
        headers=["Opstået", "Hvad", "Din værdi", "Modtaget værdi", "Status", "Id"],
        row=lambda c: [fmt_datetime(c.created_at), _what(c), one_line(c.local_text, 40),
                       one_line(c.remote_text, 40), _status(c), c.id])


def run_conflict_resolve(args) -> int:
    conflict_id = parse_uuid(args.conflict_id, "konflikt-id (se »dagpleje conflicts«)")
    if args.choice not in RESOLVE_CHOICES:
        raise ValidationError("Vælg local (din værdi), remote (den modtagne værdi), merged (en "
                              "ny værdi med --value) eller, for et muligt dubletbarn, "
                              "kept_apart (to forskellige børn), ikke »{choice}«.",
                              choice=args.choice,
                              log_message=f"unknown conflict choice {args.choice!r}")
    if args.choice == "merged" and args.value is None:
        raise ValidationError("Skriv den flettede værdi med --value.",
                              log_message="merged without --value")
    if args.choice != "merged" and args.value is not None:
        raise ValidationError("--value bruges kun sammen med merged.",
                              log_message="--value without merged")
    with logged_in(args) as ctx:
        if (args.choice in ("local", "remote") and not args.yes
                and is_duplicate_notice(ctx, conflict_id)):
            if not interactive():
                raise ValidationError("En sammenlægning af to børn kan ikke fortrydes. "
                                      "Gentag kommandoen med --yes for at lægge dem sammen.",
                                      log_message="duplicate merge without --yes")
            notice = next(c for c in sync.list_conflicts(ctx) if c.id == conflict_id)
            if not _merge_confirmed(notice, args.choice):
                raise ValidationError("Børnene er ikke lagt sammen. Intet er ændret.",
                                      log_message="duplicate merge declined")
        info = sync.resolve_conflict(ctx, conflict_id, args.choice, merged_value=args.value)
    if info.is_duplicate:
        print(_duplicate_settled(info, args.choice))
        return 0
    print(f"Konflikten om {_what(info)} er løst med {CHOICE_LABELS[args.choice]}. Valget "
          "sendes med de næste pakker til de andre enheder.")
    return 0


def _merge_confirmed(notice: ConflictInfo, choice: str) -> bool:
    """Ask on a terminal before two records become one."""
    keep, gone = ((notice.local_text, notice.remote_text) if choice == "local"
                  else (notice.remote_text, notice.local_text))
    answer = input(f"»{keep}« beholdes, og alt om »{gone}« (observationer, mål, planer, "
                   "møder, forældre, indskrivninger) flyttes over til det. Det sendes til de "
                   "andre enheder og kan ikke fortrydes. Skriv »ja« for at fortsætte: ")
    return answer.strip().lower() in ("ja", "j")


def _duplicate_settled(info: ConflictInfo, choice: str) -> str:
    if choice == KEPT_APART:
        return (f"Noteret: »{info.local_text}« og »{info.remote_text}« er to forskellige "
                "børn, og begge beholdes. Valget sendes med de næste pakker.")
    keep = info.local_value if choice == "local" else info.remote_value
    return (f"Børnene er lagt sammen: alt om barnet er nu samlet på barnet med id {keep}. "
            "Sammenlægningen sendes med de næste pakker til de andre enheder.")
