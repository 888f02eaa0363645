"""The SQLite installation on disk: no readable personal data, and no way in without the key.

Runs on SQLite only: the encrypted file is what a lost laptop exposes.
"""

from __future__ import annotations

import os
import sqlite3

import pytest
from sqlalchemy import select

from dagpleje_desktop.domain.errors import StoreError
from dagpleje_desktop.demo.demo import DEMO_USERNAME, install_demo
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.store.database import DB_FILENAME, open_sqlcipher
from dagpleje_desktop.store.models import Child

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")
# Encrypted pages are random bytes: a 4-byte pattern turns up by chance about once in 4 GB
# per pattern, so names are searched from 5 bytes up (short first names as full names).
MIN_PATTERN_BYTES = 5


@pytest.fixture(scope="module")
def demo_on_disk(tmp_path_factory):
    """The demo installed once for these read-only checks, everything closed again; with the
    children's names and CPR numbers as they are stored."""
    installation = Installation(data_dir=tmp_path_factory.mktemp("demo") / "data")
    install_demo(installation)
    ctx = installation.login(DEMO_USERNAME, "demo")
    try:
        with ctx.db.transaction() as s:
            kids = [(c.first_name, c.last_name, c.cpr) for c in s.scalars(select(Child))]
    finally:
        ctx.close()
    return installation, kids


def _secrets(kids) -> list[str]:
    words = set()
    for first, last, cpr in kids:
        words |= {first, last, f"{first} {last}"}
        if cpr:
            words |= {cpr, cpr.replace("-", "")}
    return sorted(words)


def test_database_and_key_files_hold_no_names_or_cpr_numbers(demo_on_disk):
    installation, kids = demo_on_disk
    files = [installation.db_path, installation.keys_path]
    wal = installation.db_path.with_name(DB_FILENAME + "-wal")
    if wal.exists():
        files.append(wal)
    assert len(kids) == 7 and sum(1 for *_, cpr in kids if cpr) == 6

    for path in files:
        data = path.read_bytes()
        for secret in _secrets(kids):
            for encoding in ENCODINGS:
                pattern = secret.encode(encoding)
                if len(pattern) >= MIN_PATTERN_BYTES:
                    assert pattern not in data, f"{path.name} contains {secret!r} ({encoding})"


def test_database_file_is_not_a_plain_sqlite_file(demo_on_disk):
    installation, _ = demo_on_disk
    assert not installation.db_path.read_bytes().startswith(b"SQLite format 3\x00")
    plain = sqlite3.connect(installation.db_path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        plain.close()


def test_opening_with_a_wrong_key_is_refused(demo_on_disk):
    installation, _ = demo_on_disk
    with pytest.raises(StoreError) as refused:
        open_sqlcipher(installation.db_path, os.urandom(32))
    assert "nøglen er forkert" in str(refused.value)
