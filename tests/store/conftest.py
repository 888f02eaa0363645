"""Store fixtures: a bare database (no schema yet) on each engine."""

from __future__ import annotations

import os

import pytest

from dagpleje_desktop.store.database import open_postgres, open_sqlcipher


@pytest.fixture
def bare_db(engine_name, tmp_path, request):
    """An empty, unmigrated database: an encrypted SQLite file or an emptied PostgreSQL."""
    if engine_name == "postgresql":
        db = open_postgres(request.getfixturevalue("pg_url"))
    else:
        db = open_sqlcipher(tmp_path / "dagpleje.db", os.urandom(32), create=True)
    yield db
    db.dispose()
