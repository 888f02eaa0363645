"""``home list``: childminder homes with their places and how many are taken today."""

from __future__ import annotations

from ..services.records.homes import HomeInfo, list_homes
from .common import run_listing
from .parser import add_json_flag


def register(commands) -> None:
    home = commands.add_parser("home", help="dagplejehjem: list",
                               description="Dagplejehjemmene og deres pladser.")
    sub = home.add_subparsers(dest="home_command", metavar="list", required=True,
                              title="kommandoer")
    listing = sub.add_parser("list", help="list dagplejehjemmene",
                             description="Felter i JSON: id, name, kind (mini|ordinary), "
                                         "kind_label, places, taken, free, childminder_name.")
    add_json_flag(listing)
    listing.set_defaults(run=run_home_list)


def home_json(h: HomeInfo) -> dict:
    return {"id": h.id, "name": h.name, "kind": h.kind, "kind_label": h.kind.label,
            "places": h.places, "taken": h.taken, "free": h.free,
            "childminder_name": h.childminder_name}


def run_home_list(args) -> int:
    return run_listing(
        args, list_homes, to_json=home_json, empty="Ingen dagplejehjem.",
        headers=["Navn", "Slags", "Pladser", "Optaget", "Ledige", "Dagplejer", "Id"],
        row=lambda h: [h.name, h.kind.label, h.places, h.taken, h.free, h.childminder_name,
                       h.id])
