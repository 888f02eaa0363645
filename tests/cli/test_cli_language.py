"""The ``dagpleje`` script answers in English when the environment's language is English
(``LANG=en_GB.UTF-8``) and in Danish otherwise, run as a separate process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import PASSWORD, USER

SCRIPT = Path(sys.executable).with_name("dagpleje")
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

pytestmark = pytest.mark.skipif(not SCRIPT.exists(), reason="package not installed in venv")


def _run(*args, lang: str, password: str = PASSWORD) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    env.update(LANG=lang, DAGPLEJE_USER=USER, DAGPLEJE_PASSWORD=password)
    return subprocess.run([str(SCRIPT), *map(str, args)], capture_output=True, text=True,
                          env=env, stdin=subprocess.DEVNULL, timeout=120, check=False)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en_GB.UTF-8", "There is no installation in {data}. Create one with »dagpleje init« "
                    "or »dagpleje demo«."),
    ("da_DK.UTF-8", "Der er ingen installation i {data}. Opret en med »dagpleje init« "
                    "eller »dagpleje demo«."),
])
def test_a_refusal_is_one_line_in_the_environments_language(tmp_path, lang, expected):
    data = tmp_path / "nothing-here"

    result = _run("--data-dir", data, "child", "list", lang=lang)

    assert result.returncode != 0
    assert result.stderr.strip() == expected.format(data=data)


def test_a_wrong_password_is_refused_in_english(tmp_path):
    at = ["--data-dir", tmp_path / "data"]
    init = _run(*at, "init", "--role", "office", "--name", "Kontoret", "--user", USER,
                lang="da_DK.UTF-8")
    assert init.returncode == 0, init.stderr

    english = _run(*at, "child", "list", lang="en_GB.UTF-8", password="forkert-kodeord-1")
    danish = _run(*at, "child", "list", lang="da_DK.UTF-8", password="forkert-kodeord-1")

    assert english.stderr.strip() == "Wrong user name or password."
    assert danish.stderr.strip() == "Forkert brugernavn eller adgangskode."
