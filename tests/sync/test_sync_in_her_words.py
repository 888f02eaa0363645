"""Sync in a mini-childminder's terms: records, not operations, on both sides;
what has not reached the office yet; the first day's steps; readable file names."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sync_helpers import Post, close_all

from dagpleje_desktop.services.records import children, placements
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.exchange import sync, sync_pending
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.journal.observations import ObservationInput
from dagpleje_desktop.sync.errors import AlreadyImported

SEEN = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)


@pytest.fixture
def office_and_mette(fleet, tmp_path):
    office, mette = fleet.copy(tmp_path, "office", "minimette")
    today = office.today()
    kids = []
    for first in ("Alma", "Bo"):
        kid = children.create_child(office, ChildInput(first, "Andersen"))
        placements.place_child(office, kid.id, fleet.home_a.id, 2, today - timedelta(days=30))
        kids.append(kid)
    yield office, mette, kids
    close_all(office, mette)


def test_one_new_observation_reads_the_same_on_both_sides(office_and_mette, tmp_path):
    office, mette, kids = office_and_mette
    post = Post(tmp_path / "post")
    first = post.exchange(office, mette, backup=False)
    assert first.words.startswith("2 nye børn")
    post.exchange(mette, office, backup=False)  # her first package: nothing of hers yet
    observations.create_observation(mette, ObservationInput(
        kids[0].id, "Alma byggede et tårn", observed_at=SEEN, domains=("fine_motor",)))

    path = post.folder / "obs.dgsync"
    made = sync.export_package(mette, uuid.UUID(office.device_id), path)
    report = sync.import_package(office, path, backup=False)

    assert made.words == "1 barn, 1 ny observation"
    assert report.words == "1 barn, 1 ny observation"
    assert "1194" not in report.words and "ændringer" not in report.words


def test_what_has_not_reached_the_office_is_counted_in_records(office_and_mette, tmp_path):
    office, mette, kids = office_and_mette
    post = Post(tmp_path / "post")
    post.exchange(office, mette, backup=False)
    post.exchange(mette, office, backup=False)  # her own name and organisation
    post.exchange(office, mette, backup=False)
    for text in ("Alma sang", "Alma dansede", "Bo sov"):
        observations.create_observation(mette, ObservationInput(
            kids[0].id if text.startswith("Alma") else kids[1].id, text, observed_at=SEEN))

    waiting = sync_pending.unsent_to_office(mette)
    assert waiting.unsent == 3
    assert waiting.text() == "3 ændringer er ikke sendt til kontoret endnu."

    path = post.export(mette, office)
    sent = sync_pending.unsent_to_office(mette)
    assert (sent.unsent, sent.unconfirmed) == (0, 3)
    assert "ikke bekræftet" in sent.text()

    sync.import_package(office, path, backup=False)
    post.exchange(office, mette, backup=False)  # the office's acknowledgement
    assert sync_pending.unsent_to_office(mette).text() == "Kontoret har alle dine ændringer."
    assert not sync_pending.unsent_to_office(office).applies


def test_the_first_day_steps_tick_off_as_they_happen(fleet, tmp_path):
    from dagpleje_desktop.services.exchange import devices
    office, mette = fleet.copy(tmp_path, "office", "minimette")
    try:
        steps = sync_pending.first_day(mette)
        assert steps.office_paired and not steps.package_read  # the fleet paired them
        devices.write_card(mette, tmp_path / "kort.dgcard")
        sync_pending.note_card_shared(mette)
        assert sync_pending.first_day(mette).card_shared
        Post(tmp_path / "post").exchange(office, mette, backup=False)
        assert sync_pending.first_day(mette).done
    finally:
        close_all(office, mette)


def test_a_replay_is_calm_and_refusals_say_what_to_do(office_and_mette, tmp_path):
    office, mette, _ = office_and_mette
    path = Post(tmp_path / "post").export(office, mette)
    sync.import_package(mette, path, backup=False)
    with pytest.raises(AlreadyImported) as replay:
        sync.import_package(mette, path, backup=False)
    assert str(replay.value).startswith("Pakken var allerede indlæst – intet at gøre")


def test_package_file_names_are_readable_and_name_no_child(office_and_mette):
    office, mette, kids = office_and_mette
    name = sync.suggested_filename(mette, uuid.UUID(office.device_id))
    assert name.startswith(f"dagpleje-{mette.today():%Y-%m-%d}-fra-")
    assert "-til-office-" in name and name.endswith("-00001.dgsync")
    assert all(k.name.split()[0].lower() not in name for k in kids)
