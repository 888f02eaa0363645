"""``password change|reset``, ``user add|list|disable|enable`` and ``recovery-key new``."""

from __future__ import annotations

import re

import pytest
from cli_helpers import PASSWORD, USER, assert_refused
from sqlalchemy import select

from dagpleje_desktop.store.models import AuditEvent

NEW_PASSWORD = "ny-og-bedre-kode-2024"
MINDER_PASSWORD = "regnvejr-og-gummistoevler"
RECOVERY_KEY = re.compile(r"^Gendannelsesnøgle: ([A-Z0-9]{5}(?:-[A-Z0-9]{5}){7})$", re.M)


def audit_details(installation, password: str = PASSWORD, user: str = USER) -> list[tuple]:
    ctx = installation.login(user, password)
    try:
        with ctx.db.transaction() as s:
            return [(e.username, e.action, e.detail)
                    for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))]
    finally:
        ctx.close()


def files_of(installation) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(installation.data_dir.iterdir())}


def test_password_change_takes_the_new_password_from_the_environment(created, cli, at,
                                                                     monkeypatch):
    monkeypatch.setenv("DAGPLEJE_NEW_PASSWORD", NEW_PASSWORD)
    result = cli(*at, "password", "change")

    assert result.code == 0, result.err
    assert result.out == f"Adgangskoden for »{USER}« er skiftet.\n"
    monkeypatch.setenv("DAGPLEJE_PASSWORD", PASSWORD)
    assert_refused(cli(*at, "child", "list"), "Forkert brugernavn eller adgangskode")
    monkeypatch.setenv("DAGPLEJE_PASSWORD", NEW_PASSWORD)
    assert cli(*at, "child", "list", "--json").json() == []
    assert (USER, "update", "password changed") in audit_details(created, NEW_PASSWORD)


@pytest.mark.parametrize("new, reason", [
    ("kort", "mindst 12 tegn"),
    ("test-er-mit-brugernavn", "må ikke indeholde brugernavnet"),
    ("adgangskode123", "for almindelig"),
])
def test_password_change_refuses_a_weak_password_before_logging_in(created, cli, at,
                                                                   monkeypatch, new, reason):
    before = audit_details(created)
    monkeypatch.setenv("DAGPLEJE_NEW_PASSWORD", new)
    assert_refused(cli(*at, "password", "change"), reason)
    # nothing but the login of this check itself: the command never logged in
    assert audit_details(created) == before + [(USER, "login", "")]


def test_password_change_without_a_new_password_says_where_to_put_it(created, cli, at,
                                                                      monkeypatch):
    monkeypatch.delenv("DAGPLEJE_NEW_PASSWORD", raising=False)
    assert_refused(cli(*at, "password", "change"), "DAGPLEJE_NEW_PASSWORD")


def test_password_reset_with_the_recovery_key(sqlite_installation, cli, monkeypatch):
    at = ["--data-dir", sqlite_installation.data_dir]
    made = cli(*at, "init", "--role", "office", "--name", "Kontoret", "--user", USER)
    key = RECOVERY_KEY.findall(made.out)[0]
    monkeypatch.setenv("DAGPLEJE_RECOVERY_KEY", key.lower())
    monkeypatch.setenv("DAGPLEJE_NEW_PASSWORD", NEW_PASSWORD)
    monkeypatch.setenv("DAGPLEJE_PASSWORD", "glemt-og-væk-for-altid")

    result = cli(*at, "password", "reset", "--user", USER)

    assert result.code == 0, result.err
    assert "Adgangskoden for »test« er nulstillet" in result.out
    assert (USER, "update", "password reset with recovery key") in \
        audit_details(sqlite_installation, NEW_PASSWORD)


