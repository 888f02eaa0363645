"""The argument parser: Danish help texts and one-line Danish usage errors."""

from __future__ import annotations

import argparse

from .. import __version__
# The Danish argparse pieces are shared with dagpleje-desktop; imported here by their
# old names for the command modules.
from ..danish_argparse import (USAGE_EXIT, DanishHelpFormatter, DanishParser,  # noqa: F401
                               danish_usage_error)


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help="skriv resultatet som ét JSON-array (til scripts)")


def build_parser() -> DanishParser:
    from . import account_commands
    from . import (audit_commands, backup_commands, calendar_commands, child_commands,
                   consent_commands, device_commands, home_commands, meeting_commands,
                   observation_commands, office_commands, print_commands,
                   retention_commands, setup_commands, sync_commands, transition_commands)

    parser = DanishParser(
        prog="dagpleje",
        description="Dagpleje Desktop uden vinduer: til administratorer, scripts og test. "
                    "Kommandoer, der kræver login, læser DAGPLEJE_USER og "
                    "DAGPLEJE_PASSWORD (eller spørger, når de køres i en terminal).")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--data-dir", metavar="MAPPE",
                       help="mappen med den lokale, krypterede database "
                            "(standard: programmets datamappe)")
    where.add_argument("--database-url", metavar="URL",
                       help="en PostgreSQL-database, fx postgresql+psycopg://bruger@vært/db")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="skriv logmeddelelser (på engelsk) til stderr")
    parser.add_argument("--version", action="version", version=f"dagpleje {__version__}",
                        help="vis programmets version og stop")
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO", required=True,
                                     title="kommandoer")
    for module in (setup_commands, child_commands, observation_commands, home_commands,
                   audit_commands, backup_commands, meeting_commands, calendar_commands,
                   print_commands, consent_commands, office_commands, device_commands,
                   sync_commands, retention_commands, transition_commands):
        module.register(commands)
    account_commands.register(commands)  # password, user, recovery-key
    return parser
