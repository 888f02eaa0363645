"""Revision 0008 repairs the duplicate links that "replace every link on save" made."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from store_helpers import insert_rows

from dagpleje_desktop.domain.enums import SharingLevel, WellbeingPosition
from dagpleje_desktop.store import migrate
from dagpleje_desktop.store.models import Child, Observation, ObservationDomain, ObservationGoal

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)


def _stamps(**extra) -> dict:
    return {"id": uuid.uuid4(), "created_at": NOW, "updated_at": NOW, "deleted_at": None,
            **extra}


def test_live_duplicate_links_are_repaired_to_one_per_element(bare_db):
    migrate.upgrade(bare_db, "0007")
    child = _stamps(first_name="Søren", last_name="Ærø", cpr=None, birth_date=None,
                    status="active", special_needs="", diagnoses="", allergies="",
                    medication="", routines="", what_works="", languages="", closed_on=None)
    obs = [_stamps(child_id=child["id"], author_id=None, observed_at=NOW - timedelta(days=1),
                   situation="Ude", text=f"Løb {i}", position=WellbeingPosition.NONE.value,
                   concern=False, sharing=SharingLevel.INTERNAL.value) for i in range(2)]
    insert_rows(bare_db, Child, [child])
    insert_rows(bare_db, Observation, obs)
    links = [_stamps(observation_id=obs[0]["id"], domain="gross_motor"),
             _stamps(observation_id=obs[0]["id"], domain="gross_motor"),
             _stamps(observation_id=obs[0]["id"], domain="gross_motor"),
             _stamps(observation_id=obs[0]["id"], domain="language"),
             _stamps(observation_id=obs[1]["id"], domain="gross_motor"),
             _stamps(observation_id=obs[0]["id"], domain="language", deleted_at=NOW)]
    insert_rows(bare_db, ObservationDomain, links)
    migrate.upgrade(bare_db)

    with bare_db.transaction() as s:
        live = s.execute(select(ObservationDomain.observation_id, ObservationDomain.domain,
                                ObservationDomain.id)
                         .where(ObservationDomain.deleted_at.is_(None))).all()
        total = s.scalar(select(ObservationDomain.id).where(ObservationDomain.id == links[5]["id"]))
        assert s.scalars(select(ObservationGoal.id)).all() == []
    assert sorted((o, d) for o, d, _ in live) == sorted([
        (obs[0]["id"], "gross_motor"), (obs[0]["id"], "language"), (obs[1]["id"], "gross_motor")])
    # the one kept is the lowest id: the same choice on every device
    kept = {i for o, d, i in live if o == obs[0]["id"] and d == "gross_motor"}
    assert kept == {min(link["id"] for link in links[:3])}
    assert total == links[5]["id"]  # nothing is removed, duplicates are tombstoned
