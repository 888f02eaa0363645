"""Schema migrations keep the data people already have, on both engines."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select
from store_helpers import PASSWORD, downgrade, insert_rows, table_names

from dagpleje_desktop.domain.enums import SharingLevel, UserRole, WellbeingPosition
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.store import migrate, search
from dagpleje_desktop.store.keystore import KeyStore
from dagpleje_desktop.store.database import open_postgres, open_sqlcipher
from dagpleje_desktop.store.models import ChangeOperation, Child, Observation

FIRST_REVISION = "0001"
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)


def _stamps(**extra) -> dict:
    return {"id": uuid.uuid4(), "created_at": NOW, "updated_at": NOW, "deleted_at": None,
            **extra}


def _child_row(first: str, last: str) -> dict:
    return _stamps(first_name=first, last_name=last, cpr=None, birth_date=None,
                   status="active", special_needs="", diagnoses="", allergies="",
                   medication="", routines="", what_works="", languages="", closed_on=None)


def _observation_row(child_id: uuid.UUID, text: str, *, deleted: bool = False) -> dict:
    return _stamps(child_id=child_id, author_id=None, observed_at=NOW - timedelta(days=3),
                   situation="Legeplads", text=text, position=WellbeingPosition.NONE.value,
                   concern=False, sharing=SharingLevel.INTERNAL.value,
                   deleted_at=NOW if deleted else None)


def _search(db, query: str) -> list[uuid.UUID]:
    with db.transaction() as s:
        return [hit.observation_id for hit in search.search_observations(s, query, None)]


def test_data_written_at_the_first_revision_survives_upgrade_and_is_searchable(bare_db):
    migrate.upgrade(bare_db, FIRST_REVISION)
    assert migrate.current_revision(bare_db) == FIRST_REVISION
    child = _child_row("Søren", "Ærø")
    swing = _observation_row(child["id"], "Søren gyngede højt og grinede")
    sand = _observation_row(child["id"], "Byggede et tårn i sandkassen")
    gone = _observation_row(child["id"], "Gyngede også i går", deleted=True)
    insert_rows(bare_db, Child, [child])
    insert_rows(bare_db, Observation, [swing, sand, gone])

    migrate.upgrade(bare_db)

    assert migrate.current_revision(bare_db) == migrate.head_revision()
    with bare_db.transaction() as s:
        kept = s.get(Child, child["id"])
        assert (kept.first_name, kept.last_name) == ("Søren", "Ærø")
        texts = set(s.scalars(select(Observation.text).where(
            Observation.child_id == child["id"])))
    assert texts == {swing["text"], sand["text"], gone["text"]}
    assert _search(bare_db, "gyngede") == [swing["id"]]
    assert _search(bare_db, "tårn") == [sand["id"]]


def test_downgrade_to_base_and_upgrade_again_rebuilds_a_working_schema(bare_db):
    migrate.upgrade(bare_db)
    head_tables = table_names(bare_db)

    downgrade(bare_db, "base")
    assert migrate.current_revision(bare_db) is None
    assert table_names(bare_db) <= {"alembic_version"}

    migrate.upgrade(bare_db)
    assert migrate.current_revision(bare_db) == migrate.head_revision()
    assert table_names(bare_db) == head_tables
    child = _child_row("Åse", "Ørsted")
    obs = _observation_row(child["id"], "Åse hoppede i vandpytter")
    insert_rows(bare_db, Child, [child])
    insert_rows(bare_db, Observation, [obs])
    assert _search(bare_db, "vandpytter") == [obs["id"]]


def _open_without_upgrade(installation):
    """The database as it is on disk, bypassing the app's upgrade-on-open."""
    if installation.database_url:
        return open_postgres(installation.database_url)
    key = KeyStore(installation.keys_path).unlock("test", PASSWORD)
    return open_sqlcipher(installation.db_path, key)


def test_login_upgrades_a_database_left_at_an_older_revision(installation):
    installation.create(role=UserRole.OFFICE, name="Kontoret", username="test",
                        password=PASSWORD)
    ctx = installation.login("test", PASSWORD)
    kid = children.create_child(ctx, children.ChildInput("Bjørk", "Østergård"))
    observations.create_observation(ctx, observations.ObservationInput(
        kid.id, "Bjørk klatrede op på rutsjebanen"))
    ctx.close()
    old = _open_without_upgrade(installation)
    try:
        downgrade(old, FIRST_REVISION)
        assert migrate.current_revision(old) == FIRST_REVISION
        with old.engine.begin() as conn:
            # The program of revision 0001 never wrote sync operations; rows left by the
            # newer program would not be in a real database of that age.
            conn.execute(delete(ChangeOperation.__table__))
    finally:
        old.dispose()

    ctx = installation.login("test", PASSWORD)
    try:
        assert migrate.current_revision(ctx.db) == migrate.head_revision()
        assert [c.name for c in children.list_children(ctx)] == ["Bjørk Østergård"]
        hits = observations.search(ctx, "rutsjebanen")
        assert [h.child_id for h in hits] == [kid.id]
    finally:
        ctx.close()
