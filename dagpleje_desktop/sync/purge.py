"""Taking a child's data off a device: GDPR erasure (purge) and leaving a device's scope.

A purge is an operation that wins over everything: it deletes the child's rows and
every row about them, their field stamps, the old values in the operation log and the
conflicts, and remembers only the erased ids so late operations about them are dropped.
A scope exit (the child left this mini-childminder's home) removes the same rows from
this one device, but keeps the device's own changes the sender has not yet received; the
rows they are about are noted, and once the sender acknowledges those changes (at the
import that brings the acknowledgement) they are forgotten too, with any conflict about
them: nothing about the child stays on the device.
"""

from __future__ import annotations

import json
import uuid

from sqlalchemy import and_, delete, func, insert, not_, select
from sqlalchemy.engine import Connection

from ..store.changes import OPS, STAMPS, chunked
from ..store.models import Child, ChildGuardian, Conflict, PurgedRow, Setting
from . import graph
from .duplicates import DUPLICATE_FIELD

PURGED = PurgedRow.__table__
CONFLICTS = Conflict.__table__
LINKS = ChildGuardian.__table__
CHILDREN = Child.__table__
SETTINGS = Setting.__table__
# Rows that left this device's scope while its own operations about them still waited
# for the sender's acknowledgement: {"upto": own sequence number, "rows": {entity: [hex]}}.
EXITED_KEY = "sync.scope_exit_unacknowledged"


def exclusive_guardians(conn: Connection, child_id: uuid.UUID) -> list[uuid.UUID]:
    """Guardians linked to this child and to no other child (erased with the child)."""
    linked = set(conn.scalars(select(LINKS.c.guardian_id).where(LINKS.c.child_id == child_id)))
    shared = set(conn.scalars(select(LINKS.c.guardian_id).where(
        LINKS.c.guardian_id.in_(linked), LINKS.c.child_id != child_id))) if linked else set()
    return sorted(linked - shared, key=str)


def secure_delete(conn: Connection) -> None:
    """Overwrite freed pages so erased text does not linger in the (encrypted) file."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA secure_delete = ON")


def _compact_search_index(conn: Connection) -> None:
    """SQLite FTS5 keeps deleted words in its segments until they are merged: merge now."""
    if conn.dialect.name != "sqlite":
        return
    if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'observation_fts'").first():
        conn.exec_driver_sql("INSERT INTO observation_fts(observation_fts) VALUES ('optimize')")


def scrub(conn: Connection, roots: graph.Rows, *, forget: bool,
          keep_own_after: tuple[uuid.UUID, int] | None = None) -> graph.Rows:
    """Delete the roots and everything about them, with their log entries and conflicts."""
    secure_delete(conn)
    rows = graph.closure(conn, roots, include_local=True)
    graph.delete_rows(conn, rows)
    for entity, ids in rows.items():
        known = set()
        if forget:
            for part in chunked(list(ids)):
                known.update(conn.scalars(select(PURGED.c.row_id).where(
                    PURGED.c.entity == entity, PURGED.c.row_id.in_(part))))
        for part in chunked(list(ids)):
            conn.execute(STAMPS.delete().where(STAMPS.c.entity == entity,
                                               STAMPS.c.row_id.in_(part)))
            conn.execute(CONFLICTS.delete().where(CONFLICTS.c.entity == entity,
                                                  CONFLICTS.c.row_id.in_(part)))
            if entity == "child":  # a duplicate notice names its other child in a value
                conn.execute(CONFLICTS.delete().where(
                    CONFLICTS.c.field == DUPLICATE_FIELD,
                    CONFLICTS.c.local_value.in_([json.dumps(str(c)) for c in part])))
            condition = and_(OPS.c.entity == entity, OPS.c.row_id.in_(part))
            if keep_own_after is not None:
                own, acked = keep_own_after
                condition = and_(condition, not_(and_(OPS.c.origin_device == own,
                                                      OPS.c.origin_seq > acked)))
            conn.execute(OPS.delete().where(condition))
        fresh = [{"entity": entity, "row_id": r} for r in ids if r not in known]
        if forget and fresh:
            conn.execute(insert(PURGED), fresh)
    if "observation" in rows:
        _compact_search_index(conn)
    return rows


def merged_into_any(conn: Connection, child_ids) -> set[uuid.UUID]:
    """Records merged into one of these children, directly or via another merged one."""
    found: set[uuid.UUID] = set()
    frontier = set(child_ids)
    while frontier:
        step: set[uuid.UUID] = set()
        for part in chunked(list(frontier)):
            step.update(conn.scalars(select(CHILDREN.c.id).where(
                CHILDREN.c.merged_into_id.in_(part))))
        frontier = step - found - set(child_ids)
        found |= frontier
    return found


def merged_records(conn: Connection, child_id: uuid.UUID) -> list[uuid.UUID]:
    """Records merged into this child: they hold the same child's name and CPR number,
    so an erasure takes them too."""
    return sorted(merged_into_any(conn, {child_id}), key=str)


def purge_child(conn: Connection, child_id: uuid.UUID, guardians: list[uuid.UUID],
                merged: list[uuid.UUID] = ()) -> graph.Rows:
    roots: graph.Rows = {"child": {child_id, *merged, *merged_records(conn, child_id)}}
    if guardians:
        roots["guardian"] = set(guardians)
    return scrub(conn, roots, forget=True)


def remove_from_scope(conn: Connection, child_ids: set[uuid.UUID], *, own_device: uuid.UUID,
                      acked_own_seq: int) -> graph.Rows:
    """Children that left this device's scope, and guardians left without a child."""
    present = graph.existing_ids(conn, "child", child_ids)
    if not present:
        return {}
    candidates = set(conn.scalars(select(LINKS.c.guardian_id)
                                  .where(LINKS.c.child_id.in_(list(present)))))
    keep = (own_device, acked_own_seq)
    rows = scrub(conn, {"child": present}, forget=False, keep_own_after=keep)
    orphans = {g for g in candidates
               if graph.closure(conn, {"guardian": {g}}, include_local=True) == {"guardian": {g}}}
    orphans &= graph.existing_ids(conn, "guardian", orphans)
    if orphans:
        more = scrub(conn, {"guardian": orphans}, forget=False, keep_own_after=keep)
        for entity, ids in more.items():
            rows.setdefault(entity, set()).update(ids)
    _note_unacknowledged(conn, rows, own_device)
    return rows


