"""Only the owner can read what the app writes: the data folder 0700; the database, its
WAL, the key file, backups, sync packages, device cards and calendar files 0600 — from
creation, whatever the umask of the process."""

from __future__ import annotations

import os
import stat
from datetime import timedelta

import pytest

from dagpleje_desktop.domain.enums import UserRole
from dagpleje_desktop.services.security import backup
from dagpleje_desktop.services.meeting_cycle import calendar
from dagpleje_desktop.services.exchange import devices
from dagpleje_desktop.services.installation import Installation

PASSWORD = "en-lang-og-sikker-adgangskode-42"


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def loose_umask():
    """A typical desktop umask (files 0644): the app must not rely on a strict one."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_every_file_the_installation_writes_is_private(tmp_path, loose_umask):
    data = tmp_path / "data"
    installation = Installation(data_dir=data)
    installation.create(role=UserRole.OFFICE, name="Kontoret", username="kontor",
                        password=PASSWORD)
    ctx = installation.login("kontor", PASSWORD)
    out = tmp_path / "ud"
    out.mkdir()
    try:
        backup.backup_to(ctx, out / "kopi.tar")
        devices.write_card(ctx, out / "kort.json")
        today = ctx.today()
        calendar.export_ics(ctx, (today, today + timedelta(days=30)), out / "kalender.ics")
        rotated = backup.rotate_backups(ctx, tmp_path / "kopier")
        wal = installation.db_path.with_name(installation.db_path.name + "-wal")
        assert wal.exists() and mode(wal) == 0o600, "the write-ahead log while it is open"
    finally:
        ctx.close()
    assert mode(data) == 0o700
    assert mode(tmp_path / "kopier") == 0o700
    for path in (installation.db_path, installation.keys_path, out / "kopi.tar",
                 out / "kort.json", out / "kalender.ics", *(tmp_path / "kopier").iterdir()):
        assert path.exists() and mode(path) == 0o600, path
    assert rotated is not None


def test_an_existing_loose_data_folder_is_tightened_when_the_database_opens(tmp_path,
                                                                          loose_umask):
    data = tmp_path / "data"
    installation = Installation(data_dir=data)
    installation.create(role=UserRole.OFFICE, name="Kontoret", username="kontor",
                        password=PASSWORD)
    data.chmod(0o755)
    installation.login("kontor", PASSWORD).close()
    assert mode(data) == 0o700
