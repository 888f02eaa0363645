"""Rows looked up by many ids in one statement, straight through the driver.

A merge of a big package asks about thousands of rows at once: which exist, which were
erased, their field stamps, operations that arrived before. An expanding ``IN`` binds each
UUID through its column type and is rendered again per 500 ids; here all the ids go as
one parameter: a JSON array of hex text read by ``json_each`` on SQLite (which stores ids
as that text), a ``uuid[]`` on PostgreSQL. Ids come back as 32 hex digits on both.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection

from sqlalchemy.engine import Connection

from ..store.models import FieldStamp, PurgedRow

_STAMPS = FieldStamp.__table__.name
_PURGED = PurgedRow.__table__.name


def _is_sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def _hex(conn: Connection, column: str) -> str:
    return column if _is_sqlite(conn) else f"replace(CAST({column} AS TEXT), '-', '')"


def _among(conn: Connection, column: str) -> str:
    """``column`` is one of the ids bound as ``_ids`` (one parameter)."""
    if _is_sqlite(conn):
        return f"{column} IN (SELECT value FROM json_each(?))"
    return f"{column} = ANY(?)"


def _ids(conn: Connection, hex_ids: Collection[str]):
    if _is_sqlite(conn):
        return json.dumps(list(hex_ids))
    return [uuid.UUID(hex=h) for h in hex_ids]


def _query(conn: Connection, sql: str, params: tuple) -> list[tuple]:
    if conn.dialect.paramstyle != "qmark":
        sql = sql.replace("?", "%s")
    cursor = conn.connection.cursor()  # the DBAPI cursor of the transaction's connection
    try:
        cursor.execute(sql, params)
        return cursor.fetchall()
    finally:
        cursor.close()


def existing(conn: Connection, table: str, hex_ids: Collection[str]) -> set[str]:
    """Those of ``hex_ids`` that are ids of rows of ``table``."""
    if not hex_ids:
        return set()
    return {row_id for (row_id,) in _query(
        conn, f"SELECT {_hex(conn, 'id')} FROM {table} WHERE {_among(conn, 'id')}",
        (_ids(conn, hex_ids),))}


def purged(conn: Connection, hex_ids: Collection[str]) -> set[str]:
    """Those of ``hex_ids`` erased here (GDPR): nothing about them may come back."""
    if not hex_ids:
        return set()
    return {row_id for (row_id,) in _query(
        conn, f"SELECT {_hex(conn, 'row_id')} FROM {_PURGED} WHERE "
              f"{_among(conn, 'row_id')}", (_ids(conn, hex_ids),))}


def stamps(conn: Connection, entity: str, hex_ids: Collection[str]) -> dict[str, dict]:
    """``{row id hex: {field or "*": hlc}}`` as stored for these rows of ``entity``."""
    found: dict[str, dict] = {}
    if hex_ids:
        for row_id, fld, hlc in _query(
                conn, f"SELECT {_hex(conn, 'row_id')}, field, hlc FROM {_STAMPS} "
                      f"WHERE entity = ? AND {_among(conn, 'row_id')}",
                (entity, _ids(conn, hex_ids))):
            found.setdefault(row_id, {})[fld] = hlc
    return found


def logged_values(conn: Connection, entity: str, hex_ids: Collection[str],
                  skip_kind: str) -> list[tuple[str, str, str | None, str]]:
    """(row id hex, field, value, hlc) of the logged operations about these rows of
    ``entity``, but those of kind ``skip_kind``."""
    if not hex_ids:
        return []
    return _query(conn, f"SELECT {_hex(conn, 'row_id')}, field, value, hlc "
                        f"FROM change_operation WHERE entity = ? AND kind != ? AND "
                        f"{_among(conn, 'row_id')}", (entity, skip_kind, _ids(conn, hex_ids)))


def column_of(conn: Connection, table: str, column: str, hex_ids: Collection[str]) -> list:
    """The id column ``column`` (as hex, or None) of these rows of ``table``."""
    if not hex_ids:
        return []
    return [value for (value,) in _query(
        conn, f"SELECT {_hex(conn, column)} FROM {table} WHERE {_among(conn, 'id')}",
        (_ids(conn, hex_ids),))]
