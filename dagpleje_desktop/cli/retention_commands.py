"""``retention list [--json]`` (what has passed its retention period) and
``retention apply --yes`` (delete it)."""

from __future__ import annotations

from ..domain.errors import ValidationError
from ..services.office import retention
from .common import fmt_date, logged_in, one_line, run_listing
from .parser import add_json_flag


def register(commands) -> None:
    parser = commands.add_parser(
        "retention", help="sletning efter opbevaringsfrist: vis eller slet",
        description="Poster, der har passeret deres opbevaringsfrist: barnets sag 5 år efter "
                    "sagens afslutning, kladder efter 30 dage og adgangsloggen efter 5 år "
                    "(mindst 6 måneder, og aldrig før det, den handler om). Fristerne kan "
                    "ændres i installationens indstillinger.")
    sub = parser.add_subparsers(dest="retention_command", metavar="KOMMANDO",
                                required=True, title="kommandoer")
    listing = sub.add_parser("list", help="vis hvad der skal slettes nu")
    add_json_flag(listing)
    listing.set_defaults(run=run_retention_list)
    apply = sub.add_parser("apply", help="slet det, der har passeret fristen",
                           description="Sletter alt, som »retention list« viser. Sletningen "
                                       "logges, og slettede børn slettes også på de andre "
                                       "enheder med de næste pakker.")
    apply.add_argument("--yes", action="store_true",
                       help="bekræft sletningen (den kan ikke fortrydes)")
    apply.set_defaults(run=run_retention_apply)


def item_json(item: retention.DueItem) -> dict:
    return {"entity": item.entity, "id": item.id, "child_id": item.child_id,
            "reason": item.reason, "due": item.due}


def run_retention_list(args) -> int:
    return run_listing(
        args, retention.preview, to_json=item_json,
        empty="Intet har passeret sin opbevaringsfrist.",
        headers=["Hvad", "Handling", "Frist", "Id", "Begrundelse"],
        row=lambda i: [i.what, i.action_label, fmt_date(i.due), i.id, one_line(i.reason, 70)])


def run_retention_apply(args) -> int:
    if not args.yes:
        raise ValidationError("Intet er slettet: sletningen kan ikke fortrydes. Gentag "
                              "kommandoen med --yes for at slette.",
                              log_message="retention apply without --yes")
    with logged_in(args) as ctx:
        result = retention.apply(ctx)
    if not result.total:
        print("Intet havde passeret sin opbevaringsfrist. Intet er slettet.")
        return 0
    parts = [f"{n} {one if n == 1 else many}" for n, one, many in (
        (result.children_deleted, "barn slettet helt", "børn slettet helt"),
        (result.children_archived, "barn arkiveret", "børn arkiveret"),
        (result.drafts_deleted, "kladde slettet", "kladder slettet"),
        (result.log_events_deleted, "hændelse fjernet fra adgangsloggen",
         "hændelser fjernet fra adgangsloggen")) if n]
    print("Slettet efter opbevaringsfristen: " + ", ".join(parts) + "."
          + (" Sletningen af børn sendes med de næste pakker til de andre enheder."
             if result.children_deleted else ""))
    return 0
