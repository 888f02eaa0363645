"""An office on PostgreSQL syncs with a consultant's laptop on SQLCipher."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sync_helpers import PASSWORD, Post, close_all, pair, state_hash

from dagpleje_desktop.domain.enums import UserRole
from dagpleje_desktop.domain.errors import NotFoundError
from dagpleje_desktop.services.records import children, guardians
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.exchange import sync
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.services.journal.observations import ObservationInput

SEEN = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)


def test_edits_conflicts_deletes_and_erasure_sync_between_engines(pg_office, fleet, tmp_path):
    office = pg_office
    laptop, = fleet.copy(tmp_path, "consultant1")
    try:
        pair(office, laptop, tmp_path / "cards")
        post = Post(tmp_path)
        kid = children.create_child(office, ChildInput("Ærøsa", "Øby"))
        guardians.add_guardian(office, kid.id, guardians.GuardianInput("Åse Øby", "mor"))
        obs = observations.create_observation(office, ObservationInput(
            kid.id, "Ærøsa malede", observed_at=SEEN))
        post.exchange(office, laptop)
        post.exchange(laptop, office)
        assert state_hash(office) == state_hash(laptop)

        children.update_child(office, kid.id, ChildInput("Ærøsa", "Øby", allergies="Kiwi"))
        children.update_child(laptop, kid.id, ChildInput("Ærøsa", "Øby", allergies="Mango"))
        observations.delete_observation(laptop, obs.id)
        post.exchange(office, laptop)
        post.exchange(laptop, office)
        assert state_hash(office) == state_hash(laptop)
        assert len(sync.list_conflicts(office)) == 1
        assert observations.list_observations(office, kid.id) == []

        sync.erase_child(office, kid.id)
        post.exchange(office, laptop)
        for ctx in (office, laptop):
            with pytest.raises(NotFoundError):
                children.get_child(ctx, kid.id)
            assert sync.list_conflicts(ctx, include_resolved=True) == []
        assert state_hash(office) == state_hash(laptop)
    finally:
        close_all(laptop)


def test_the_same_child_from_a_laptop_is_merged_at_a_postgresql_office(pg_office, fleet,
                                                                       tmp_path):
    office = pg_office
    laptop, = fleet.copy(tmp_path, "consultant1")
    try:
        pair(office, laptop, tmp_path / "cards")
        post = Post(tmp_path)
        here = children.create_child(office, ChildInput("Ærøsa", "Øby", cpr="050523-4321"))
        there = children.create_child(laptop, ChildInput("Ærøsa", "Øby", cpr="050523-4321",
                                                         allergies="Kiwi"))
        observations.create_observation(laptop, ObservationInput(
            there.id, "Ærøsa malede", observed_at=SEEN))
        report = post.exchange(laptop, office)
        assert report.possible_duplicates == 1

        sync.merge_children(office, here.id, there.id)
        post.exchange(office, laptop)
        for ctx in (office, laptop):
            assert [c.id for c in children.list_children(ctx)] == [here.id]
            assert children.get_child(ctx, here.id).allergies == "Kiwi"
            assert [o.text for o in observations.list_observations(ctx, here.id)] == \
                ["Ærøsa malede"]
        assert state_hash(office) == state_hash(laptop)
    finally:
        close_all(laptop)
