"""``child list``, ``child show``, ``observe``, ``search`` and ``home list`` on both engines."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from cli_helpers import (CHILD_CPR, CHILD_FIRST, CHILD_LAST, GUARDIAN_NAME, OBSERVATION_TEXT,
                         assert_refused, state_of)

CHILD_NAME = f"{CHILD_FIRST} {CHILD_LAST}"


def test_child_list_json_has_the_contract_fields_and_masks_the_cpr(seeded, cli, at):
    rows = cli(*at, "child", "list", "--json").json()

    by_id = {row["id"]: row for row in rows}
    assert set(by_id) == {seeded.child_id, seeded.other_child_id}
    ida = by_id[seeded.child_id]
    assert {"id", "name", "cpr", "birth_date", "status", "home_id", "home_name"} <= set(ida)
    assert ida["name"] == CHILD_NAME
    assert ida["cpr"] == "150323-XXXX"
    assert ida["birth_date"] == "2023-03-15"
    assert ida["status"] == "active"
    assert (ida["home_id"], ida["home_name"]) == (seeded.home_id, "Solsikken")
    malik = by_id[seeded.other_child_id]
    assert (malik["cpr"], malik["birth_date"], malik["home_id"], malik["status"]) == \
        ("", None, None, "referred")


def test_child_list_human_output_is_an_aligned_table_without_full_cpr(seeded, cli, at):
    result = cli(*at, "child", "list")

    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].split() == ["Navn", "CPR", "Født", "Status", "Dagplejehjem", "Id"]
    ida = next(line for line in lines if CHILD_NAME in line)
    assert "150323-XXXX" in ida and "15.03.2023" in ida and "Solsikken" in ida
    assert CHILD_CPR not in result.out
    id_column = lines[0].index("Id")
    assert all(line[id_column:].strip() in (seeded.child_id, seeded.other_child_id)
               for line in lines[2:])


def test_child_show_json_holds_the_record(seeded, cli, at):
    record = cli(*at, "child", "show", seeded.child_id, "--json").json()

    assert record["id"] == seeded.child_id
    assert record["cpr"] == "150323-XXXX"
    assert [g["name"] for g in record["guardians"]] == [GUARDIAN_NAME]
    assert record["placements"][0]["home_name"] == "Solsikken"
    assert record["placements"][0]["start_date"] == "2025-01-01"
    observation = record["recent_observations"][0]
    assert observation["id"] == seeded.observation_id
    assert observation["text"] == OBSERVATION_TEXT
    assert (observation["domains"], observation["position"]) == (["fine_motor"], "green")
    datetime.fromisoformat(observation["observed_at"])


def test_child_show_prints_a_readable_record_and_is_logged(seeded, created, cli, at):
    result = cli(*at, "child", "show", seeded.child_id)

    assert result.code == 0, result.err
    assert result.out.startswith(CHILD_NAME)
    assert "Solsikken" in result.out and GUARDIAN_NAME in result.out
    assert "[Grøn] [Finmotorik] " + OBSERVATION_TEXT in result.out
    views = [e for e in state_of(created)["events"] if e[1] == "view" and e[2] == "child"]
    assert [e[3] for e in views] == [seeded.child_id]


def test_observe_prints_the_new_id_and_the_observation_is_on_the_record(seeded, cli, at):
    result = cli(*at, "observe", seeded.child_id, "--text", "Ida sagde »mere« ved frokost",
                 "--domain", "Kommunikation og sprog", "--domain", "social",
                 "--position", "yellow")

    assert result.code == 0, result.err
    new_id = result.out.strip()
    uuid.UUID(new_id)
    record = cli(*at, "child", "show", seeded.child_id, "--json").json()
    newest = record["recent_observations"][0]
    assert newest["id"] == new_id
    assert newest["text"] == "Ida sagde »mere« ved frokost"
    assert newest["domains"] == ["communication", "social"]
    assert newest["position"] == "yellow"


@pytest.mark.parametrize("options, message", [
    (["--domain", "astrologi"], "Ukendt udviklingsområde »astrologi«"),
    (["--position", "lilla"], "Ukendt trivselsposition »lilla«"),
    (["--position", "none"], "Ukendt trivselsposition »none«"),
])
def test_observe_with_bad_options_changes_nothing(seeded, created, cli, at, options, message):
    before = state_of(created)

    result = cli(*at, "observe", seeded.child_id, "--text", "Noget", *options)

    assert_refused(result, message)
    assert state_of(created) == before


def test_observe_with_empty_text_changes_nothing(seeded, created, cli, at):
    before = state_of(created)

    assert_refused(cli(*at, "observe", seeded.child_id, "--text", "   "), "teksten er tom")
    assert state_of(created) == before


@pytest.mark.parametrize("command", [["child", "show"], ["observe"]])
def test_unknown_or_malformed_child_ids_are_refused(seeded, created, cli, at, command):
    before = state_of(created)
    extra = ["--text", "Noget"] if command == ["observe"] else []
    unknown = str(uuid.uuid4())

    assert_refused(cli(*at, *command, unknown, *extra), f"Barnet med id {unknown} findes ikke.")
    assert_refused(cli(*at, *command, "ida-123", *extra), "»ida-123« er ikke et gyldigt barne-id.")
    assert state_of(created) == before


def test_search_json_gives_plain_snippets_and_the_matched_words(seeded, cli, at):
    hits = cli(*at, "search", "tårn", "--json").json()

    assert len(hits) == 1
    hit = hits[0]
    assert {"observation_id", "child_id", "child_name", "observed_at", "snippet"} <= set(hit)
    assert (hit["observation_id"], hit["child_id"], hit["child_name"]) == \
        (seeded.observation_id, seeded.child_id, CHILD_NAME)
    assert "\x02" not in hit["snippet"] and "\x03" not in hit["snippet"]
    assert "tårn" in hit["snippet"]
    assert [m.casefold() for m in hit["matches"]] == ["tårn"]


def test_search_human_output_marks_hits_in_bold(seeded, cli, at):
    result = cli(*at, "search", "klodser")

    assert result.code == 0, result.err
    assert "**klodser**" in result.out
    assert CHILD_NAME in result.out and seeded.observation_id in result.out


def test_search_without_hits_says_so(seeded, cli, at):
    assert cli(*at, "search", "zebra", "--json").json() == []
    result = cli(*at, "search", "zebra")
    assert result.code == 0 and "Ingen observationer matcher »zebra«" in result.out


def test_home_list_json_counts_taken_places(seeded, cli, at):
    homes = cli(*at, "home", "list", "--json").json()

    assert len(homes) == 1
    assert {"id", "name", "kind", "places", "taken"} <= set(homes[0])
    assert (homes[0]["id"], homes[0]["name"], homes[0]["kind"], homes[0]["places"],
            homes[0]["taken"]) == (seeded.home_id, "Solsikken", "mini", 4, 2)
    table = cli(*at, "home", "list").out
    assert "Solsikken" in table and "Mini-dagplejehjem" in table


def test_child_show_tells_not_recorded_health_from_none(seeded, cli, at):
    """The seeded child's health was never recorded: never shown or printed as "Ingen"."""
    record = cli(*at, "child", "show", seeded.child_id, "--json").json()
    assert record["health"]["allergies"] == {"state": "not_recorded", "value": None,
                                             "text": "Ikke registreret"}
    assert record["allergies"] is None
    result = cli(*at, "child", "show", seeded.child_id)
    assert result.code == 0, result.err
    assert "Allergier:" in result.out and "Ikke registreret" in result.out
    assert "Ingen kendte" not in result.out
