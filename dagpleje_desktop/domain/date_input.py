"""Reading a date as Danes type it: 22-02-2027, 22.2.27, 22/2-27, 220227, i morgen.

Pure functions with no framework, so the date field, the CLI and tests share one reading.
An unreadable or impossible date is an error with a Danish message; it is never
replaced by a nearby date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import Label, ValidationError

MONTH_NAMES = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
               "september", "oktober", "november", "december")
WEEKDAY_NAMES = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")

RELATIVE_WORDS = {
    "i dag": 0, "idag": 0, "dd": 0,
    "i morgen": 1, "imorgen": 1,
    "i overmorgen": 2, "iovermorgen": 2,
    "i går": -1, "igår": -1, "i gaar": -1,
    "i forgårs": -2, "iforgårs": -2,
    # the English interface's hint names these
    "today": 0, "tomorrow": 1, "yesterday": -1,
}

# Day, month and an optional year, separated by '-', '.', '/' or spaces in any mix
# ("22/2-27" is how many Danes write it by hand).
SEPARATED = re.compile(r"^(\d{1,2})\s*[-./ ]\s*(\d{1,2})(?:\s*[-./ ]\s*(\d{2}|\d{4}))?\.?$")
ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
DIGITS = re.compile(r"^\d{6}$|^\d{8}$")
HINT = "Skriv datoen som dag-måned-år, fx 22-02-2027, 22.2.27 eller 220227."


class UnreadableDate(ValidationError):
    """A typed date that cannot be read, or that does not exist in the calendar."""


@dataclass(frozen=True)
class ReadDate:
    day: date
    complete: bool  # the person typed a year (or a word): no more typing is expected


def spoken_date(day: date) -> str:
    """"mandag 22. februar 2027": how the field confirms what it understood."""
    return f"{WEEKDAY_NAMES[day.weekday()]} {day.day}. {MONTH_NAMES[day.month - 1]} {day.year}"


def read_date(text: str, today: date) -> ReadDate:
    """The date ``text`` means, with ``today`` for words, a missing year and two-digit years.

    Raises UnreadableDate with a Danish message for anything else.
    """
    typed = " ".join(text.strip().lower().split())
    if not typed:
        raise UnreadableDate("Skriv en dato. {hint}", hint=Label(HINT), log_message="empty date")
    if typed in RELATIVE_WORDS:
        return ReadDate(today + timedelta(days=RELATIVE_WORDS[typed]), True)
    if DIGITS.match(typed):
        year = typed[4:]
        return ReadDate(_checked(text, int(year) if len(year) == 4 else _century(int(year), today),
                                 int(typed[2:4]), int(typed[:2])), True)
    iso = ISO.match(typed)
    if iso:
        return ReadDate(_checked(text, int(iso[1]), int(iso[2]), int(iso[3])), True)
    separated = SEPARATED.match(typed)
    if separated:
        day, month, year = separated.groups()
        if year is None:
            return ReadDate(_checked(text, today.year, int(month), int(day)), False)
        full_year = int(year) if len(year) == 4 else _century(int(year), today)
        return ReadDate(_checked(text, full_year, int(month), int(day)), True)
    raise UnreadableDate("»{text}« kan ikke læses som en dato. {hint}",
                         text=text.strip(), hint=Label(HINT),
                         log_message="unreadable date")


def _century(two_digits: int, today: date) -> int:
    """The year ending in ``two_digits`` closest to today (27 → 2027, 98 → 1998 in 2026)."""
    base = today.year - today.year % 100 + two_digits
    return min((base - 100, base, base + 100), key=lambda year: abs(year - today.year))


def _checked(text: str, year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise UnreadableDate("»{text}« findes ikke: der er ingen måned {month}. {hint}",
                             text=text.strip(), month=month, hint=Label(HINT),
                             log_message="month out of range")
    if not 1 <= year <= 9999:
        raise UnreadableDate("»{text}« findes ikke. {hint}", text=text.strip(), hint=Label(HINT),
                             log_message="year out of range")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise UnreadableDate(
            "»{text}« findes ikke: {month_name} {year} har {last} dage.",
            text=text.strip(), month_name=Label(MONTH_NAMES[month - 1]), year=year, last=last,
            log_message="day out of range")
    return date(year, month, day)
