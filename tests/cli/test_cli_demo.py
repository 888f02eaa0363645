"""``dagpleje demo``: an installation with the fictional demo data set."""

from __future__ import annotations

from cli_helpers import assert_refused, state_of


def test_demo_creates_and_fills_once(installation, cli, at, monkeypatch):
    monkeypatch.setenv("DAGPLEJE_USER", "demo")
    monkeypatch.delenv("DAGPLEJE_PASSWORD")  # the documented default password "demo"

    first = cli(*at, "demo")
    second = cli(*at, "demo")

    assert first.code == 0, first.err
    assert "Demo-installationen er oprettet" in first.out and "bruger »demo«" in first.out
    assert ("Gendannelsesnøgle: " in first.out) == (installation.database_url is None)
    assert "Demodata er fyldt i." in first.out
    assert second.code == 0, second.err
    assert second.out.splitlines()[0] == "Demodata var der allerede."
    assert "Demoen er opdigtet: dens tre brugere deler én installation" in second.out
    monkeypatch.setenv("DAGPLEJE_PASSWORD", "demo")
    children = cli(*at, "child", "list", "--json").json()
    assert len(children) >= 3
    assert all(c["cpr"] == "" or c["cpr"].endswith("-XXXX") for c in children)
    assert cli(*at, "home", "list", "--json").json()


def test_demo_refuses_an_installation_without_the_demo_user(sqlite_installation, cli):
    at = ["--data-dir", sqlite_installation.data_dir]
    assert cli(*at, "init", "--role", "office", "--name", "Kontoret", "--user", "test").code == 0
    before = state_of(sqlite_installation)

    assert_refused(cli(*at, "demo"), "uden demobrugeren")
    assert state_of(sqlite_installation) == before
