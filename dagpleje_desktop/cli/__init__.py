"""The headless command ``dagpleje``.

``main(argv)`` parses the arguments, runs one command and returns the exit code:
0 on success, 1 when the command was refused (the Danish reason is printed as one
line on stderr and nothing was changed), 2 for wrong usage, 70 for an unexpected
error (logged in English). Commands call services only.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy.exc import DatabaseError as SADatabaseError

from ..store.private_files import use_private_umask
from ..domain.errors import DagplejeError
from .common import refusal_text, text
from .parser import build_parser
from .terminal_text import SafeStream

log = logging.getLogger(__name__)

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 70, 130
DAMAGED_DATABASE = ("Databasen svarer med en fejl og kan være beskadiget. Kør »dagpleje verify«, "
                    "og gendan om nødvendigt den seneste sikkerhedskopi med "
                    "»dagpleje restore FIL«.")
INTERRUPTED = "Afbrudt."


@contextmanager
def _logging_for_command(verbose: bool) -> Iterator[None]:
    """English logs to stderr only with --verbose; the host's settings are put back."""
    root = logging.getLogger()
    if not root.handlers:  # a real command line run (tests and hosts keep their own)
        logging.basicConfig(stream=sys.stderr,
                            format="dagpleje: %(levelname)s %(name)s: %(message)s")
    ours = logging.getLogger("dagpleje_desktop")
    previous_level = ours.level
    ours.setLevel(logging.DEBUG if verbose else logging.WARNING)
    # SQLCipher writes its own diagnostics (e.g. "hmac check failed") straight to stderr;
    # the command reports the problem itself, in one Danish line.
    probe = sqlcipher.connect(":memory:")
    previous_cipher_level = probe.execute("PRAGMA cipher_log_level").fetchone()[0]
    if not verbose:
        probe.execute("PRAGMA cipher_log_level = NONE")
    try:
        yield
    finally:
        ours.setLevel(previous_level)
        probe.execute(f"PRAGMA cipher_log_level = {previous_cipher_level}")
        probe.close()


def _fail(message: str) -> None:
    sys.stderr.write(" ".join(message.split()) + "\n")


def _not_utf8(argument) -> bool:
    """Bytes that are not UTF-8 reach Python as lone surrogates (surrogateescape)."""
    try:
        str(argument).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def main(argv: list[str] | None = None) -> int:
    use_private_umask()  # every file a command writes is its owner's only
    parser = build_parser()
    arguments = sys.argv[1:] if argv is None else argv
    if any(_not_utf8(a) for a in arguments):
        sys.stderr.write("dagpleje: fejl: et argument indeholder bytes, der ikke er gyldig "
                         "UTF-8; skriv det igen.\n")
        return EXIT_USAGE
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    with _logging_for_command(args.verbose), _visible_output():
        return _run(args)


@contextmanager
def _visible_output() -> Iterator[None]:
    """Control characters in stored text are printed as visible escapes, never obeyed."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(sys.stdout), SafeStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def _run(args) -> int:
    try:
        return args.run(args) or EXIT_OK
    except DagplejeError as exc:
        log.info("%s refused: %s", args.command, exc.log_message)
        _fail(refusal_text(exc))
        return EXIT_REFUSED
    except (SADatabaseError, sqlcipher.DatabaseError) as exc:
        log.info("%s failed on a database error: %s", args.command, getattr(exc, "orig", exc))
        _fail(text(DAMAGED_DATABASE))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        _fail(text(INTERRUPTED))
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback
        log.error("unexpected error in %s: %s: %s", args.command, type(exc).__name__, exc)
        log.debug("traceback", exc_info=True)
        _fail(f"Der skete en uventet fejl ({type(exc).__name__}). Kør kommandoen igen med "
              "--verbose for at se detaljer.")
        return EXIT_INTERNAL


__all__ = ["main"]
