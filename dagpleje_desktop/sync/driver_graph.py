"""``graph.closure`` and the references rows make, read straight through the driver.

A mini-childminder's scope holds tens of thousands of rows. Read through SQLAlchemy,
every id read costs a ``uuid.UUID`` made and every query a statement built; here ids
stay as the driver gives them (32 hex digits on SQLite, ``uuid.UUID`` on PostgreSQL)
and go back as parameters unchanged, many to a query. ``as_uuids`` turns a result into
``uuid.UUID`` sets at the end. Same answers as ``graph.closure`` (tests/sync/test_scope*).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable

from sqlalchemy.engine import Connection

from ..store.changes import chunked
from . import graph
from .oplog import fetch, id_param

IDS_PER_QUERY = 2000  # well under SQLite's and PostgreSQL's limits on parameters
DriverRows = dict[str, set]


def driver_ids(conn: Connection, ids: Iterable[uuid.UUID]) -> set:
    return {id_param(conn, i) for i in ids}


def as_uuids(conn: Connection, rows: DriverRows) -> dict[str, set[uuid.UUID]]:
    make: Callable = uuid.UUID if conn.dialect.name == "sqlite" else (lambda v: v)
    return {entity: {make(v) for v in ids} for entity, ids in rows.items() if ids}


def where_in(conn: Connection, table: str, columns: str, column: str, ids: Iterable,
             extra: str = "") -> list[tuple]:
    """``SELECT columns FROM table WHERE column IN ids`` (and ``extra``), in batches."""
    found: list[tuple] = []
    for part in chunked(list(ids), IDS_PER_QUERY):
        found += fetch(conn, f"SELECT {columns} FROM {table} WHERE {column} IN "
                             f"({', '.join('?' * len(part))}){extra}", part)
    return found


def closure(conn: Connection, roots: DriverRows) -> DriverRows:
    """The roots plus every row that references one of them, transitively (synced
    tables only, as ``graph.closure(..., include_local=False)``)."""
    tables, edges = graph.record_tables(False), graph.reverse_edges(False)
    found: DriverRows = defaultdict(set)
    for name, ids in roots.items():
        found[name] |= set(ids)
    frontier = {k: set(v) for k, v in found.items() if v}
    while frontier:
        nxt: DriverRows = defaultdict(set)
        for target, ids in frontier.items():
            sources = list(edges.get(target, ()))
            if graph.ATTACHMENT in tables and target != graph.ATTACHMENT:
                sources.append((graph.ATTACHMENT, "owner_id"))
            for source, column in sources:
                for (row_id,) in where_in(conn, source, "id", column, ids):
                    if row_id not in found[source]:
                        found[source].add(row_id)
                        nxt[source].add(row_id)
        frontier = {k: v for k, v in nxt.items() if v}
    return {k: v for k, v in found.items() if v}
