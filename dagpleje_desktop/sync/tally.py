"""Records, not operations: what a package brings or carries, counted as people count it.

An observation written once is one new record, however many fields (operations) it has;
a domain added to it (a link row of a set) is a change of that observation. ``Tally``
holds, per record kind (entity) and change (new, changed, deleted), how many records, and
the children they are about. Words for people are made from it in services/exchange/sync_words.py.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..store import link_sets
from ..store.changes import TOMBSTONE_FIELD, chunked, syncable_tables
from . import id_lookup

NEW, CHANGED, DELETED = "new", "changed", "deleted"
CREATED_FIELD = "created_at"  # set once, when the record is made
ENTITY_AT, ROW_AT, FIELD_AT, VALUE_AT = 3, 4, 5, 6  # places in a wire operation


@dataclass(frozen=True)
class Tally:
    counts: tuple[tuple[str, str, int], ...] = ()  # (entity, NEW/CHANGED/DELETED, records)
    children: int = 0  # distinct children the records are about

    @property
    def records(self) -> int:
        return sum(n for _, _, n in self.counts)

    def count(self, entity: str, change: str) -> int:
        return sum(n for e, c, n in self.counts if e == entity and c == change)


@dataclass
class _Builder:
    changes: dict[tuple[str, uuid.UUID], str] = field(default_factory=dict)

    def note(self, entity: str, row_id: uuid.UUID, change: str) -> None:
        if change == CHANGED and (entity, row_id) in self.changes:
            return  # new or deleted says more
        self.changes[(entity, row_id)] = change


def _owner_entity(entity: str) -> str:
    column = syncable_tables()[entity].c[link_sets.LINK_SETS[entity].owner]
    return next(iter(column.foreign_keys)).column.table.name


def _owners(conn: Connection, entity: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    table = syncable_tables()[entity]
    owner = table.c[link_sets.LINK_SETS[entity].owner]
    found = {}
    for part in chunked(ids):
        found.update(dict(conn.execute(select(table.c.id, owner)
                                       .where(table.c.id.in_(part))).all()))
    return found


def _children_of(conn: Connection, keys) -> int:
    children: set[str] = set()  # as hex: one query per table for all its rows (id_lookup)
    by_entity: dict[str, list] = {}
    for entity, row_id in keys:
        if entity == "child":
            children.add(row_id.hex)
        else:
            by_entity.setdefault(entity, []).append(row_id.hex)
    for entity, ids in by_entity.items():
        table = syncable_tables().get(entity)
        if table is None or "child_id" not in table.c:
            continue
        children.update(c for c in id_lookup.column_of(conn, entity, "child_id", ids) if c)
    return len(children)


def _finish(conn: Connection, builder: _Builder, links: dict[str, set]) -> Tally:
    for entity, ids in links.items():  # a link added or removed changes its owner
        owner_entity = _owner_entity(entity)
        for owner in _owners(conn, entity, list(ids)).values():
            if owner is not None:
                builder.note(owner_entity, owner, CHANGED)
    counted = Counter((entity, change) for (entity, _), change in builder.changes.items())
    return Tally(tuple(sorted((e, c, n) for (e, c), n in counted.items())),
                 _children_of(conn, builder.changes))


def tally_wire(conn: Connection, ops) -> Tally:
    """The records a package carries (wire operations), read on the sending device."""
    builder, links = _Builder(), {}
    by_row: dict[tuple[str, str], set[str]] = {}
    deleted: set[tuple[str, str]] = set()
    for op in ops:
        entity = op[ENTITY_AT]
        if entity not in syncable_tables():
            continue  # a purge: counted by the recipient as erased rows
        key = (entity, op[ROW_AT])
        by_row.setdefault(key, set()).add(op[FIELD_AT])
        if op[FIELD_AT] == TOMBSTONE_FIELD and op[VALUE_AT] not in (None, "null"):
            deleted.add(key)
    for (entity, hex_id), fields in by_row.items():
        row_id = uuid.UUID(hex=hex_id) if isinstance(hex_id, str) else hex_id
        if entity in link_sets.LINK_SETS:
            links.setdefault(entity, set()).add(row_id)
        elif (entity, hex_id) in deleted:
            builder.note(entity, row_id, DELETED)
        else:
            builder.note(entity, row_id, NEW if CREATED_FIELD in fields else CHANGED)
    return _finish(conn, builder, links)


def tally_merge(conn: Connection, changes: dict[tuple[str, uuid.UUID], str],
                link_owners: set[tuple[str, uuid.UUID]]) -> Tally:
    """The records an import added, changed or deleted here (after the merge);
    ``link_owners`` are the records whose sets (domains, participants ...) changed."""
    builder = _Builder()
    for (entity, row_id), change in changes.items():
        builder.note(entity, row_id, change)
    for entity, row_id in link_owners:
        builder.note(entity, row_id, CHANGED)
    return _finish(conn, builder, {})
