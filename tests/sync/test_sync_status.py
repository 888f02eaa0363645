"""Conflicts described for people (record, field, who wrote which value when) and the
count per child behind the marker on the child page; on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sync_helpers import PASSWORD, Post, close_all, pair

from dagpleje_desktop.domain.enums import AuditAction, UserRole
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.exchange import devices, sync, sync_status
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.services.journal.observations import ObservationInput

SEEN = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)


@pytest.fixture(params=["sqlite", "postgresql"])
def office_and_laptop(request, fleet, tmp_path):
    """The office on either engine, paired with a consultant's laptop (SQLCipher)."""
    laptop, = fleet.copy(tmp_path, "consultant1")
    if request.param == "sqlite":
        office, = fleet.copy(tmp_path, "office")
    else:
        installation = Installation(database_url=request.getfixturevalue("pg_url"))
        installation.create(role=UserRole.OFFICE, name="Kontoret", username="test",
                            password=PASSWORD)
        office = installation.login("test", PASSWORD)
        pair(office, laptop, tmp_path / "cards")
    yield office, laptop
    close_all(office, laptop)


def test_conflicts_name_the_record_the_field_and_the_device_behind_each_value(
        office_and_laptop, tmp_path):
    office, laptop = office_and_laptop
    post = Post(tmp_path)
    kid = children.create_child(office, ChildInput("Bjørk", "Østergård"))
    other = children.create_child(office, ChildInput("Ask", "Ærø"))
    obs = observations.create_observation(office, ObservationInput(
        kid.id, "Bjørk gyngede", observed_at=SEEN))
    post.exchange(office, laptop)
    children.update_child(office, kid.id, ChildInput("Bjørk", "Østergård", allergies="Nødder"))
    children.update_child(laptop, kid.id, ChildInput("Bjørk", "Østergård", allergies="Æg"))
    observations.update_observation(office, obs.id, ObservationInput(
        kid.id, "Bjørk gyngede højt", observed_at=SEEN))
    observations.update_observation(laptop, obs.id, ObservationInput(
        kid.id, "Bjørk gyngede alene", observed_at=SEEN))
    post.exchange(laptop, office)

    views = sync_status.list_conflict_views(office)

    shown = {(v.record_title, v.field_label, v.info.local_text, v.info.remote_text)
             for v in views}
    assert shown == {("Barn: Bjørk Østergård", "Allergier", "Nødder", "Æg"),
                     ("Observation om Bjørk Østergård", "Tekst", "Bjørk gyngede højt",
                      "Bjørk gyngede alene")}
    office_name, laptop_name = devices.show_device(office).name, devices.show_device(laptop).name
    for view in views:
        assert (view.local_device, view.remote_device) == (office_name, laptop_name)
        assert view.local_at is not None and view.remote_at is not None
    assert sync_status.open_conflicts_for_child(office, kid.id) == 2
    assert sync_status.open_conflicts_for_child(office, other.id) == 0
    assert sync_status.list_conflict_views(office, child_id=other.id) == []
    logged = audit.list_events(office, child_id=kid.id)
    assert any(e.action == AuditAction.VIEW and e.entity == "conflict" for e in logged)

    allergies = next(v for v in views if v.field_label == "Allergier")
    sync.resolve_conflict(office, allergies.id, "remote")
    assert sync_status.open_conflicts_for_child(office, kid.id) == 1
    assert [v.field_label for v in sync_status.list_conflict_views(office)] == ["Tekst"]
