"""Search finds what an import brought, also when the import indexed many notes at once.

An import with many new observations fills the full-text index in one statement at the
end instead of per row; these tests hold it to what a person sees: every imported note
is found by its words, a note edited later by its new words only, and notes written on
the device after the import are found as before.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sync_helpers import PASSWORD, Post, close_all, pair

from dagpleje_desktop.domain.enums import UserRole
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.services.journal.observations import ObservationInput
from dagpleje_desktop.store.search_bulk import BULK_FROM

SEEN = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)
MANY = BULK_FROM + 10


def _write_many(ctx, child_id) -> list:
    made = [observations.create_observation(ctx, ObservationInput(
        child_id, f"Hoppede i vandpytten nummer {n}.", situation="Udeleg i haven",
        observed_at=SEEN + timedelta(hours=n))) for n in range(MANY)]
    made.append(observations.create_observation(ctx, ObservationInput(
        child_id, "Lavede et kængurusprint hen over gulvet.", situation="Leg",
        observed_at=SEEN - timedelta(days=1))))
    return made


def _found(ctx, query: str) -> set:
    return {hit.observation_id for hit in observations.search(ctx, query)}


def test_every_imported_note_is_found_and_later_notes_and_edits_too(trio, tmp_path):
    office, laptop, _ = trio
    post = Post(tmp_path / "post")
    kid = children.create_child(office, ChildInput("Ærøsa", "Øby"))
    made = _write_many(office, kid.id)
    report = post.exchange(office, laptop)
    assert report.new >= len(made)

    assert _found(laptop, "vandpytten") == {o.id for o in made[:MANY]}
    assert _found(laptop, "kængurusprint") == {made[-1].id}
    assert _found(laptop, "udeleg haven") == {o.id for o in made[:MANY]}

    later = observations.create_observation(laptop, ObservationInput(
        kid.id, "Fandt en flodhest i sandkassen.", observed_at=SEEN))
    assert _found(laptop, "flodhest") == {later.id}

    observations.update_observation(office, made[-1].id, ObservationInput(
        kid.id, "Lavede et krokodillehop hen over gulvet.", situation="Leg",
        observed_at=SEEN - timedelta(days=1)))
    post.exchange(office, laptop)
    assert _found(laptop, "krokodillehop") == {made[-1].id}
    assert _found(laptop, "kængurusprint") == set()


def test_an_office_on_postgresql_finds_every_note_it_imported(pg_office, fleet, tmp_path):
    office = pg_office
    laptop, = fleet.copy(tmp_path, "consultant1")
    try:
        pair(office, laptop, tmp_path / "cards")
        post = Post(tmp_path)
        kid = children.create_child(laptop, ChildInput("Ærøsa", "Øby"))
        made = _write_many(laptop, kid.id)
        post.exchange(laptop, office)
        assert _found(office, "vandpytten") == {o.id for o in made[:MANY]}
        assert _found(office, "kængurusprint") == {made[-1].id}
    finally:
        close_all(laptop)