@pytest.mark.parametrize("key, user, new, reason", [
    ("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH", USER, NEW_PASSWORD,
     "Gendannelsesnøglen er forkert."),
    (None, "ingen", NEW_PASSWORD, "Brugeren »ingen« findes ikke."),
    (None, USER, "sommerfugl2024", "for almindelig"),
])
def test_a_refused_reset_changes_nothing(sqlite_installation, cli, monkeypatch, key, user, new,
                                         reason):
    at = ["--data-dir", sqlite_installation.data_dir]
    made = cli(*at, "init", "--role", "office", "--name", "Kontoret", "--user", USER)
    before = files_of(sqlite_installation)
    monkeypatch.setenv("DAGPLEJE_RECOVERY_KEY", key or RECOVERY_KEY.findall(made.out)[0])
    monkeypatch.setenv("DAGPLEJE_NEW_PASSWORD", new)

    assert_refused(cli(*at, "password", "reset", "--user", user), reason)

    assert files_of(sqlite_installation) == before  # keys.json and the database, byte for byte


def test_password_reset_without_a_key_on_no_terminal_says_where_to_put_it(
        sqlite_installation, cli, monkeypatch):
    at = ["--data-dir", sqlite_installation.data_dir]
    cli(*at, "init", "--role", "office", "--name", "Kontoret", "--user", USER)
    monkeypatch.delenv("DAGPLEJE_RECOVERY_KEY", raising=False)
    assert_refused(cli(*at, "password", "reset", "--user", USER), "DAGPLEJE_RECOVERY_KEY")


def test_password_reset_on_postgresql_is_done_by_the_office(pg_url, cli, monkeypatch):
    at = ["--database-url", pg_url]
    assert cli(*at, "init", "--role", "office", "--name", "Kontoret", "--user", USER).code == 0
    monkeypatch.setenv("DAGPLEJE_NEW_PASSWORD", MINDER_PASSWORD)
    assert cli(*at, "user", "add", "--role", "consultant", "--name", "Lise Mortensen",
               "--user", "lise").code == 0
    monkeypatch.setenv("DAGPLEJE_NEW_PASSWORD", NEW_PASSWORD)

    result = cli(*at, "password", "reset", "--user", "lise")

    assert result.code == 0, result.err
    assert "»lise« har fået en ny adgangskode" in result.out
    monkeypatch.setenv("DAGPLEJE_USER", "lise")
    monkeypatch.setenv("DAGPLEJE_PASSWORD", NEW_PASSWORD)
    assert cli(*at, "child", "list", "--json").json() == []
    monkeypatch.setenv("DAGPLEJE_USER", USER)
    monkeypatch.setenv("DAGPLEJE_PASSWORD", PASSWORD)
    assert_refused(cli(*at, "recovery-key", "new"), "ingen gendannelsesnøgle")


def test_user_add_list_disable_enable(created, cli, at, monkeypatch):
    monkeypatch.setenv("DAGPLEJE_NEW_PASSWORD", MINDER_PASSWORD)
    added = cli(*at, "user", "add", "--role", "consultant", "--name", "Lise Mortensen",
                "--user", "lise")
    assert added.code == 0, added.err
    assert added.out == "Brugeren »lise« (Lise Mortensen, Mini-dagplejekonsulent) er oprettet.\n"

    disabled = cli(*at, "user", "disable", "lise")
    assert disabled.code == 0, disabled.err
    assert cli(*at, "user", "list", "--json").json() == [
        {"user": "lise", "name": "Lise Mortensen", "role": "consultant", "disabled": True},
        {"user": USER, "name": "Test Bruger", "role": "office", "disabled": False}]
    table = cli(*at, "user", "list").out.splitlines()
    assert table[0].split() == ["Bruger", "Navn", "Rolle", "Status"]
    assert table[2].split() == ["lise", "Lise", "Mortensen", "Mini-dagplejekonsulent",
                                "Deaktiveret"]

    monkeypatch.setenv("DAGPLEJE_USER", "lise")
    monkeypatch.setenv("DAGPLEJE_PASSWORD", MINDER_PASSWORD)
    assert_refused(cli(*at, "child", "list"),
                   "Kontoen »lise« er deaktiveret. Kontakt dagplejekontoret.")
    monkeypatch.setenv("DAGPLEJE_USER", USER)
    monkeypatch.setenv("DAGPLEJE_PASSWORD", PASSWORD)
    monkeypatch.setenv("DAGPLEJE_NEW_PASSWORD", NEW_PASSWORD)
    assert cli(*at, "user", "enable", "lise").code == 0
    monkeypatch.setenv("DAGPLEJE_USER", "lise")
    monkeypatch.setenv("DAGPLEJE_PASSWORD", NEW_PASSWORD)
    assert cli(*at, "child", "list", "--json").json() == []

    logged = audit_details(created)
    for entry in [(USER, "create", "lise role=consultant"), (USER, "update", "lise disabled"),
                  ("lise", "failed_login", "account disabled"),
                  (USER, "update", "lise enabled with a new password")]:
        assert entry in logged, entry


