"""Danish dates, times and periods for the screen (23. november 2026 kl. 14.30)."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from zoneinfo import ZoneInfo

from ..domain.ages import describe_age
from ..domain.domains import domain_by_code
from .domain_labels import label

LOCAL_TZ = ZoneInfo("Europe/Copenhagen")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")


def format_date(day: date | None) -> str:
    if day is None:
        return ""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def format_datetime(moment: datetime) -> str:
    local = moment.astimezone(LOCAL_TZ) if moment.tzinfo else moment
    return f"{format_date(local.date())} kl. {local:%H.%M}"


def format_period(start: date, end: date | None) -> str:
    return f"{format_date(start)} – {format_date(end) if end else 'nu'}"


def format_age(months: int | None) -> str:
    return describe_age(months) if months is not None else "Ukendt alder"


def domain_labels(codes: tuple[str, ...]) -> str:
    labels = []
    for code in codes:
        try:
            labels.append(label(domain_by_code(code)))
        except KeyError:  # a domain from a newer version: show the code, never crash
            labels.append(code)
    return ", ".join(labels)


# Danish alphabetical order: æ, ø, å after z; other accents sort with their base letter
# (é with e, ł with l, ö with ø, ü with y), so "Łucja" sits among the L's, not after "Å".
_DANISH_LETTERS = {"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}",  # the ASCII after z
                   "ü": "y", "ł": "l", "đ": "d", "ß": "ss"}


def danish_sort_key(text: str) -> str:
    out = []
    for ch in text.casefold():
        if ch in _DANISH_LETTERS:
            out.append(_DANISH_LETTERS[ch])
            continue
        base = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out)
