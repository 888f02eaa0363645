"""Causes that used to end in "Der skete en uventet fejl" (exit 70): each is now one clear
Danish line, exit 1 (2 for usage), and nothing changed."""

from __future__ import annotations

import os

import pytest
from cli_helpers import assert_refused

from dagpleje_desktop.cli import main


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
