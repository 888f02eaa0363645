"""Change capture for sync: every change of a syncable field is an operation.

Session events note, per transaction, which fields of which rows changed (after each
flush, when the values are final). Just before commit the operations are written in one
batch, in the same transaction: one HLC tick for the whole transaction, a sequence
number per operation, the stamp of the value each one replaced (``prev_hlc``), and the
per-field current stamp (``field_stamp``) so a merge needs one lookup per operation.

Writes that bypass the ORM (Core ``update()``/``insert()``) are not seen; the sync
importer uses Core on purpose so imported operations are not captured a second time.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import threading
import time
import uuid
import weakref
from dataclasses import dataclass, field as dc_field
from datetime import date, datetime, timezone
from functools import cache
from json.encoder import encode_basestring

from sqlalchemy import (Boolean, Date, DateTime, Float, Integer, LargeBinary, Table, Uuid,
                        event, insert, inspect, select, text, update)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..domain.hlc import HlcStamp, HybridLogicalClock
from . import link_sets
from .database import Database
from .models import Base, ChangeOperation, FieldStamp, Record, SyncVector

log = logging.getLogger(__name__)

# Record tables that stay on the device: accounts, autosaved drafts, keys, conflicts.
LOCAL_ONLY_TABLES = frozenset({"user_account", "observation_draft", "device", "conflict"})
TOMBSTONE_FIELD = "deleted_at"
# Bookkeeping fields: merged by the higher stamp, never shown to people as conflicts.
SILENT_FIELDS = frozenset({"created_at", "updated_at"})
SET, DELETE, PURGE = "set", "delete", "purge"
PENDING_KEY = "dagpleje.sync.pending"
_PG_LOCK = 7302
_BATCH = 5000

OPS = ChangeOperation.__table__
STAMPS = FieldStamp.__table__
VECTORS = SyncVector.__table__


# -- which tables and fields sync ---------------------------------------------------------

@cache
def syncable_tables() -> dict[str, Table]:
    """Every ``Record`` table except the local-only ones, by name."""
    tables = {m.class_.__tablename__: m.class_.__table__ for m in Base.registry.mappers
              if issubclass(m.class_, Record) and not m.class_.__dict__.get("__abstract__")}
    return {name: t for name, t in sorted(tables.items()) if name not in LOCAL_ONLY_TABLES}


@cache
def synced_fields(entity: str) -> tuple[str, ...]:
    return tuple(c.name for c in syncable_tables()[entity].columns if c.name != "id")


def _kind_of(column) -> str:
    col_type = column.type
    impl = getattr(col_type, "impl", col_type)
    for cls, kind in ((Uuid, "uuid"), (DateTime, "datetime"), (Date, "date"),
                      (LargeBinary, "bytes"), (Boolean, "bool"), (Integer, "int"),
                      (Float, "float")):
        if isinstance(impl, cls):
            return kind
    return "str"


@cache
def field_kinds(entity: str) -> dict[str, str]:
    return {c.name: _kind_of(c) for c in syncable_tables()[entity].columns}


@cache
def nullable_fields(entity: str) -> frozenset[str]:
    return frozenset(c.name for c in syncable_tables()[entity].columns if c.nullable)


# -- values as JSON ------------------------------------------------------------------------

def encode_value(kind: str, value):
    """A column value as plain JSON data (the inverse of ``decode_value``)."""
    if value is None:
        return None
    if kind == "uuid":
        return str(value)
    if kind == "datetime":
        return value.astimezone(timezone.utc).isoformat()
    if kind == "date":
        return value.isoformat()
    if kind == "bytes":
        return base64.b64encode(value).decode("ascii")
    return value


def decode_value(kind: str, data):
    """Raises ValueError/TypeError when ``data`` does not fit the column."""
    if data is None:
        return None
    if kind == "uuid":
        return uuid.UUID(data)
    if kind == "datetime":
        parsed = datetime.fromisoformat(data)
        if parsed.tzinfo is None:
            raise ValueError("datetime without time zone")
        return parsed.astimezone(timezone.utc)
    if kind == "date":
        return date.fromisoformat(data)
    if kind == "bytes":
        return base64.b64decode(data.encode("ascii"), validate=True)
    expected = {"bool": bool, "int": int, "float": (int, float), "str": str}[kind]
    if not isinstance(data, expected) or (kind in ("int", "float") and isinstance(data, bool)):
        raise TypeError(f"{kind} expected, got {type(data).__name__}")
    return float(data) if kind == "float" else data


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)
_SCALARS = {type(None): lambda v: "null", bool: lambda v: "true" if v else "false",
            int: int.__repr__, float: _ENCODER.encode, str: encode_basestring}


def dumps(data) -> str:
    """Compact, key-sorted JSON; scalars (nearly every field value) take a short cut."""
    fast = _SCALARS.get(type(data))
    return fast(data) if fast is not None else _ENCODER.encode(data)


def encode_text(entity: str, field: str, value) -> str:
    return dumps(encode_value(field_kinds(entity)[field], value))


def decode_text(entity: str, field: str, text_value: str | None):
    return decode_value(field_kinds(entity)[field],
                        None if text_value is None else json.loads(text_value))


def _uuid7_batch(count: int):
    """``count`` time-ordered UUIDs (RFC 9562 version 7: 48-bit milliseconds, then random
    bits) from one clock reading and one call for random bytes."""
    millis = (int(time.time() * 1000) & ((1 << 48) - 1)) << 80
    noise = os.urandom(10 * count)
    for i in range(count):
        value = millis | int.from_bytes(noise[10 * i:10 * i + 10], "big")
        value = (value & ~(0xF << 76)) | (0x7 << 76)
        yield uuid.UUID(int=(value & ~(0x3 << 62)) | (0x2 << 62))


def uuid7() -> uuid.UUID:
    return next(_uuid7_batch(1))


def chunked(items: list, size: int = 500):
    for start in range(0, len(items), size):
        yield items[start:start + size]


# -- what one transaction changed ------------------------------------------------------------

@dataclass
class RowChange:
    entity: str
    row_id: uuid.UUID
    is_new: bool
    values: dict = dc_field(default_factory=dict)
    resolves: dict = dc_field(default_factory=dict)  # field -> stamps a resolution settles
    hard_deleted: bool = False


ALL_FIELDS = "*"  # one stamp row for every field of a row that has no stamp of its own


def expand_stamps(entity: str, raw: dict) -> dict:
    """Per-field stamps from stored ones (a ``*`` row stands for the fields without a row)."""
    if ALL_FIELDS not in raw:
        return dict(raw)
    stamps = dict.fromkeys(synced_fields(entity), raw[ALL_FIELDS])
    stamps.update((k, v) for k, v in raw.items() if k != ALL_FIELDS)
    return stamps


def _uuid_param(conn: Connection):
    # What SQLAlchemy's Uuid type binds: 32 hex digits on SQLite, native uuid elsewhere.
    return (lambda u: u.hex) if conn.dialect.name == "sqlite" else (lambda u: u)


def _run_many(conn: Connection, sql: str, rows: list[tuple]) -> None:
    """executemany straight to the driver: bulk capture must not pay per-row binding."""
    if conn.dialect.paramstyle != "qmark":
        sql = sql.replace("?", "%s")
    for part in chunked(rows, 20_000):
        conn.exec_driver_sql(sql, part)


_OP_COLUMNS = ("op_id", "origin_device", "origin_seq", "entity", "row_id", "field", "value",
               "hlc", "prev_hlc", "kind", "seen")


def insert_operations(conn: Connection, ops: list[tuple]) -> None:
    """Rows in ``_OP_COLUMNS`` order, ids as uuid.UUID."""
    u = _uuid_param(conn)
    _run_many(conn, f"INSERT INTO change_operation ({', '.join(_OP_COLUMNS)}) "
                    f"VALUES ({', '.join('?' * len(_OP_COLUMNS))})",
              [(u(o[0]), u(o[1]), o[2], o[3], u(o[4]), *o[5:]) for o in ops])


def load_stamps(conn: Connection, keys: list[tuple[str, uuid.UUID]]) -> dict:
    """``{(entity, row_id): {field or "*": hlc}}`` as stored; see ``expand_stamps``."""
    by_entity: dict[str, list[uuid.UUID]] = {}
    for entity, row_id in keys:
        by_entity.setdefault(entity, []).append(row_id)
    found: dict = {}
    for entity, ids in by_entity.items():
        for part in chunked(ids):
            for row_id, fld, hlc in conn.execute(
                    select(STAMPS.c.row_id, STAMPS.c.field, STAMPS.c.hlc)
                    .where(STAMPS.c.entity == entity, STAMPS.c.row_id.in_(part))):
                found.setdefault((entity, row_id), {})[fld] = hlc
    return found


def write_stamps(conn: Connection, new: list[tuple], changed: list[tuple]) -> None:
    """Insert ``new`` and update ``changed`` field_stamp rows: (entity, row_id, field, hlc)."""
    u = _uuid_param(conn)
    if new:
        _run_many(conn, "INSERT INTO field_stamp (entity, row_id, field, hlc) VALUES (?, ?, ?, ?)",
                  [(e, u(r), f, h) for e, r, f, h in new])
    if changed:
        _run_many(conn, "UPDATE field_stamp SET hlc = ? WHERE entity = ? AND row_id = ? "
                        "AND field = ?", [(h, e, u(r), f) for e, r, f, h in changed])


class ChangeCapture:
    """Turns ORM changes of syncable rows into operations, for one device's database."""

    def __init__(self, device_id: uuid.UUID, clock: HybridLogicalClock) -> None:
        self.device_id = device_id
        self.clock = clock
        self._lock = threading.Lock()

    # -- session events ----------------------------------------------------------------

    def attach(self, db: Database) -> None:
        factory = db.session_factory
        link_sets.install(factory)
        event.listen(factory, "after_flush", self._after_flush)
        event.listen(factory, "before_commit", self._before_commit)
        event.listen(factory, "after_soft_rollback", self._after_rollback)

    @staticmethod
    def _pending(session: Session) -> dict:
        return session.info.setdefault(PENDING_KEY, {})

    def _after_flush(self, session: Session, _flush_context) -> None:
        tables = syncable_tables()
        pending = self._pending(session)
        for obj in session.new:
            entity = getattr(obj, "__tablename__", None)
            if entity in tables:
                state = inspect(obj)
                change = pending.setdefault((entity, obj.id), RowChange(entity, obj.id, True))
                change.values.update({f: state.dict.get(f) for f in synced_fields(entity)})
        for obj in session.dirty:
            entity = getattr(obj, "__tablename__", None)
            if entity not in tables:
                continue
            state = inspect(obj)
            changed = [f for f in synced_fields(entity) if state.attrs[f].history.has_changes()]
            if changed:
                change = pending.setdefault((entity, obj.id), RowChange(entity, obj.id, False))
                change.values.update({f: state.dict.get(f) for f in changed})
                if "updated_at" in state.dict:
                    change.values["updated_at"] = state.dict["updated_at"]
        for obj in session.deleted:
            entity = getattr(obj, "__tablename__", None)
            if entity in tables:
                log.warning("hard delete of syncable %s %s; synced as a tombstone", entity, obj.id)
                change = pending.setdefault((entity, obj.id), RowChange(entity, obj.id, False))
                change.hard_deleted = True
                change.values[TOMBSTONE_FIELD] = datetime.now(timezone.utc)

    def _before_commit(self, session: Session) -> None:
        if session.dirty or session.new or session.deleted:
            session.flush()
        pending = session.info.pop(PENDING_KEY, None)
        if pending:
            self.write_changes(session.connection(), list(pending.values()))

    @staticmethod
    def _after_rollback(session: Session, _previous) -> None:
        session.info.pop(PENDING_KEY, None)

    def mark_resolution(self, session: Session, entity: str, row_id: uuid.UUID, fld: str,
                        value, resolves: list[str]) -> None:
        """Make sure ``fld`` gets a new operation (even if unchanged) that settles ``resolves``."""
        change = self._pending(session).setdefault((entity, row_id),
                                                   RowChange(entity, row_id, False))
        change.values[fld] = value
        change.resolves[fld] = sorted(resolves)

    # -- writing operations ----------------------------------------------------------------

    def allocate(self, conn: Connection, count: int, floor: str = "") -> tuple[int, str]:
        """Reserve ``count`` sequence numbers and one stamp newer than ``floor``."""
        if conn.dialect.name == "postgresql":
            conn.execute(text(f"SELECT pg_advisory_xact_lock({_PG_LOCK})"))
        row = conn.execute(select(VECTORS.c.seq, VECTORS.c.hlc)
                           .where(VECTORS.c.origin_device == self.device_id)).first()
        last_seq, last_hlc = (row[0], row[1]) if row else (0, "")
        floor = max(floor, last_hlc)
        with self._lock:
            if floor:
                self.clock.observe(HlcStamp.decode(floor))
            stamp = self.clock.tick()
            if floor and stamp.encode() <= floor:  # floor too far ahead for observe()
                low = HlcStamp.decode(floor)
                stamp = HlcStamp(low.millis, low.counter + 1, str(self.device_id))
        stamp_text = stamp.encode()
        values = {"seq": last_seq + count, "hlc": stamp_text}
        if row is None:
            conn.execute(insert(VECTORS), [{"origin_device": self.device_id, **values}])
        else:
            conn.execute(update(VECTORS).where(VECTORS.c.origin_device == self.device_id)
                         .values(**values))
        return last_seq + 1, stamp_text

    def write_changes(self, conn: Connection, changes: list[RowChange]) -> int:
        """Write the operations for ``changes``; returns how many were written."""
        changes.sort(key=lambda c: (c.entity, str(c.row_id)))
        raw = load_stamps(conn, [(c.entity, c.row_id) for c in changes if not c.is_new])
        plan = []
        for change in changes:
            fields = synced_fields(change.entity)
            if change.hard_deleted:
                fields = (TOMBSTONE_FIELD,)
            elif not change.is_new:
                fields = tuple(f for f in fields if f in change.values)
            stored = raw.get((change.entity, change.row_id), {})
            plan.append((change, fields, stored, expand_stamps(change.entity, stored)))
        count = sum(len(fields) for _, fields, _, _ in plan)
        if not count:
            return 0
        floor = max((h for row in raw.values() for h in row.values()), default="")
        membership = self._membership_seen(conn, plan)
        seq, stamp = self.allocate(conn, count, floor)
        device = self.device_id
        ops, new_stamps, changed_stamps = [], [], []
        ids = _uuid7_batch(count)
        for change, fields, stored, stamps in plan:
            kinds = field_kinds(change.entity)
            entity, row_id = change.entity, change.row_id
            for fld in fields:
                value = change.values.get(fld)
                kind = DELETE if fld == TOMBSTONE_FIELD and value is not None else SET
                seen = None
                if kind == DELETE:
                    seen = dumps({k: v for k, v in stamps.items() if k != TOMBSTONE_FIELD})
                if fld in change.resolves:
                    seen = dumps({"resolves": change.resolves[fld]})
                if fld == TOMBSTONE_FIELD and (entity, row_id) in membership:
                    seen = dumps({**(json.loads(seen) if seen else {}),
                                  **membership[(entity, row_id)]})
                ops.append((next(ids), device, seq, entity, row_id, fld,
                            dumps(encode_value(kinds[fld], value)), stamp,
                            None if change.is_new else stamps.get(fld), kind, seen))
                seq += 1
                if not change.is_new:
                    target = changed_stamps if fld in stored else new_stamps
                    target.append((entity, row_id, fld, stamp))
            if change.is_new:  # every field of a new row shares the transaction's stamp
                new_stamps.append((entity, row_id, ALL_FIELDS, stamp))
        insert_operations(conn, ops)
        write_stamps(conn, new_stamps, changed_stamps)
        return len(ops)

    @staticmethod
    def _membership_seen(conn: Connection, plan: list) -> dict:
        """For link rows whose membership changes (not new ones): the adds and removes of
        the row held here, recorded with the change so the set rule can be applied."""
        found = {}
        for change, fields, _, _ in plan:
            if (change.entity in link_sets.LINK_SETS and not change.is_new
                    and TOMBSTONE_FIELD in fields):
                hist = link_sets.history(conn, OPS, change.entity, change.row_id)
                found[(change.entity, change.row_id)] = link_sets.seen_context(hist)
        return found

    def write_operation(self, conn: Connection, *, entity: str, row_id: uuid.UUID, fld: str,
                        value_text: str | None, kind: str, seen: str | None = None) -> dict:
        """One operation not tied to an ORM change (a purge); returns it as a row dict."""
        seq, stamp = self.allocate(conn, 1)
        op = (uuid7(), self.device_id, seq, entity, row_id, fld, value_text, stamp, None, kind,
              seen)
        insert_operations(conn, [op])
        return dict(zip(_OP_COLUMNS, op))

    # -- rows that existed before capture ---------------------------------------------------

    def baseline(self, db: Database) -> int:
        """Operations for every syncable row when no field has a stamp yet (new or upgraded DB)."""
        written = 0
        with db.transaction() as session:
            conn = session.connection()
            if conn.dialect.name == "postgresql":
                conn.execute(text(f"SELECT pg_advisory_xact_lock({_PG_LOCK})"))
            if conn.execute(select(STAMPS.c.row_id).limit(1)).first() is not None:
                return 0
            for entity, table in syncable_tables().items():
                batch: list[RowChange] = []
                for row in conn.execute(select(table)).mappings():
                    batch.append(RowChange(entity, row["id"], True, dict(row)))
                    if len(batch) >= _BATCH:
                        written += self.write_changes(conn, batch)
                        batch = []
                written += self.write_changes(conn, batch) if batch else 0
        if written:
            log.info("sync baseline: %d operations for existing rows", written)
        return written


_CAPTURES: "weakref.WeakKeyDictionary[Database, ChangeCapture]" = weakref.WeakKeyDictionary()


def install_capture(db: Database, device_id, *, now_ms=None) -> ChangeCapture:
    """Capture changes on ``db`` as ``device_id`` (idempotent); called at login."""
    capture = _CAPTURES.get(db)
    if capture is None:
        device = uuid.UUID(str(device_id))
        capture = ChangeCapture(device, HybridLogicalClock(str(device), now_ms=now_ms))
        capture.attach(db)
        _CAPTURES[db] = capture
        capture.baseline(db)
    return capture


def capture_for(db: Database) -> ChangeCapture | None:
    return _CAPTURES.get(db)
