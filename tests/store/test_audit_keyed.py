"""The keyed audit chain and its anchor: a shortened or recomputed log is reported.

The attacks are those of someone who can write to the database (on PostgreSQL: the
table's owner, who can switch the append-only triggers off) and who uses the program's
own hash function: deleting the newest events, deleting every view event and
recomputing the chain, editing the anchor.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dagpleje_desktop.domain.enums import AuditAction
from dagpleje_desktop.domain.errors import StoreError
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.installation import Installation

TEST_PASSWORD = "korrekt-hest-batteri"  # tests/conftest.py


@pytest.fixture
def busy_ctx(office_ctx):
    kid = children.create_child(office_ctx, children.ChildInput("Åse", "Ørsted"))
    observations.create_observation(office_ctx, observations.ObservationInput(
        kid.id, "Første dag i dagplejen"))
    for _ in range(3):
        children.get_child(office_ctx, kid.id)  # view events
    observations.create_observation(office_ctx, observations.ObservationInput(
        kid.id, "Anden dag"))
    return office_ctx


def _as_owner(ctx, *statements: tuple[str, dict]) -> None:
    """Run SQL as someone who has the database (triggers off on PostgreSQL)."""
    with ctx.db.engine.begin() as conn:
        pg = conn.dialect.name == "postgresql"
        if pg:
            conn.execute(text("ALTER TABLE audit_event DISABLE TRIGGER USER"))
            conn.execute(text("ALTER TABLE audit_anchor DISABLE TRIGGER USER"))
        for sql, params in statements:
            conn.execute(text(sql), params)
        if pg:
            conn.execute(text("ALTER TABLE audit_event ENABLE TRIGGER USER"))
            conn.execute(text("ALTER TABLE audit_anchor ENABLE TRIGGER USER"))


def _rows(ctx):
    with ctx.db.engine.connect() as conn:
        return conn.execute(text(
            "SELECT seq, id, at, username, device_id, action, entity, entity_id, child_id, "
            "detail FROM audit_event ORDER BY seq")).all()


def _rehash_with_the_apps_function(ctx, keep) -> None:
    """Keep only the rows ``keep`` accepts, renumber them and recompute every hash with
    the program's own (unkeyed) function, as an attacker with the source code would."""
    from dagpleje_desktop.store.models import AuditEvent
    with ctx.db.transaction() as s:
        rows = [e for e in s.query(AuditEvent).order_by(AuditEvent.seq) if keep(e)]
        values = [(e.id, e.at, e.username, e.device_id, e.action, e.entity, e.entity_id,
                   e.child_id, e.detail) for e in rows]
    statements = [("DELETE FROM audit_event", {})]
    prev = audit.GENESIS_HASH
    from dagpleje_desktop.store.models import AuditEvent as Model
    with ctx.db.engine.begin() as conn:
        pg = conn.dialect.name == "postgresql"
        if pg:
            conn.execute(text("ALTER TABLE audit_event DISABLE TRIGGER USER"))
        conn.execute(text("DELETE FROM audit_event"))
        for n, (event_id, at, user, device, action, entity, entity_id, child_id,
                detail) in enumerate(values, start=1):
            digest = audit._digest(n, event_id, at, user, device, action, entity, entity_id,
                                   child_id, detail, prev)
            conn.execute(Model.__table__.insert().values(
                seq=n, id=event_id, at=at, username=user, device_id=device, action=action,
                entity=entity, entity_id=entity_id, child_id=child_id, detail=detail,
                prev_hash=prev, hash=digest))
            prev = digest
        if pg:
            conn.execute(text("ALTER TABLE audit_event ENABLE TRIGGER USER"))
    del statements


def test_a_new_installation_keeps_a_keyed_chain_that_verifies(busy_ctx):
    report = audit.verify_chain(busy_ctx)
    assert report.ok, report.problem
    # the first event is not a plain SHA-256 of its fields: the chain has a key
    from dagpleje_desktop.store.models import AuditEvent
    with busy_ctx.db.transaction() as s:
        e = s.get(AuditEvent, 1)
        plain = audit._digest(1, e.id, e.at, e.username, e.device_id, e.action, e.entity,
                              e.entity_id, e.child_id, e.detail, audit.GENESIS_HASH)
        assert e.hash != plain


def test_deleting_the_newest_events_is_reported_as_a_missing_tail(busy_ctx):
    last = _rows(busy_ctx)[-1].seq
    _as_owner(busy_ctx, ("DELETE FROM audit_event WHERE seq > :n", {"n": last - 2}))

    report = audit.verify_chain(busy_ctx)

    assert not report.ok
    assert report.problem == "Loggens seneste 2 hændelser mangler."


def test_deleting_the_view_events_and_rehashing_with_the_apps_function_is_reported(busy_ctx):
    assert any(r.action == "view" for r in _rows(busy_ctx))
    _rehash_with_the_apps_function(busy_ctx, keep=lambda e: e.action != "view")

    report = audit.verify_chain(busy_ctx)

    assert not report.ok
    assert "ændret" in report.problem or "omskrevet" in report.problem


def test_removing_the_key_marker_as_well_is_still_reported(busy_ctx):
    _rehash_with_the_apps_function(busy_ctx, keep=lambda e: e.action != "view")
    _as_owner(busy_ctx, ("DELETE FROM setting WHERE key = :k", {"k": audit.KEYED_FROM_KEY}))

    report = audit.verify_chain(busy_ctx)

    assert not report.ok
    assert "omskrevet" in report.problem or "mangler" in report.problem


