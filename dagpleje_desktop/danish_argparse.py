"""argparse in Danish: headings, the help option and usage errors as one Danish line.

Both programs use it: ``dagpleje`` (cli/parser.py) and ``dagpleje-desktop`` (gui/app.py).
"""

from __future__ import annotations

import argparse
import sys

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


def danish_usage_error(message: str, program: str = "dagpleje") -> str:
    for english, danish in _PHRASES:
        message = message.replace(english, danish)
    return f"Forkert brug af kommandoen: {message}. Se »{program} --help«."


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
        program = self.prog.split()[0]  # a subcommand's prog starts with the program
        sys.stderr.write(danish_usage_error(message, program) + "\n")
        raise SystemExit(USAGE_EXIT)
