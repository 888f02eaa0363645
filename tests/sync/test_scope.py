"""A mini-childminder's device gets only her children, and may change only their records."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sync_helpers import Post, close_all, full_dump

from dagpleje_desktop.domain.enums import AbsenceReason
from dagpleje_desktop.services.records import children, guardians, placements
from dagpleje_desktop.services.meeting_cycle import goals
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.exchange import sync
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.journal.observations import ObservationInput
from dagpleje_desktop.store.models import Absence, ChildminderHome, GuestCare, Placement
from dagpleje_desktop.sync import graph
from dagpleje_desktop.sync.errors import OutOfScope
from dagpleje_desktop.sync.operations import PackageBody
from dagpleje_desktop.sync.package import decrypt_body, parse_package

SEEN = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)


@pytest.fixture
def town(fleet, tmp_path):
    """The office with Alma (home A), Gry (home B, guest at home A now), Bodil (home B),
    Carl (not placed), and the two mini-childminders' devices."""
    office, mette, hanne = fleet.copy(tmp_path, "office", "minimette", "minihanne")
    today = office.today()
    a, b = fleet.home_a.id, fleet.home_b.id

    def child(first, last, home, secret):
        kid = children.create_child(office, ChildInput(first, last, allergies=secret))
        if home:
            placements.place_child(office, kid.id, home, 2, today - timedelta(days=30))
        guardians.add_guardian(office, kid.id, guardians.GuardianInput(f"Mor {last}", "mor"))
        observations.create_observation(office, ObservationInput(
            kid.id, f"{first} {secret.lower()} i dag", observed_at=SEEN))
        goals.create_goal(office, goals.GoalInput(kid.id, "social", f"{first} leger med andre"))
        return kid

    kids = {"alma": child("Alma", "Andersen", a, "Ananas"),
            "gry": child("Gry", "Gæstesen", b, "Græskar"),
            "bodil": child("Bodil", "Bergsøe", b, "Brombær"),
            "carl": child("Carl", "Corneliussen", None, "Citron")}
    with office.db.transaction() as s:  # Hanne is away; Gry is with Mette this week
        absence = Absence(home_id=b, starts_on=today - timedelta(days=1),
                          ends_on=today + timedelta(days=3), reason=AbsenceReason.HOLIDAY.value)
        s.add(absence)
        s.flush()
        s.add(GuestCare(absence_id=absence.id, child_id=kids["gry"].id, guest_home_id=a,
                        starts_on=today - timedelta(days=1), ends_on=today + timedelta(days=3)))
    yield office, mette, hanne, kids
    close_all(office, mette, hanne)


def _decrypt(package_path, recipient) -> PackageBody:
    from dagpleje_desktop.services.exchange.devices import self_device
    with recipient.db.transaction() as s:
        private = self_device(s).encryption_private_key
    parsed = parse_package(package_path.read_bytes())
    return PackageBody.decode(decrypt_body(parsed, private))


def _rows_of(ctx, child_id) -> dict[str, set]:
    with ctx.db.transaction() as s:
        return graph.closure(s.connection(), {"child": {child_id}}, include_local=False)


def test_a_mini_childminders_package_holds_only_her_children(town, tmp_path):
    office, mette, _, kids = town
    path = Post(tmp_path).export(office, mette)

    body = _decrypt(path, mette)
    plaintext = repr([op.to_wire() for op in body.ops])
    for other in ("Bodil", "Bergsøe", "Brombær", "Carl", "Corneliussen", "Citron"):
        assert other not in plaintext
    for own in ("Alma", "Ananas", "Gry", "Græskar"):
        assert own in plaintext
    allowed = set()
    for kid in (kids["alma"], kids["gry"]):
        for ids in _rows_of(office, kid.id).values():
            allowed |= ids
    child_rows = {op.row_id for op in body.ops
                  if op.entity in graph.record_tables(False) and op.entity != "child"
                  and "child_id" in graph.record_tables(False)[op.entity].c}
    assert child_rows <= allowed
    assert {op.row_id for op in body.ops if op.entity == "child"} == {kids["alma"].id,
                                                                      kids["gry"].id}
    assert body.home_id is not None


def test_she_sees_her_children_and_her_observations_reach_the_office(town, tmp_path):
    office, mette, _, kids = town
    post = Post(tmp_path)
    post.exchange(office, mette)

    assert sorted(c.name for c in children.list_children(mette)) == ["Alma Andersen",
                                                                      "Gry Gæstesen"]
    made = observations.create_observation(mette, ObservationInput(
        kids["alma"].id, "Alma byggede et tårn", observed_at=SEEN))
    report = post.exchange(mette, office)

    assert report.new >= 1
    seen = observations.get_observation(office, made.id)
    assert seen.text == "Alma byggede et tårn"
    with office.db.transaction() as s:
        home = s.get(ChildminderHome, _home(office, "Mettes"))
        assert seen.author_id == home.childminder_id  # her account is the home's childminder


