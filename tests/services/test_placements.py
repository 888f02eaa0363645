"""Placements: a home is never overbooked, a child is never in two homes at once."""

from datetime import timedelta

import pytest

from dagpleje_desktop.domain.enums import ChildStatus, HomeKind
from dagpleje_desktop.domain.errors import CapacityError, ValidationError
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import children, homes, placements
from dagpleje_desktop.services.records.children import ChildInput


def _kid(ctx, first):
    return children.create_child(ctx, ChildInput(first, "Jensen"))


def _snapshot(ctx, home_id, child_id):
    """What a user could see change: the home's places, the child's record, the log."""
    detail = children.get_child(ctx, child_id)
    return (homes.get_home(ctx, home_id).taken, detail.summary.status,
            detail.placements, audit.count_events(ctx) - 1)  # minus the VIEW just logged


def test_full_home_refuses_the_next_child_naming_home_places_and_taken(office_ctx, mini_home):
    today = office_ctx.today()
    bo, anna, carl = (_kid(office_ctx, n) for n in ("Bo", "Anna", "Carl"))
    placements.place_child(office_ctx, bo.id, mini_home.id, 2, today)
    placements.place_child(office_ctx, anna.id, mini_home.id, 2, today)
    assert homes.get_home(office_ctx, mini_home.id).free == 0

    before = _snapshot(office_ctx, mini_home.id, carl.id)
    with pytest.raises(CapacityError) as caught:
        placements.place_child(office_ctx, carl.id, mini_home.id, 2, today)
    assert str(caught.value).startswith("Solstrålen har 4 pladser, og 4 er optaget")
    after = _snapshot(office_ctx, mini_home.id, carl.id)
    assert after[:3] == before[:3] == (4, ChildStatus.REFERRED, [])
    assert after[3] == before[3] + 1  # only the VIEW of the first snapshot was added


def test_future_placement_counts_when_the_new_one_would_overlap_it(office_ctx, mini_home):
    today = office_ctx.today()
    bo, anna = _kid(office_ctx, "Bo"), _kid(office_ctx, "Anna")
    placements.place_child(office_ctx, bo.id, mini_home.id, 3, today + timedelta(days=30))
    with pytest.raises(CapacityError, match="3 er optaget"):
        placements.place_child(office_ctx, anna.id, mini_home.id, 2, today)
    with pytest.raises(CapacityError):
        placements.place_child(office_ctx, anna.id, mini_home.id, 2, today,
                               today + timedelta(days=30))
    # ending the day before the other child starts fits
    placed = placements.place_child(office_ctx, anna.id, mini_home.id, 2, today,
                                    today + timedelta(days=29))
    assert placed.end_date == today + timedelta(days=29)


def test_a_placement_that_has_ended_frees_its_places(office_ctx, mini_home):
    today = office_ctx.today()
    bo, anna = _kid(office_ctx, "Bo"), _kid(office_ctx, "Anna")
    placements.place_child(office_ctx, bo.id, mini_home.id, 4, today - timedelta(days=100),
                           today - timedelta(days=1))
    assert homes.get_home(office_ctx, mini_home.id).taken == 0
    with pytest.raises(CapacityError):  # but not while it still ran
        placements.place_child(office_ctx, anna.id, mini_home.id, 4, today - timedelta(days=50))
    placements.place_child(office_ctx, anna.id, mini_home.id, 4, today)
    assert homes.get_home(office_ctx, mini_home.id).taken == 4


def test_ending_a_placement_frees_the_home_from_the_day_after(office_ctx, mini_home):
    today = office_ctx.today()
    bo, anna = _kid(office_ctx, "Bo"), _kid(office_ctx, "Anna")
    placement = placements.place_child(office_ctx, bo.id, mini_home.id, 4, today)
    ended = placements.end_placement(office_ctx, placement.id, today + timedelta(days=10),
                                     " Start i børnehave ", "Børnehuset Mælkebøtten")
    assert (ended.end_date, ended.end_reason, ended.next_institution) == (
        today + timedelta(days=10), "Start i børnehave", "Børnehuset Mælkebøtten")
    with pytest.raises(CapacityError):
        placements.place_child(office_ctx, anna.id, mini_home.id, 4, today + timedelta(days=10))
    placements.place_child(office_ctx, anna.id, mini_home.id, 4, today + timedelta(days=11))
    shown = children.get_child(office_ctx, bo.id).placements[0]
    assert shown.end_reason == "Start i børnehave"
    assert shown.is_active(today + timedelta(days=10))
    assert not shown.is_active(today + timedelta(days=11))


