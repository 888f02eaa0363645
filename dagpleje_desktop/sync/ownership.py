"""Which rows hang on a set of children, asked row by row.

``graph.closure`` answers it for everything at once: the children plus every row that
references one of them, transitively. For a mini-childminder's package the import only
needs the answer for the rows the package touches; walking *up* from those rows (a row
belongs when a row it references belongs) costs what the package carries, not what her
home's history holds. ``owned_rows`` picks the walk for small packages and the closure
for large ones; both give the same answer (tests/sync/test_ownership.py).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from functools import cache

from sqlalchemy import select
from sqlalchemy.engine import Connection

from . import graph

WALK_UP_LIMIT = 500  # rows in the package; beyond it one closure is cheaper


@cache
def _parent_columns() -> dict[str, tuple[tuple[str, str], ...]]:
    """source -> ((fk column, target), ...): the reverse of graph.reverse_edges(False)."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for target, sources in graph.reverse_edges(False).items():
        for source, column in sources:
            found[source].append((column, target))
    return {k: tuple(v) for k, v in found.items()}


class _Entity:
    """``owned[entity]``: membership asked of the walk; rows made in the package added."""

    def __init__(self, rows: "OwnedRows", entity: str) -> None:
        self._rows, self._entity = rows, entity

    def __contains__(self, row_id) -> bool:
        return row_id is not None and self._rows.contains(self._entity, row_id)

    def add(self, row_id: uuid.UUID) -> None:
        self._rows.added[self._entity].add(row_id)


class OwnedRows:
    """The rows about ``children`` (the roots), found by walking up from a row."""

    def __init__(self, conn: Connection, children: set[uuid.UUID]) -> None:
        self.conn, self.children = conn, set(children)
        self.tables = graph.record_tables(False)
        self.added: dict[str, set[uuid.UUID]] = defaultdict(set)
        self._known: dict[tuple[str, uuid.UUID], bool] = {}

    def __getitem__(self, entity: str) -> _Entity:
        return _Entity(self, entity)

    def get(self, entity: str, _default=()) -> _Entity:
        return _Entity(self, entity)

    def __iter__(self):
        return iter(self.tables)

    def contains(self, entity: str, row_id: uuid.UUID) -> bool:
        if row_id in self.added[entity] or (entity == "child" and row_id in self.children):
            return True
        key = (entity, row_id)
        if key in self._known:
            return self._known[key]
        self._known[key] = False  # a reference cycle ends here
        self._known[key] = self._references_owned(entity, row_id)
        return self._known[key]

    def _references_owned(self, entity: str, row_id: uuid.UUID) -> bool:
        table = self.tables.get(entity)
        parents = _parent_columns().get(entity, ())
        attachment = entity == graph.ATTACHMENT
        if table is None or not (parents or attachment):
            return False
        columns = [table.c[column] for column, _ in parents]
        if attachment:
            columns.append(table.c.owner_id)
        row = self.conn.execute(select(*columns).where(table.c.id == row_id)).first()
        if row is None:
            return False
        for (_, target), value in zip(parents, row):
            if value is not None and self.contains(target, value):
                return True
        if attachment and row[-1] is not None:
            owner = row[-1]
            return any(self.contains(name, owner) for name in self.tables
                       if name != graph.ATTACHMENT)
        return False


def owned_rows(conn: Connection, children: set[uuid.UUID], package_rows: int):
    """``owned[entity]`` supporting ``in``, ``add`` and iteration over entity names."""
    if package_rows <= WALK_UP_LIMIT:
        return OwnedRows(conn, children)
    owned: dict[str, set] = defaultdict(set)
    for entity, ids in graph.closure(conn, {"child": children}, include_local=False).items():
        owned[entity] |= ids
    return owned