@pytest.mark.parametrize("engine_name", ["postgresql"])
def test_on_postgresql_the_log_and_its_anchor_refuse_update_and_delete(busy_ctx):
    for sql in ("UPDATE audit_event SET detail = 'x' WHERE seq = 2",
                "DELETE FROM audit_event WHERE seq = 2",
                "DELETE FROM audit_anchor",
                "UPDATE audit_anchor SET seq = 1",
                "TRUNCATE audit_event"):
        with pytest.raises(DBAPIError, match="append-only"):
            with busy_ctx.db.engine.begin() as conn:
                conn.execute(text(sql))
    assert audit.verify_chain(busy_ctx).ok


@pytest.mark.parametrize("engine_name", ["postgresql"])
def test_a_forged_anchor_row_is_reported(busy_ctx):
    with busy_ctx.db.engine.begin() as conn:  # inserting is allowed; the MAC is not known
        conn.execute(text("INSERT INTO audit_anchor (seq, hash, keyed_from, mac) "
                          "VALUES (100000, :h, 1, :h)"), {"h": "0" * 64})
    report = audit.verify_chain(busy_ctx)
    assert not report.ok and "forfalsket" in report.problem


@pytest.mark.parametrize("engine_name", ["postgresql"])
def test_postgresql_refuses_to_start_without_its_key_file(busy_ctx, installation, tmp_path,
                                                          monkeypatch):
    monkeypatch.setenv("DAGPLEJE_KEY_FILE", str(tmp_path / "nowhere.key"))
    with pytest.raises(StoreError, match="nøglefil mangler"):
        installation.login("test", TEST_PASSWORD)
    other = tmp_path / "other.key"
    other.write_text("QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=\n")
    monkeypatch.setenv("DAGPLEJE_KEY_FILE", str(other))
    with pytest.raises(StoreError, match="hører ikke til denne database"):
        installation.login("test", TEST_PASSWORD)


@pytest.mark.parametrize("engine_name", ["sqlite"])
def test_an_edited_anchor_in_the_key_file_is_reported(busy_ctx):
    path = busy_ctx.data_dir / "keys.json"
    data = json.loads(path.read_text())
    data["audit_anchor"]["seq"] -= 3
    path.write_text(json.dumps(data))

    report = audit.verify_chain(busy_ctx)

    assert not report.ok and "Nøglefilen er ændret" in report.problem


def _make_it_an_older_log(ctx) -> None:
    """As an installation from before the keyed chain: plain hashes, no marker, no anchor."""
    _rehash_with_the_apps_function(ctx, keep=lambda e: True)
    _as_owner(ctx, ("DELETE FROM setting WHERE key = :k", {"k": audit.KEYED_FROM_KEY}),
              ("DELETE FROM audit_anchor", {}))
    if ctx.db.is_sqlite:
        path = ctx.data_dir / "keys.json"
        data = json.loads(path.read_text())
        data.pop("seal"), data.pop("audit_anchor")
        path.write_text(json.dumps(data))


def test_an_older_log_is_continued_by_a_keyed_chain_behind_a_marker(busy_ctx, installation):
    _make_it_an_older_log(busy_ctx)
    old_head = _rows(busy_ctx)[-1].seq
    busy_ctx.close()

    ctx = installation.login("test", TEST_PASSWORD)
    try:
        rows = _rows(ctx)
        marker = rows[old_head]  # the first event after the old ones
        assert (marker.seq, marker.action, marker.entity) == (old_head + 1, "update",
                                                              "audit_event")
        assert marker.detail == "loggen er nu beskyttet med nøgle"
        assert rows[old_head + 1].action == AuditAction.LOGIN.value
        assert audit.verify_chain(ctx).ok
        # the old part still verifies as before: an edit there is still found
        _as_owner(ctx, ("UPDATE audit_event SET detail = 'x' WHERE seq = 2", {}))
        report = audit.verify_chain(ctx)
        assert not report.ok and "nr. 2 " in report.problem
    finally:
        ctx.close()


def test_the_view_events_written_after_a_read_keep_the_chain_and_anchor(busy_ctx):
    kid = children.list_children(busy_ctx)[0]
    before = audit.count_events(busy_ctx)
    busy_ctx.defer_view_audit = True
    children.get_child(busy_ctx, kid.id)
    assert busy_ctx.audit_pending
    assert busy_ctx.flush_audit() == 1
    assert audit.count_events(busy_ctx) == before + 1
    assert audit.verify_chain(busy_ctx).ok
    # the tail written by flush_audit is anchored too
    last = _rows(busy_ctx)[-1].seq
    _as_owner(busy_ctx, ("DELETE FROM audit_event WHERE seq = :n", {"n": last}))
    assert audit.verify_chain(busy_ctx).problem == "Loggens seneste hændelse mangler."


def test_a_restored_installation_object_sees_the_same_anchor(busy_ctx, installation):
    """Another login (a fresh process) checks against the anchor the first one kept."""
    last = _rows(busy_ctx)[-1].seq
    busy_ctx.close()
    ctx = Installation(data_dir=installation.data_dir,
                       database_url=installation.database_url).login("test", TEST_PASSWORD)
    try:
        _as_owner(ctx, ("DELETE FROM audit_event WHERE seq > :n", {"n": last - 1}))
        report = audit.verify_chain(ctx)
        assert not report.ok and "mangler" in report.problem
    finally:
        ctx.close()
