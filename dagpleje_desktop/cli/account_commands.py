"""Accounts: ``password change|reset``, ``user add|list|disable|enable``, ``recovery-key new``.

Every new password comes from DAGPLEJE_NEW_PASSWORD (or is typed twice on a terminal);
the recovery key from DAGPLEJE_RECOVERY_KEY (or is typed on a terminal). Passwords and
recovery keys are never printed, except a new recovery key, once.
"""

from __future__ import annotations

import getpass
import os

from ..domain.errors import ValidationError
from ..services.security import users
from ..services.security.passwords import check_password_strength
from ..services.security.users import UserInfo
from .common import (NEW_PASSWORD_ENV, RECOVERY_KEY_ENV, credentials, installation_from,
                     interactive, logged_in, new_password, require_installation,
                     run_listing)
from .parser import add_json_flag
from .setup_commands import ROLES, _parse_role, _print_recovery_key

NEW_PASSWORD_PROMPT = "Ny adgangskode: "


def register(commands) -> None:
    _register_password(commands)
    _register_user(commands)
    _register_recovery_key(commands)


def _register_password(commands) -> None:
    password = commands.add_parser(
        "password", help="adgangskoder: change, reset",
        description="Skift din adgangskode, eller nulstil en glemt adgangskode.")
    sub = password.add_subparsers(dest="password_command", metavar="change|reset",
                                  required=True, title="kommandoer")
    change = sub.add_parser(
        "change", help="skift din egen adgangskode",
        description="Logger ind med DAGPLEJE_USER og DAGPLEJE_PASSWORD (den nuværende "
                    f"adgangskode) og sætter den nye fra {NEW_PASSWORD_ENV}. Den nye "
                    "adgangskode skal være mindst 12 tegn, må ikke indeholde brugernavnet "
                    "og må ikke være en almindelig adgangskode.")
    change.set_defaults(run=run_password_change)
    reset = sub.add_parser(
        "reset", help="nulstil en glemt adgangskode med gendannelsesnøglen",
        description="Den lokale database: gendannelsesnøglen (fra "
                    f"{RECOVERY_KEY_ENV} eller spurgt om i terminalen) giver brugeren en ny "
                    f"adgangskode fra {NEW_PASSWORD_ENV}. PostgreSQL har ingen "
                    "gendannelsesnøgle: dér logger kontoret ind med DAGPLEJE_USER og "
                    "DAGPLEJE_PASSWORD og giver brugeren en ny adgangskode.")
    reset.add_argument("--user", required=True, metavar="BRUGER",
                       help="brugeren, der har glemt sin adgangskode")
    reset.set_defaults(run=run_password_reset)


def _register_user(commands) -> None:
    user = commands.add_parser(
        "user", help="brugerkonti: add, list, disable, enable",
        description="Brugerkonti på denne installation (dagplejekontoret og konsulenter).")
    sub = user.add_subparsers(dest="user_command", metavar="add|list|disable|enable",
                              required=True, title="kommandoer")
    add = sub.add_parser(
        "add", help="opret en bruger",
        description=f"Opretter en bruger med adgangskoden fra {NEW_PASSWORD_ENV} (eller "
                    "spurgt om to gange i en terminal). Brugeren knyttes til fagpersonen "
                    "med samme navn og rolle, ellers oprettes fagpersonen.")
    add.add_argument("--role", required=True, metavar="|".join(ROLES),
                     help="brugerens rolle")
    add.add_argument("--name", required=True, metavar="NAVN", help="brugerens fulde navn")
    add.add_argument("--user", required=True, metavar="BRUGER", help="brugernavnet")
    add.set_defaults(run=run_user_add)
    listing = sub.add_parser("list", help="list brugerne",
                             description="Felter i JSON: user, name, role, disabled.")
    add_json_flag(listing)
    listing.set_defaults(run=run_user_list)
    disable = sub.add_parser(
        "disable", help="deaktivér en bruger",
        description="Kontoen kan ikke længere logge ind; navnet bliver stående i loggen.")
    disable.add_argument("username", metavar="BRUGER", help="brugernavnet")
    disable.set_defaults(run=run_user_disable)
    enable = sub.add_parser(
        "enable", help="genaktivér en deaktiveret bruger med en ny adgangskode",
        description=f"Kontoen kan logge ind igen med adgangskoden fra {NEW_PASSWORD_ENV}.")
    enable.add_argument("username", metavar="BRUGER", help="brugernavnet")
    enable.set_defaults(run=run_user_enable)