@pytest.mark.parametrize("args, new, reason", [
    (["user", "add", "--role", "chef", "--name", "X", "--user", "x"], NEW_PASSWORD,
     "Ukendt rolle »chef«"),
    (["user", "add", "--role", "office", "--name", "X", "--user", USER], NEW_PASSWORD,
     "Brugernavnet »test« er optaget."),
    (["user", "add", "--role", "office", "--name", "Lise", "--user", "lise"], "qwertyuiop123",
     "for almindelig"),
    (["user", "add", "--role", "childminder", "--name", "Lise", "--user", "lise"], NEW_PASSWORD,
     "En mini-dagplejer kan kun have en konto på sin egen computer"),
    (["user", "disable", USER], NEW_PASSWORD, "Du kan ikke deaktivere din egen konto."),
    (["user", "disable", "ingen"], NEW_PASSWORD, "Brugeren »ingen« findes ikke."),
])
def test_user_commands_refuse_with_one_line_and_change_nothing(created, cli, at, monkeypatch,
                                                               args, new, reason):
    monkeypatch.setenv("DAGPLEJE_NEW_PASSWORD", new)
    before = [e for e in audit_details(created) if e[1] not in ("login", "failed_login")]
    assert_refused(cli(*at, *args), reason)
    after = [e for e in audit_details(created) if e[1] not in ("login", "failed_login")]
    assert after == before
    assert [u["user"] for u in cli(*at, "user", "list", "--json").json()] == [USER]


def test_a_childminder_may_not_list_or_add_users(installation, cli, at, monkeypatch):
    monkeypatch.setenv("DAGPLEJE_USER", "lise")  # her own laptop, her only account
    monkeypatch.setenv("DAGPLEJE_PASSWORD", MINDER_PASSWORD)
    assert cli(*at, "init", "--role", "childminder", "--name", "Lise M", "--user",
               "lise").code == 0
    monkeypatch.setenv("DAGPLEJE_NEW_PASSWORD", NEW_PASSWORD)
    assert_refused(cli(*at, "user", "list"), "Det kræver rollen")
    assert_refused(cli(*at, "user", "add", "--role", "office", "--name", "Ny", "--user", "ny"),
                   "Det kræver rollen")


def test_recovery_key_new_shows_a_new_key_once_and_the_old_stops_working(
        sqlite_installation, cli, monkeypatch):
    at = ["--data-dir", sqlite_installation.data_dir]
    old = RECOVERY_KEY.findall(cli(*at, "init", "--role", "office", "--name", "Kontoret",
                                   "--user", USER).out)[0]
    result = cli(*at, "recovery-key", "new")

    assert result.code == 0, result.err
    new = RECOVERY_KEY.findall(result.out)
    assert len(new) == 1 and new[0] != old
    assert "virker ikke længere" in result.out
    assert (USER, "update", "new recovery key made; the old one no longer works") in \
        audit_details(sqlite_installation)
    monkeypatch.setenv("DAGPLEJE_NEW_PASSWORD", NEW_PASSWORD)
    monkeypatch.setenv("DAGPLEJE_RECOVERY_KEY", old)
    assert_refused(cli(*at, "password", "reset", "--user", USER), "Gendannelsesnøglen er forkert")
    monkeypatch.setenv("DAGPLEJE_RECOVERY_KEY", new[0])
    assert cli(*at, "password", "reset", "--user", USER).code == 0
