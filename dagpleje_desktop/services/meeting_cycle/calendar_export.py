"""Calendar items as an iCalendar file that Outlook, Google and Apple calendars open.

Pure: no database. Timed events carry ``TZID=Europe/Copenhagen`` and the file has the
matching VTIMEZONE, so the times stay right across daylight-saving changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from ..context import LOCAL_TZ

if TYPE_CHECKING:
    from icalendar import Event

    from .calendar import CalendarItem

PRODID = "-//Dagpleje Desktop//Mini-dagplejen//DA"
UID_DOMAIN = "dagpleje-desktop"

# The EU rule (since 1996) written as yearly rules, the form Outlook itself writes and
# reads best; a list of transition dates would stop in 2037.
_COPENHAGEN_VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Copenhagen
X-LIC-LOCATION:Europe/Copenhagen
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""


def initials(name: str) -> str:
    """"Åse Ørsted" -> "Å.Ø."; "Anne-Marie Ørsted" -> "A.M.Ø."."""
    parts = [p for p in re.split(r"[\s\-–—]+", name.strip()) if p and p[0].isalpha()]
    return "".join(f"{p[0].upper()}." for p in parts)


def export_title(item: CalendarItem, include_names: bool) -> str:
    if include_names:
        return item.title
    subject = initials(item.subject) if item.subject else ""
    return f"{item.label} – {subject}" if subject else (item.label or item.kind)


def _uid(item: CalendarItem) -> str:
    key = item.id if item.id is not None else item.start.isoformat()
    return f"{item.kind}-{key}@{UID_DOMAIN}"


def _event(item: CalendarItem, include_names: bool, stamp: datetime) -> Event:
    from icalendar import Event
    event = Event()
    event.add("uid", _uid(item))
    event.add("dtstamp", stamp.astimezone(timezone.utc))
    event.add("summary", export_title(item, include_names))
    if item.all_day:
        event.add("dtstart", _as_date(item.start))
        event.add("dtend", _as_date(item.end) + timedelta(days=1))  # DTEND is exclusive
        event.add("transp", "TRANSPARENT")
    else:
        event.add("dtstart", item.start.astimezone(LOCAL_TZ))
        event.add("dtend", item.end.astimezone(LOCAL_TZ))
    # Shared Outlook calendars show a private event as busy time only.
    event.add("class", "PRIVATE")
    if include_names:
        if item.place:
            event.add("location", item.place)
        if item.detail:
            event.add("description", item.detail)
    return event


def _as_date(value: date | datetime) -> date:
    return value.astimezone(LOCAL_TZ).date() if isinstance(value, datetime) else value


def build_ics(items: Sequence[CalendarItem], *, include_names: bool = False,
              stamp: datetime | None = None) -> bytes:
    # icalendar is imported here, on export, not when the calendar service is loaded.
    from icalendar import Calendar, Timezone
    stamp = stamp or datetime.now(timezone.utc)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Mini-dagplejen")
    cal.add("x-wr-timezone", str(LOCAL_TZ))
    events = [_event(item, include_names, stamp) for item in items]
    if any(not item.all_day for item in items):
        cal.add_component(Timezone.from_ical(_COPENHAGEN_VTIMEZONE.replace("\n", "\r\n")))
    for event in events:
        cal.add_component(event)
    return cal.to_ical()
