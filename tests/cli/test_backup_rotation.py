"""``services.security.backup``: progress reporting and rotating backups, for the app's timer."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from cli_helpers import PASSWORD, USER

from dagpleje_desktop.domain.enums import UserRole
from dagpleje_desktop.domain.errors import ValidationError
from dagpleje_desktop.services.security.backup import backup_to, check_backup, rotate_backups


@pytest.fixture
def ctx(sqlite_installation):
    sqlite_installation.create(role=UserRole.OFFICE, name="Kontoret", username=USER,
                               password=PASSWORD)
    ctx = sqlite_installation.login(USER, PASSWORD)
    yield ctx
    ctx.close()


def test_backup_reports_progress_up_to_the_whole_database(ctx, tmp_path):
    seen = []

    info = backup_to(ctx, tmp_path / "kopi", progress=lambda done, total, label:
                     seen.append((done, total, label)))

    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert all(label == "Kopierer databasen" for *_, label in seen)
    assert check_backup(info.path, USER, PASSWORD).db_sha256 == info.db_sha256


def test_rotation_keeps_the_newest_backups_only(ctx, tmp_path):
    folder = tmp_path / "kopier"
    start = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
    made = []
    for day in range(5):
        ctx.now = lambda day=day: start + timedelta(days=day)
        made.append(rotate_backups(ctx, folder, keep=3))
    (folder / "mine-noter.txt").write_text("ikke en sikkerhedskopi")

    left = sorted(p.name for p in folder.iterdir())

    assert left == sorted([r.path.name for r in made[-3:]] + ["mine-noter.txt"])
    assert made[-1].removed == (made[1].path,)
    assert made[-1].path.name == "dagpleje-20260305-130000.dagpleje-backup"


def test_rotation_never_keeps_zero(ctx, tmp_path):
    folder = tmp_path / "kopier"
    with pytest.raises(ValidationError):
        rotate_backups(ctx, folder, keep=0)
    assert not folder.exists()
