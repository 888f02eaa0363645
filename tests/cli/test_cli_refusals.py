"""Bad logins and broken installations: one Danish line on stderr, exit 1, nothing changed."""

from __future__ import annotations

import hashlib
import os

from cli_helpers import USER, assert_refused, seed_records, state_of
from sqlalchemy import create_engine, inspect

from dagpleje_desktop.services.installation import Installation


def _fingerprint(folder) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file() and p.name != "keys.json"}


def test_wrong_password_is_refused_and_changes_nothing(seeded, created, cli, at, monkeypatch):
    before = state_of(created)
    monkeypatch.setenv("DAGPLEJE_PASSWORD", "forkert-kodeord")

    result = cli(*at, "observe", seeded.child_id, "--text", "Skulle ikke gemmes")

    assert_refused(result, "Forkert brugernavn eller adgangskode.")
    assert state_of(created) == before


def test_unknown_user_is_refused(created, cli, at, monkeypatch):
    monkeypatch.setenv("DAGPLEJE_USER", "ukendt")

    assert_refused(cli(*at, "child", "list"), "Forkert brugernavn eller adgangskode.")


def test_the_failed_login_is_logged_at_the_next_login(created, cli, at, monkeypatch):
    monkeypatch.setenv("DAGPLEJE_PASSWORD", "forkert-kodeord")
    assert cli(*at, "child", "list").code == 1
    monkeypatch.setenv("DAGPLEJE_PASSWORD", "korrekt-hest-batteri")

    events = cli(*at, "audit", "--json").json()

    assert "failed_login" in [e["action"] for e in events]


def test_missing_credentials_without_a_terminal_are_refused(created, cli, at, monkeypatch):
    monkeypatch.delenv("DAGPLEJE_USER")

    assert_refused(cli(*at, "child", "list"), "DAGPLEJE_USER")


def test_credentials_are_asked_for_on_a_terminal(seeded, cli, at, monkeypatch):
    monkeypatch.delenv("DAGPLEJE_USER")
    monkeypatch.delenv("DAGPLEJE_PASSWORD")
    monkeypatch.setattr("dagpleje_desktop.cli.common.interactive", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt="": USER)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "korrekt-hest-batteri")

    result = cli(*at, "child", "list", "--json")

    assert result.code == 0, result.err
    assert len(result.json()) == 2


def test_missing_installation_is_refused_without_creating_one(installation, cli, at):
    result = cli(*at, "child", "list")

    assert_refused(result, "Der er ingen installation", "dagpleje init")
    assert not installation.exists()
    if installation.database_url:  # not even an empty schema appeared
        engine = create_engine(installation.database_url)
        try:
            assert inspect(engine).get_table_names() == []
        finally:
            engine.dispose()
    else:
        assert not installation.data_dir.exists()


def test_unreachable_postgresql_is_refused(cli):
    result = cli("--database-url", "postgresql+psycopg://dagpleje:x@127.0.0.1:1/nowhere",
                 "child", "list")

    assert_refused(result, "PostgreSQL-databasen kan ikke nås.")


def test_a_damaged_database_file_is_refused_and_left_alone(sqlite_installation, cli):
    at = ["--data-dir", sqlite_installation.data_dir]
    assert cli(*at, "init", "--role", "office", "--name", "Kontoret", "--user", USER).code == 0
    seed_records(sqlite_installation)
    with open(sqlite_installation.db_path, "r+b") as fh:
        fh.write(os.urandom(4096))  # the first page: the header and schema are gone
    before = _fingerprint(sqlite_installation.data_dir)

    for command in (["child", "list"], ["verify"], ["backup", "-o",
                                                    sqlite_installation.data_dir.parent / "b"]):
        assert_refused(cli(*at, *command), "Databasen kan ikke åbnes")
    assert _fingerprint(sqlite_installation.data_dir) == before
    assert not (sqlite_installation.data_dir.parent / "b").exists()


def test_a_foreign_database_file_is_refused(tmp_path, cli):
    mine, theirs = Installation(data_dir=tmp_path / "mine"), Installation(data_dir=tmp_path / "x")
    for inst in (mine, theirs):
        assert cli("--data-dir", inst.data_dir, "init", "--role", "office", "--name", "K",
                   "--user", USER).code == 0
    os.replace(theirs.db_path, mine.db_path)  # someone copied the wrong file in
    before = _fingerprint(mine.data_dir)

    assert_refused(cli("--data-dir", mine.data_dir, "child", "list"),
                   "tilhører en anden installation")
    assert _fingerprint(mine.data_dir) == before


def test_a_missing_key_file_is_named(sqlite_installation, cli):
    at = ["--data-dir", sqlite_installation.data_dir]
    assert cli(*at, "init", "--role", "office", "--name", "Kontoret", "--user", USER).code == 0
    sqlite_installation.keys_path.unlink()

    assert_refused(cli(*at, "child", "list"), "Nøglefilen keys.json mangler")


def test_an_unexpected_error_is_one_line_without_traceback(created, cli, at, monkeypatch):
    def explode(ctx):
        raise RuntimeError("boom")
    monkeypatch.setattr("dagpleje_desktop.cli.home_commands.list_homes", explode)

    result = cli(*at, "home", "list")

    assert_refused(result, "Der skete en uventet fejl (RuntimeError)", code=70)
