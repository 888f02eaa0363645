"""One real child registered on two devices: both records arrive, the pair is shown as a
possible duplicate, and a person's merge reaches every device."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import pytest
from sqlalchemy import select
from sync_helpers import Post, close_all, full_dump, state_hash

from dagpleje_desktop.domain.enums import UserRole
from dagpleje_desktop.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from dagpleje_desktop.services.records import children, guardians
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.exchange import sync
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.journal.observations import ObservationInput
from dagpleje_desktop.store.models import Child, Conflict, Observation

CPR = "050523-4321"
SEEN = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)


def _note(ctx, child_id, text: str):
    return observations.create_observation(ctx, ObservationInput(child_id, text,
                                                                 observed_at=SEEN))


def _names(ctx) -> list[str]:
    return sorted(c.name for c in children.list_children(ctx))


def _open_duplicates(ctx) -> list:
    return [c for c in sync.list_conflicts(ctx) if c.is_duplicate]


def _child_row(ctx, child_id) -> Child:
    with ctx.db.transaction() as s:
        row = s.get(Child, child_id)
        s.expunge(row)
        return row


def _registered_twice(trio, post):
    """The office and a consultant both register Åsa (same CPR) and exchange packages."""
    office, consultant, _ = trio
    here = children.create_child(office, ChildInput("Åsa", "Lindqvist", cpr=CPR,
                                                    allergies="Nødder"))
    there = children.create_child(consultant, ChildInput("Aasa", "Lindqvist", cpr=CPR,
                                                         routines="Sover kl. 12"))
    _note(office, here.id, "Åsa byggede et tårn")
    _note(consultant, there.id, "Aasa sang en sang")
    guardians.add_guardian(consultant, there.id, guardians.GuardianInput("Ida Lindqvist", "mor"))
    to_office = post.exchange(consultant, office)
    to_consultant = post.exchange(office, consultant)
    return here, there, to_office, to_consultant


def test_the_same_child_from_two_devices_arrives_and_is_shown_as_a_possible_duplicate(
        trio, tmp_path):
    office, consultant, _ = trio
    here, there, to_office, to_consultant = _registered_twice(trio, Post(tmp_path))

    for ctx, report in ((office, to_office), (consultant, to_consultant)):
        assert report.possible_duplicates == 1
        assert any("dubletbarn" in w for w in report.warnings)
        assert _names(ctx) == ["Aasa Lindqvist", "Åsa Lindqvist"]
        [notice] = _open_duplicates(ctx)
        assert notice.entity_label == "muligt dubletbarn"
        assert {notice.local_value, notice.remote_value} == {here.id, there.id}
        assert "050523-XXXX" in notice.local_text and "4321" not in notice.local_text
        assert {notice.local_text.split(",")[0], notice.remote_text.split(",")[0]} == \
            {"Åsa Lindqvist", "Aasa Lindqvist"}
    # Registering the child a third time here is still refused.
    with pytest.raises(ValidationError, match="CPR-nummer"):
        children.create_child(office, ChildInput("Åse", "Lindqvist", cpr=CPR))


def test_a_merge_moves_everything_to_the_kept_record_on_every_device(trio, tmp_path):
    office, consultant, far = trio
    post = Post(tmp_path)
    here, there, _, _ = _registered_twice(trio, post)
    post.exchange(office, far)
    late = _note(far, there.id, "Skrevet før sammenlægningen nåede frem")

    merged = sync.merge_children(office, here.id, there.id)
    assert merged.moved_rows >= 2 and "routines" in merged.filled_fields
    assert _open_duplicates(office) == []
    post.sync_all(office, consultant, far)

    for ctx in (office, consultant, far):
        assert _names(ctx) == ["Åsa Lindqvist"]
        kept = children.get_child(ctx, here.id)
        assert (kept.allergies, kept.routines) == ("Nødder", "Sover kl. 12")
        assert [g.name for g in kept.guardians] == ["Ida Lindqvist"]
        texts = sorted(o.text for o in observations.list_observations(ctx, here.id))
        assert texts == sorted(["Åsa byggede et tårn", "Aasa sang en sang", late.text])
        with pytest.raises(NotFoundError):
            children.get_child(ctx, there.id)
        tombstone = _child_row(ctx, there.id)
        assert tombstone.deleted_at is not None and tombstone.merged_into_id == here.id
        assert _open_duplicates(ctx) == []
    assert state_hash(office) == state_hash(consultant) == state_hash(far)


def test_keeping_the_arrived_record_from_the_notice_merges_the_other_into_it(trio, tmp_path):
    office, consultant, _ = trio
    post = Post(tmp_path)
    here, there, _, _ = _registered_twice(trio, post)
    [notice] = _open_duplicates(consultant)
    keep = notice.remote_value  # the record that arrived at the consultant's laptop

    settled = sync.resolve_conflict(consultant, notice.id, "remote")
    assert settled.resolved_at is not None
    post.exchange(consultant, office)

    gone = here.id if keep == there.id else there.id
    for ctx in (office, consultant):
        assert [c.id for c in children.list_children(ctx)] == [keep]
        assert _child_row(ctx, gone).merged_into_id == keep
        assert _open_duplicates(ctx) == []
    assert state_hash(office) == state_hash(consultant)


def test_two_different_children_can_be_kept_apart_and_the_notice_stays_closed(trio, tmp_path):
    office, consultant, _ = trio
    post = Post(tmp_path)
    _registered_twice(trio, post)
    [notice] = _open_duplicates(office)
    sync.resolve_conflict(office, notice.id, "kept_apart")
    post.sync_all(office, consultant)
    assert _open_duplicates(office) == []
    assert len(_names(office)) == 2

    sync.erase_child(office, notice.local_value)  # erasing one leaves no notice naming it
    post.sync_all(office, consultant)
    for ctx in (office, consultant):
        assert len(_names(ctx)) == 1
        with ctx.db.transaction() as s:
            assert s.scalars(select(Conflict)).all() == []


def test_merging_is_for_the_office_and_consultants_and_refuses_different_cprs(
        fleet, trio, tmp_path):
    office, _, _ = trio
    a = children.create_child(office, ChildInput("Bo", "Berg", cpr="010323-4567"))
    b = children.create_child(office, ChildInput("Bo", "Berg", cpr="020323-4568"))
    before = full_dump(office)
    with pytest.raises(ValidationError, match="forskellige CPR-numre"):
        sync.merge_children(office, a.id, b.id)
    with pytest.raises(ValidationError, match="to forskellige børn"):
        sync.merge_children(office, a.id, a.id)
    assert full_dump(office) == before
    mette, = fleet.copy(tmp_path, "minimette")
    try:
        assert mette.user.role == UserRole.CHILDMINDER
        with pytest.raises(PermissionDeniedError):
            sync.merge_children(mette, a.id, uuid.uuid4())
    finally:
        mette.close()


def test_erasing_the_kept_child_erases_the_merged_record_everywhere(trio, tmp_path):
    office, consultant, far = trio
    post = Post(tmp_path)
    here, there, _, _ = _registered_twice(trio, post)
    post.exchange(office, far)  # far holds both records, not yet merged
    sync.merge_children(office, here.id, there.id)
    sync.erase_child(office, here.id)
    post.sync_all(office, consultant, far)

    for ctx in (office, consultant, far):
        dump = repr(full_dump(ctx))
        assert not [w for w in ("Lindqvist", "0505234321", "050523-4321", "tårn", "sang en")
                    if w in dump]
        with ctx.db.transaction() as s:
            assert s.scalars(select(Observation)).all() == []
            assert s.scalars(select(Conflict)).all() == []  # the notices went too
    assert state_hash(office) == state_hash(consultant) == state_hash(far)


def test_her_note_about_a_record_merged_meanwhile_reaches_the_kept_child(fleet, tmp_path):
    from datetime import timedelta

    from dagpleje_desktop.services.records import placements
    office, mette = fleet.copy(tmp_path, "office", "minimette")
    try:
        post = Post(tmp_path)
        started = office.today() - timedelta(days=30)
        kept = children.create_child(office, ChildInput("Alma", "Andersen", cpr=CPR))
        double = children.create_child(office, ChildInput("Alma", "Andersen"))
        for kid in (kept, double):
            placements.place_child(office, kid.id, fleet.home_a.id, 2, started)
        post.exchange(office, mette)
        note = _note(mette, double.id, "Alma byggede et tårn")  # on the record soon merged

        sync.merge_children(office, kept.id, double.id)
        post.exchange(mette, office)  # her package is not refused as out of scope
        post.exchange(office, mette)

        for ctx in (office, mette):
            assert [c.id for c in children.list_children(ctx)] == [kept.id]
            assert [o.text for o in observations.list_observations(ctx, kept.id)] == \
                [note.text]
    finally:
        close_all(office, mette)
