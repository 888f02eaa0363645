"""The operation log read and written in bulk as wire tuples, straight through the driver.

A package carries each operation as 11 values in ``OP_COLUMNS`` order with its ids as 32
lowercase hex digits, which is exactly how SQLite stores a ``Uuid`` column. Export and
import move 100,000 operations at a time, so they skip SQLAlchemy's per-value result and
bind processing (which makes three ``uuid.UUID`` objects per operation): rows are read as
plain tuples with hex ids and written back as received. PostgreSQL stores native uuids;
ids are turned into hex text in the query and bound as UUIDs there.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy.engine import Connection

from ..store.changes import chunked
from .operations import OP_COLUMNS, WireOp

_ID_COLUMNS = frozenset({"op_id", "origin_device", "row_id"})
_BATCH = 500      # ids per IN (...) list, as elsewhere in sync
_WRITE_BATCH = 20_000


def _is_sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def _columns(conn: Connection) -> str:
    if _is_sqlite(conn):
        return ", ".join(OP_COLUMNS)
    return ", ".join(f"replace(CAST({c} AS TEXT), '-', '')" if c in _ID_COLUMNS else c
                     for c in OP_COLUMNS)


def _sql(conn: Connection, sql: str) -> str:
    return sql if conn.dialect.paramstyle == "qmark" else sql.replace("?", "%s")


def id_param(conn: Connection, value: uuid.UUID):
    """A UUID as the driver binds it for this database (hex text on SQLite)."""
    return value.hex if _is_sqlite(conn) else value


def _query(conn: Connection, sql: str, params: Sequence) -> list[tuple]:
    # The DBAPI cursor of the connection the transaction runs on: plain tuples back.
    cursor = conn.connection.cursor()
    try:
        cursor.execute(_sql(conn, sql), tuple(params))
        return cursor.fetchall()
    finally:
        cursor.close()


def fetch(conn: Connection, sql: str, params: Sequence = ()) -> list[tuple]:
    """A query with ``?`` placeholders, straight through the driver: plain tuples back,
    ids as the driver gives them (hex text on SQLite, ``uuid.UUID`` on PostgreSQL)."""
    return _query(conn, sql, params)


def since(conn: Connection, origin: uuid.UUID, after_seq: int) -> list[WireOp]:
    """Operations of ``origin`` with a sequence number above ``after_seq``."""
    return _query(conn, f"SELECT {_columns(conn)} FROM change_operation "
                        "WHERE origin_device = ? AND origin_seq > ?",
                  (id_param(conn, origin), after_seq))


def about_rows(conn: Connection, entity: str, row_ids: Iterable[uuid.UUID],
               where: str = "", params: Sequence = ()) -> list[WireOp]:
    """Operations about these rows of ``entity`` (and ``where``, if given)."""
    found: list[WireOp] = []
    for part in chunked([id_param(conn, r) for r in row_ids], _BATCH):
        found += _query(conn, f"SELECT {_columns(conn)} FROM change_operation "
                              f"WHERE entity = ? AND row_id IN ({', '.join('?' * len(part))})"
                              f"{where}", (entity, *part, *params))
    return found


def of_kind(conn: Connection, entity: str, kind: str) -> list[WireOp]:
    return _query(conn, f"SELECT {_columns(conn)} FROM change_operation "
                        "WHERE entity = ? AND kind = ?", (entity, kind))


def after_vector(conn: Connection, vector: dict[str, int]) -> list[WireOp]:
    """Operations numbered above ``vector`` (origin id text -> sequence number) for the
    origins it names: one query per ``_BATCH // 2`` origins rather than one per origin."""
    found: list[WireOp] = []
    for part in chunked(sorted(vector.items()), _BATCH // 2):
        condition = " OR ".join(["(origin_device = ? AND origin_seq > ?)"] * len(part))
        params = [v for origin, seq in part for v in (id_param(conn, uuid.UUID(origin)), seq)]
        found += _query(conn, f"SELECT {_columns(conn)} FROM change_operation "
                              f"WHERE {condition}", params)
    return found


def held_sequences(conn: Connection, origin: uuid.UUID, seqs: list[int]) -> dict[int, str]:
    """Sequence number -> hex op id of the operations of ``origin`` already stored."""
    op_id = "op_id" if _is_sqlite(conn) else "replace(CAST(op_id AS TEXT), '-', '')"
    head = f"SELECT origin_seq, {op_id} FROM change_operation WHERE origin_device = ? AND "
    low, high = min(seqs), max(seqs)
    if high - low < 4 * len(seqs):  # the usual, contiguous run: one range query
        return dict(_query(conn, head + "origin_seq BETWEEN ? AND ?",
                           (id_param(conn, origin), low, high)))
    held: dict[int, str] = {}
    for part in chunked(seqs, _BATCH):
        held.update(_query(conn, head + f"origin_seq IN ({', '.join('?' * len(part))})",
                           (id_param(conn, origin), *part)))
    return held


def store(conn: Connection, ops: list[WireOp]) -> None:
    """Insert operations given as validated wire tuples (hex ids)."""
    if not ops:
        return
    if not _is_sqlite(conn):
        ids = [i for i, name in enumerate(OP_COLUMNS) if name in _ID_COLUMNS]
        ops = [tuple(uuid.UUID(hex=v) if i in ids else v for i, v in enumerate(op))
               for op in ops]
    sql = _sql(conn, f"INSERT INTO change_operation ({', '.join(OP_COLUMNS)}) "
                     f"VALUES ({', '.join('?' * len(OP_COLUMNS))})")
    with _row_index_built_after(conn, len(ops)):
        for part in chunked(ops, _WRITE_BATCH):
            conn.exec_driver_sql(sql, part)


_ROW_INDEX = "ix_change_operation_row"
INDEX_AFTER_FROM = 20_000  # fewer operations: keeping the index up to date costs less


@contextmanager
def _row_index_built_after(conn: Connection, count: int) -> Iterator[None]:
    """Operations inserted inside this block into a log that holds fewer than ``count``
    (a device's first big package) are indexed by row once, at the end: building the index
    from sorted rows costs less than keeping it up to date row by row in random row order.
    SQLite only; the index is dropped and made again inside the writing transaction, so
    a rollback puts it back and readers on other connections never miss it."""
    if not _is_sqlite(conn) or count < INDEX_AFTER_FROM or conn.exec_driver_sql(
            "SELECT coalesce(max(rowid), 0) FROM change_operation").scalar() >= count:
        yield
        return
    made_by = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'index' "
                                   "AND name = ?", (_ROW_INDEX,)).scalar()
    if made_by is None:
        yield
        return
    conn.exec_driver_sql(f"DROP INDEX {_ROW_INDEX}")
    yield
    conn.exec_driver_sql(made_by)

