"""A possible duplicate child through the ``dagpleje`` command: the office and a consultant
both register the same child, ``conflicts`` shows the notice, ``conflicts resolve ID
kept_apart`` keeps both, and ``child merge KEEP MERGE`` joins them on both devices.

The office runs on both engines; the consultant's laptop is a SQLCipher file.
"""

from __future__ import annotations

import uuid

import pytest
from cli_helpers import PASSWORD, USER
from sync_cli_support import Post, full_dump, init_device, pair

from dagpleje_desktop.cli import child_commands, sync_commands
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.installation import Installation

CPR = "050523-4321"


def _register(device, first_name: str, note: str) -> str:
    """The child registered with one observation, as the GUI's forms would do it."""
    ctx = device.installation.login(USER, PASSWORD)
    try:
        child = children.create_child(ctx, children.ChildInput(first_name, "Lindqvist",
                                                               cpr=CPR))
        observations.create_observation(ctx, observations.ObservationInput(child.id, note))
        return str(child.id)
    finally:
        ctx.close()


@pytest.fixture
def registered_twice(installation, tmp_path):
    office = init_device("kontoret", installation, "office")
    consultant = init_device("konsulent", Installation(data_dir=tmp_path / "konsulent"),
                             "consultant")
    pair(office, consultant, tmp_path / "kort")
    here = _register(office, "Åsa", "Åsa byggede et tårn")
    there = _register(consultant, "Aasa", "Aasa sang en sang")
    post = Post(tmp_path / "usb")
    assert post.send(consultant, office)["possible_duplicates"] == 1
    return office, consultant, post, here, there


def _notices(device) -> list[dict]:
    return [c for c in device.ok("conflicts", "--json").json() if c["is_duplicate"]]


def _records(device) -> dict:
    dump = full_dump(device.installation)
    dump.pop("audit_event")
    return dump


def _names(device) -> list[str]:
    return sorted(c["name"] for c in device.ok("child", "list", "--json").json())


def test_the_notice_is_listed_and_kept_apart_keeps_both_children(registered_twice):
    office, _, _, here, there = registered_twice
    [notice] = _notices(office)
    assert {notice["local_value"], notice["remote_value"]} == {here, there}
    table = office.ok("conflicts").out
    assert "muligt dubletbarn" in table and "samme barn eller to børn?" in table
    assert "050523-XXXX" in table and "4321" not in table

    settled = office.ok("conflicts", "resolve", notice["id"], "kept_apart")
    assert "to forskellige børn" in settled.out
    assert _notices(office) == []
    assert _names(office) == ["Aasa Lindqvist", "Åsa Lindqvist"]
    listed = office.ok("conflicts", "--all", "--json").json()
    assert [c["resolution"] for c in listed if c["is_duplicate"]] == ["kept_apart"]


def test_merging_asks_first_and_joins_the_records_on_both_devices(registered_twice,
                                                                  monkeypatch):
    office, consultant, post, here, there = registered_twice
    before = _records(office)
    refused = office("child", "merge", here, there)  # no terminal to ask on
    assert refused.code == 1 and "--yes" in refused.err
    monkeypatch.setattr(child_commands, "interactive", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "nej")
    declined = office("child", "merge", here, there)
    assert declined.code == 1 and "ikke lagt sammen" in declined.err
    assert _records(office) == before  # showing the two children is logged, nothing else

    merged = office.ok("child", "merge", here, there, "--yes")
    assert "lagt sammen" in merged.out and here in merged.out
    assert _names(office) == ["Åsa Lindqvist"]
    assert _notices(office) == []
    post.send(office, consultant)
    for device in (office, consultant):
        assert [c["id"] for c in device.ok("child", "list", "--json").json()] == [here]
        shown = device.ok("child", "show", here, "--json").json()
        assert sorted(o["text"] for o in shown["recent_observations"]) == \
            ["Aasa sang en sang", "Åsa byggede et tårn"]
    gone = office("child", "show", there)
    assert gone.code == 1


def test_resolving_the_notice_with_local_merges_after_yes(registered_twice, monkeypatch):
    office, _, _, here, there = registered_twice
    [notice] = _notices(office)
    refused = office("conflicts", "resolve", notice["id"], "local")
    assert refused.code == 1 and "--yes" in refused.err
    assert len(_names(office)) == 2
    monkeypatch.setattr(sync_commands, "interactive", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "ja")
    office.ok("conflicts", "resolve", notice["id"], "local")
    assert [c["id"] for c in office.ok("child", "list", "--json").json()] == [here]
    assert _notices(office) == []


def test_a_merge_of_unknown_ids_is_refused_in_danish(registered_twice):
    office, _, _, here, _ = registered_twice
    unknown = office("child", "merge", here, str(uuid.uuid4()), "--yes")
    assert unknown.code == 1 and "findes ikke" in unknown.err
    bad = office("child", "merge", here, "ikke-et-id", "--yes")
    assert bad.code == 1 and "barne-id" in bad.err
