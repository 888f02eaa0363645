"""``calendar export``: an .ics file that calendars open, with initials only by default."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import assert_refused
from demo_support import ALMA, demo, demo_template, new_events, snapshot  # noqa: F401
from icalendar import Calendar

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def _almas_meeting(demo, cli) -> dict:
    alma = demo.child_id(cli, ALMA)
    rows = cli(*demo.at, "meeting", "list", "--child", alma, "--json").json()
    return next(r for r in rows if r["status"] != "cancelled")


def _around(meeting: dict) -> tuple[date, date]:
    day = datetime.fromisoformat(meeting["start"]).astimezone(COPENHAGEN).date()
    return day - timedelta(days=3), day + timedelta(days=3)


def _unfolded(path) -> str:
    return path.read_text(encoding="utf-8").replace("\r\n ", "")


def _event(calendar: Calendar, uid_key: str):
    return next(e for e in calendar.walk("VEVENT") if uid_key in str(e["UID"]))


def test_export_writes_an_ics_with_initials_and_copenhagen_times(demo, cli):
    meeting = _almas_meeting(demo, cli)
    start, end = _around(meeting)
    target = demo.out / "kalender.ics"

    result = cli(*demo.at, "calendar", "export", "--from", start.isoformat(),
                 "--to", end.isoformat(), "-o", target)

    assert result.code == 0, result.err
    assert str(target) in result.out and "kun med forbogstaver" in result.out
    calendar = Calendar.from_ical(target.read_bytes())
    event = _event(calendar, meeting["id"])
    assert str(event["SUMMARY"]).endswith("– A.K.S.")
    assert "LOCATION" not in event
    dtstart = event.decoded("DTSTART")
    assert dtstart == datetime.fromisoformat(meeting["start"])
    assert event["DTSTART"].params["TZID"] == "Europe/Copenhagen"
    assert event.decoded("DTEND") == datetime.fromisoformat(meeting["end"])


def test_a_default_export_names_no_child_no_home_and_no_childminder(demo, cli):
    children = cli(*demo.at, "child", "list", "--all", "--json").json()
    homes = cli(*demo.at, "home", "list", "--json").json()
    people = {h["name"] for h in homes} | {h["childminder_name"] for h in homes}
    target = demo.out / "aar.ics"

    result = cli(*demo.at, "calendar", "export", "--from", "01.01.2024", "--to", "31.12.2027",
                 "-o", target)

    assert result.code == 0, result.err
    assert len(list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))) > 20
    text = _unfolded(target)
    for child in children:
        assert child["name"] not in text and child["first_name"] not in text
    for name in people:
        assert name not in text


def test_names_are_included_only_when_asked_for(demo, cli):
    meeting = _almas_meeting(demo, cli)
    start, end = _around(meeting)
    target = demo.out / "med-navne.ics"

    result = cli(*demo.at, "calendar", "export", "--from", start, "--to", end, "-o", target,
                 "--names")

    assert result.code == 0, result.err
    assert "med fulde navne" in result.out
    event = _event(Calendar.from_ical(target.read_bytes()), meeting["id"])
    assert ALMA in str(event["SUMMARY"])
    assert str(event["LOCATION"]) == meeting["place"]


def test_the_export_is_logged(demo, cli):
    before = snapshot(demo.installation)

    cli(*demo.at, "calendar", "export", "--from", "2026-01-01", "--to", "2026-01-31",
        "-o", demo.out / "jan.ics")

    assert ("export", "calendar") in [(e[1], e[2]) for e in new_events(demo.installation,
                                                                       before)]


@pytest.mark.parametrize("period, fragment", [
    (("2026-02-30", "2026-03-31"), "»2026-02-30« er ikke en gyldig dato"),
    (("1. marts", "2026-03-31"), "»1. marts« er ikke en gyldig dato"),
    (("2026-03-31", "2026-03-01"), "slutter før den begynder"),
])
def test_bad_dates_are_refused_and_nothing_is_written(demo, cli, period, fragment):
    before = snapshot(demo.installation)

    result = cli(*demo.at, "calendar", "export", "--from", period[0], "--to", period[1],
                 "-o", demo.out / "k.ics")

    assert_refused(result, fragment)
    assert demo.files() == []
    assert snapshot(demo.installation) == before


def test_an_unwritable_target_is_refused_and_nothing_is_written(demo, cli):
    before = snapshot(demo.installation)
    (demo.out / "mappe.ics").mkdir()

    missing = cli(*demo.at, "calendar", "export", "--from", "2026-03-01", "--to", "2026-03-31",
                  "-o", demo.out / "findes-ikke" / "k.ics")
    folder = cli(*demo.at, "calendar", "export", "--from", "2026-03-01", "--to", "2026-03-31",
                 "-o", demo.out / "mappe.ics")

    assert_refused(missing, "findes ikke")
    assert_refused(folder, "er en mappe")
    assert demo.files() == ["mappe.ics"] and not any((demo.out / "mappe.ics").iterdir())
    assert snapshot(demo.installation) == before
