"""Causes that used to end in "Der skete en uventet fejl" (exit 70): each is now one clear
Danish line, exit 1 (2 for usage), and nothing changed."""

from __future__ import annotations

import os
import time
import tracemalloc
import uuid

import pytest
from cli_helpers import PASSWORD, USER, assert_refused, state_of

from dagpleje_desktop.cli import main
from dagpleje_desktop.services.journal import observations


@pytest.mark.parametrize("url", ["mysql://root@localhost/db", "ikke en adresse",
                                 "postgresql+nodriver://x@y/z", "://"])
def test_a_url_that_is_not_postgresql_is_refused(cli, url):
    assert_refused(cli("--database-url", url, "child", "list"), "PostgreSQL-adresse")


def test_a_data_dir_that_is_a_file_is_refused(cli, tmp_path):
    file = tmp_path / "fil.txt"
    file.write_text("hej")
    for args in (["child", "list"], ["init", "--role", "office", "--name", "X", "--user",
                                     "x"]):
        assert_refused(cli("--data-dir", file, *args), "er en fil")
    assert file.read_text() == "hej"


def test_arguments_that_are_not_utf8_are_a_usage_error(cli, tmp_path, capsys):
    code = main(["--data-dir", str(tmp_path), "search", "b\udcffrn"])
    out, err = capsys.readouterr()
    assert code == 2 and len(err.splitlines()) == 1 and "UTF-8" in err and out == ""


@pytest.mark.parametrize("engine_name", ["sqlite"])
def test_a_zero_length_database_is_refused_not_overwritten(created, cli, at):
    db = created.db_path
    db.write_bytes(b"")
    for leftover in ("-wal", "-shm"):
        db.with_name(db.name + leftover).unlink(missing_ok=True)
    assert_refused(cli(*at, "child", "list"), "er tom (0 byte)")
    assert db.stat().st_size == 0


@pytest.mark.parametrize("engine_name", ["sqlite"])
def test_a_wrong_password_in_a_read_only_folder_names_the_folder(created, cli, at,
                                                                  monkeypatch):
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    before = created.keys_path.read_bytes()
    monkeypatch.setenv("DAGPLEJE_PASSWORD", "forkert-kodeord-her")
    created.data_dir.chmod(0o500)
    try:
        result = cli(*at, "child", "list")
    finally:
        created.data_dir.chmod(0o700)
    assert_refused(result, "skrivebeskyttet")
    assert "beskadiget" not in result.err
    assert created.keys_path.read_bytes() == before


@pytest.mark.parametrize("engine_name", ["sqlite"])
def test_a_right_password_in_a_read_only_folder_names_the_folder(created, cli, at):
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    created.data_dir.chmod(0o500)
    try:
        result = cli(*at, "child", "list")
    finally:
        created.data_dir.chmod(0o700)
    assert result.code == 1 and "skrivebeskyttet" in result.err, result.err
    assert "beskadiget" not in result.err


def test_an_enormous_audit_limit_lists_everything(created, cli, at):
    result = cli(*at, "audit", "--json", "--limit", str(10**30))
    assert result.code == 0, result.err
    assert len(result.json()) >= 2


def test_a_period_of_thousands_of_years_is_refused_in_one_line(created, cli, at, tmp_path):
    before = state_of(created)
    result = cli(*at, "calendar", "export", "--from", "0001-01-01", "--to", "9999-12-31",
                 "-o", tmp_path / "alt.ics")
    assert_refused(result, "Perioden fra 01.01.0001 til 31.12.9999 er for lang",
                   "højst være 5 år")
    assert not (tmp_path / "alt.ics").exists()
    assert state_of(created) == before


ESCAPES = "\x1b[2J\x1b]0;ejet\x07\x9b31m\u202eGEMT"


def test_control_characters_in_stored_text_reach_the_terminal_as_visible_escapes(
        seeded, created, cli, at):
    ctx = created.login(USER, PASSWORD)
    try:
        observations.create_observation(ctx, observations.ObservationInput(
            child_id=uuid.UUID(seeded.child_id), text=f"Ida hoppede {ESCAPES} i vandpytten"))
    finally:
        ctx.close()

    table, as_json = cli(*at, "search", "vandpytten"), cli(*at, "search", "vandpytten", "--json")

    assert table.code == 0 and as_json.code == 0, table.err + as_json.err
    for out in (table.out, as_json.out):
        assert not any(ch in out for ch in "\x1b\x07\x9b\u202e"), repr(out)
    assert "\\u001b[2J\\u001b]0;ejet\\u0007\\u009b31m\\u202eGEMT" in table.out
    assert as_json.json()[0]["snippet"].count("\x1b") == 2  # the data itself is unchanged


@pytest.mark.parametrize("engine_name", ["sqlite"])
def test_import_of_endless_or_huge_non_packages_answers_at_once_in_little_memory(
        created, cli, at, tmp_path):
    huge = tmp_path / "film.dgsync"
    with open(huge, "wb") as fh:  # 2 GB, sparse: costs no disk
        fh.write(b"\x00\x00\x00\x18ftypmp42")
        fh.truncate(2 * 1024**3)
    framed = tmp_path / "rammer.dgsync"
    with open(framed, "wb") as fh:  # the right first bytes, then nothing like a package
        fh.write(b"DGSYNC\r\n\x00\x01\xff\xff\xff\xff")
        fh.truncate(2 * 1024**3)
    before = state_of(created)
    for path in ("/dev/zero", huge, framed):
        tracemalloc.start()
        started = time.monotonic()
        result = cli(*at, "import", path)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert_refused(result)
        assert "synkroniseringspakke" in result.err or "beskadiget" in result.err, result.err
        assert peak < 20 * 1024**2, (path, peak)  # not the file: a few MB at most
        assert time.monotonic() - started < 30
    assert state_of(created) == before