def test_her_device_may_not_change_other_homes_or_children(town, tmp_path):
    office, mette, _, kids = town
    post = Post(tmp_path)
    post.exchange(office, mette)
    post.exchange(mette, office)
    with mette.db.transaction() as s:  # what a tampered program could do on her laptop
        for home in s.scalars(select(ChildminderHome)):
            home.places = 9
    package = post.export(mette, office)
    before = full_dump(office)

    with pytest.raises(OutOfScope, match="uden for enhedens område"):
        sync.import_package(office, package)
    assert full_dump(office) == before


def test_a_child_who_moves_home_leaves_the_old_device_and_arrives_whole_on_the_new(
        town, tmp_path):
    office, mette, hanne, kids = town
    post = Post(tmp_path)
    alma = kids["alma"].id
    post.exchange(office, mette)
    observations.create_observation(mette, ObservationInput(alma, "Alma sang for Mette",
                                                            observed_at=SEEN))
    post.exchange(mette, office)
    post.exchange(office, hanne)

    today = office.today()
    placements.end_placement(office, _placement(office, kids["bodil"].id),
                             today - timedelta(days=1), "Børnehave")
    placements.end_placement(office, _placement(office, alma), today - timedelta(days=1),
                             "Flyttet")
    placements.place_child(office, alma, _home(office, "Hannes"), 2, today)
    report = post.exchange(office, mette)
    assert report.removed > 0

    assert [c.name for c in children.list_children(mette)] == ["Gry Gæstesen"]
    dump = full_dump(mette)
    for trace in ("Alma", "Andersen", "Ananas"):
        assert trace not in repr(dump)
    audit_log = dump.pop("audit_event")  # her access log keeps ids (never names) for the law
    assert audit_log and str(alma).replace("-", "") not in repr(dump)

    post.exchange(office, hanne)
    assert "Alma Andersen" in [c.name for c in children.list_children(hanne)]
    assert sorted(o.text for o in observations.list_observations(hanne, alma)) == [
        "Alma ananas i dag", "Alma sang for Mette"]
    for entity, ids in _rows_of(office, alma).items():
        assert _rows_of(hanne, alma).get(entity) == ids
    assert _values(office, alma) == _values(hanne, alma)


def _placement(ctx, child_id) -> uuid.UUID:
    with ctx.db.transaction() as s:
        return s.scalar(select(Placement.id).where(Placement.child_id == child_id))


def _home(ctx, prefix: str) -> uuid.UUID:
    with ctx.db.transaction() as s:
        return s.scalar(select(ChildminderHome.id).where(ChildminderHome.name.like(f"{prefix}%")))


def _values(ctx, child_id) -> dict:
    out = {}
    with ctx.db.transaction() as s:
        conn = s.connection()
        for entity, ids in graph.closure(conn, {"child": {child_id}}, include_local=False).items():
            table = graph.record_tables(False)[entity]
            out[entity] = sorted(repr(sorted(r._mapping.items())) for r in conn.execute(
                select(table).where(table.c.id.in_(list(ids)))))
    return out


def test_guest_care_children_leave_when_the_period_ends(town, tmp_path):
    office, mette, _, kids = town
    post = Post(tmp_path)
    post.exchange(office, mette)
    post.exchange(mette, office)
    with office.db.transaction() as s:
        care = s.scalar(select(GuestCare))
        care.ends_on = office.today() - timedelta(days=1)
        care.starts_on = care.ends_on - timedelta(days=2)
    post.exchange(office, mette)
    assert [c.name for c in children.list_children(mette)] == ["Alma Andersen"]
    assert "Græskar" not in repr(full_dump(mette))


@pytest.mark.parametrize("acknowledged_first", [False, True])
def test_reading_by_sequence_and_by_scope_rows_give_the_same_operations(town, fleet,
                                                                         monkeypatch,
                                                                         acknowledged_first):
    """A routine export reads what is new by sequence number; a first export reads the
    scope's rows: both must send exactly the same operations."""
    from dagpleje_desktop.sync import exchange, scope as scopes
    from dagpleje_desktop.sync.vectors import load_vector
    office, _mette, _hanne, kids = town
    ack: dict[str, int] = {}
    with office.db.transaction() as s:
        conn = s.connection()
        if acknowledged_first:  # she has everything up to here; then new work arrives
            ack = {origin: seq for origin, seq in load_vector(conn).items()}
    if acknowledged_first:
        observations.create_observation(office, ObservationInput(
            kids["alma"].id, "Alma byggede et tårn", observed_at=SEEN))
        observations.create_observation(office, ObservationInput(
            kids["carl"].id, "Carl er ikke hendes", observed_at=SEEN))
    with office.db.transaction() as s:
        conn = s.connection()
        scope = scopes.read_scope(conn, fleet.home_a.id, office.today())
        monkeypatch.setattr(exchange, "FEW_UNACKNOWLEDGED", 10**9)
        by_sequence = {op[0] for op in exchange.operations_in_scope(conn, scope, ack)}
        monkeypatch.setattr(exchange, "FEW_UNACKNOWLEDGED", -1)
        by_rows = {op[0] for op in exchange.operations_in_scope(conn, scope, ack)}
    assert by_sequence == by_rows and by_sequence

