"""Per-field merge between real installations: what people notice."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sync_helpers import Post, close_all, full_dump, state_hash, syncable_rows

from dagpleje_desktop.domain.errors import NotFoundError
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.exchange import sync
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.journal.observations import ObservationInput
from dagpleje_desktop.store.models import ChangeOperation, Conflict
from dagpleje_desktop.sync.errors import AlreadyImported

SEEN_AT = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)


def _obs_input(child_id, text: str, situation: str = "Legepladsen") -> ObservationInput:
    return ObservationInput(child_id, text, observed_at=SEEN_AT, situation=situation)


def _texts(ctx, child_id) -> list[str]:
    return sorted(o.text for o in observations.list_observations(ctx, child_id))


def _shared_child(post, office, *others):
    kid = children.create_child(office, ChildInput("Bjørk", "Østergård"))
    obs = observations.create_observation(office, _obs_input(kid.id, "Bjørk gyngede højt"))
    for other in others:
        post.exchange(office, other)
    return kid, obs


def test_concurrent_edits_of_different_fields_are_both_kept_without_a_conflict(trio, tmp_path):
    office, consultant, _ = trio
    post = Post(tmp_path)
    kid, _ = _shared_child(post, office, consultant)

    children.update_child(office, kid.id, ChildInput("Bjørk", "Østergård", allergies="Nødder"))
    children.update_child(consultant, kid.id,
                          ChildInput("Bjørk", "Østergård", routines="Sover kl. 12"))
    post.exchange(office, consultant)
    post.exchange(consultant, office)

    for ctx in (office, consultant):
        child = children.get_child(ctx, kid.id)
        assert (child.allergies, child.routines) == ("Nødder", "Sover kl. 12")
        assert sync.list_conflicts(ctx) == []
    assert state_hash(office) == state_hash(consultant)


def test_concurrent_edits_of_one_field_end_equal_with_both_values_in_a_conflict(trio, tmp_path):
    office, consultant, other = trio
    post = Post(tmp_path)
    kid, _ = _shared_child(post, office, consultant, other)

    children.update_child(office, kid.id, ChildInput("Bjørk", "Østergård", allergies="Nødder"))
    children.update_child(consultant, kid.id, ChildInput("Bjørk", "Østergård", allergies="Æg"))
    report = post.exchange(office, consultant)
    post.exchange(consultant, office)
    post.exchange(consultant, other)

    assert report.conflicts == 1
    winner = children.get_child(office, kid.id).allergies
    assert winner in ("Nødder", "Æg")
    for ctx in (office, consultant, other):
        assert children.get_child(ctx, kid.id).allergies == winner
    for ctx in (office, consultant):
        [conflict] = sync.list_conflicts(ctx)
        assert {conflict.local_text, conflict.remote_text} == {"Nødder", "Æg"}
        assert (conflict.field, conflict.child_id) == ("allergies", kid.id)
    post.sync_all(office, consultant, other)
    assert state_hash(office) == state_hash(consultant) == state_hash(other)


def test_resolving_a_conflict_syncs_and_settles_it_on_the_other_device(trio, tmp_path):
    office, consultant, _ = trio
    post = Post(tmp_path)
    kid, _ = _shared_child(post, office, consultant)
    children.update_child(office, kid.id, ChildInput("Bjørk", "Østergård", allergies="Nødder"))
    children.update_child(consultant, kid.id, ChildInput("Bjørk", "Østergård", allergies="Æg"))
    post.exchange(office, consultant)
    post.exchange(consultant, office)

    [conflict] = sync.list_conflicts(office)
    settled = sync.resolve_conflict(office, conflict.id, "merged",
                                    merged_value="Nødder og æg")
    assert settled.resolved_at is not None
    assert sync.count_open_conflicts(office) == 0
    post.exchange(office, consultant)

    for ctx in (office, consultant):
        assert children.get_child(ctx, kid.id).allergies == "Nødder og æg"
    assert sync.list_conflicts(consultant) == []
    assert len(sync.list_conflicts(consultant, include_resolved=True)) == 1
    assert state_hash(office) == state_hash(consultant)


def test_delete_against_edit_ends_deleted_everywhere_with_the_edit_in_a_conflict(trio, tmp_path):
    office, consultant, late = trio
    post = Post(tmp_path)
    kid, obs = _shared_child(post, office, consultant, late)
    before_delete = post.export(consultant, late)

    observations.delete_observation(office, obs.id)
    observations.update_observation(consultant, obs.id, _obs_input(kid.id, "Bjørk gyngede selv"))
    post.exchange(office, consultant)
    post.exchange(consultant, office)
    post.exchange(office, late)

    for ctx in (office, consultant, late):
        assert _texts(ctx, kid.id) == []
        with pytest.raises(NotFoundError):
            observations.get_observation(ctx, obs.id)
    for ctx in (office, consultant):
        [conflict] = sync.list_conflicts(ctx)
        assert conflict.is_delete and conflict.row_id == obs.id
        # the edit's values beside what the deleted observation held
        assert {conflict.local_text, conflict.remote_text} == {
            "slettet – havde Tekst: »Bjørk gyngede højt«",
            "bevaret og ændret – Tekst: »Bjørk gyngede selv«"}

    # The package written before the delete arrives last: it brings nothing back.
    sync.import_package(late, before_delete)
    assert _texts(late, kid.id) == []
    post.sync_all(office, consultant, late)
    assert _texts(late, kid.id) == []
    assert state_hash(office) == state_hash(consultant) == state_hash(late)


def test_an_edit_that_arrives_after_the_delete_does_not_resurrect_the_record(trio, tmp_path):
    office, consultant, late = trio
    post = Post(tmp_path)
    kid, obs = _shared_child(post, office, consultant, late)
    observations.update_observation(late, obs.id, _obs_input(kid.id, "Skrevet uden net"))
    observations.delete_observation(office, obs.id)
    post.exchange(office, consultant)

    post.exchange(late, consultant)  # weeks later, the edit made before the delete was seen
    post.exchange(consultant, office)

    for ctx in (office, consultant):
        assert _texts(ctx, kid.id) == []
        assert [c.is_delete for c in sync.list_conflicts(ctx)] == [True]


def test_keeping_the_edit_restores_the_record_on_every_device(trio, tmp_path):
    office, consultant, _ = trio
    post = Post(tmp_path)
    kid, obs = _shared_child(post, office, consultant)
    observations.delete_observation(office, obs.id)
    observations.update_observation(consultant, obs.id, _obs_input(kid.id, "Bjørk gyngede selv"))
    post.exchange(office, consultant)

    [conflict] = sync.list_conflicts(consultant)
    keep_edit = "local" if conflict.local_value is None else "remote"
    sync.resolve_conflict(consultant, conflict.id, keep_edit)
    post.exchange(consultant, office)

    for ctx in (office, consultant):
        assert _texts(ctx, kid.id) == ["Bjørk gyngede selv"]
    assert sync.list_conflicts(office) == []
    assert state_hash(office) == state_hash(consultant)


def test_reimport_and_out_of_order_import_change_nothing(trio, tmp_path):
    office, consultant, _ = trio
    post = Post(tmp_path)
    kid, obs = _shared_child(post, office)
    first = post.export(office, consultant)
    observations.update_observation(office, obs.id, _obs_input(kid.id, "Anden udgave"))
    second = post.export(office, consultant)

    sync.import_package(consultant, second)
    after_second = full_dump(consultant)
    for again in (second, first):
        with pytest.raises(AlreadyImported, match="allerede indlæst"):
            sync.import_package(consultant, again)
        assert full_dump(consultant) == after_second
    assert _texts(consultant, kid.id) == ["Anden udgave"]
    assert state_hash(office) != state_hash(consultant)  # the consultant's own rows
    post.exchange(consultant, office)
    assert state_hash(office) == state_hash(consultant)


def test_a_lost_package_costs_nothing(trio, tmp_path):
    office, consultant, _ = trio
    post = Post(tmp_path)
    kid, obs = _shared_child(post, office)
    post.export(office, consultant)  # lost on the way
    observations.update_observation(office, obs.id, _obs_input(kid.id, "Senere udgave"))
    post.exchange(office, consultant)
    post.exchange(consultant, office)
    assert _texts(consultant, kid.id) == ["Senere udgave"]
    assert state_hash(office) == state_hash(consultant)


def test_operations_keep_their_origin_and_stamps_when_relayed(trio, tmp_path):
    office, consultant, far = trio
    post = Post(tmp_path)
    kid, _ = _shared_child(post, office, consultant)
    post.exchange(consultant, far)  # the office's changes reach the far device via a relay

    def ops(ctx):
        with ctx.db.transaction() as s:
            return {(o.op_id, o.origin_device, o.origin_seq, o.hlc, o.prev_hlc)
                    for o in s.scalars(select(ChangeOperation).where(
                        ChangeOperation.row_id == kid.id))}
    assert ops(office) == ops(consultant) == ops(far)
    assert {origin for _, origin, *_ in ops(far)} == {uuid.UUID(office.device_id)}


def test_gdpr_erasure_leaves_no_trace_on_any_device(trio, tmp_path):
    office, consultant, late = trio
    post = Post(tmp_path)
    kid = children.create_child(office, ChildInput("Sigrún", "Quist", allergies="Jordbær"))
    obs = observations.create_observation(office, _obs_input(kid.id, "Sigrún sang en sang"))
    post.exchange(office, consultant)
    post.exchange(office, late)
    observations.update_observation(office, obs.id, _obs_input(kid.id, "Sigrún dansede"))
    observations.update_observation(consultant, obs.id, _obs_input(kid.id, "Sigrún lo højt"))
    post.exchange(office, consultant)
    post.exchange(consultant, office)
    assert sync.count_open_conflicts(office) == 1
    observations.update_observation(late, obs.id, _obs_input(kid.id, "Sigrún hoppede"))

    erased = sync.erase_child(office, kid.id)
    assert erased >= 2
    post.exchange(office, consultant)
    post.exchange(late, office)  # the late device's edit must not bring anything back
    post.exchange(late, consultant)
    post.exchange(office, late)

    post.sync_all(office, consultant, late)
    secrets = ("Sigrún", "Quist", "Jordbær", "sang", "dansede", "lo højt", "hoppede")
    for ctx in (office, consultant, late):
        with pytest.raises(NotFoundError):
            children.get_child(ctx, kid.id)
        dump = repr(full_dump(ctx))
        assert not [word for word in secrets if word in dump]
        with ctx.db.transaction() as s:
            assert s.scalars(select(Conflict)).all() == []
    assert state_hash(office) == state_hash(consultant) == state_hash(late)


def test_a_stamp_far_in_the_future_is_held_back_until_the_clock_catches_up(fleet, tmp_path):
    two_days = int(timedelta(days=2).total_seconds() * 1000)
    office, = fleet.copy(tmp_path, "office")
    fast, = fleet.copy(tmp_path, "consultant1",
                       now_ms=lambda: int(datetime.now(timezone.utc).timestamp() * 1000)
                       + two_days)
    try:
        post = Post(tmp_path)
        kid, _ = _shared_child(post, office, fast)
        children.update_child(fast, kid.id, ChildInput("Bjørk", "Østergård", diagnoses="Fra fremtiden"))
        report = post.exchange(fast, office)
        assert report.held_back >= 1 and "fremtiden" in report.warnings[0]
        assert children.get_child(office, kid.id).diagnoses is None  # never recorded here

        office.now = lambda: datetime.now(timezone.utc) + timedelta(days=2)
        report = post.exchange(fast, office)
        assert report.held_back == 0
        assert children.get_child(office, kid.id).diagnoses == "Fra fremtiden"
    finally:
        close_all(office, fast)


def test_a_package_that_deletes_most_records_asks_first(trio, tmp_path):
    office, consultant, _ = trio
    post = Post(tmp_path)
    kid = children.create_child(office, ChildInput("Bjørk", "Østergård"))
    made = [observations.create_observation(office, _obs_input(kid.id, f"Nr. {i}"))
            for i in range(12)]
    post.exchange(office, consultant)
    for obs in made[:10]:
        observations.delete_observation(office, obs.id)
    package = post.export(office, consultant)
    before = syncable_rows(consultant)

    from dagpleje_desktop.sync.errors import LargeDeleteNeedsConfirmation
    with pytest.raises(LargeDeleteNeedsConfirmation, match="Bekræft") as refused:
        sync.import_package(consultant, package)
    assert refused.value.deleting == 10
    assert syncable_rows(consultant) == before

    report = sync.import_package(consultant, package, confirm_large_delete=True)
    assert report.deleted == 10
    assert len(_texts(consultant, kid.id)) == 2


def test_a_device_restored_from_a_backup_syncs_on_and_gets_its_lost_changes_back(
        fleet, tmp_path):
    import shutil
    from sync_helpers import open_device
    office, laptop = fleet.copy(tmp_path, "office", "consultant1")
    key = fleet.templates["consultant1"].key
    post = Post(tmp_path)
    kid, _ = _shared_child(post, office, laptop)
    post.exchange(laptop, office)
    laptop.close()
    shutil.copytree(tmp_path / "consultant1", tmp_path / "backup")  # the backup
    laptop = open_device(tmp_path / "consultant1", key)
    children.update_child(laptop, kid.id, ChildInput("Bjørk", "Østergård", allergies="Æg"))
    post.exchange(laptop, office)
    post.exchange(office, laptop)
    laptop.close()
    shutil.rmtree(tmp_path / "consultant1")  # the laptop breaks; the backup is restored
    shutil.copytree(tmp_path / "backup", tmp_path / "consultant1")
    laptop = open_device(tmp_path / "consultant1", key)
    try:
        assert children.get_child(laptop, kid.id).allergies is None  # never recorded here
        post.exchange(office, laptop)  # tells the laptop how far it had come
        children.update_child(laptop, kid.id, ChildInput("Bjørk", "Østergård",
                                                         routines="Sover kl. 12"))
        post.exchange(laptop, office)  # not refused as "allerede indlæst"
        post.exchange(office, laptop)
        for ctx in (office, laptop):
            child = children.get_child(ctx, kid.id)
            assert (child.allergies, child.routines) == ("Æg", "Sover kl. 12")
        assert state_hash(office) == state_hash(laptop)
    finally:
        close_all(office, laptop)


def test_cancelling_an_import_or_export_changes_nothing(trio, tmp_path):
    from dagpleje_desktop.store.models import PeerState
    from dagpleje_desktop.sync.errors import OperationCancelled
    office, consultant, _ = trio
    kid = children.create_child(office, ChildInput("Bjørk", "Østergård"))
    for i in range(30):
        observations.create_observation(office, _obs_input(kid.id, f"Nr. {i}"))
    token = sync.CancelToken()

    def cancel_when_writing(done, total, label):
        if label == "Indlæser ændringer":
            token.cancel()

    with pytest.raises(OperationCancelled):
        sync.export_package(office, uuid.UUID(consultant.device_id), tmp_path / "x.dgsync",
                            progress=lambda *a: token.cancel(), cancel=token)
    assert not list(tmp_path.glob("x.dgsync*"))
    with office.db.transaction() as s:
        assert s.get(PeerState, uuid.UUID(consultant.device_id)) is None

    package = Post(tmp_path).export(office, consultant)
    before = syncable_rows(consultant)
    token = sync.CancelToken()
    with pytest.raises(OperationCancelled, match="annulleret"):
        sync.import_package(consultant, package, progress=cancel_when_writing, cancel=token)
    assert syncable_rows(consultant) == before
    report = sync.import_package(consultant, package)
    assert report.new >= 31


def test_imported_stamps_move_the_local_clock_forward(fleet, tmp_path):
    from dagpleje_desktop.domain.hlc import HlcStamp
    hour = 3600 * 1000
    office, = fleet.copy(tmp_path, "office")
    ahead, = fleet.copy(tmp_path, "consultant1",
                        now_ms=lambda: int(datetime.now(timezone.utc).timestamp() * 1000) + hour)
    try:
        post = Post(tmp_path)
        kid, _ = _shared_child(post, office, ahead)
        children.update_child(ahead, kid.id, ChildInput("Bjørk", "Østergård", allergies="Æg"))
        post.exchange(ahead, office)
        children.update_child(office, kid.id, ChildInput("Bjørk", "Østergård", allergies="Mælk"))
        with office.db.transaction() as s:
            stamps = [HlcStamp.decode(h) for h in s.scalars(select(ChangeOperation.hlc).where(
                ChangeOperation.row_id == kid.id, ChangeOperation.field == "allergies")
                .order_by(ChangeOperation.hlc))]
        assert stamps[-1].device == office.device_id  # the later edit has the higher stamp
        post.exchange(office, ahead)
        assert children.get_child(ahead, kid.id).allergies == "Mælk"
        assert sync.list_conflicts(ahead) == []
    finally:
        close_all(office, ahead)


def test_a_meeting_and_the_action_plan_it_produced_arrive_together(trio, tmp_path):
    from dagpleje_desktop.store.models import ActionPlan, Meeting
    office, consultant, _ = trio
    kid = children.create_child(office, ChildInput("Bjørk", "Østergård"))
    with office.db.transaction() as s:  # each points at the other
        meeting = Meeting(child_id=kid.id, kind="status_meeting", starts_at=SEEN_AT,
                          ends_at=SEEN_AT + timedelta(hours=1))
        plan = ActionPlan(child_id=kid.id, background="Status efter tre måneder")
        s.add_all([meeting, plan])
        s.flush()
        meeting.resulting_plan_id, plan.meeting_id = plan.id, meeting.id
    post = Post(tmp_path)
    post.exchange(office, consultant)
    post.exchange(consultant, office)
    with consultant.db.transaction() as s:
        arrived = s.get(Meeting, meeting.id)
        assert s.get(ActionPlan, arrived.resulting_plan_id).meeting_id == meeting.id
    assert state_hash(office) == state_hash(consultant)
