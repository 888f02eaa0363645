"""A child who leaves a mini-childminder's home leaves nothing behind on her device:
once the office has acknowledged her own changes about the child, those operations and
any conflict about the child are forgotten too."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sync_helpers import Post, close_all, full_dump

from dagpleje_desktop.services.records import children, placements
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.journal.observations import ObservationInput
from dagpleje_desktop.store.models import ChangeOperation, Conflict, Placement
from dagpleje_desktop.sync import purge

SEEN = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)
HER_NOTE = "Alma sang for Mette om kaniner"
HER_EDIT = "Alma byggede et højt tårn af klodser"
OFFICE_EDIT = "Alma byggede et tårn (kontoret)"


def _traces(dump: dict, needles: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for table, rows in dump.items():
        text = "\n".join(rows).lower()
        hits = [n for n in needles if n.lower() in text]
        if hits:
            found[table] = hits
    return found


def _own_ops_about(ctx, row_id) -> list[str]:
    with ctx.db.transaction() as s:
        return [o.value or "" for o in s.scalars(select(ChangeOperation).where(
            ChangeOperation.row_id == row_id,
            ChangeOperation.origin_device == uuid.UUID(ctx.device_id)))]


def test_after_the_exit_and_the_acknowledgement_her_device_holds_nothing_of_the_child(
        fleet, tmp_path):
    office, mette = fleet.copy(tmp_path, "office", "minimette")
    post = Post(tmp_path)
    today = office.today()
    alma = children.create_child(office, ChildInput("Alma", "Andersen", allergies="Ananas"))
    placements.place_child(office, alma.id, fleet.home_a.id, 2, today - timedelta(days=30))
    shared = observations.create_observation(office, ObservationInput(
        alma.id, "Alma byggede et tårn", observed_at=SEEN))
    post.exchange(office, mette, backup=False)
    post.exchange(mette, office, backup=False)  # the office now knows what she holds

    # She and the office edit the same observation: a conflict on her device.
    observations.update_observation(mette, shared.id, ObservationInput(
        alma.id, HER_EDIT, observed_at=SEEN))
    observations.update_observation(office, shared.id, ObservationInput(
        alma.id, OFFICE_EDIT, observed_at=SEEN))
    assert post.exchange(office, mette, backup=False).conflicts == 1
    # A note of hers the office has not received when Alma moves to Hanne's home.
    mine = observations.create_observation(mette, ObservationInput(
        alma.id, HER_NOTE, observed_at=SEEN))
    with office.db.transaction() as s:
        placement = s.scalar(select(Placement.id).where(Placement.child_id == alma.id))
    placements.end_placement(office, placement, today - timedelta(days=1), "Flyttet")
    placements.place_child(office, alma.id, fleet.home_b.id, 2, today)
    assert post.exchange(office, mette, backup=False).removed > 0

    assert children.list_children(mette) == []
    # Not yet acknowledged: her operations are kept, and go to the office first.
    assert any(HER_NOTE in v for v in _own_ops_about(mette, mine.id))
    post.exchange(mette, office, backup=False)
    assert observations.get_observation(office, mine.id).text == HER_NOTE
    post.exchange(office, mette, backup=False)  # brings the acknowledgement

    dump = full_dump(mette)
    # Her access log keeps record ids (never names or texts), as the law asks.
    audit_log = dump.pop("audit_event")
    needles = [alma.id.hex, str(alma.id), shared.id.hex, str(shared.id), mine.id.hex,
               str(mine.id), "Alma", "Andersen", "Ananas", HER_NOTE, HER_EDIT, OFFICE_EDIT,
               "tårn"]
    assert _traces(dump, needles) == {}
    assert _traces({"audit_event": audit_log}, needles[6:]) == {}
    with mette.db.transaction() as s:
        assert s.scalars(select(Conflict)).all() == []
        assert s.get(purge.Setting, purge.EXITED_KEY) is None

    # Work about her other children goes on, and the office kept everything.
    assert observations.get_observation(office, shared.id).text in (HER_EDIT, OFFICE_EDIT)
    close_all(office, mette)


def test_nothing_is_forgotten_before_the_office_holds_it(fleet, tmp_path):
    office, mette = fleet.copy(tmp_path, "office", "minimette")
    post = Post(tmp_path)
    today = office.today()
    alma = children.create_child(office, ChildInput("Alma", "Andersen"))
    placements.place_child(office, alma.id, fleet.home_a.id, 2, today - timedelta(days=30))
    post.exchange(office, mette, backup=False)
    post.exchange(mette, office, backup=False)
    mine = observations.create_observation(mette, ObservationInput(
        alma.id, HER_NOTE, observed_at=SEEN))
    with office.db.transaction() as s:
        placement = s.scalar(select(Placement.id).where(Placement.child_id == alma.id))
    placements.end_placement(office, placement, today - timedelta(days=1), "Flyttet")
    post.exchange(office, mette, backup=False)  # the exit
    lost_stick = post.export(mette, office)  # never arrives
    post.exchange(office, mette, backup=False)  # acknowledges nothing new of hers
    assert any(HER_NOTE in v for v in _own_ops_about(mette, mine.id))

    post.exchange(mette, office, backup=False)  # sent again: the office gets it
    assert lost_stick.exists()
    assert observations.get_observation(office, mine.id).text == HER_NOTE
    post.exchange(office, mette, backup=False)
    assert _own_ops_about(mette, mine.id) == []
    close_all(office, mette)
