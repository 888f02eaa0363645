"""Writing a merge's outcome: new rows, changed fields, field stamps and conflicts.

Everything is written with Core statements in batches, inside the importing
transaction (so nothing is captured again as a local change). New rows go in table
order (referenced rows first) and the two columns that close the action plan <-> meeting
cycle are filled in afterwards. A new row that points at an erased row is erased too.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from datetime import datetime, timezone
from functools import cache
from operator import itemgetter

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.engine import Connection, Dialect

from ..store import link_sets
from ..store.changes import (ALL_FIELDS, SILENT_FIELDS, STAMPS, TOMBSTONE_FIELD, chunked,
                             synced_fields, syncable_tables, write_stamps)
from ..store.models import Conflict
from ..store.search_bulk import indexed_at_the_end
from . import graph, id_lookup, purge
from .errors import MissingReference

CONFLICTS = Conflict.__table__
RESOLVED_ELSEWHERE = "elsewhere"
SAME_VALUE = "same_value"  # both sides wrote the same value: settled without a person


_REQUIRED = object()  # a column a new row cannot do without


@cache
def _fill_ins(entity: str) -> tuple[tuple[str, object], ...]:
    """Per column (but ``id``): what a new row holds when no operation set it."""
    fill_ins = []
    for column in syncable_tables()[entity].columns:
        if column.name == "id":
            continue
        if column.nullable:
            fill_ins.append((column.name, None))
        elif column.default is not None and column.default.is_scalar:
            fill_ins.append((column.name, column.default.arg))
        else:
            fill_ins.append((column.name, _REQUIRED))
    return tuple(fill_ins)


def _complete_row(state) -> dict | None:
    """All column values for a new row, or None when required ones never arrived."""
    row = {"id": state.row_id}
    values = state.values
    for name, fill_in in _fill_ins(state.entity):
        if name in values:
            row[name] = values[name]
        elif fill_in is _REQUIRED:
            return None
        else:
            row[name] = fill_in
    return row


def _references(entity: str, row: dict, fields=None):
    for column, target in graph.forward_edges()[entity]:
        if (fields is None or column in fields) and row.get(column) is not None:
            yield column, target, row[column]
    if entity == graph.ATTACHMENT and row.get("owner_id") is not None:
        yield "owner_id", None, row["owner_id"]


def _check_references(conn: Connection, ready: dict, updated: list) -> set:
    """Keys of new rows to drop because they point at erased rows; raises on a missing one."""
    refs = {key: tuple(_references(state.entity, row)) for key, (state, row) in ready.items()}
    changed_refs = [(state, tuple(_references(state.entity, state.values, state.changed)))
                    for state in updated]
    needed: dict[str, set] = defaultdict(set)
    all_ids = set()
    for found in (*refs.values(), *(r for _, r in changed_refs)):
        for _, target, value in found:
            all_ids.add(value)
            if target:
                needed[target].add(value)
    present = {target: _existing(conn, target, ids) for target, ids in needed.items()}
    for state, _ in ready.values():
        present.setdefault(state.entity, set()).add(state.row_id)
    erased = _erased(conn, all_ids)
    dropped: set = set()
    changed = True
    while changed:
        changed = False
        for key, (state, row) in ready.items():
            if key in dropped:
                continue
            for column, target, value in refs[key]:
                if value in erased:
                    dropped.add(key)
                    erased.add(state.row_id)
                    present[state.entity].discard(state.row_id)
                    changed = True
                    break
                if target and value not in present.get(target, ()):
                    raise MissingReference(log_message=f"{state.entity}.{column} -> "
                                                       f"missing {target} {value}")
    for state, found in changed_refs:
        for column, target, value in found:
            if value in erased:  # keep the old reference rather than point at erased data
                state.changed.discard(column)
            elif target and value not in present.get(target, ()):
                raise MissingReference(log_message=f"{state.entity}.{column} -> "
                                                   f"missing {target} {value}")
    return dropped


def _existing(conn: Connection, entity: str, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    by_hex = {i.hex: i for i in ids}
    table = graph.record_tables(True)[entity].name
    return {by_hex[h] for h in id_lookup.existing(conn, table, by_hex)}


def _erased(conn: Connection, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    by_hex = {i.hex: i for i in ids}
    return {by_hex[h] for h in id_lookup.purged(conn, by_hex)}


def write_back(conn: Connection, states: dict, result) -> None:
    tables = syncable_tables()
    ready, updated = {}, []
    for key, state in states.items():
        if not state.changed:
            continue
        if state.exists:
            updated.append(state)
            continue
        row = _complete_row(state)
        if row is None:
            result.incomplete += 1
            state.changed.clear()
        else:
            ready[key] = (state, row)
    dropped = _check_references(conn, ready, updated)
    if dropped:
        conn.execute(insert(purge.PURGED), [{"entity": k[0], "row_id": k[1]} for k in dropped])
        result.dropped += len(dropped)
    deferred = graph.deferred_columns()
    by_entity: dict[str, list[dict]] = defaultdict(list)
    for key, (state, row) in ready.items():
        if key in dropped:
            state.changed.clear()
            continue
        by_entity[state.entity].append(row)
        if state.entity in link_sets.LINK_SETS:
            _note_owner(state, row, result)
        elif row[TOMBSTONE_FIELD] is None:
            result.new += 1
            result.records.add((state.entity, state.row_id))
            result.changes[(state.entity, state.row_id)] = "new"
    for entity in graph.insert_order():
        rows = by_entity.get(entity)
        if rows and entity == "observation":  # indexed for search once, not per row
            with indexed_at_the_end(conn, [r["id"] for r in rows]):
                _insert_many(conn, tables[entity], rows, late=deferred.get(entity, ()))
        elif rows:
            _insert_many(conn, tables[entity], rows, late=deferred.get(entity, ()))
    for entity, columns in deferred.items():
        for column in columns:  # updated_at written too, so onupdate does not re-stamp
            late = [{"k_id": r["id"], "v_" + column: r[column], "v_updated_at": r["updated_at"]}
                    for r in by_entity.get(entity, ()) if r[column] is not None]
            if late:
                _update_many(conn, entity, (column, "updated_at"), late)
    _update_existing(conn, updated, result)
    # A link added or removed is a change of the record it belongs to (an observation's
    # domains), counted once, and not when the record itself is new or deleted here.
    result.updated += len(result.link_owners - result.records)
    _write_stamps(conn, [state for key, (state, _) in ready.items() if key not in dropped],
                  updated)


def _write_stamps(conn: Connection, inserted: list, updated: list) -> None:
    new_stamps, changed_stamps = [], []
    for state in inserted:
        if state.original_stamps:  # left over from an earlier, incomplete arrival
            conn.execute(STAMPS.delete().where(STAMPS.c.entity == state.entity,
                                               STAMPS.c.row_id == state.row_id))
        distinct = set(state.stamps.values())
        if len(distinct) == 1 and len(state.stamps) == len(synced_fields(state.entity)):
            new_stamps.append((state.entity, state.row_id, ALL_FIELDS, distinct.pop()))
        else:
            new_stamps += [(state.entity, state.row_id, f, h) for f, h in state.stamps.items()]
    for state in updated:
        for fld in state.changed:
            target = changed_stamps if fld in state.original_stamps else new_stamps
            target.append((state.entity, state.row_id, fld, state.stamps[fld]))
    write_stamps(conn, new_stamps, changed_stamps)


@cache
def _insert_plan(table: Table, dialect: Dialect) -> tuple[str, tuple, tuple]:
    """The INSERT statement for every column, the column names, and (position, bind
    conversion) of each column that has one."""
    columns = tuple(table.columns)
    sql = (f"INSERT INTO {table.name} ({', '.join(c.name for c in columns)}) "
           f"VALUES ({', '.join(['?'] * len(columns))})")
    if dialect.paramstyle != "qmark":
        sql = sql.replace("?", "%s")
    converted = tuple((i, convert) for i, c in enumerate(columns)
                      if (convert := c.type.dialect_impl(dialect).bind_processor(dialect)))
    return sql, tuple(c.name for c in columns), converted


def _insert_many(conn: Connection, table: Table, rows: list[dict], late=()) -> None:
    """New rows (every column given) by executemany. Each column's own bind conversion
    is applied here, without SQLAlchemy's per-row parameter bookkeeping (about a fifth
    of the time of inserting 9,000 observations; see ``indexed_at_the_end`` for the rest).
    Columns in ``late`` are left empty (filled once the rows they point at exist)."""
    sql, names, converted = _insert_plan(table, conn.dialect)
    values_of = itemgetter(*names)
    emptied = [names.index(name) for name in late]
    params = []
    for row in rows:
        values = list(values_of(row))
        for i, convert in converted:
            if values[i] is not None:
                values[i] = convert(values[i])
        for i in emptied:
            values[i] = None
        params.append(tuple(values))
    for part in chunked(params, 5000):
        conn.exec_driver_sql(sql, part)


def _update_many(conn: Connection, entity: str, columns: tuple, params: list[dict]) -> None:
    table = syncable_tables()[entity]
    statement = (update(table).where(table.c.id == bindparam("k_id"))
                 .values({c: bindparam("v_" + c) for c in columns}))
    for part in chunked(params, 5000):
        conn.execute(statement, part)


def _update_existing(conn: Connection, states: list, result) -> None:
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for state in states:
        if not state.changed:
            continue
        # updated_at is always written so the column's onupdate does not re-stamp the row
        columns = tuple(sorted(state.changed | {"updated_at"}))
        groups[(state.entity, columns)].append(
            {"k_id": state.row_id, **{"v_" + c: state.values[c] for c in columns}})
        deleted_now = state.values[TOMBSTONE_FIELD] is not None
        if state.entity in link_sets.LINK_SETS:
            if state.changed - SILENT_FIELDS:
                _note_owner(state, state.values, result)
        elif deleted_now and not state.was_deleted:
            result.deleted += 1
            result.records.add((state.entity, state.row_id))
            result.changes[(state.entity, state.row_id)] = "deleted"
        elif not deleted_now and state.changed - SILENT_FIELDS:
            result.updated += 1
            result.records.add((state.entity, state.row_id))
            result.changes[(state.entity, state.row_id)] = "changed"
    for (entity, columns), params in groups.items():
        _update_many(conn, entity, columns, params)


@cache
def _owner_entity(entity: str) -> str:
    column = syncable_tables()[entity].c[link_sets.LINK_SETS[entity].owner]
    return next(iter(column.foreign_keys)).column.table.name


def _note_owner(state, values: dict, result) -> None:
    owner = values.get(link_sets.LINK_SETS[state.entity].owner)
    if owner is not None:
        result.link_owners.add((_owner_entity(state.entity), owner))


def write_conflicts(conn: Connection, conflicts: list[dict], result) -> None:
    now = datetime.now(timezone.utc)
    fresh = []
    for c in conflicts:
        pair = (c["local_hlc"], c["remote_hlc"])
        known = conn.execute(select(CONFLICTS.c.id).where(
            CONFLICTS.c.entity == c["entity"], CONFLICTS.c.row_id == c["row_id"],
            CONFLICTS.c.field == c["field"], CONFLICTS.c.local_hlc.in_(pair),
            CONFLICTS.c.remote_hlc.in_(pair))).first()
        if known is None:
            settled = c.pop("settled", False)
            fresh.append({**c, "id": uuid.uuid4(), "created_at": now, "updated_at": now,
                          "deleted_at": None, "resolution": SAME_VALUE if settled else None,
                          "resolved_at": now if settled else None})
    if fresh:
        conn.execute(insert(CONFLICTS), fresh)
    result.conflicts += sum(1 for c in fresh if c["resolved_at"] is None)


def close_resolved(conn: Connection, resolutions: list) -> None:
    """Conflicts settled on another device: its resolution covered both stamps."""
    now = datetime.now(timezone.utc)
    for op in resolutions:
        stamps = set(json.loads(op.seen).get("resolves", []))
        conn.execute(update(CONFLICTS).where(
            CONFLICTS.c.entity == op.entity, CONFLICTS.c.row_id == op.row_id,
            CONFLICTS.c.field == op.field, CONFLICTS.c.resolved_at.is_(None),
            CONFLICTS.c.local_hlc.in_(stamps), CONFLICTS.c.remote_hlc.in_(stamps))
            .values(resolution=RESOLVED_ELSEWHERE, resolved_at=now, updated_at=now))
