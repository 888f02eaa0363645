"""An import costs what the package carries: no copy of the database per package.

The import is one transaction (a refusal or a crash leaves nothing half-done), so the
rotated backup before an import is a daily safety net only: never for an
acknowledgement, at most once a day, and a backup a kill interrupted is cleaned up.
"""

from __future__ import annotations

from pathlib import Path

from sync_helpers import Post

from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.exchange import sync
from dagpleje_desktop.services.records.children import ChildInput


def _backups(ctx) -> list[str]:
    folder = Path(ctx.data_dir) / sync.BACKUP_FOLDER
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def _acknowledgement(post, office, laptop) -> Path:
    """A package from the office that only acknowledges (no changes in it)."""
    children.create_child(office, ChildInput("Ida", "Ærø"))
    post.exchange(office, laptop, backup=False)
    post.exchange(laptop, office, backup=False)
    return post.export(office, laptop)


def test_an_acknowledgement_is_imported_without_a_backup(trio, tmp_path):
    office, laptop, _ = trio
    post = Post(tmp_path / "post")
    ack = _acknowledgement(post, office, laptop)
    report = sync.import_package(laptop, ack)  # backups allowed, none needed
    assert report.operations == 0
    assert _backups(laptop) == []


def test_at_most_one_backup_a_day_before_packages_with_changes(trio, tmp_path):
    office, laptop, _ = trio
    post = Post(tmp_path / "post")
    children.create_child(office, ChildInput("Ida", "Ærø"))
    post.exchange(office, laptop)
    assert len(_backups(laptop)) == 1
    children.create_child(office, ChildInput("Karl", "Øby"))
    report = post.exchange(office, laptop)
    assert report.new == 1
    assert len(_backups(laptop)) == 1


def test_a_half_written_backup_is_removed_at_the_next_import(trio, tmp_path):
    office, laptop, _ = trio
    post = Post(tmp_path / "post")
    ack = _acknowledgement(post, office, laptop)
    leftover = Path(laptop.data_dir) / sync.BACKUP_FOLDER / ".dagpleje-backup-k1ll3d"
    leftover.mkdir(parents=True)
    (leftover / "dagpleje.db").write_bytes(b"\0" * 4096)  # the copy, cut off
    sync.import_package(laptop, ack)
    assert _backups(laptop) == []


def test_a_half_written_backup_is_removed_at_the_next_start(fleet, tmp_path):
    """A kill during the backup, then no import for a while: the next login cleans up."""
    import shutil  # noqa: PLC0415

    from sync_helpers import PASSWORD  # noqa: PLC0415

    from dagpleje_desktop.services.installation import Installation  # noqa: PLC0415

    data_dir = tmp_path / "laptop"
    shutil.copytree(fleet.templates["consultant1"].data_dir, data_dir)
    folder = data_dir / sync.BACKUP_FOLDER
    leftover = folder / ".dagpleje-backup-k1ll3d"
    leftover.mkdir(parents=True)
    (leftover / "dagpleje.db").write_bytes(b"\0" * 4096)  # the copy, cut off
    (folder / ".dagpleje-backup-half.tmp").write_bytes(b"\0" * 16)
    kept = folder / "dagpleje-20260305-130000.dagpleje-backup"  # a finished backup stays
    kept.write_bytes(b"backup")

    ctx = Installation(data_dir=data_dir).login("test", PASSWORD)
    try:
        assert sorted(p.name for p in folder.iterdir()) == [kept.name]
    finally:
        ctx.close()
