"""The installed ``dagpleje`` script, run as a separate process like an administrator would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import PASSWORD, USER

SCRIPT = Path(sys.executable).with_name("dagpleje")


def _run(*args, **env) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "DAGPLEJE_USER": USER, "DAGPLEJE_PASSWORD": PASSWORD, **env}
    return subprocess.run([str(SCRIPT), *map(str, args)], capture_output=True, text=True,
                          env=full_env, stdin=subprocess.DEVNULL, timeout=120, check=False)


pytestmark = pytest.mark.skipif(not SCRIPT.exists(), reason="package not installed in venv")


def test_entry_point_initialises_records_and_lists(tmp_path):
    at = ["--data-dir", tmp_path / "data"]

    init = _run(*at, "init", "--role", "office", "--name", "Kontoret", "--user", USER)
    listing = _run(*at, "child", "list", "--json")
    homes = _run(*at, "home", "list")

    assert init.returncode == 0, init.stderr
    assert "Gendannelsesnøgle:" in init.stdout
    assert (listing.returncode, json.loads(listing.stdout), listing.stderr) == (0, [], "")
    assert homes.stdout.strip() == "Ingen dagplejehjem."


def test_entry_point_errors_are_one_line_without_traceback(tmp_path):
    at = ["--data-dir", tmp_path / "data"]
    assert _run(*at, "init", "--role", "office", "--name", "K", "--user", USER).returncode == 0
    db = tmp_path / "data" / "dagpleje.db"
    with open(db, "r+b") as fh:
        fh.seek(db.stat().st_size // 2)
        fh.write(b"\xff" * 64)

    missing = _run(*at, "child", "show", "ikke-et-id")
    damaged = _run(*at, "verify")
    nowhere = _run("--data-dir", tmp_path / "tom", "child", "list")

    for result, text in ((missing, "»ikke-et-id« er ikke et gyldigt barne-id."),
                         (damaged, "beskadiget"), (nowhere, "Der er ingen installation")):
        assert result.returncode == 1
        assert result.stdout == ""
        assert len(result.stderr.splitlines()) == 1, result.stderr  # no SQLCipher noise
        assert text in result.stderr
