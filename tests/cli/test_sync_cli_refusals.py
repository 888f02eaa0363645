"""Packages that ``dagpleje import`` refuses, large deletes, erasure and who may do what.

Every refusal is one Danish line on stderr, a non-zero exit and a database exactly as it
was (a full dump of every table, logins left out). Three paired installations are made
once through the command line and copied for each test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from cli_helpers import PASSWORD, USER, assert_refused
from sync_cli_support import (Device, OfficeRecords, Post, copy_installation,
                              delete_observations, full_dump, init_device, pair, seed_office)

from dagpleje_desktop.cli import child_commands, sync_commands
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.sync import exchange

SCRIPT = Path(sys.executable).with_name("dagpleje")


@dataclass
class Paired:
    office: Device
    consultant: Device
    minder: Device
    records: OfficeRecords


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Paired:
    """Paired, and the office's records already sent to both laptops once."""
    folder = tmp_path_factory.mktemp("paired")
    office = init_device("kontoret", Installation(data_dir=folder / "kontoret"), "office")
    consultant = init_device("konsulent", Installation(data_dir=folder / "konsulent"),
                             "consultant")
    minder = init_device("mette", Installation(data_dir=folder / "mette"), "childminder")
    records = seed_office(office.installation, observation_count=10)
    pair(office, consultant, folder / "kort")
    pair(office, minder, folder / "kort", home_for_b=records.home_id)
    post = Post(folder / "usb")
    post.send(office, consultant)
    post.send(office, minder)
    return Paired(office, consultant, minder, records)


@pytest.fixture
def paired(template, tmp_path) -> Paired:
    def copy(device: Device) -> Device:
        source = device.installation.data_dir
        return device.moved_to(copy_installation(source, tmp_path / source.name).data_dir)
    return Paired(copy(template.office), copy(template.consultant), copy(template.minder),
                  template.records)


def _dagpleje(*args) -> subprocess.CompletedProcess:
    env = {**os.environ, "DAGPLEJE_USER": USER, "DAGPLEJE_PASSWORD": PASSWORD}
    return subprocess.run([str(SCRIPT), *map(str, args)], capture_output=True, text=True,
                          env=env, stdin=subprocess.DEVNULL, timeout=180, check=False)


