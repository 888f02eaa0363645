"""``referral list``, ``absence add``, ``guest-care propose`` and ``course list`` on the
demo data (installed once per module, copied per test)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest
from cli_helpers import assert_refused
from demo_support import LUCJA, demo, demo_template, snapshot, unknown_id  # noqa: F401

from dagpleje_desktop.services.context import LOCAL_TZ

METTE_HOME = "Mette Lund – Vonsild"          # mini home with Oskar and Zoë
ORDINARY = {"Anne-Mette Vestergaard – Kolding Ø", "Zeynep Özdemir – Dalby"}
REFERRAL_FIELDS = {"id", "child_id", "child_name", "referrer_type", "referrer_name",
                   "requested_places", "status", "status_label", "received_on",
                   "committee_date", "granted_places", "next_step"}


def today() -> date:
    return datetime.now(LOCAL_TZ).date()


def homes_by_name(demo, cli) -> dict[str, dict]:
    return {h["name"]: h for h in cli(*demo.at, "home", "list", "--json").json()}


def add_absence(demo, cli, home_id: str, start: date, end: date, reason="illness"):
    return cli(*demo.at, "absence", "add", "--home", home_id, "--from", start.isoformat(),
               "--to", end.isoformat(), "--reason", reason)


# -- referral list -------------------------------------------------------------------

def test_referral_list_json_has_the_pending_referral_and_the_granted_ones(demo, cli):
    rows = cli(*demo.at, "referral", "list", "--json").json()

    assert len(rows) == 7 and all(REFERRAL_FIELDS <= set(r) for r in rows)
    (pending,) = [r for r in rows if r["status"] in ("received", "in_visitation")]
    assert pending["child_name"] == LUCJA and pending["child_id"] == demo.child_id(cli, LUCJA)
    assert pending["status_label"] == "Til visitation"
    assert today() < date.fromisoformat(pending["committee_date"])
    assert pending["next_step"].startswith("Afventer visitation")
    assert pending["referrer_type"] == "health_visitor" and pending["granted_places"] is None
    granted = [r for r in rows if r["status"] == "granted"]
    assert len(granted) == 6 and all(2 <= r["granted_places"] <= 4 for r in granted)
    received = [r["received_on"] for r in rows]
    assert received == sorted(received, reverse=True)


def test_referral_list_table_shows_danish_status_and_next_step(demo, cli):
    result = cli(*demo.at, "referral", "list")

    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].split()[:3] == ["Modtaget", "Barn", "Indstillet"]
    row = next(line for line in lines if LUCJA in line)
    assert "Til visitation" in row and "Afventer visitation" in row
    assert "Bevilget" in result.out


# -- absence add and guest-care propose ----------------------------------------------

def test_absence_add_prints_the_id_that_guest_care_propose_takes(demo, cli):
    homes = homes_by_name(demo, cli)
    start = today() + timedelta(days=1)

    added = add_absence(demo, cli, homes[METTE_HOME]["id"], start, start + timedelta(days=2))

    assert added.code == 0, added.err
    absence_id = added.out.strip()
    assert str(uuid.UUID(absence_id)) == absence_id and added.out.count("\n") == 1
    rows = cli(*demo.at, "guest-care", "propose", absence_id, "--json").json()
    children = {c["id"]: c["name"] for c in cli(*demo.at, "child", "list", "--json").json()}
    assert sorted(children[r["child_id"]] for r in rows) == [
        "Oskar Bjørn Lauritsen", "Zoë Andersen Bach"]
    for row in rows:
        assert set(row) == {"child_id", "homes"}
        assert {h["home_name"] for h in row["homes"]} == ORDINARY
        for home in row["homes"]:
            assert set(home) == {"home_id", "home_name", "free_places"}
            assert home["home_id"] == homes[home["home_name"]]["id"]
            assert 1 <= home["free_places"] <= homes[home["home_name"]]["places"]


def test_a_guest_home_away_itself_in_the_period_is_not_proposed(demo, cli):
    homes = homes_by_name(demo, cli)
    start = today() + timedelta(days=1)
    end = start + timedelta(days=4)
    absence_id = add_absence(demo, cli, homes[METTE_HOME]["id"], start, end).out.strip()
    away = "Zeynep Özdemir – Dalby"
    assert add_absence(demo, cli, homes[away]["id"], end, end, "course").code == 0

    rows = cli(*demo.at, "guest-care", "propose", absence_id, "--json").json()

    assert rows and all({h["home_name"] for h in r["homes"]} == ORDINARY - {away}
                        for r in rows)


def test_guest_care_propose_table_names_child_home_and_the_taskeseddel(demo, cli):
    homes = homes_by_name(demo, cli)
    start = today() + timedelta(days=1)
    absence_id = add_absence(demo, cli, homes[METTE_HOME]["id"], start, start).out.strip()

    result = cli(*demo.at, "guest-care", "propose", absence_id)

    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].split()[:3] == ["Barn", "Periode", "Gæstehjem"]
    assert any("Oskar Bjørn Lauritsen" in line and "Anne-Mette Vestergaard" in line
               for line in lines)
    assert "taskesedlen" in result.out and "særlige behov" in result.out


def test_an_absence_in_a_home_without_children_proposes_nothing(demo, cli):
    homes = homes_by_name(demo, cli)
    start = today() + timedelta(days=1)
    absence_id = add_absence(demo, cli, homes["Zeynep Özdemir – Dalby"]["id"], start,
                             start).out.strip()

    assert cli(*demo.at, "guest-care", "propose", absence_id, "--json").json() == []
    assert "berører ingen børn" in cli(*demo.at, "guest-care", "propose", absence_id).out


@pytest.mark.parametrize("args, fragments", [
    (["--home", "{unknown}", "--from", "{start}", "--to", "{start}", "--reason", "illness"],
     ["findes ikke"]),
    (["--home", "Mette", "--from", "{start}", "--to", "{start}", "--reason", "illness"],
     ["»Mette«", "dagplejehjem-id"]),
    (["--home", "{home}", "--from", "31.02.2026", "--to", "{start}", "--reason", "illness"],
     ["--from", "»31.02.2026«", "ikke en gyldig dato"]),
    (["--home", "{home}", "--from", "{later}", "--to", "{start}", "--reason", "holiday"],
     ["slutter før det begynder"]),
])
def test_absence_add_refuses_bad_input_and_changes_nothing(demo, cli, args, fragments):
    start = today() + timedelta(days=1)
    values = {"unknown": unknown_id(), "start": start.isoformat(),
              "later": (start + timedelta(days=3)).isoformat(),
              "home": homes_by_name(demo, cli)[METTE_HOME]["id"]}
    before = snapshot(demo.installation)

    result = cli(*demo.at, "absence", "add", *[a.format(**values) for a in args])

    assert_refused(result, *fragments)
    assert snapshot(demo.installation) == before


def test_absence_add_refuses_an_unknown_reason_as_a_usage_error(demo, cli):
    home = homes_by_name(demo, cli)[METTE_HOME]["id"]
    before = snapshot(demo.installation)

    result = cli(*demo.at, "absence", "add", "--home", home, "--from", "2030-01-07", "--to",
                 "2030-01-08", "--reason", "barsel")

    assert_refused(result, "Forkert brug", "--reason", "ugyldigt valg", "time-off", code=2)
    assert snapshot(demo.installation) == before


def test_an_overlapping_absence_is_refused_naming_the_first(demo, cli):
    home = homes_by_name(demo, cli)[METTE_HOME]["id"]
    start = today() + timedelta(days=1)
    assert add_absence(demo, cli, home, start, start + timedelta(days=4)).code == 0
    before = snapshot(demo.installation)

    result = add_absence(demo, cli, home, start + timedelta(days=2), start + timedelta(days=6))

    assert_refused(result, METTE_HOME, "har allerede fravær", f"{start:%d.%m.%Y}")
    assert snapshot(demo.installation) == before


def test_guest_care_propose_refuses_an_unknown_or_malformed_absence(demo, cli):
    before = snapshot(demo.installation)

    assert_refused(cli(*demo.at, "guest-care", "propose", unknown_id()), "Fraværet",
                   "findes ikke")
    assert_refused(cli(*demo.at, "guest-care", "propose", "næste-uge", "--json"),
                   "»næste-uge«", "fraværs-id")
    assert snapshot(demo.installation) == before


# -- course list ---------------------------------------------------------------------

def test_course_list_json_has_the_running_home_pedagogue_course(demo, cli):
    rows = cli(*demo.at, "course", "list", "--json").json()

    (course,) = [r for r in rows if r["kind"] == "home_pedagogue"]
    assert course["running"] is True and course["end_date"] is None
    assert course["kind_label"] == "Hjemmepædagogisk forløb"
    start, planned = (date.fromisoformat(course[k]) for k in ("start_date", "planned_end"))
    assert start < today() < planned <= date.fromisoformat(course["latest_end"])
    assert date.fromisoformat(course["latest_end"]) == start + timedelta(weeks=40)
    assert course["family"].startswith("Familien") and course["pedagogue_name"]
    assert course["hours_used"] > 0 and course["hours_remaining"] is None
    assert course["status_label"] == "I gang"


def test_course_list_table_shows_title_start_and_planned_end(demo, cli):
    course = next(r for r in cli(*demo.at, "course", "list", "--json").json()
                  if r["kind"] == "home_pedagogue")

    result = cli(*demo.at, "course", "list")

    assert result.code == 0, result.err
    assert result.out.splitlines()[0].split() == ["Forløb", "Start", "Omfang", "Status", "Id"]
    row = next(line for line in result.out.splitlines() if course["id"] in line)
    planned = date.fromisoformat(course["planned_end"])
    assert "Hjemmepædagogisk forløb" in row and f"til {planned:%d.%m.%Y}" in row
    assert "I gang" in row


def test_office_commands_explain_themselves_in_danish(cli):
    for args, start in ((["absence", "add", "--help"], "Brug: dagpleje absence add "),
                        (["guest-care", "propose", "--help"], "Brug: dagpleje guest-care "),
                        (["referral", "list", "--help"], "Brug: dagpleje referral list"),
                        (["course", "list", "--help"], "Brug: dagpleje course list")):
        result = cli(*args)
        assert result.code == 0 and result.out.startswith(start), result.out
    assert "time-off" in cli("absence", "add", "--help").out
