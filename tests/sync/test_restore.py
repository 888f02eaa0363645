"""A device restored from a backup never hands out a sequence number again that peers
already hold for another operation, and gets its lost operations back."""

from __future__ import annotations

from sqlalchemy import select
from sync_helpers import PASSWORD, Post, close_all, open_device, state_hash

from dagpleje_desktop.services.security import backup
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.store.models import ChangeOperation
from dagpleje_desktop.sync import vectors


def _log(ctx) -> set:
    with ctx.db.transaction() as s:
        return {(o.op_id, o.origin_device, o.origin_seq, o.hlc)
                for o in s.scalars(select(ChangeOperation))}


def _child(ctx, kid_id) -> tuple[str | None, str]:
    child = children.get_child(ctx, kid_id)
    return child.allergies, child.routines


def test_changes_made_right_after_a_restore_are_accepted_and_everyone_converges(
        fleet, tmp_path):
    office, laptop, other = fleet.copy(tmp_path, "office", "consultant1", "consultant2")
    key = fleet.templates["consultant1"].key
    post = Post(tmp_path)
    kid = children.create_child(office, ChildInput("Bjørk", "Østergård"))
    post.sync_all(office, laptop, other)
    saved = backup.backup_to(laptop, tmp_path / "laptop.backup").path

    # After the backup the laptop's changes reach the office, then the laptop breaks.
    children.update_child(laptop, kid.id, ChildInput("Bjørk", "Østergård", allergies="Æg"))
    post.exchange(laptop, office)
    laptop.close()
    backup.restore_from(Installation(data_dir=tmp_path / "consultant1"), saved, "test",
                        PASSWORD)
    laptop = open_device(tmp_path / "consultant1", key)
    try:
        assert _child(laptop, kid.id) == (None, "")  # allergies never recorded there
        # Work goes on at once, before any package from a peer has arrived.
        children.update_child(laptop, kid.id, ChildInput("Bjørk", "Østergård",
                                                         routines="Sover kl. 12"))
        report = post.exchange(laptop, office)  # same numbers, other content: refused before
        assert report.updated >= 1
        assert _child(office, kid.id)[1] == "Sover kl. 12"

        post.sync_all(office, laptop, other)
        for ctx in (office, laptop, other):
            assert _child(ctx, kid.id) == ("Æg", "Sover kl. 12")
        assert state_hash(office) == state_hash(laptop) == state_hash(other)
        assert _log(office) == _log(laptop) == _log(other)
        with laptop.db.transaction() as s:  # every peer has given back what it held
            assert vectors.restore_window(s.connection()) is None
    finally:
        close_all(office, laptop, other)
