"""Reading typed dates: every way Danes write a date gives that date, whatever today is;
an impossible or unreadable date is refused in Danish and never turned into another."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dagpleje_desktop.domain.date_input import UnreadableDate, read_date, spoken_date

# Month ends, a leap day and the day main's CI failed on: reading must not depend on them.
TODAYS = [date(2026, 12, 7), date(2027, 2, 28), date(2028, 2, 29), date(2026, 1, 31),
          date(2026, 12, 31), date(2070, 6, 15)]


@pytest.mark.parametrize("today", TODAYS, ids=str)
@pytest.mark.parametrize("typed", ["22-02-2027", "22.02.2027", "22/02/2027", "22/2-27", "22.2.27",
                                   "220227", "22022027", "2027-02-22", " 22 - 2 - 2027 ",
                                   "22.2.2027."])
def test_the_usual_ways_of_writing_a_date_all_read_as_that_date(typed, today):
    assert read_date(typed, today).day == date(2027, 2, 22)


@pytest.mark.parametrize("today", TODAYS, ids=str)
def test_words_count_from_today(today):
    assert read_date("i dag", today).day == today
    assert read_date("I morgen", today).day == today + timedelta(days=1)
    assert read_date("i går", today).day == today - timedelta(days=1)


def test_a_date_without_year_is_this_year_but_not_yet_complete():
    read = read_date("24-12", date(2026, 12, 7))
    assert read.day == date(2026, 12, 24) and not read.complete
    assert read_date("24-12-26", date(2026, 12, 7)).complete


@pytest.mark.parametrize("today, typed, year", [
    (date(2026, 12, 7), "01-01-98", 1998),   # a grandparent's birth year, not 2098
    (date(2026, 12, 7), "01-01-60", 2060),
    (date(2026, 12, 7), "01-01-77", 1977),
    (date(2099, 6, 15), "01-01-01", 2101),
])
def test_two_digit_years_are_the_closest_such_year(today, typed, year):
    assert read_date(typed, today).day.year == year


@pytest.mark.parametrize("typed, reason", [
    ("30-02-2027", "februar 2027 har 28 dage"),
    ("29-02-2027", "februar 2027 har 28 dage"),
    ("31-04-2027", "april 2027 har 30 dage"),
    ("12-13-2027", "ingen måned 13"),
    ("00-01-2027", "januar 2027 har 31 dage"),
])
def test_an_impossible_date_is_refused_with_the_reason(typed, reason):
    with pytest.raises(UnreadableDate) as refused:
        read_date(typed, date(2026, 12, 7))
    assert reason in refused.value.message and typed in refused.value.message


@pytest.mark.parametrize("typed", ["", "   ", "22-02-202", "i overmorgen om en uge", "abc",
                                   "2202202", "22--02--2027", "22-02-2027-1"])
def test_unreadable_text_is_refused_in_danish(typed):
    with pytest.raises(UnreadableDate) as refused:
        read_date(typed, date(2026, 12, 7))
    assert "Skriv" in refused.value.message


def test_a_leap_day_is_read_only_in_a_leap_year():
    assert read_date("29-02-2028", date(2026, 12, 7)).day == date(2028, 2, 29)
    assert read_date("290228", date(2026, 12, 7)).day == date(2028, 2, 29)
    with pytest.raises(UnreadableDate):
        read_date("29-02-2026", date(2028, 2, 29))


def test_the_field_says_the_date_in_words():
    assert spoken_date(date(2027, 2, 22)) == "mandag 22. februar 2027"
    assert spoken_date(date(2028, 2, 29)) == "tirsdag 29. februar 2028"


@given(day=st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)),
       today=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)))
def test_every_date_written_out_in_full_reads_back_as_itself(day, today):
    for typed in (f"{day:%d-%m-%Y}", f"{day:%d.%m.%Y}", f"{day.day}/{day.month}-{day.year}",
                  f"{day:%d%m%Y}", day.isoformat()):
        assert read_date(typed, today).day == day, typed


@given(day=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
       offset=st.integers(min_value=-49 * 365, max_value=49 * 365))
def test_a_two_digit_year_within_fifty_years_of_today_reads_back(day, offset):
    today = day + timedelta(days=offset)
    assert read_date(f"{day:%d.%m.%y}", today).day == day
    assert read_date(f"{day:%d%m%y}", today).day == day
