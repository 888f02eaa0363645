"""``dagpleje init``: a new installation, on SQLite and PostgreSQL."""

from __future__ import annotations

import re

from cli_helpers import USER, assert_refused, state_of

RECOVERY_KEY = re.compile(r"^Gendannelsesnøgle: ([A-Z0-9]{5}(?:-[A-Z0-9]{5}){7})$", re.M)


def test_init_creates_an_installation_the_user_can_log_in_to(installation, cli, at):
    result = cli(*at, "init", "--role", "consultant", "--name", "Karen Holm", "--user", USER)

    assert result.code == 0, result.err
    assert result.err == ""
    assert "Installationen er oprettet" in result.out
    assert "Mini-dagplejekonsulent" in result.out
    assert installation.exists()
    assert cli(*at, "child", "list", "--json").json() == []


def test_init_on_sqlite_shows_the_recovery_key_once_and_it_works(sqlite_installation, cli):
    at = ["--data-dir", sqlite_installation.data_dir]
    result = cli(*at, "init", "--role", "childminder", "--name", "Mette", "--user", USER)

    assert result.code == 0, result.err
    keys = RECOVERY_KEY.findall(result.out)
    assert len(keys) == 1
    assert "Skriv den ned og gem den et sikkert sted; den vises kun denne ene gang." \
        in result.out
    assert keys[0].encode() not in sqlite_installation.keys_path.read_bytes()
    sqlite_installation.reset_password(keys[0], USER, "et-helt-nyt-kodeord")
    sqlite_installation.login(USER, "et-helt-nyt-kodeord").close()


def test_init_on_postgresql_says_there_is_no_recovery_key(pg_url, cli):
    result = cli("--database-url", pg_url, "init", "--role", "office", "--name", "Kontoret",
                 "--user", USER)

    assert result.code == 0, result.err
    assert "Gendannelsesnøgle" not in result.out
    assert "administratoren" in result.out


def test_init_twice_is_refused_and_changes_nothing(created, cli, at):
    before = state_of(created)

    result = cli(*at, "init", "--role", "office", "--name", "Anden", "--user", "anden")

    assert_refused(result, "Der findes allerede en installation")
    assert state_of(created) == before


def test_init_with_a_too_short_password_creates_nothing(installation, cli, at, monkeypatch):
    monkeypatch.setenv("DAGPLEJE_PASSWORD", "kort")

    result = cli(*at, "init", "--role", "office", "--name", "Kontoret", "--user", USER)

    assert_refused(result, "Adgangskoden skal være mindst 12 tegn (der mangler 8).")
    assert not installation.exists()


def test_init_with_an_unknown_role_creates_nothing(installation, cli, at):
    result = cli(*at, "init", "--role", "chef", "--name", "Kontoret", "--user", USER)

    assert_refused(result, "Ukendt rolle »chef«")
    assert not installation.exists()


def test_init_without_a_password_and_no_terminal_is_refused(sqlite_installation, cli,
                                                             monkeypatch):
    monkeypatch.delenv("DAGPLEJE_PASSWORD")

    result = cli("--data-dir", sqlite_installation.data_dir, "init", "--role", "office",
                 "--name", "Kontoret", "--user", USER)

    assert_refused(result, "DAGPLEJE_PASSWORD")
    assert not sqlite_installation.exists()


def test_init_asks_twice_on_a_terminal_and_refuses_different_answers(
        sqlite_installation, cli, monkeypatch):
    monkeypatch.delenv("DAGPLEJE_PASSWORD")
    monkeypatch.setattr("dagpleje_desktop.cli.common.interactive", lambda: True)
    answers = iter(["hemmelig-kode-1", "hemmelig-kode-2"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))

    result = cli("--data-dir", sqlite_installation.data_dir, "init", "--role", "office",
                 "--name", "Kontoret", "--user", USER)

    assert_refused(result, "De to adgangskoder er ikke ens")
    assert not sqlite_installation.exists()


def test_usage_errors_are_one_danish_line_with_exit_code_2(sqlite_installation, cli):
    missing = cli("--data-dir", sqlite_installation.data_dir, "init", "--role", "office")
    unknown = cli("--data-dir", sqlite_installation.data_dir, "frobnicate")
    both = cli("--data-dir", "x", "--database-url", "postgresql://y", "child", "list")

    assert_refused(missing, "Forkert brug af kommandoen", "mangler", "--name", code=2)
    assert_refused(unknown, "ugyldigt valg", code=2)
    assert_refused(both, "kan ikke bruges sammen med", code=2)
    assert not sqlite_installation.exists()


def test_help_is_danish_and_lists_every_command(cli):
    result = cli("--help")

    assert result.code == 0
    assert result.out.startswith("Brug: dagpleje")
    for command in ("init", "demo", "child", "observe", "search", "home", "audit", "verify",
                    "backup", "restore"):
        assert f"\n    {command} " in result.out
