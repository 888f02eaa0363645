"""Capacity, lockout delays and ages: the small rules users meet every day."""

from datetime import date

import pytest

from dagpleje_desktop.domain.ages import age_in_months, describe_age
from dagpleje_desktop.domain.capacity import HomeCapacity, check_places_per_child
from dagpleje_desktop.domain.errors import CapacityError, ValidationError
from dagpleje_desktop.domain.lockout import MAX_DELAY_SECONDS, lockout_seconds


@pytest.mark.parametrize("places", [2, 3, 4])
def test_mini_child_may_count_for_two_to_four_places(places):
    check_places_per_child(places)


@pytest.mark.parametrize("places", [0, 1, 5, -2])
def test_other_place_counts_are_refused_naming_the_number(places):
    with pytest.raises(ValidationError, match=f"2-4 pladser, ikke {places}"):
        check_places_per_child(places)


def test_home_with_room_accepts_the_child():
    HomeCapacity("Solstrålen", 4, 2).check_room_for(2)
    HomeCapacity("Solstrålen", 4, 0).check_room_for(4)


def test_full_home_refuses_naming_home_places_and_taken():
    capacity = HomeCapacity("Solstrålen", 4, 2)
    with pytest.raises(CapacityError) as caught:
        capacity.check_room_for(3)
    message = str(caught.value)
    assert "Solstrålen" in message
    assert "4 pladser" in message
    assert "2 er optaget" in message
    assert "tæller for 3" in message
    assert isinstance(caught.value, ValidationError)  # shown like any other bad input


def test_overbooked_home_has_no_negative_free_places():
    assert HomeCapacity("Solstrålen", 4, 6).free == 0


def test_first_failed_logins_cost_nothing_then_the_delay_doubles():
    assert [lockout_seconds(n) for n in range(6)] == [0, 0, 0, 30, 60, 120]


def test_lockout_never_shrinks_and_is_capped_at_an_hour():
    delays = [lockout_seconds(n) for n in range(200)]
    assert delays == sorted(delays)
    assert max(delays) == MAX_DELAY_SECONDS == 3600
    assert lockout_seconds(10_000) == 3600


@pytest.mark.parametrize("born, on, months", [
    (date(2023, 3, 1), date(2024, 3, 1), 12),
    (date(2023, 3, 1), date(2024, 2, 29), 11),
    (date(2023, 1, 31), date(2023, 2, 28), 0),   # not a month until the day comes round
    (date(2023, 1, 31), date(2023, 3, 1), 1),
    (date(2023, 3, 15), date(2023, 3, 15), 0),
    (date(2023, 3, 15), date(2022, 1, 1), 0),    # unborn: never negative
    (date(2020, 6, 10), date(2024, 6, 9), 47),
])
def test_age_in_whole_months(born, on, months):
    assert age_in_months(born, on) == months


@pytest.mark.parametrize("months, text", [
    (0, "0 mdr."), (5, "5 mdr."), (12, "1 år"), (14, "1 år 2 mdr."), (36, "3 år"),
    (47, "3 år 11 mdr."),
])
def test_age_is_described_in_danish(months, text):
    assert describe_age(months) == text
