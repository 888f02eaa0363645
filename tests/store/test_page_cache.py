"""The encrypted database keeps a large page cache on the connection that does the work."""

from __future__ import annotations

import os

from dagpleje_desktop.store import database


def _open(tmp_path):
    return database.open_sqlcipher(tmp_path / "cache.db", os.urandom(32), create=True)


def test_each_connection_keeps_a_page_cache_of_the_chosen_size(tmp_path):
    db = _open(tmp_path)
    try:
        with db.engine.connect() as conn:
            size = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        assert size == -database.PAGE_CACHE_KIB
    finally:
        db.dispose()


def test_the_most_recently_used_connection_is_handed_out_again(tmp_path):
    db = _open(tmp_path)
    try:
        # Two connections open at once (the screen and a background job) ...
        first, second = db.engine.connect(), db.engine.connect()
        first_id = id(first.connection.dbapi_connection)
        second_id = id(second.connection.dbapi_connection)
        first.close()
        second.close()
        # ... afterwards the one used last (its cache warm) is used again, every time.
        used = set()
        for _ in range(3):
            with db.engine.connect() as conn:
                used.add(id(conn.connection.dbapi_connection))
        assert used == {second_id} and first_id != second_id
    finally:
        db.dispose()
