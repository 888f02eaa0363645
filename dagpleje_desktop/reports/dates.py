"""Danish dates as people write them: "23. november 2026", "kl. 10.00"."""

from __future__ import annotations

from datetime import date, datetime

MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


def danish_date(day: date | datetime | None, empty: str = "") -> str:
    if day is None:
        return empty
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date | datetime | None, empty: str = "") -> str:
    """Compact form for narrow table cells: 23.11.2026."""
    if day is None:
        return empty
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def clock(moment: datetime) -> str:
    return f"kl. {moment.hour:02d}.{moment.minute:02d}"


def danish_datetime(moment: datetime | None, empty: str = "") -> str:
    """Local time expected: "23. november 2026 kl. 10.00"."""
    if moment is None:
        return empty
    return f"{danish_date(moment)} {clock(moment)}"


def meeting_time(start: datetime, end: datetime | None = None) -> str:
    """"Mandag den 23. november 2026 kl. 10.00-11.30" (local times expected)."""
    text = f"{WEEKDAYS[start.weekday()].capitalize()} den {danish_date(start)} {clock(start)}"
    if end is not None:
        text += f"-{end.hour:02d}.{end.minute:02d}"
    return text


def period(start: date | None, end: date | None) -> str:
    if start and end:
        return f"{danish_date(start)} – {danish_date(end)}"
    if start:
        return f"fra {danish_date(start)}"
    if end:
        return f"til {danish_date(end)}"
    return "ikke angivet"


def age_text(months: int | None) -> str:
    if months is None:
        return ""
    years, rest = divmod(months, 12)
    if years == 0:
        return f"{rest} mdr."
    if rest == 0:
        return f"{years} år"
    return f"{years} år og {rest} mdr."
