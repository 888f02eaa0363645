"""Engines and sessions: SQLCipher-encrypted SQLite, or PostgreSQL."""

from __future__ import annotations

import logging
import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from ..domain.errors import StoreError
from .audit_guard import set_audit_key
from .private_files import private_folder, touch_private

log = logging.getLogger(__name__)

DB_FILENAME = "dagpleje.db"
READ_ONLY = "dagpleje.read_only"

# SQLCipher decrypts every page it reads; pages kept in a connection's cache are not
# decrypted again. Searching one child with 5,000 notes touches ~20 MB of pages: with the
# default 8 MB cache that costs ~90 ms CPU a search (p95 ~140 ms), with 24 MB ~35 ms;
# more buys nothing (measured with benchmarks/ on the full data set). The cache fills only with pages
# actually read, so an idle connection stays small; the pool hands out the most
# recently used connection first (LIFO) so one warm connection does the work instead
# of each pooled one filling a cache of its own.
PAGE_CACHE_KIB = 24_000


class Database:
    """An engine plus a session factory; one short transaction per service call."""

    def __init__(self, engine: Engine, *, path: Path | None = None, key: bytes | None = None,
                 read_engine: Engine | None = None):
        self.engine = engine
        self.path = path
        self.key = key
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._local = threading.local()  # the write transaction open on this thread
        # Reads on SQLite get their own connections with a deferred BEGIN, so in WAL mode
        # they see the last commit at once instead of queueing for the writer's lock.
        self.read_engine = read_engine or engine
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def session_factory(self) -> sessionmaker:
        """The factory behind ``transaction()``; change capture listens to its events."""
        return self._sessions

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on error.

        Nested on the same thread, it joins the outer transaction: a use case made of
        several service calls (save an observation, its attachments and drop the draft)
        wraps them in one ``transaction()`` and commits all or nothing.
        """
        outer = getattr(self._local, "session", None)
        if outer is not None:
            yield outer
            return
        with self._sessions() as session, session.begin():
            self._local.session = session
            try:
                yield session
            finally:
                self._local.session = None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session that never waits for a writer (WAL snapshot on SQLite,
        MVCC on PostgreSQL). Writing in it fails; ``session.info["read_only"]`` says so to
        code that would otherwise write (the access log spools its view events)."""
        outer = getattr(self._local, "session", None)
        if outer is not None:  # inside a use case's write: read what it has written
            yield outer
            return
        with self._read_sessions() as session, session.begin():
            session.info[READ_ONLY] = True
            yield session

    def dispose(self) -> None:
        if self.read_engine is not self.engine:
            self.read_engine.dispose()
        self.engine.dispose()


def _sqlcipher_connect(path: Path, key: bytes, *, read_only: bool = False):
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")  # negative: KiB, not pages
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails on a wrong key
    if read_only:
        conn.execute("PRAGMA query_only = ON")  # a write on a reading session is a bug
    else:
        conn.execute("PRAGMA journal_mode = WAL")
    return conn


def open_sqlcipher(path: Path, key: bytes, *, create: bool = False) -> Database:
    """Open (or create) the encrypted database file; a wrong key or junk file is refused."""
    path = Path(path)
    if not create and not path.exists():
        raise StoreError("Databasen findes ikke: {path}",
                         path=path, log_message=f"no database at {path}")
    if not create and path.is_file() and path.stat().st_size == 0:
        # SQLite would take an empty file for a new database and the next step would
        # write a fresh schema over what was lost: refuse instead.
        raise StoreError("Databasefilen {path} er tom (0 byte); den er ikke blevet åbnet. "
                         "Gendan den seneste sikkerhedskopi med »dagpleje restore FIL«.",
                         path=path,
                         log_message="database file is empty")
    private_folder(path.parent)
    if create and not path.exists():
        touch_private(path)  # 0600 before SQLite makes it (its WAL copies the mode)
    # The URL names no file (the creator opens it), which would make SQLAlchemy pick its
    # in-memory SingletonThreadPool; a file database shared by worker threads wants a queue.
    engine = create_engine("sqlite+pysqlite://", module=sqlcipher, poolclass=QueuePool,
                           pool_size=5, max_overflow=5, pool_use_lifo=True,
                           creator=lambda: _sqlcipher_connect(path, key))

    @event.listens_for(engine, "begin")
    def _begin(conn):  # one writer at a time, no busy-snapshot surprises in WAL mode
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        engine.connect().close()  # sets WAL mode before any reader connects
    except (SADatabaseError, OperationalError, sqlcipher.DatabaseError) as exc:
        engine.dispose()
        cause = folder_problem(path.parent)
        if cause:  # name the real cause: never send a person to restore a sound file
            raise StoreError(CANNOT_OPEN[cause], folder=path.parent,
                             log_message=f"cannot open {path.name}: folder not writable or "
                                         f"full: {getattr(exc, 'orig', exc)}") from exc
        raise StoreError(
            "Databasen kan ikke åbnes: filen er beskadiget, tilhører en anden installation, "
            "eller nøglen er forkert.",
            log_message=f"cannot open encrypted database {path.name}: {getattr(exc, 'orig', exc)}") from exc
    read_engine = create_engine(
        "sqlite+pysqlite://", module=sqlcipher, poolclass=QueuePool, pool_size=3,
        max_overflow=3, pool_use_lifo=True,
        creator=lambda: _sqlcipher_connect(path, key, read_only=True))

    @event.listens_for(read_engine, "begin")
    def _begin_read(conn):  # deferred: a snapshot of the last commit, no lock taken
        conn.exec_driver_sql("BEGIN")

    set_audit_key(engine, key)  # the access log's HMAC key comes from the database key
    return Database(engine, path=path, key=key, read_engine=read_engine)


