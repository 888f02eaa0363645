"""Which rows hang together: foreign-key chains from a child to everything about it.

A child's observations, goals, meetings and so on reference the child (directly or via
another row); ``closure`` follows those references backwards from a set of root rows.
``forward_edges`` are the references a row makes to others (its author, its home...).
Attachments point at their owner by id without a foreign key, so they are added by hand.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from functools import cache

from sqlalchemy import Table, select
from sqlalchemy.engine import Connection

from ..store.changes import LOCAL_ONLY_TABLES, chunked, syncable_tables
from ..store.models import Base, Record

ATTACHMENT = "attachment"
Rows = dict[str, set[uuid.UUID]]


@cache
def record_tables(include_local: bool) -> dict[str, Table]:
    """Record tables (UUID ``id``): syncable ones, plus drafts etc. when ``include_local``."""
    tables = dict(syncable_tables())
    if include_local:
        for mapper in Base.registry.mappers:
            cls = mapper.class_
            if issubclass(cls, Record) and cls.__tablename__ in LOCAL_ONLY_TABLES:
                tables[cls.__tablename__] = cls.__table__
    return tables


@cache
def reverse_edges(include_local: bool) -> dict[str, tuple[tuple[str, str], ...]]:
    """target table -> ((source table, fk column), ...) among record tables."""
    tables = record_tables(include_local)
    edges: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, table in tables.items():
        if name == "device":  # a device serves a home; homes are never erased
            continue
        for fk in table.foreign_keys:
            target = fk.column.table.name
            if target in tables:
                edges[target].append((name, fk.parent.name))
    return {k: tuple(v) for k, v in edges.items()}


@cache
def forward_edges() -> dict[str, tuple[tuple[str, str], ...]]:
    """syncable table -> ((fk column, target table), ...)."""
    tables = syncable_tables()
    return {name: tuple((fk.parent.name, fk.column.table.name) for fk in table.foreign_keys
                        if fk.column.table.name in tables)
            for name, table in tables.items()}


@cache
def deferred_columns() -> dict[str, tuple[str, ...]]:
    """FK columns that close a cycle (action plan <-> meeting): set after both rows exist."""
    out: dict[str, list[str]] = defaultdict(list)
    for name, table in syncable_tables().items():
        for fk in table.foreign_keys:
            if fk.constraint is not None and fk.constraint.use_alter:
                out[name].append(fk.parent.name)
    return {k: tuple(v) for k, v in out.items()}


def insert_order() -> list[str]:
    """Syncable tables with referenced tables first."""
    names = syncable_tables()
    return [t.name for t in Base.metadata.sorted_tables if t.name in names]


def closure(conn: Connection, roots: Rows, *, include_local: bool) -> Rows:
    """The roots plus every row that references one of them, transitively."""
    tables = record_tables(include_local)
    edges = reverse_edges(include_local)
    found: Rows = defaultdict(set)
    for name, ids in roots.items():
        found[name] |= set(ids)
    frontier: Rows = {k: set(v) for k, v in found.items() if v}
    while frontier:
        nxt: Rows = defaultdict(set)
        for target, ids in frontier.items():
            id_list = list(ids)
            for source, column in edges.get(target, ()):
                table = tables[source]
                for part in chunked(id_list):
                    for (row_id,) in conn.execute(select(table.c.id)
                                                  .where(table.c[column].in_(part))):
                        if row_id not in found[source]:
                            found[source].add(row_id)
                            nxt[source].add(row_id)
            if ATTACHMENT in tables and target != ATTACHMENT:
                att = tables[ATTACHMENT]
                for part in chunked(id_list):
                    for (row_id,) in conn.execute(select(att.c.id)
                                                  .where(att.c.owner_id.in_(part))):
                        if row_id not in found[ATTACHMENT]:
                            found[ATTACHMENT].add(row_id)
                            nxt[ATTACHMENT].add(row_id)
        frontier = {k: v for k, v in nxt.items() if v}
    return {k: v for k, v in found.items() if v}


def existing_ids(conn: Connection, entity: str, ids) -> set[uuid.UUID]:
    table = record_tables(True)[entity]
    found: set[uuid.UUID] = set()
    for part in chunked(list(ids)):
        found.update(conn.scalars(select(table.c.id).where(table.c.id.in_(part))))
    return found


def delete_rows(conn: Connection, rows: Rows) -> int:
    """Hard-delete ``rows`` (every referencing row must be among them), children first."""
    tables = record_tables(True)
    order = [t.name for t in reversed(Base.metadata.sorted_tables) if t.name in rows]
    deferred = deferred_columns()
    count = 0
    for name in order:  # break the action plan <-> meeting cycle before deleting either
        for column in deferred.get(name, ()):
            table = tables[name]
            for part in chunked(list(rows[name])):
                conn.execute(table.update().where(table.c.id.in_(part)).values({column: None}))
    for name in order:
        table = tables[name]
        for part in chunked(list(rows[name])):
            count += conn.execute(table.delete().where(table.c.id.in_(part))).rowcount
    return count