def _register_recovery_key(commands) -> None:
    key = commands.add_parser(
        "recovery-key", help="gendannelsesnøgle: new",
        description="Gendannelsesnøglen åbner databasen, hvis en adgangskode er glemt.")
    sub = key.add_subparsers(dest="recovery_command", metavar="new", required=True,
                             title="kommandoer")
    new = sub.add_parser(
        "new", help="lav en ny gendannelsesnøgle (den gamle holder op med at virke)",
        description="Logger ind med DAGPLEJE_USER og DAGPLEJE_PASSWORD og viser en ny "
                    "gendannelsesnøgle én gang. Den gamle nøgle virker ikke længere.")
    new.set_defaults(run=run_recovery_key_new)


# -- password ------------------------------------------------------------------------------

def run_password_change(args) -> int:
    installation = installation_from(args)
    require_installation(installation)
    username, current = credentials()
    password = new_password(NEW_PASSWORD_ENV, NEW_PASSWORD_PROMPT)
    check_password_strength(password, username)  # refused before anything is logged
    ctx = installation.login(username, current)
    try:
        users.change_password(ctx, current, password)
    finally:
        ctx.close()
    print(f"Adgangskoden for »{username}« er skiftet.")
    return 0


def _recovery_key() -> str:
    key = os.environ.get(RECOVERY_KEY_ENV)
    if key is not None:
        return key
    if not interactive():
        raise ValidationError("Angiv gendannelsesnøglen i {recovery_key_env}.",
                              recovery_key_env=RECOVERY_KEY_ENV,
                              log_message="no recovery key given")
    return getpass.getpass("Gendannelsesnøgle: ")


def run_password_reset(args) -> int:
    installation = installation_from(args)
    require_installation(installation)
    username = args.user.strip()
    if installation.database_url:  # no recovery key: the office sets a new password
        password = new_password(NEW_PASSWORD_ENV, NEW_PASSWORD_PROMPT)
        check_password_strength(password, username)
        with logged_in(args) as ctx:
            users.set_password(ctx, username, password)
        print(f"Brugeren »{username}« har fået en ny adgangskode.")
        return 0
    key = _recovery_key()
    password = new_password(NEW_PASSWORD_ENV, NEW_PASSWORD_PROMPT)
    check_password_strength(password, username)
    installation.reset_password(key, username, password)
    print(f"Adgangskoden for »{username}« er nulstillet. Log ind med den nye adgangskode.")
    return 0


# -- users ---------------------------------------------------------------------------------

def user_json(u: UserInfo) -> dict:
    return {"user": u.username, "name": u.display_name, "role": u.role,
            "disabled": u.disabled}


def run_user_add(args) -> int:
    role = _parse_role(args.role)
    installation = installation_from(args)
    require_installation(installation)
    password = new_password(NEW_PASSWORD_ENV, "Adgangskode til den nye bruger: ")
    check_password_strength(password, args.user.strip())
    with logged_in(args) as ctx:
        info = users.add_account(ctx, args.user, args.name, role, password)
    print(f"Brugeren »{info.username}« ({info.display_name}, {info.role.label}) er oprettet.")
    return 0


def run_user_list(args) -> int:
    return run_listing(
        args, users.list_users, to_json=user_json, empty="Ingen brugere.",
        headers=["Bruger", "Navn", "Rolle", "Status"],
        row=lambda u: [u.username, u.display_name, u.role.label,
                       "Deaktiveret" if u.disabled else "Aktiv"])


def run_user_disable(args) -> int:
    with logged_in(args) as ctx:
        info = users.disable_user(ctx, args.username)
    print(f"Kontoen »{info.username}« er deaktiveret og kan ikke længere logge ind.")
    return 0


def run_user_enable(args) -> int:
    installation = installation_from(args)
    require_installation(installation)
    password = new_password(NEW_PASSWORD_ENV, NEW_PASSWORD_PROMPT)
    check_password_strength(password, args.username.strip())
    with logged_in(args) as ctx:
        info = users.enable_user(ctx, args.username, password)
    print(f"Kontoen »{info.username}« er aktiv igen med den nye adgangskode.")
    return 0


# -- recovery key --------------------------------------------------------------------------

def run_recovery_key_new(args) -> int:
    installation = installation_from(args)
    require_installation(installation)
    if installation.database_url:
        raise ValidationError("Der er ingen gendannelsesnøgle på en PostgreSQL-installation.",
                              log_message="recovery key on PostgreSQL")
    username, password = credentials()
    ctx = installation.login(username, password)
    try:
        key = users.new_recovery_key(ctx, password)
    finally:
        ctx.close()
    _print_recovery_key(key)
    print("Den tidligere gendannelsesnøgle virker ikke længere.")
    return 0

