"""A possible duplicate child as the Synkronisering page shows it (both records side by
side, with what a person decides by), and one CPR number registered twice at once on the
office's PostgreSQL server."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone

import pytest
from sync_helpers import PASSWORD, Post, close_all, pair

from dagpleje_desktop.domain.enums import AuditAction, HomeKind, UserRole
from dagpleje_desktop.domain.errors import ValidationError
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import children, homes, placements
from dagpleje_desktop.services.exchange import devices, sync_status
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.services.journal.observations import ObservationInput

CPR = "050523-4321"
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


def test_a_duplicate_notice_shows_both_children_with_what_tells_them_apart(
        office_and_laptop, tmp_path):
    office, laptop = office_and_laptop
    home = homes.create_home(office, homes.HomeInput("Solsikken", HomeKind.MINI, 4))
    here = children.create_child(office, ChildInput("Åsa", "Lindqvist", cpr=CPR))
    placements.place_child(office, here.id, home.id, 2, office.today() - timedelta(days=10))
    for text in ("Åsa byggede et tårn", "Åsa sang"):
        observations.create_observation(office, ObservationInput(here.id, text,
                                                                 observed_at=SEEN))
    there = children.create_child(laptop, ChildInput("Aasa", "Lindqvist", cpr=CPR))
    observations.create_observation(laptop, ObservationInput(there.id, "Aasa malede",
                                                             observed_at=SEEN))
    Post(tmp_path).exchange(laptop, office)

    [view] = sync_status.list_conflict_views(office)
    assert view.field_label == "Muligt dubletbarn"
    local, remote = view.duplicate
    assert (local.child_id, remote.child_id) == (here.id, there.id)
    assert (local.name, remote.name) == ("Åsa Lindqvist", "Aasa Lindqvist")
    assert local.cpr_masked == remote.cpr_masked == "050523-XXXX"
    assert local.birth_date == remote.birth_date == date(2023, 5, 5)  # from the CPR number
    assert (local.home_name, remote.home_name) == ("Solsikken", "")
    assert (local.observation_count, remote.observation_count) == (2, 1)
    assert (local.created_device, remote.created_device) == (
        devices.show_device(office).name, devices.show_device(laptop).name)
    assert local.created_at is not None and remote.created_at is not None
    assert local.still_here and remote.still_here
    # Showing the pair reads both children's records: each read is logged.
    viewed = {e.child_id for e in audit.list_events(office)
              if e.action == AuditAction.VIEW and e.entity == "conflict" and e.child_id}
    assert {here.id, there.id} <= viewed


def test_the_same_cpr_registered_twice_at_once_on_postgresql_makes_one_child(pg_url,
                                                                            monkeypatch):
    installation = Installation(database_url=pg_url)
    installation.create(role=UserRole.OFFICE, name="Kontoret", username="test",
                        password=PASSWORD)
    first, second = installation.login("test", PASSWORD), installation.login("test", PASSWORD)
    both_checked = threading.Barrier(2)
    checked = children.ensure_cpr_free

    def check_then_wait_for_the_other(session, cpr, child_id=None):
        checked(session, cpr, child_id)
        # Without serialisation both creates pass the check before either inserts. With
        # the lock the other create is still waiting for it, so this wait gives up.
        try:
            both_checked.wait(timeout=3)
        except threading.BrokenBarrierError:
            pass
    monkeypatch.setattr(children, "ensure_cpr_free", check_then_wait_for_the_other)
    outcomes: list[object] = []

    def register(ctx, first_name: str) -> None:
        try:
            outcomes.append(children.create_child(ctx, ChildInput(first_name, "Lindqvist",
                                                                  cpr=CPR)))
        except ValidationError as exc:
            outcomes.append(exc)
    threads = [threading.Thread(target=register, args=(ctx, name))
               for ctx, name in ((first, "Åsa"), (second, "Aasa"))]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        refused = [o for o in outcomes if isinstance(o, ValidationError)]
        assert len(outcomes) == 2 and len(refused) == 1, outcomes
        assert "CPR-nummer" in refused[0].message
        assert len(children.list_children(first)) == 1
    finally:
        close_all(first, second)
