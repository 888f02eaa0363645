"""The argument parser: Danish help texts and one-line Danish usage errors."""

from __future__ import annotations

import argparse
import sys

from .. import __version__

USAGE_EXIT = 2

# argparse's own (English) phrases, turned into Danish so a usage error reads as one
# Danish line like every other error of the command.
_PHRASES = (
    ("the following arguments are required:", "mangler:"),
    ("unrecognized arguments:", "ukendte argumenter:"),
    ("invalid choice:", "ugyldigt valg:"),
    ("(choose from", "(vælg mellem"),
    ("expected one argument", "mangler en værdi"),
    ("not allowed with argument", "kan ikke bruges sammen med"),
    ("invalid int value:", "skal være et helt tal, ikke"),
    ("argument ", ""),
)


def danish_usage_error(message: str) -> str:
    for english, danish in _PHRASES:
        message = message.replace(english, danish)
    return f"Forkert brug af kommandoen: {message}. Se »dagpleje --help«."


class DanishHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        # argparse passes prefix="" when it builds a subcommand's prog from this usage.
        super().add_usage(usage, actions, groups, "Brug: " if prefix is None else prefix)


class DanishParser(argparse.ArgumentParser):
    """ArgumentParser with Danish headings and errors as one line on stderr."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", DanishHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenter"
        self._optionals.title = "tilvalg"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help="vis denne hjælp og stop")

    def error(self, message: str):
        sys.stderr.write(danish_usage_error(message) + "\n")
        raise SystemExit(USAGE_EXIT)


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help="skriv resultatet som ét JSON-array (til scripts)")


def build_parser() -> DanishParser:
    from . import (audit_commands, backup_commands, calendar_commands, child_commands,
                   device_commands, home_commands, meeting_commands, observation_commands,
                   office_commands, print_commands, setup_commands, sync_commands)

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
                   print_commands, office_commands, device_commands, sync_commands):
        module.register(commands)
    return parser