def _read_exited(conn: Connection) -> dict | None:
    value = conn.scalar(select(SETTINGS.c.value).where(SETTINGS.c.key == EXITED_KEY))
    return json.loads(value) if value else None


def _save_exited(conn: Connection, pending: dict | None) -> None:
    conn.execute(delete(SETTINGS).where(SETTINGS.c.key == EXITED_KEY))
    if pending:
        conn.execute(insert(SETTINGS), [{"key": EXITED_KEY, "value": json.dumps(
            pending, sort_keys=True, separators=(",", ":"))}])


def _note_unacknowledged(conn: Connection, rows: graph.Rows, own: uuid.UUID) -> None:
    """Remember the removed rows our kept (unacknowledged) operations are about."""
    pending = _read_exited(conn) or {"upto": 0, "rows": {}}
    noted = False
    for entity, ids in rows.items():
        for part in chunked(list(ids)):
            kept = conn.execute(select(OPS.c.row_id, func.max(OPS.c.origin_seq)).where(
                OPS.c.entity == entity, OPS.c.row_id.in_(part), OPS.c.origin_device == own)
                .group_by(OPS.c.row_id)).all()
            for row_id, seq in kept:
                known = pending["rows"].setdefault(entity, [])
                if row_id.hex not in known:
                    known.append(row_id.hex)
                pending["upto"] = max(pending["upto"], seq)
                noted = True
    if noted:
        _save_exited(conn, pending)


def forget_acknowledged_exits(conn: Connection, acked_own_seq: int) -> int:
    """The sender now holds our operations about rows that left our scope: forget them
    (every operation and conflict about those rows). Returns the operations deleted."""
    pending = _read_exited(conn)
    if pending is None or acked_own_seq < pending["upto"]:
        return 0
    secure_delete(conn)
    deleted = 0
    for entity, hexes in pending["rows"].items():
        ids = {uuid.UUID(h) for h in hexes}
        ids -= graph.existing_ids(conn, entity, ids)  # back in scope since: kept
        for part in chunked(list(ids)):
            deleted += conn.execute(OPS.delete().where(
                OPS.c.entity == entity, OPS.c.row_id.in_(part))).rowcount or 0
            conn.execute(CONFLICTS.delete().where(CONFLICTS.c.entity == entity,
                                                  CONFLICTS.c.row_id.in_(part)))
            conn.execute(STAMPS.delete().where(STAMPS.c.entity == entity,
                                               STAMPS.c.row_id.in_(part)))
    _save_exited(conn, None)
    return deleted


def purged_ids(conn: Connection, ids) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for part in chunked(list(ids)):
        found.update(conn.scalars(select(PURGED.c.row_id).where(PURGED.c.row_id.in_(part))))
    return found
