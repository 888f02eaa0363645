"""Fixtures for the command line: run ``main([...])`` in-process against a test installation."""

from __future__ import annotations

import pytest
from cli_helpers import PASSWORD, USER, Result, Seed, seed_records, where

from dagpleje_desktop.cli import main


@pytest.fixture
def cli_env(monkeypatch):
    monkeypatch.setenv("DAGPLEJE_USER", USER)
    monkeypatch.setenv("DAGPLEJE_PASSWORD", PASSWORD)
    monkeypatch.delenv("DAGPLEJE_DATA_DIR", raising=False)


@pytest.fixture
def cli(capsys, cli_env):
    """``cli(*args)`` runs the command in-process and returns code, stdout, stderr."""
    capsys.readouterr()

    def run(*args) -> Result:
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return Result(code, out, err)
    return run


@pytest.fixture
def at(installation):
    """The global options that point the command at the test installation."""
    return where(installation)


@pytest.fixture
def created(installation, cli, at):
    """An office installation made through ``dagpleje init``."""
    result = cli(*at, "init", "--role", "office", "--name", "Test Bruger", "--user", USER)
    assert result.code == 0, result.err
    return installation


@pytest.fixture
def seeded(created) -> Seed:
    return seed_records(created)
