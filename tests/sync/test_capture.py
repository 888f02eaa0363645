"""Change capture: every change of a syncable field becomes an operation, in the same
transaction; local-only data never does."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select
from sync_helpers import close_all

from dagpleje_desktop.domain.errors import ValidationError
from dagpleje_desktop.domain.hlc import HlcStamp
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.journal import drafts, observations
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.journal.observations import ObservationInput
from dagpleje_desktop.store.changes import expand_stamps, synced_fields, syncable_tables
from dagpleje_desktop.store.models import ChangeOperation, FieldStamp, Observation

SEEN = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)


@pytest.fixture
def office(fleet, tmp_path):
    ctx, = fleet.copy(tmp_path, "office")
    yield ctx
    close_all(ctx)


def _ops(ctx, row_id):
    with ctx.db.transaction() as s:
        return s.scalars(select(ChangeOperation).where(ChangeOperation.row_id == row_id)
                         .order_by(ChangeOperation.origin_seq)).all()


def test_a_new_record_is_one_operation_per_field_and_an_edit_only_the_changed_ones(office):
    kid = children.create_child(office, ChildInput("Bjørk", "Østergård"))
    created = _ops(office, kid.id)
    assert {o.field for o in created} == set(synced_fields("child"))
    assert {o.prev_hlc for o in created} == {None}
    assert json.loads(next(o.value for o in created if o.field == "first_name")) == "Bjørk"

    children.update_child(office, kid.id, ChildInput("Bjørk", "Østergård", allergies="Nødder"))
    edited = _ops(office, kid.id)[len(created):]
    assert {o.field for o in edited} == {"allergies", "updated_at"}
    first_stamp = {o.field: o.hlc for o in created}
    for op in edited:
        assert op.prev_hlc == first_stamp[op.field] < op.hlc  # the stamp it replaced
        assert HlcStamp.decode(op.hlc).device == office.device_id


def test_sequence_numbers_increase_without_gaps_on_this_device(office):
    kid = children.create_child(office, ChildInput("Bjørk", "Østergård"))
    children.update_child(office, kid.id, ChildInput("Bjørk", "Ø", routines="Lur"))
    with office.db.transaction() as s:
        seqs = s.scalars(select(ChangeOperation.origin_seq).order_by(
            ChangeOperation.origin_seq)).all()
    assert seqs == list(range(1, len(seqs) + 1))


def test_a_delete_is_a_tombstone_operation_that_knows_what_it_had_seen(office):
    kid = children.create_child(office, ChildInput("Bjørk", "Østergård"))
    obs = observations.create_observation(office, ObservationInput(kid.id, "Gyngede",
                                                                   observed_at=SEEN))
    observations.delete_observation(office, obs.id)
    [delete] = [o for o in _ops(office, obs.id) if o.kind == "delete"]
    assert delete.field == "deleted_at"
    seen = json.loads(delete.seen)
    text_stamp = next(o.hlc for o in _ops(office, obs.id) if o.field == "text")
    assert seen["text"] == text_stamp


def test_a_refused_change_leaves_no_operation(office):
    with office.db.transaction() as s:
        before = s.scalar(select(func.count()).select_from(ChangeOperation))
    with pytest.raises(ValidationError):
        children.create_child(office, ChildInput("", "Uden fornavn"))
    with pytest.raises(RuntimeError), office.db.transaction() as s:
        s.add(Observation(child_id=children.create_child(
            office, ChildInput("A", "B")).id, observed_at=SEEN, text="rulles tilbage"))
        s.flush()
        raise RuntimeError("the service failed half way")
    with office.db.transaction() as s:
        texts = s.scalars(select(ChangeOperation.value).where(
            ChangeOperation.entity == "observation")).all()
        assert not [t for t in texts if "rulles tilbage" in t]
        # The child made inside the failed use case joined its transaction: gone too.
        assert s.scalar(select(func.count()).select_from(ChangeOperation)) == before


def test_local_only_data_is_never_captured(office):
    kid = children.create_child(office, ChildInput("Bjørk", "Østergård"))
    drafts.save_draft(office, {"text": "Hemmelig kladde"}, child_id=kid.id)
    with office.db.transaction() as s:
        entities = set(s.scalars(select(ChangeOperation.entity).distinct()))
        values = " ".join(v or "" for v in s.scalars(select(ChangeOperation.value)))
    assert entities <= set(syncable_tables())
    assert "Hemmelig kladde" not in values
    for local in ("user_account", "observation_draft", "device", "conflict", "audit_event",
                  "setting", "peer_state", "change_operation"):
        assert local not in syncable_tables()


def test_every_field_has_its_current_stamp(office):
    kid = children.create_child(office, ChildInput("Bjørk", "Østergård"))
    children.update_child(office, kid.id, ChildInput("Bjørk", "Østergård", allergies="Æg"))
    with office.db.transaction() as s:
        stored = dict(s.execute(select(FieldStamp.field, FieldStamp.hlc)
                                .where(FieldStamp.row_id == kid.id)).all())
    assert set(stored) == {"*", "allergies", "updated_at"}  # one row for the untouched fields
    stamps = expand_stamps("child", stored)
    latest = {}
    for op in _ops(office, kid.id):
        latest[op.field] = op.hlc
    assert stamps == latest
