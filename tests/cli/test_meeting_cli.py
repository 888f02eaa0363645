"""``meeting list``, ``supervision due``, ``plan list`` and ``visit list`` on the demo data."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from cli_helpers import PASSWORD, assert_refused
from demo_support import ALMA, LUCJA, demo, demo_template, snapshot, unknown_id  # noqa: F401

from dagpleje_desktop.domain.enums import MeetingKind, MeetingStatus, UserRole
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.meeting_cycle import meetings
from dagpleje_desktop.services.installation import Installation

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
MEETING_FIELDS = {"id", "kind", "start", "end", "child_id", "status"}


def test_meeting_list_json_gives_kind_times_with_offset_child_and_status(demo, cli):
    rows = cli(*demo.at, "meeting", "list", "--json").json()

    assert rows and all(MEETING_FIELDS <= set(row) for row in rows)
    for row in rows:
        start, end = datetime.fromisoformat(row["start"]), datetime.fromisoformat(row["end"])
        assert start.utcoffset() is not None and end > start
        assert row["kind"] in {k.value for k in MeetingKind}
        assert row["status"] in {s.value for s in MeetingStatus}
    assert [r["start"] for r in rows] == sorted(
        (r["start"] for r in rows), key=datetime.fromisoformat)
    assert {"held", "planned"} <= {r["status"] for r in rows}


def test_meeting_list_for_one_child_shows_only_her_meetings(demo, cli):
    alma = demo.child_id(cli, ALMA)
    everything = cli(*demo.at, "meeting", "list", "--json").json()

    rows = cli(*demo.at, "meeting", "list", "--child", alma, "--json").json()

    assert rows == [r for r in everything if r["child_id"] == alma]
    assert {r["child_name"] for r in rows} == {ALMA}


def test_meeting_list_human_table_shows_local_times_and_danish_labels(demo, cli):
    first = cli(*demo.at, "meeting", "list", "--json").json()[0]
    start = datetime.fromisoformat(first["start"]).astimezone(COPENHAGEN)

    result = cli(*demo.at, "meeting", "list")

    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].split() == ["Tidspunkt", "Møde", "Barn", "Status", "Id"]
    row = next(line for line in lines if first["id"] in line)
    assert row.startswith(start.strftime("%d.%m.%Y %H:%M"))
    assert MeetingKind(first["kind"]).label in row and MeetingStatus(first["status"]).label in row
    assert lines[0].index("Id") == row.index(first["id"])


def test_meeting_list_refuses_an_unknown_or_malformed_child(demo, cli):
    before = snapshot(demo.installation)

    assert_refused(cli(*demo.at, "meeting", "list", "--child", unknown_id()), "findes ikke")
    assert_refused(cli(*demo.at, "meeting", "list", "--child", "Alma"), "»Alma«")
    assert snapshot(demo.installation) == before


def test_supervision_due_json_names_the_overdue_home_first(demo, cli):
    today = datetime.now(COPENHAGEN).date()

    rows = cli(*demo.at, "supervision", "due", "--json").json()

    assert rows and all({"home_id", "home_name", "last_visit", "days_since", "overdue"}
                        <= set(r) for r in rows)
    assert rows[0]["overdue"] is True  # the demo keeps at least one home overdue
    for row in rows:
        last = date.fromisoformat(row["last_visit"])
        assert row["days_since"] == (today - last).days
        assert row["overdue"] == (row["days_since"] > 30)


def test_supervision_due_table_marks_the_overdue_home(demo, cli):
    overdue = cli(*demo.at, "supervision", "due", "--json").json()[0]

    result = cli(*demo.at, "supervision", "due")

    assert result.code == 0, result.err
    assert result.out.splitlines()[0].split()[:3] == ["Dagplejehjem", "Seneste", "tilsyn"]
    row = next(line for line in result.out.splitlines() if overdue["home_id"] in line)
    assert overdue["home_name"] in row and "Overskredet" in row
    assert date.fromisoformat(overdue["last_visit"]).strftime("%d.%m.%Y") in row


def test_plan_list_shows_every_version_with_status_and_approval(demo, cli):
    alma = demo.child_id(cli, ALMA)

    rows = cli(*demo.at, "plan", "list", "--json").json()
    almas = cli(*demo.at, "plan", "list", "--child", alma, "--json").json()

    assert all({"id", "child_id", "version", "status", "approved_on"} <= set(r) for r in rows)
    assert almas == [r for r in rows if r["child_id"] == alma]
    assert [(r["version"], r["status"]) for r in almas] == [(2, "approved"), (1, "superseded")]
    assert date.fromisoformat(almas[0]["approved_on"]) > date.fromisoformat(
        almas[1]["approved_on"])
    assert not [r for r in rows if r["child_id"] == demo.child_id(cli, LUCJA)]


def test_plan_list_table_and_unknown_child(demo, cli):
    result = cli(*demo.at, "plan", "list")

    assert result.code == 0, result.err
    assert result.out.splitlines()[0].split()[:3] == ["Barn", "Version", "Status"]
    assert any(ALMA in line and "Godkendt" in line for line in result.out.splitlines())
    assert_refused(cli(*demo.at, "plan", "list", "--child", unknown_id()), "findes ikke")


def test_visit_list_filters_by_home_and_refuses_an_unknown_home(demo, cli):
    overdue_home = cli(*demo.at, "supervision", "due", "--json").json()[0]["home_id"]
    everything = cli(*demo.at, "visit", "list", "--json").json()

    rows = cli(*demo.at, "visit", "list", "--home", overdue_home, "--json").json()

    assert all({"id", "kind", "home_id", "child_id", "visited_at"} <= set(r) for r in everything)
    assert rows and rows == [r for r in everything if r["home_id"] == overdue_home]
    assert all(datetime.fromisoformat(r["visited_at"]).utcoffset() is not None for r in rows)
    table = cli(*demo.at, "visit", "list", "--home", overdue_home)
    assert table.code == 0 and rows[0]["id"] in table.out and "Tilsyn" in table.out
    before = snapshot(demo.installation)
    assert_refused(cli(*demo.at, "visit", "list", "--home", unknown_id()), "findes ikke")
    assert snapshot(demo.installation) == before


def test_meeting_list_on_postgresql_keeps_the_local_time_across_summer_time(pg_url, cli):
    installation = Installation(database_url=pg_url)
    installation.create(role=UserRole.CONSULTANT, name="Karen Konsulent", username="test",
                        password=PASSWORD)
    ctx = installation.login("test", PASSWORD)
    try:
        child = children.create_child(ctx, children.ChildInput("Ida", "Sørensen"))
        starts = datetime(2025, 3, 31, 10, 0, tzinfo=COPENHAGEN)  # the day after the change
        meeting = meetings.plan_meeting(ctx, meetings.MeetingInput(
            MeetingKind.STATUS, starts, starts + timedelta(hours=1, minutes=30),
            child_id=child.id, place="Dagplejekontoret"))
    finally:
        ctx.close()

    rows = cli("--database-url", pg_url, "meeting", "list", "--json").json()

    assert [(r["id"], r["kind"], r["start"], r["end"], r["child_id"], r["status"])
            for r in rows] == [(str(meeting.summary.id), "status", "2025-03-31T10:00:00+02:00",
                                "2025-03-31T11:30:00+02:00", str(child.id), "planned")]
    table = cli("--database-url", pg_url, "meeting", "list")
    assert "31.03.2025 10:00–11:30" in table.out and "Ida Sørensen" in table.out
