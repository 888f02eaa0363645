"""The timeline reads a child's observations a page at a time, with the count up front."""

from datetime import timedelta

import pytest

from dagpleje_desktop.domain.enums import AuditAction, WellbeingPosition
from dagpleje_desktop.domain.errors import NotFoundError
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.journal.observations import ObservationFilter, ObservationInput


@pytest.fixture
def seven(office_ctx):
    """Bo with seven observations an hour apart (0 newest), every third one red."""
    bo = children.create_child(office_ctx, children.ChildInput("Bo", "Jensen"))
    now = office_ctx.now()
    made = [observations.create_observation(office_ctx, ObservationInput(
        bo.id, f"Note {n}", observed_at=now - timedelta(hours=n + 1),
        domains=("language",) if n % 2 == 0 else (),
        position=WellbeingPosition.RED if n % 3 == 0 else WellbeingPosition.GREEN))
        for n in range(7)]
    return bo, made


def _texts(page):
    return [o.text for o in page.rows]


def test_pages_follow_each_other_newest_first_with_the_total(office_ctx, seven):
    bo, _ = seven
    first = observations.observation_page(office_ctx, bo.id, limit=3)
    second = observations.observation_page(office_ctx, bo.id, offset=3, limit=3, count=False)
    last = observations.observation_page(office_ctx, bo.id, offset=6, limit=3)
    assert (first.total, _texts(first)) == (7, ["Note 0", "Note 1", "Note 2"])
    assert (second.total, _texts(second)) == (None, ["Note 3", "Note 4", "Note 5"])
    assert _texts(last) == ["Note 6"]


def test_filters_apply_to_the_count_and_the_pages(office_ctx, seven):
    bo, _ = seven
    red = observations.observation_page(
        office_ctx, bo.id, ObservationFilter(position=WellbeingPosition.RED))
    language = observations.observation_page(
        office_ctx, bo.id, ObservationFilter(domain="language"), limit=2)
    assert (red.total, _texts(red)) == (3, ["Note 0", "Note 3", "Note 6"])
    assert (language.total, _texts(language)) == (4, ["Note 0", "Note 2"])


def test_deleted_observations_are_neither_counted_nor_listed(office_ctx, seven):
    bo, made = seven
    observations.delete_observation(office_ctx, made[1].id)
    page = observations.observation_page(office_ctx, bo.id, limit=3)
    assert (page.total, _texts(page)) == (6, ["Note 0", "Note 2", "Note 3"])


def test_opening_the_list_is_logged_once_not_per_page(office_ctx, seven):
    bo, _ = seven
    before = len(audit.list_events(office_ctx, child_id=bo.id, limit=1000))
    observations.observation_page(office_ctx, bo.id, limit=3)
    observations.observation_page(office_ctx, bo.id, offset=3, limit=3, count=False)
    events = audit.list_events(office_ctx, child_id=bo.id, limit=1000)
    assert len(events) == before + 1
    assert (events[0].action, events[0].entity) == (AuditAction.VIEW, "observation_list")


def test_the_position_of_an_observation_is_where_the_timeline_shows_it(office_ctx, seven):
    bo, made = seven
    red = ObservationFilter(position=WellbeingPosition.RED)
    assert observations.observation_position(office_ctx, bo.id, made[4].id) == 4
    assert observations.observation_position(office_ctx, bo.id, made[6].id, red) == 2
    assert observations.observation_position(office_ctx, bo.id, made[4].id, red) is None


def test_an_unknown_child_has_no_page(office_ctx):
    import uuid
    with pytest.raises(NotFoundError):
        observations.observation_page(office_ctx, uuid.uuid4())
