"""A mini-childminder's scope brought up to date instead of read whole at each export.

``scope.read_scope`` walks her home's whole closure: every row about her children, what
those rows point at, her home's visits. A routine export follows the previous one by a
few operations, so the scope of the previous export (kept with the peer's state, with
the version vector it was read at: its ``basis``) is brought up to date from the
operations made since. When those operations only make new rows and change fields that
are no references, the scope is the previous one plus the new rows that hang on her
children or her home's visits, and the homes, people and organisations they point at.

Whatever else happened since (a child came or went, a reference changed, a purge, a
migration, a restore that lost our own operations, a row pointing somewhere this cannot
judge, many operations) the scope is read whole. Either way the answer is ``read_scope``'s (tests/sync/test_scope_update.py).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date
from functools import cache

from sqlalchemy import func, select, text
from sqlalchemy.engine import Connection

from ..store.changes import PURGE, TOMBSTONE_FIELD, syncable_tables
from ..store.migrate import VERSION_TABLE
from ..store.models import PurgedRow
from . import graph, oplog
from .ownership import OwnedRows
from .scope import Scope, children_at_home, read_scope, visits_to_home
from .vectors import load_vector, own_gap

UPDATE_AT_MOST = 2_000  # operations since the previous scope; more: read it whole
_ENTITY, _ROW, _FIELD, _PREV, _KIND = 3, 4, 5, 8, 9  # in a wire operation
CREATED_FIELD = "created_at"


def current_scope(conn: Connection, home_id: uuid.UUID | None, day: date,
                  previous: Scope | None) -> Scope:
    """``read_scope``'s answer, from ``previous`` when the operations since allow it."""
    basis = read_basis(conn, home_id)  # before reading: a later commit is seen next time
    scope = updated_scope(conn, home_id, day, previous, basis) if previous else None
    if scope is None:
        scope = read_scope(conn, home_id, day)
    scope.basis = basis
    return scope


def read_basis(conn: Connection, home_id: uuid.UUID | None) -> dict:
    """What a scope read now is read against."""
    schema = conn.execute(text(f"SELECT max(version_num) FROM {VERSION_TABLE}")).scalar()
    purged = conn.scalar(select(func.count()).select_from(PurgedRow.__table__))
    gap = own_gap(conn)  # our own operations lost in a restore come back below the vector
    return {"home": home_id.hex if home_id else None, "vector": load_vector(conn),
            "schema": schema, "purged": purged, "gap": list(gap) if gap else None}


def updated_scope(conn: Connection, home_id: uuid.UUID | None, day: date, previous: Scope,
                  basis: dict) -> Scope | None:
    """``previous`` brought up to date, or None when it cannot be done for sure."""
    if home_id is None or not _comparable(previous.basis, basis):
        return None
    children = children_at_home(conn, home_id, day)
    if children != previous.children:
        return None
    changes = _changes_since(conn, previous.basis["vector"], basis["vector"])
    if changes is None:
        return None
    new = {key for key, fields in changes.items() if _created(fields)}
    if any(_references_changed(entity, fields)
           for (entity, row), fields in changes.items() if (entity, row) not in new):
        return None
    rows = {entity: set(ids) for entity, ids in previous.rows.items()}
    if _lost_rows(conn, changes, rows) or not _admit_new(conn, home_id, children, rows, new):
        return None
    return Scope(set(children), {entity: ids for entity, ids in rows.items() if ids})


def _comparable(old: dict | None, basis: dict) -> bool:
    return bool(old) and not basis["gap"] and all(
        old.get(k) == basis[k] for k in ("home", "schema", "purged", "gap"))


def _changes_since(conn: Connection, old: dict[str, int],
                   now: dict[str, int]) -> dict[tuple[str, str], dict[str, tuple]] | None:
    """(entity, row id hex) -> {field: operation} of the operations numbered above
    ``old``; None when there are many, or one is a purge or about a table this cannot
    judge."""
    ops = oplog.after_vector(conn, {origin: 0 for origin in now} | old)
    if len(ops) > UPDATE_AT_MOST:
        return None
    tables = syncable_tables()
    changes: dict[tuple[str, str], dict[str, tuple]] = defaultdict(dict)
    for op in ops:
        if op[_KIND] == PURGE or op[_ENTITY] not in tables:
            return None
        changes[(op[_ENTITY], op[_ROW])][op[_FIELD]] = op
    return changes


def _admit_new(conn: Connection, home_id: uuid.UUID, children: set[uuid.UUID],
               rows: dict[str, set], new: set[tuple[str, str]]) -> bool:
    admission = _Admission(conn, home_id, children, rows)
    by_entity: dict[str, list[uuid.UUID]] = defaultdict(list)
    for entity, row in new:
        by_entity[entity].append(uuid.UUID(row))
    return all(admission.admit(entity, row_id)  # what a new row points at is judged first
               for entity in graph.insert_order() for row_id in sorted(by_entity.get(entity, ())))


