"""``init`` (a new installation) and ``demo`` (an installation with the demo data set)."""

from __future__ import annotations

import os

from ..domain.enums import UserRole
from ..domain.errors import ValidationError
from .common import PASSWORD_ENV, installation_from, new_password

DEMO_USER = "demo"
DEMO_PASSWORD = "demo"
ROLES = ("childminder", "consultant", "office")


def register(commands) -> None:
    init = commands.add_parser(
        "init", help="opret en ny installation med den første bruger",
        description="Opretter en ny installation. Adgangskoden læses fra DAGPLEJE_PASSWORD "
                    "(eller spørges der om to gange i en terminal). For den lokale database "
                    "vises gendannelsesnøglen én gang.")
    init.add_argument("--role", required=True, metavar="|".join(ROLES),
                      help="den første brugers rolle")
    init.add_argument("--name", required=True, metavar="NAVN", help="brugerens fulde navn")
    init.add_argument("--user", required=True, metavar="BRUGER", help="brugernavnet")
    init.set_defaults(run=run_init)

    demo = commands.add_parser(
        "demo", help="opret en installation (hvis der ingen er) og fyld demodata i",
        description="Bruger »demo« med adgangskoden fra DAGPLEJE_PASSWORD (standard »demo«). "
                    "Alle personer i demodata er opdigtede.")
    demo.set_defaults(run=run_demo)


def _parse_role(value: str) -> UserRole:
    try:
        return UserRole.parse(value)
    except ValueError:
        raise ValidationError("Ukendt rolle »{value}«. Vælg childminder, consultant eller "
                              "office.", value=value, log_message="unknown role") from None


def _print_recovery_key(key: str) -> None:
    print(f"Gendannelsesnøgle: {key}")
    print("Skriv den ned og gem den et sikkert sted; den vises kun denne ene gang.")


def run_init(args) -> int:
    role = _parse_role(args.role)
    installation = installation_from(args)
    if installation.exists():  # before asking for a password that would be wasted
        raise ValidationError("Der findes allerede en installation i {place}.",
                              place=installation.describe(),
                              log_message="init refused: installation exists")
    result = installation.create(role=role, name=args.name, username=args.user,
                                 password=new_password())
    print(f"Installationen er oprettet i {installation.describe()} "
          f"(bruger »{args.user.strip()}«, {role.label}).")
    if result.recovery_key:
        _print_recovery_key(result.recovery_key)
    else:
        print("PostgreSQL har ingen gendannelsesnøgle: en glemt adgangskode nulstilles af "
              "administratoren.")
    return 0


def run_demo(args) -> int:
    from ..demo.demo import install_demo  # written alongside; imported when used

    installation = installation_from(args)
    password = os.environ.get(PASSWORD_ENV) or DEMO_PASSWORD
    result = install_demo(installation, password=password)
    if result.created:
        print(f"Demo-installationen er oprettet i {installation.describe()} "
              f"(bruger »{DEMO_USER}«).")
        if result.recovery_key:
            _print_recovery_key(result.recovery_key)
    print("Demodata er fyldt i." if result.filled else "Demodata var der allerede.")
    print("Demoen er opdigtet: dens tre brugere deler én installation. På en rigtig "
          "installation har en mini-dagplejer sin egen computer.")
    return 0