@pytest.mark.skipif(not SCRIPT.exists(), reason="package not installed in venv")
def test_a_tampered_package_is_refused_in_one_line_and_the_original_still_imports(paired,
                                                                                   tmp_path):
    office, consultant = paired.office, paired.consultant
    consultant_at = consultant.at
    exported = _dagpleje(*office.at, "export", "--to", consultant.id, "-o", tmp_path / "p.dgsync")
    assert exported.returncode == 0, exported.stderr
    original = (tmp_path / "p.dgsync").read_bytes()
    tampered = bytearray(original)
    tampered[len(tampered) // 2] ^= 0x01
    (tmp_path / "tampered.dgsync").write_bytes(bytes(tampered))
    before = full_dump(consultant.installation)

    refused = _dagpleje(*consultant_at, "import", tmp_path / "tampered.dgsync")

    assert refused.returncode == 1
    assert refused.stdout == ""
    assert len(refused.stderr.splitlines()) == 1, refused.stderr
    assert "Traceback" not in refused.stderr and "indlæses ikke" in refused.stderr
    assert full_dump(consultant.installation) == before
    assert _dagpleje(*consultant_at, "import", tmp_path / "p.dgsync").returncode == 0


def test_a_truncated_package_is_refused_and_changes_nothing(paired, tmp_path):
    office, consultant = paired.office, paired.consultant
    path = Post(tmp_path).export(office, consultant)
    path.write_bytes(path.read_bytes()[:-40])
    before = full_dump(consultant.installation)

    assert_refused(consultant("import", path), "ufuldstændig")
    assert full_dump(consultant.installation) == before


def test_a_package_for_another_device_is_refused(paired, tmp_path):
    path = Post(tmp_path).export(paired.office, paired.consultant)
    before = full_dump(paired.minder.installation)

    assert_refused(paired.minder("import", path), "anden enhed")
    assert full_dump(paired.minder.installation) == before


def test_a_package_from_an_unpaired_device_is_refused(paired, tmp_path):
    stranger = init_device("fremmed", Installation(data_dir=tmp_path / "fremmed"), "consultant")
    paired.office.ok("device", "card", "-o", tmp_path / "kontoret.dgcard")
    stranger.ok("device", "pair", tmp_path / "kontoret.dgcard")  # one-sided: office never agreed
    path = Post(tmp_path / "usb").export(stranger, paired.office)
    before = full_dump(paired.office.installation)

    assert_refused(paired.office("import", path), "ikke er parret")
    assert full_dump(paired.office.installation) == before


def test_a_package_from_a_revoked_device_is_refused(paired, tmp_path):
    office, consultant = paired.office, paired.consultant
    path = Post(tmp_path).export(consultant, office)
    revoked = office.ok("device", "revoke", consultant.id)
    before = full_dump(office.installation)

    assert "spærret" in revoked.out
    assert_refused(office("import", path), "spærret")
    assert full_dump(office.installation) == before
    assert [d["revoked"] for d in office.ok("device", "list", "--json").json()
            if d["id"] == consultant.id] == [True]
    assert_refused(office("export", "--to", consultant.id, "-o", tmp_path / "x.dgsync"),
                   "spærret")
    assert not (tmp_path / "x.dgsync").exists()


def test_a_package_from_a_newer_program_asks_for_an_update(paired, tmp_path, monkeypatch):
    monkeypatch.setattr(exchange, "schema_revision", lambda: "9999_from_the_future")
    path = Post(tmp_path).export(paired.office, paired.consultant)
    monkeypatch.undo()
    before = full_dump(paired.consultant.installation)

    result = paired.consultant("import", path)

    assert_refused(result)
    assert "opdater programmet" in result.err.lower()
    assert full_dump(paired.consultant.installation) == before


def test_an_older_package_after_a_newer_one_changes_nothing(paired, tmp_path):
    post = Post(tmp_path)
    older = post.export(paired.office, paired.consultant)
    newer = post.export(paired.office, paired.consultant)
    paired.consultant.ok("import", newer)
    before = full_dump(paired.consultant.installation)

    replay = paired.consultant("import", older)

    assert (replay.code, replay.err) == (0, "")
    assert "allerede indlæst" in replay.out
    assert full_dump(paired.consultant.installation) == before


def test_a_missing_file_and_a_non_package_are_refused(paired, tmp_path):
    (tmp_path / "note.dgsync").write_text("ikke en pakke", encoding="utf-8")

    assert_refused(paired.consultant("import", tmp_path / "findes-ikke.dgsync"), "findes ikke")
    assert_refused(paired.consultant("import", tmp_path / "note.dgsync"),
                   "ikke en synkroniseringspakke")


def test_a_large_delete_is_refused_without_yes_and_imported_with_it(paired, tmp_path):
    office, consultant = paired.office, paired.consultant
    delete_observations(office.installation, paired.records.observation_ids[:8])
    path = Post(tmp_path).export(office, consultant)
    before = full_dump(consultant.installation)

    refused = consultant("import", path)

    assert_refused(refused, "--yes", "slette 8")
    assert full_dump(consultant.installation) == before
    report = consultant.ok("import", path, "--yes", "--json").json()
    assert report["deleted"] == 8
    shown = consultant.ok("child", "show", paired.records.child_id, "--json").json()
    assert len(shown["recent_observations"]) == 2


def test_a_large_delete_asks_on_a_terminal(paired, tmp_path, monkeypatch):
    office, consultant = paired.office, paired.consultant
    delete_observations(office.installation, paired.records.observation_ids[:8])
    path = Post(tmp_path).export(office, consultant)
    monkeypatch.setattr(sync_commands, "interactive", lambda: True)
    answers = iter(["nej", "ja"])
    monkeypatch.setattr("builtins.input", lambda _prompt="": next(answers))
    before = full_dump(consultant.installation)

    declined = consultant("import", path)
    assert declined.code == 1 and "ikke indlæst" in declined.err
    assert full_dump(consultant.installation) == before
    accepted = consultant("import", path)
    assert accepted.code == 0, accepted.err
    assert "8 slettede" in accepted.out


def test_the_office_erases_a_child_everywhere(paired, tmp_path):
    office, consultant, minder = paired.office, paired.consultant, paired.minder
    child_id = paired.records.child_id

    assert_refused(minder("child", "erase", child_id, "--yes"), "Dagplejekontor")
    assert_refused(office("child", "erase", child_id), "--yes")  # no terminal to ask on
    erased = office.ok("child", "erase", child_id, "--yes")
    post = Post(tmp_path)
    consultant.ok("import", post.export(office, consultant), "--yes")
    minder.ok("import", post.export(office, minder), "--yes")

    assert "slettet helt" in erased.out
    for device in (office, consultant, minder):
        assert child_id not in device.ok("child", "list", "--json").out
        assert_refused(device("child", "show", child_id), "findes ikke")


def test_erasing_on_a_terminal_asks_for_the_word_slet(paired, monkeypatch):
    office, child_id = paired.office, paired.records.child_id
    monkeypatch.setattr(child_commands, "interactive", lambda: True)
    answers = iter(["ja", "slet"])
    monkeypatch.setattr("builtins.input", lambda _prompt="": next(answers))
    before = full_dump(office.installation)

    assert_refused(office("child", "erase", child_id), "ikke slettet")
    assert full_dump(office.installation) == before
    assert "slettet helt" in office.ok("child", "erase", child_id).out
    assert child_id not in office.ok("child", "list", "--json").out


def test_only_the_office_and_consultants_revoke_devices(paired):
    before = full_dump(paired.minder.installation)

    assert_refused(paired.minder("device", "revoke", paired.office.id), "Mini-dagplejer")
    assert full_dump(paired.minder.installation) == before


def test_pairing_refusals_are_one_line(paired, tmp_path):
    office, minder = paired.office, paired.minder
    office.ok("device", "card", "-o", tmp_path / "kontoret.dgcard")
    (tmp_path / "kort.dgcard").write_text("{}", encoding="utf-8")

    assert_refused(office("device", "pair", tmp_path / "kontoret.dgcard"), "eget kort")
    assert_refused(office("device", "pair", tmp_path / "kort.dgcard"), "ikke et enhedskort")
    assert_refused(minder("device", "card", "-o", tmp_path / "mangler" / "x.dgcard"),
                   "findes ikke")


def test_conflict_resolve_refuses_bad_input_and_changes_nothing(paired):
    office = paired.office
    before = full_dump(office.installation)

    assert_refused(office("conflicts", "resolve", "ikke-et-id", "local"), "konflikt-id")
    assert_refused(office("conflicts", "resolve", paired.records.child_id, "local"),
                   "findes ikke")
    assert_refused(office("conflicts", "resolve", paired.records.child_id, "begge"), "local")
    assert_refused(office("conflicts", "resolve", paired.records.child_id, "merged"), "--value")
    assert_refused(office("conflicts", "resolve", paired.records.child_id, "local", "--value",
                          "x"), "merged")
    assert full_dump(office.installation) == before
    assert office.ok("conflicts").out.strip() == "Ingen konflikter."
    assert office.ok("conflicts", "--json").json() == []


def test_export_to_an_unknown_device_writes_no_file(paired, tmp_path):
    unknown = "00000000-0000-4000-8000-000000000000"

    assert_refused(paired.office("export", "--to", unknown, "-o", tmp_path / "p.dgsync"),
                   "ikke parret")
    assert_refused(paired.office("export", "--to", "kontoret", "-o", tmp_path / "p.dgsync"),
                   "enheds-id")
    assert not (tmp_path / "p.dgsync").exists()