def _created(fields: dict[str, tuple]) -> bool:
    """The row was made by these operations (its creation replaced no earlier value)."""
    created = fields.get(CREATED_FIELD)
    return created is not None and created[_PREV] is None


@cache
def _reference_fields(entity: str) -> frozenset[str]:
    fields = {column for column, _ in graph.forward_edges().get(entity, ())}
    if entity == graph.ATTACHMENT:
        fields |= {"owner_id", "owner_type"}
    return frozenset(fields)


def _references_changed(entity: str, fields: dict[str, tuple]) -> bool:
    return not _reference_fields(entity).isdisjoint(fields)


def _lost_rows(conn: Connection, changes: dict, rows: dict[str, set]) -> bool:
    """A row of the scope deleted since (a hard delete is synced as a tombstone)."""
    deleted: dict[str, list[uuid.UUID]] = defaultdict(list)
    for (entity, row), fields in changes.items():
        row_id = uuid.UUID(row)
        if TOMBSTONE_FIELD in fields and row_id in rows.get(entity, ()):
            deleted[entity].append(row_id)
    return any(len(graph.existing_ids(conn, entity, ids)) < len(ids)
               for entity, ids in deleted.items())


@cache
def neutral_entities() -> frozenset[str]:
    """Tables about no child, pointing only at such tables (homes, people, organisations):
    a row of them never belongs to another child, so it joins a scope when pointed at."""
    edges, tables = graph.forward_edges(), syncable_tables()
    neutral = {name for name, table in tables.items()
               if name not in ("child", graph.ATTACHMENT) and "child_id" not in table.c}
    changed = True
    while changed:
        drop = {name for name in neutral if any(t not in neutral for _, t in edges[name])}
        neutral -= drop
        changed = bool(drop)
    return frozenset(neutral)


class _Rooted(OwnedRows):
    """Walks up from a row to her children or to a supervision visit to her home."""

    def __init__(self, conn: Connection, children: set[uuid.UUID],
                 visits: set[uuid.UUID]) -> None:
        super().__init__(conn, children)
        self.visits = visits

    def contains(self, entity: str, row_id: uuid.UUID) -> bool:
        return (entity == "visit" and row_id in self.visits) or super().contains(entity, row_id)


class _Admission:
    """Adds new rows to ``rows`` as ``read_scope`` would, or says it cannot be sure."""

    def __init__(self, conn: Connection, home_id: uuid.UUID, children: set[uuid.UUID],
                 rows: dict[str, set]) -> None:
        self.conn, self.home_id, self.rows = conn, home_id, rows
        self.walk = _Rooted(conn, children, visits_to_home(conn, home_id))

    def admit(self, entity: str, row_id: uuid.UUID) -> bool:
        """False when the row may be in the scope but this cannot be sure how."""
        if row_id in self.rows.get(entity, ()):
            return True
        references = self._references(entity, row_id)
        if references is None:
            return True  # made and gone again (dropped at import)
        if not self._hangs_on_home(entity, row_id, references):
            return True  # another home's: a row of hers never points at it
        for target, value in references:
            if target is None:  # an attachment: its owner must be in the scope
                if not any(value in ids for ids in self.rows.values()):
                    return False
            elif value not in self.rows.get(target, ()):
                if target not in neutral_entities():
                    return False  # maybe another child's: read_scope decides
                self._join(target, value)
        self.rows.setdefault(entity, set()).add(row_id)
        return True

    def _hangs_on_home(self, entity: str, row_id: uuid.UUID, references: list) -> bool:
        if entity == "absence":
            return ("childminder_home", self.home_id) in references
        return self.walk.contains(entity, row_id)

    def _join(self, entity: str, row_id: uuid.UUID) -> None:
        """A home, person or organisation pointed at, and what it points at in turn."""
        if row_id in self.rows.get(entity, ()):
            return
        self.rows.setdefault(entity, set()).add(row_id)
        for target, value in self._references(entity, row_id) or ():
            self._join(target, value)

    def _references(self, entity: str,
                    row_id: uuid.UUID) -> list[tuple[str | None, uuid.UUID]] | None:
        """(target table, id) the row points at (target None: an attachment's owner)."""
        table = graph.record_tables(False)[entity]
        edges = graph.forward_edges().get(entity, ())
        columns = [table.c[column] for column, _ in edges]
        if entity == graph.ATTACHMENT:
            columns.append(table.c.owner_id)
        if not columns:
            found = self.conn.scalar(select(table.c.id).where(table.c.id == row_id))
            return None if found is None else []
        record = self.conn.execute(select(*columns).where(table.c.id == row_id)).first()
        if record is None:
            return None
        targets = [target for _, target in edges] + ([None] if len(columns) > len(edges) else [])
        return [(target, value) for target, value in zip(targets, record) if value is not None]
