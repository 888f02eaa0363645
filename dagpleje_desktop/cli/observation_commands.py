"""``observe CHILD_ID --text …`` and ``search TEXT``.

Search snippets: the service marks each hit with \\x02 … \\x03. The human table shows
a hit as ``**ord**`` (as in Markdown). JSON gives ``snippet`` as plain text without any
markers, plus ``matches``: the hit words in the order they occur, so a script can
highlight them itself without parsing control characters.
"""

from __future__ import annotations

import re

from ..domain.domains import ALL_DOMAINS, parse_domain
from ..domain.enums import WellbeingPosition
from ..domain.errors import ValidationError
from ..services.security.access import parse_uuid
from ..services.journal.observations import (HIT_END, HIT_START, ObservationInput, SearchHit,
                                             create_observation, search)
from .common import fmt_datetime, logged_in, one_line, run_listing
from .parser import add_json_flag

POSITIONS = ("green", "yellow", "red")
_HIT = re.compile(re.escape(HIT_START) + "(.*?)" + re.escape(HIT_END), re.S)


def register(commands) -> None:
    observe = commands.add_parser(
        "observe", help="skriv en observation om et barn",
        description="Gemmer en observation og skriver dens id. Udviklingsområder angives "
                    "med kode eller dansk navn: "
                    + ", ".join(f"{d.code} ({d.label})" for d in ALL_DOMAINS) + ".")
    observe.add_argument("child_id", metavar="CHILD_ID", help="barnets id")
    observe.add_argument("--text", required=True, metavar="TEKST", help="hvad du har set")
    observe.add_argument("--situation", default="", metavar="TEKST",
                         help="situationen (fx frokost, legeplads)")
    observe.add_argument("--domain", action="append", default=[], metavar="OMRÅDE",
                         help="udviklingsområde; kan gentages")
    observe.add_argument("--position", metavar="|".join(POSITIONS),
                         help="trivselsposition (grøn, gul eller rød)")
    observe.add_argument("--concern", action="store_true", help="markér som bekymring")
    observe.set_defaults(run=run_observe)

    find = commands.add_parser(
        "search", help="søg i observationer",
        description="Fritekstsøgning i observationerne hos de børn, du har adgang til. "
                    "JSON-felter: observation_id, child_id, child_name, observed_at, snippet "
                    "(uden markeringer) og matches (de fundne ord).")
    find.add_argument("text", metavar="TEKST", help="ord at søge efter")
    find.add_argument("--child", metavar="ID", help="søg kun hos dette barn")
    add_json_flag(find)
    find.set_defaults(run=run_search)


def _domains(values: list[str]) -> tuple[str, ...]:
    codes = []
    for value in values:
        try:
            codes.append(parse_domain(value).code)
        except KeyError:
            raise ValidationError(
                "Ukendt udviklingsområde »{value}«. Brug en kode eller et navn, fx »social« "
                "eller »Kommunikation og sprog« (se »dagpleje observe --help«).", value=value,
                log_message="unknown development domain") from None
    return tuple(dict.fromkeys(codes))


def _position(value: str | None) -> WellbeingPosition:
    if value is None:
        return WellbeingPosition.NONE
    try:
        position = WellbeingPosition.parse(value)
    except ValueError:
        position = None
    if position is None or position is WellbeingPosition.NONE:
        raise ValidationError("Ukendt trivselsposition »{value}«. Vælg green, yellow eller red "
                              "(grøn, gul eller rød).", value=value, log_message="unknown position")
    return position


def run_observe(args) -> int:
    child_id = parse_uuid(args.child_id, "barne-id")
    data = ObservationInput(child_id=child_id, text=args.text, situation=args.situation,
                            domains=_domains(args.domain), position=_position(args.position),
                            concern=args.concern)
    with logged_in(args) as ctx:
        observation = create_observation(ctx, data)
    print(observation.id)
    return 0


def plain_snippet(snippet: str) -> str:
    return snippet.replace(HIT_START, "").replace(HIT_END, "")


def bold_snippet(snippet: str) -> str:
    return _HIT.sub(r"**\1**", snippet)


def hit_json(h: SearchHit) -> dict:
    return {"observation_id": h.observation_id, "child_id": h.child_id,
            "child_name": h.child_name, "observed_at": h.observed_at,
            "snippet": plain_snippet(h.snippet), "matches": _HIT.findall(h.snippet)}


def run_search(args) -> int:
    child_id = parse_uuid(args.child, "barne-id") if args.child else None
    return run_listing(
        args, lambda ctx: search(ctx, args.text, child_id=child_id), to_json=hit_json,
        headers=["Tidspunkt", "Barn", "Uddrag", "Observation"],
        empty=f"Ingen observationer matcher »{args.text}«.",
        row=lambda h: [fmt_datetime(h.observed_at), h.child_name,
                       bold_snippet(one_line(h.snippet)), h.observation_id])