# Why a database cannot be opened, by what folder_problem found.
CANNOT_OPEN = {
    "read_only": "Databasen kan ikke åbnes: mappen {folder} er skrivebeskyttet. Giv "
                 "skriveadgang til mappen, eller kopiér den til et sted, hvor der kan skrives.",
    "full": "Databasen kan ikke åbnes: disken med mappen {folder} er fuld. Frigør plads, "
            "og prøv igen.",
}


def folder_problem(folder: Path, *, needed: int = 1024 * 1024) -> str:
    """Why nothing can be written in ``folder``: "read_only", "full" (a key of
    CANNOT_OPEN), or "" when it looks writable."""
    import errno
    import shutil
    folder = Path(folder)
    if not os.access(folder, os.W_OK):
        return "read_only"
    try:
        if shutil.disk_usage(folder).free < needed:
            return "full"
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return "full"
    return ""


def write_failure(exc: OSError, folder: Path) -> StoreError:
    """One clear Danish error for a failed write (read-only folder, full disk, other)."""
    import errno
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        template = "Der kan ikke skrives: disken med mappen {folder} er fuld. Frigør plads, " \
                   "og prøv igen."
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        template = "Der kan ikke skrives: mappen {folder} er skrivebeskyttet. Giv " \
                   "skriveadgang til mappen, og prøv igen."
    else:
        template = "Der kan ikke skrives: {reason} ({folder})."
    return StoreError(template, folder=folder, reason=exc.strerror or exc,
                      log_message=f"write failed: errno {exc.errno}")


NO_POSTGRES_DRIVER = ("PostgreSQL kræver driveren psycopg, som ikke er installeret: "
                      "installér programmet med tilvalget postgres, "
                      "pip install 'dagpleje-desktop[postgres]'.")


BAD_POSTGRES_URL = ("»--database-url« skal være en PostgreSQL-adresse, fx "
                    "postgresql+psycopg://bruger@vært/database.")


def open_postgres(url: str) -> Database:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise StoreError(BAD_POSTGRES_URL, log_message="database URL not parseable") from exc
    if parsed.get_backend_name() != "postgresql":
        raise StoreError(BAD_POSTGRES_URL,
                         log_message=f"database URL for {parsed.get_backend_name()!r}")
    try:
        engine = create_engine(url, pool_pre_ping=True)
    except ImportError as exc:  # the driver is the optional extra [postgres]
        raise StoreError(NO_POSTGRES_DRIVER,
                         log_message=f"PostgreSQL driver not installed: {exc}") from exc
    except (ArgumentError, ValueError) as exc:  # e.g. an unknown driver name
        raise StoreError(BAD_POSTGRES_URL, log_message="database URL refused") from exc
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except (OperationalError, SADatabaseError, ValueError) as exc:
        engine.dispose()
        raise StoreError("PostgreSQL-databasen kan ikke nås.",
                         log_message=f"cannot connect to PostgreSQL: {exc.orig}") from exc
    return Database(engine)


def integrity_check(db: Database) -> list[str]:
    """Problems found by the engine's own check; empty when the database is sound."""
    if not db.is_sqlite:
        return []
    with db.engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows
