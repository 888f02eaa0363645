"""``device show|card|pair|list|revoke``: this device's identity and the paired devices.

Pairing is done on both devices: each reads the other's card. The fingerprint printed
by ``device pair`` must match the one ``device show`` prints on the other device; people
compare it by phone, so a card swapped on the way is caught.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.enums import UserRole
from ..domain.errors import Label, ValidationError
from ..services.exchange import devices
from ..services.exchange.devices import CARD_SUFFIX, DeviceInfo
from .common import fmt_datetime, logged_in, print_json, run_listing
from .parser import add_json_flag


def register(commands) -> None:
    device = commands.add_parser(
        "device", help="enheder: vis, enhedskort, par, list og spær",
        description="Denne enheds identitet og de enheder, den udveksler "
                    "synkroniseringspakker med.")
    sub = device.add_subparsers(dest="device_command", metavar="show|card|pair|list|revoke",
                                required=True, title="kommandoer")

    show = sub.add_parser("show", help="vis denne enhed og dens fingeraftryk",
                          description="Felter i JSON: id, name, role, role_label, owner, "
                                      "fingerprint.")
    add_json_flag(show)
    show.set_defaults(run=run_device_show)

    card = sub.add_parser(
        "card", help="gem denne enheds enhedskort",
        description="Enhedskortet rummer kun enhedens navn, rolle og offentlige nøgler (ingen "
                    "personoplysninger om børn). Giv det til den enhed, der skal parres.")
    card.add_argument("-o", "--output", required=True, metavar="FIL",
                      help=f"kortets filnavn (eller en mappe), fx kontoret{CARD_SUFFIX}")
    card.set_defaults(run=run_device_card)

    pair = sub.add_parser(
        "pair", help="par med en anden enhed ud fra dens enhedskort",
        description="Stoler på enheden på kortet og skriver dens fingeraftryk. Ring til "
                    "ejeren, og sammenlign det med det, »dagpleje device show« viser på "
                    "hendes enhed. På kontoret angives med --home, hvilket dagplejehjem en "
                    "mini-dagplejers enhed hører til (find id'et med »dagpleje home list«).")
    pair.add_argument("card", metavar="CARD_FILE", help="den anden enheds enhedskort")
    pair.add_argument("--home", metavar="HOME_ID",
                      help="dagplejehjemmet, en mini-dagplejers enhed hører til")
    pair.set_defaults(run=run_device_pair)

    listing = sub.add_parser(
        "list", help="list de parrede enheder",
        description="Felter i JSON: id, name, role, role_label, owner, fingerprint, home_id, "
                    "home_name, paired_at, revoked, revoked_at, last_in_at, last_out_at, "
                    "packages_in, packages_out.")
    add_json_flag(listing)
    listing.set_defaults(run=run_device_list)

    revoke = sub.add_parser(
        "revoke", help="spær en enhed (fx en bortkommen bærbar)",
        description="Pakker fra og til enheden afvises herefter. Kan ikke fortrydes; en "
                    "fundet enhed skal installeres forfra og parres igen.")
    revoke.add_argument("device_id", metavar="DEVICE_ID", help="enhedens id (fra »device list«)")
    revoke.set_defaults(run=run_device_revoke)


def output_path(value: str, what: str, default_name) -> Path:
    """The file to write: ``value``, or a file named by ``default_name()`` in that folder.

    Checked before anything is written, so a typo in the folder changes nothing.
    """
    path = Path(value).expanduser()
    if path.is_dir():
        return path / default_name()
    if not path.parent.is_dir():
        raise ValidationError("Mappen {parent} findes ikke. Vælg en anden mappe til {what}.",
                              parent=path.parent, what=Label(what),
                              log_message="output folder missing")
    return path


def device_json(d: DeviceInfo) -> dict:
    return {"id": d.id, "name": d.name, "role": d.role, "role_label": d.role.label,
            "owner": d.owner, "fingerprint": d.fingerprint, "home_id": d.home_id,
            "home_name": d.home_name, "paired_at": d.paired_at, "revoked": d.revoked,
            "revoked_at": d.revoked_at, "last_in_at": d.last_in_at,
            "last_out_at": d.last_out_at, "packages_in": d.packages_in,
            "packages_out": d.packages_out, "audit_warning": d.audit_warning}


def _print_fields(lines: list[tuple[str, object]]) -> None:
    width = max(len(label) for label, _ in lines) + 1
    for label, value in lines:
        print(f"{(label + ':').ljust(width)} {value}")


def run_device_show(args) -> int:
    with logged_in(args) as ctx:
        me = devices.show_device(ctx)
    if args.json:
        print_json({"id": me.id, "name": me.name, "role": me.role, "role_label": me.role.label,
                    "owner": me.owner, "fingerprint": me.fingerprint})
        return 0
    _print_fields([("Enhed", me.name), ("Id", me.id), ("Rolle", me.role.label),
                   ("Ejer", me.owner or "—"), ("Fingeraftryk", me.fingerprint)])
    return 0


def run_device_card(args) -> int:
    with logged_in(args) as ctx:
        me = devices.show_device(ctx)
        target = output_path(args.output, "enhedskortet",
                             lambda: f"enhedskort-{str(me.id)[:8]}{CARD_SUFFIX}")
        path = devices.write_card(ctx, target)
    print(f"Enhedskortet for »{me.name}« er gemt i {path}.")
    print(f"Fingeraftryk: {me.fingerprint}")
    print("Giv kortet til den anden enhed, og sammenlign fingeraftrykket i telefonen, når "
          "hun har parret.")
    return 0


def run_device_pair(args) -> int:
    with logged_in(args) as ctx:
        peer = devices.pair_device(ctx, Path(args.card).expanduser(), home_id=args.home)
    print(f"Enheden »{peer.name}« er parret med denne enhed.")
    lines = [("Id", peer.id), ("Rolle", peer.role.label)]
    if peer.home_name:
        lines.append(("Dagplejehjem", peer.home_name))
    _print_fields(lines + [("Fingeraftryk", peer.fingerprint)])
    print("Ring til enhedens ejer, og sammenlign fingeraftrykket med det, hendes »dagpleje "
          "device show« viser. Passer det ikke, så spær enheden med »dagpleje device revoke "
          f"{peer.id}«.")
    return 0


def _state(d: DeviceInfo) -> str:
    return f"spærret {fmt_datetime(d.revoked_at)}" if d.revoked else "parret"


def run_device_list(args) -> int:
    return run_listing(
        args, devices.list_devices, to_json=device_json,
        empty="Ingen parrede enheder. Par med »dagpleje device pair KORTFIL«.",
        headers=["Enhed", "Rolle", "Dagplejehjem", "Sidst modtaget", "Sidst sendt", "Pakker ind",
                 "Pakker ud", "Status", "Id"],
        row=lambda d: [d.name, d.role.label, d.home_name, fmt_datetime(d.last_in_at),
                       fmt_datetime(d.last_out_at), d.packages_in, d.packages_out, _state(d),
                       d.id],
        after=_audit_warnings)


def _audit_warnings(items) -> None:
    """A partner whose access log went back is named below the table, every time."""
    for device in items:
        if device.audit_warning:
            print(f"Advarsel, {device.name}: {device.audit_warning}")


def run_device_revoke(args) -> int:
    with logged_in(args) as ctx:
        # Each device keeps its own list of trusted devices; a mini-childminder's device
        # is paired with the office only, so revoking is for the office and consultants.
        ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
        peer = devices.revoke_device(ctx, args.device_id)
    print(f"Enheden »{peer.name}« er spærret: pakker fra den afvises, og der laves ingen "
          "pakker til den.")
    return 0
