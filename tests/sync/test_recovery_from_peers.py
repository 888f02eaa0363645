"""Recovery from peers: an office restored from an older backup gets its
own newer work back from the devices that received it - a consultant's laptop and a
mini-childminder's device alike - and ends where an office that lost nothing stands."""

from __future__ import annotations

import json
import shutil
import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sync_helpers import PASSWORD, Post, close_all, open_device, state_hash

from dagpleje_desktop.services.security import backup
from dagpleje_desktop.services.records import children, placements
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.exchange import sync
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.services.journal.observations import ObservationInput
from dagpleje_desktop.store.models import ChangeOperation
from dagpleje_desktop.sync import vectors

SEEN = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)


def _own_ops(ctx) -> set:
    with ctx.db.transaction() as s:
        return {(o.op_id, o.origin_seq, o.hlc) for o in s.scalars(
            select(ChangeOperation).where(
            ChangeOperation.origin_device == uuid.UUID(ctx.device_id)))}


def _conflicts(ctx) -> list:
    return sorted((c.entity, str(c.row_id), c.field, c.is_delete,
                   frozenset({(c.local_hlc, repr(c.local_value)),
                              (c.remote_hlc, repr(c.remote_value))}), c.kept)
                  for c in sync.list_conflicts(ctx))


def test_a_restored_office_gets_its_newer_work_back_from_every_device(fleet, tmp_path):
    office, laptop, mette = fleet.copy(tmp_path, "office", "consultant1", "minimette")
    key = fleet.templates["office"].key
    post = Post(tmp_path)
    today = office.today()
    alma = children.create_child(office, ChildInput("Alma", "Andersen"))
    placements.place_child(office, alma.id, fleet.home_a.id, 2, today - timedelta(days=30))
    post.sync_all(office, laptop)
    post.exchange(office, mette, backup=False)
    post.exchange(mette, office, backup=False)
    saved = backup.backup_to(office, tmp_path / "office.backup").path

    # After the backup: the office and the consultant change the same field (a conflict
    # at the office), the office makes a child the consultant receives ...
    children.update_child(office, alma.id, ChildInput("Alma", "Andersen", allergies="Æg"))
    children.update_child(laptop, alma.id, ChildInput("Alma", "Andersen", allergies="Nødder"))
    carl = children.create_child(office, ChildInput("Carl", "Corneliussen"))
    post.exchange(office, laptop, backup=False)
    post.exchange(laptop, office, backup=False)
    # ... and writes an observation about Alma that only Mette's device receives.
    note = observations.create_observation(office, ObservationInput(
        alma.id, "Alma klatrede op ad ribben", observed_at=SEEN))
    children.update_child(office, alma.id, ChildInput("Alma", "Andersen", allergies="Æg",
                                                       routines="Sover kl. 12"))
    post.exchange(office, mette, backup=False)
    post.exchange(mette, office, backup=False)
    conflicts_before = _conflicts(office)
    assert conflicts_before  # the allergies edited on both sides
    lost = _own_ops(office)

    # A twin of the office that never loses anything.
    office_dir, twin_dir = tmp_path / "office", tmp_path / "twin"
    office.close()
    shutil.copytree(office_dir, twin_dir)
    twin = open_device(twin_dir, key)
    backup.restore_from(Installation(data_dir=office_dir), saved, "test", PASSWORD)
    office = open_device(office_dir, key)
    try:
        assert children.get_child(office, alma.id).allergies is None
        assert not _own_ops(office) >= lost

        for device in (laptop, mette):  # one exchange each way with each device
            post.exchange(office, device, backup=False)
            post.exchange(device, office, backup=False)

        assert observations.get_observation(office, note.id).text == \
            "Alma klatrede op ad ribben"
        assert children.get_child(office, carl.id).summary.name == "Carl Corneliussen"
        assert _own_ops(office) >= lost  # every lost operation of its own is back
        assert state_hash(office) == state_hash(twin)
        assert _conflicts(office) == conflicts_before
        with office.db.transaction() as s:  # these two have given back what they held;
            waiting = vectors.restore_window(s.connection())["waiting"]  # not yet the others
        assert laptop.device_id not in waiting and mette.device_id not in waiting
        assert len(waiting) == 2
    finally:
        close_all(office, laptop, mette, twin)


def test_her_device_hands_back_only_what_the_office_asks_for_within_the_window(
        fleet, tmp_path):
    from types import SimpleNamespace  # noqa: PLC0415

    from dagpleje_desktop.store.models import PeerState  # noqa: PLC0415
    from dagpleje_desktop.sync import exchange  # noqa: PLC0415

    office, mette = fleet.copy(tmp_path, "office", "minimette")
    post = Post(tmp_path)
    alma = children.create_child(office, ChildInput("Alma", "Andersen"))
    placements.place_child(office, alma.id, fleet.home_a.id, 2,
                           office.today() - timedelta(days=30))
    post.exchange(office, mette, backup=False)
    peer = uuid.UUID(office.device_id)
    try:
        with mette.db.transaction() as s:
            conn = s.connection()
            ack = json.loads(s.get(PeerState, peer).acknowledged)
            today = mette.today()
            assert exchange.returning(conn, peer, ack, today) == []  # nothing lost
            asked = {**ack, str(peer): 0}  # a restored office asks from its beginning
            held = exchange.returning(conn, peer, asked, today)
            assert held and {op[1] for op in held} == {peer.hex}
            assert exchange.returning(conn, peer, asked, today + timedelta(days=91)) == []
        with office.db.transaction() as s:  # never restored: none of its own taken back
            assert not vectors.returning_allowed(s.connection(), SimpleNamespace(seq=1))
    finally:
        close_all(office, mette)