def test_ending_before_the_start_is_refused_and_changes_nothing(office_ctx, mini_home):
    today = office_ctx.today()
    bo = _kid(office_ctx, "Bo")
    placement = placements.place_child(office_ctx, bo.id, mini_home.id, 2, today)
    with pytest.raises(ValidationError, match="før indskrivningens start"):
        placements.end_placement(office_ctx, placement.id, today - timedelta(days=1), "fejl")
    assert children.get_child(office_ctx, bo.id).placements[0].end_date is None


@pytest.mark.parametrize("places", [1, 5])
def test_mini_child_counts_for_two_to_four_places(office_ctx, mini_home, places):
    bo = _kid(office_ctx, "Bo")
    with pytest.raises(ValidationError, match=f"2-4 pladser, ikke {places}"):
        placements.place_child(office_ctx, bo.id, mini_home.id, places, office_ctx.today())
    assert children.get_child(office_ctx, bo.id).placements == []


def test_ordinary_home_takes_a_child_for_one_place(office_ctx):
    home = homes.create_home(office_ctx, homes.HomeInput("Lærkereden", HomeKind.ORDINARY, 5))
    bo = _kid(office_ctx, "Bo")
    placements.place_child(office_ctx, bo.id, home.id, 1, office_ctx.today())
    assert homes.get_home(office_ctx, home.id).taken == 1


def test_a_child_cannot_be_placed_twice_in_overlapping_periods(office_ctx, mini_home):
    today = office_ctx.today()
    other_home = homes.create_home(office_ctx, homes.HomeInput("Bikuben", HomeKind.MINI, 4))
    bo = _kid(office_ctx, "Bo")
    first = placements.place_child(office_ctx, bo.id, mini_home.id, 2, today)
    with pytest.raises(ValidationError, match="Bo Jensen er allerede indskrevet hos Solstrålen"):
        placements.place_child(office_ctx, bo.id, other_home.id, 2, today + timedelta(days=30))
    assert homes.get_home(office_ctx, other_home.id).taken == 0
    # moving home: end the first placement, then the next one may follow on
    placements.end_placement(office_ctx, first.id, today + timedelta(days=29), "flytter")
    placements.place_child(office_ctx, bo.id, other_home.id, 2, today + timedelta(days=30))
    assert [p.home_name for p in children.get_child(office_ctx, bo.id).placements] == [
        "Bikuben", "Solstrålen"]


def test_end_date_before_start_date_is_refused(office_ctx, mini_home):
    today = office_ctx.today()
    bo = _kid(office_ctx, "Bo")
    with pytest.raises(ValidationError, match="Slutdatoen ligger før startdatoen"):
        placements.place_child(office_ctx, bo.id, mini_home.id, 2, today,
                               today - timedelta(days=1))
    assert children.get_child(office_ctx, bo.id).placements == []


def test_moving_an_end_date_later_cannot_overbook_the_home(office_ctx, mini_home):
    today = office_ctx.today()
    bo, anna = _kid(office_ctx, "Bo"), _kid(office_ctx, "Anna")
    first = placements.place_child(office_ctx, bo.id, mini_home.id, 4, today,
                                   today + timedelta(days=9))
    placements.place_child(office_ctx, anna.id, mini_home.id, 4, today + timedelta(days=10))
    with pytest.raises(CapacityError, match="Solstrålen har 4 pladser"):
        placements.end_placement(office_ctx, first.id, today + timedelta(days=20), "forlænget")
    assert children.get_child(office_ctx, bo.id).placements[0].end_date == \
        today + timedelta(days=9)


def test_moving_an_end_date_later_cannot_overlap_the_childs_next_home(office_ctx, mini_home):
    today = office_ctx.today()
    other_home = homes.create_home(office_ctx, homes.HomeInput("Bikuben", HomeKind.MINI, 4))
    bo = _kid(office_ctx, "Bo")
    first = placements.place_child(office_ctx, bo.id, mini_home.id, 2, today,
                                   today + timedelta(days=9))
    placements.place_child(office_ctx, bo.id, other_home.id, 2, today + timedelta(days=10))
    with pytest.raises(ValidationError, match="allerede indskrevet hos Bikuben"):
        placements.end_placement(office_ctx, first.id, today + timedelta(days=20), "forlænget")
    # an earlier end is always fine
    ended = placements.end_placement(office_ctx, first.id, today + timedelta(days=5), "flytter")
    assert ended.end_date == today + timedelta(days=5)
