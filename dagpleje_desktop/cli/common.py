"""What every command shares: where the data is, logging in, and printing results."""

from __future__ import annotations

import base64
import dataclasses
import enum
import getpass
import json
import os
import sys
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime

from .. import message_catalogue
from ..domain.errors import DagplejeError, StoreError, ValidationError
from ..services.context import LOCAL_TZ, AppContext
from ..services.installation import Installation

USER_ENV = "DAGPLEJE_USER"
PASSWORD_ENV = "DAGPLEJE_PASSWORD"
NEW_PASSWORD_ENV = "DAGPLEJE_NEW_PASSWORD"
RECOVERY_KEY_ENV = "DAGPLEJE_RECOVERY_KEY"


# -- in the user's language ------------------------------------------------------------

def language() -> str:
    """English when the environment asks for it (``LANG=en_GB.UTF-8``), else Danish."""
    return message_catalogue.language_from_environment()


def refusal_text(exc: DagplejeError) -> str:
    """What a refusal says, in the language of the environment."""
    return message_catalogue.error_text(exc, language())


def text(danish: str) -> str:
    """A fixed Danish text of the command line in the language of the environment."""
    return message_catalogue.translate(danish, language())


# -- where the data is and who is asking ---------------------------------------------

def installation_from(args) -> Installation:
    if args.data_dir and os.path.exists(args.data_dir) and not os.path.isdir(args.data_dir):
        raise ValidationError("»--data-dir« skal være en mappe, men {data_dir} er en fil.",
                              data_dir=args.data_dir, log_message="data dir is a file")
    return Installation(data_dir=args.data_dir, database_url=args.database_url)


def require_installation(installation: Installation) -> None:
    if installation.exists():
        return
    if installation.database_url is None and installation.db_path.exists():
        raise StoreError("Nøglefilen {keys_path} mangler i {data_dir}; uden den kan databasen "
                         "ikke åbnes. Gendan en sikkerhedskopi med »dagpleje restore FIL«.",
                         keys_path=installation.keys_path.name, data_dir=installation.data_dir,
                         log_message="database present but key file missing")
    raise StoreError("Der er ingen installation i {place}. Opret en med »dagpleje init« eller "
                     "»dagpleje demo«.", place=installation.describe(),
                     log_message="no installation")


def interactive() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def credentials() -> tuple[str, str]:
    """User name and password from the environment, or asked for on a terminal."""
    username = os.environ.get(USER_ENV, "").strip()
    password = os.environ.get(PASSWORD_ENV)
    if not username:
        if not interactive():
            raise ValidationError("Angiv brugernavnet i {user_env} og adgangskoden i "
                                  "{password_env}.",
                                  user_env=USER_ENV, password_env=PASSWORD_ENV,
                                  log_message="no user name given")
        username = input("Brugernavn: ").strip()
    if password is None:
        if not interactive():
            raise ValidationError("Angiv adgangskoden i {password_env}.",
                                  password_env=PASSWORD_ENV,
                                  log_message="no password given")
        password = getpass.getpass("Adgangskode: ")
    return username, password


def new_password(env: str = PASSWORD_ENV, prompt: str = "Vælg en adgangskode: ") -> str:
    """A new password (``init``: the first user's, from DAGPLEJE_PASSWORD; every other
    new password from DAGPLEJE_NEW_PASSWORD): from the environment, or typed twice on a
    terminal."""
    password = os.environ.get(env)
    if password is not None:
        return password
    if not interactive():
        raise ValidationError("Angiv den nye adgangskode i {env}.", env=env,
                              log_message="no new password given")
    first = getpass.getpass(prompt)
    if getpass.getpass("Gentag adgangskoden: ") != first:
        raise ValidationError("De to adgangskoder er ikke ens; intet er oprettet.",
                              log_message="password confirmation mismatch")
    return first


@contextmanager
def logged_in(args) -> Iterator[AppContext]:
    installation = installation_from(args)
    require_installation(installation)
    username, password = credentials()
    ctx = installation.login(username, password)
    for warning in ctx.warnings:  # e.g. a key file changed behind the program's back
        sys.stderr.write(warning + "\n")
    try:
        yield ctx
    finally:
        ctx.close()


# -- printing ------------------------------------------------------------------------

def jsonable(value):
    """Plain JSON values: ids as strings, dates ISO 8601, enums by their code."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):  # e.g. a conflicting binary field
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def print_json(value) -> None:
    print(json.dumps(jsonable(value), ensure_ascii=False, indent=2))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Columns padded to the widest cell; no trailing spaces."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r]
                                           for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def fmt_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def fmt_datetime(value: datetime | None) -> str:
    return value.astimezone(LOCAL_TZ).strftime("%d.%m.%Y %H:%M") if value else ""


def one_line(text: str, width: int | None = None) -> str:
    flat = " ".join((text or "").split())
    if width and len(flat) > width:
        return flat[:width - 1].rstrip() + "…"
    return flat


# -- the shape every listing command shares --------------------------------------------

def run_listing(args, fetch: Callable[[AppContext], Sequence], *,
                to_json: Callable[[object], object], headers: Sequence[str], empty: str,
                row: Callable[[object], Sequence[object]] | None = None,
                rows: Callable[[object], Iterable[Sequence[object]]] | None = None,
                after: Callable[[Sequence], None] | None = None) -> int:
    """Log in, fetch the items with ``fetch(ctx)``, log out, then print them.

    With ``--json``: one JSON array of ``to_json(item)``. Otherwise ``empty`` when there
    are none, or a table with one ``row(item)`` per item (``rows(item)`` when one item
    takes several lines), followed by ``after(items)`` for notes below the table. The
    database is closed before anything is printed, so a closed pipe cannot hold it open.
    """
    if (row is None) == (rows is None):
        raise TypeError("run_listing needs exactly one of row= and rows=")
    with logged_in(args) as ctx:
        items = list(fetch(ctx))
    if getattr(args, "json", False):
        print_json([to_json(item) for item in items])
    elif not items:
        print(empty)
    else:
        lines = ([row(item) for item in items] if row is not None
                 else [line for item in items for line in rows(item)])
        print_table(headers, lines)
        if after is not None:
            after(items)
    return 0
