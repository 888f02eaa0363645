"""What people read after an import: records counted as records, delete-against-edit with
the edited values side by side, every status in Danish."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone

from sync_helpers import Post

from dagpleje_desktop.cli import sync_commands
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.exchange import sync
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.journal.observations import ObservationInput

SEEN = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)


def _started(trio, tmp_path):
    office, laptop, _ = trio
    kid = children.create_child(office, ChildInput("Ida", "Ærø"))
    obs = observations.create_observation(office, ObservationInput(
        kid.id, "Ida løb", observed_at=SEEN, situation="Ude",
        domains=("gross_motor", "language")))
    post = Post(tmp_path / "post")
    post.exchange(office, laptop, backup=False)
    post.exchange(laptop, office, backup=False)
    return office, laptop, post, kid, obs


def test_a_domain_edit_of_one_observation_reads_as_one_changed_record(trio, tmp_path):
    office, laptop, post, kid, obs = _started(trio, tmp_path)
    observations.update_observation(office, obs.id, ObservationInput(
        kid.id, "Ida løb", observed_at=SEEN, situation="Ude",
        domains=("language", "social_contact", "fine_motor")))
    report = post.exchange(office, laptop, backup=False)
    assert (report.new, report.updated, report.deleted) == (0, 1, 0)
    assert report.summary() == "0 nye, 1 ændrede, 0 slettede, 0 konflikter"


def test_delete_against_edit_shows_the_edited_values_beside_the_deleted_ones(trio, tmp_path):
    office, laptop, post, kid, obs = _started(trio, tmp_path)
    observations.delete_observation(office, obs.id)
    observations.update_observation(laptop, obs.id, ObservationInput(
        kid.id, "Ida løb hele vejen rundt", observed_at=SEEN, situation="Ude",
        domains=("gross_motor", "language")))
    post.exchange(laptop, office, backup=False)
    [conflict] = sync.list_conflicts(office)
    assert conflict.is_delete
    assert conflict.local_text == "slettet – havde Tekst: »Ida løb«"
    assert conflict.remote_text == "bevaret og ændret – Tekst: »Ida løb hele vejen rundt«"
    post.exchange(office, laptop, backup=False)
    [there] = sync.list_conflicts(laptop)
    assert "Ida løb hele vejen rundt" in there.local_text
    assert there.remote_text.startswith("slettet")


def test_a_conflict_settled_on_another_device_reads_in_danish(trio, tmp_path):
    office, laptop, post, kid, obs = _started(trio, tmp_path)
    observations.delete_observation(office, obs.id)
    post.exchange(laptop, office, backup=False)
    observations.update_observation(laptop, obs.id, ObservationInput(
        kid.id, "Ida sang", observed_at=SEEN))
    post.exchange(laptop, office, backup=False)
    [conflict] = sync.list_conflicts(office)
    for resolution, words in (("elsewhere", "løst (på en anden enhed)"),
                              ("same_value", "løst (samme værdi på begge enheder)"),
                              ("local", "løst (din værdi)")):
        settled = dataclasses.replace(conflict, resolution=resolution,
                                      resolved_at=conflict.created_at)
        assert sync_commands._status(settled) == words
