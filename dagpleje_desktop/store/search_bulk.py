"""The full-text index filled once for many new observations (a sync import).

On SQLite a trigger indexes each inserted observation: a key row and an FTS5 insert per
row, run as a trigger program per row. An import that brings thousands of observations
instead sets the insert trigger aside inside its own transaction, inserts the rows, and
indexes them with one statement per table; the trigger is put back before the commit,
and a rollback puts it back by itself (SQLite's schema changes are transactional).
Readers on other connections never see the trigger missing: they read the last commit.

PostgreSQL needs nothing here: the tsvector is a generated column computed within the
same INSERT, and the GIN index takes new entries into its pending list (fastupdate)
and merges them in bulk.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy.engine import Connection

INSERT_TRIGGER = "observation_fts_insert"
BULK_FROM = 50  # fewer new observations: the trigger's per-row work is cheaper than the DDL


@contextmanager
def indexed_at_the_end(conn: Connection, observation_ids: Sequence[uuid.UUID]) -> Iterator[None]:
    """Insert the observations ``observation_ids`` inside this block; they are indexed
    when it ends. Must run inside the writing transaction."""
    if conn.dialect.name != "sqlite" or len(observation_ids) < BULK_FROM:
        yield
        return
    trigger = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                   "AND name = ?", (INSERT_TRIGGER,)).scalar()
    if trigger is None:  # an older schema: nothing to set aside
        yield
        return
    last_key = conn.exec_driver_sql(
        "SELECT coalesce(max(rowid), 0) FROM observation_search_key").scalar()
    conn.exec_driver_sql(f"DROP TRIGGER {INSERT_TRIGGER}")
    yield
    # Keys first (their rowids follow insertion, newest last, as the trigger makes them),
    # then one FTS5 insert over exactly the rows just keyed.
    conn.exec_driver_sql("INSERT INTO observation_search_key (observation_id) "
                         "SELECT value FROM json_each(?)",
                         (json.dumps([i.hex for i in observation_ids]),))
    conn.exec_driver_sql("INSERT INTO observation_fts (rowid, situation, text) "
                         "SELECT k.rowid, o.situation, o.text FROM observation_search_key k "
                         "JOIN observation o ON o.id = k.observation_id WHERE k.rowid > ?",
                         (last_key,))
    conn.exec_driver_sql(trigger)
