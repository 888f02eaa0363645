"""PostgreSQL is an optional extra ([postgres]): without psycopg the program works on its
local database, and a PostgreSQL URL is refused with one Danish line that says what to do."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from dagpleje_desktop.cli import main


def test_database_url_without_the_driver_is_one_danish_line(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now fails
    monkeypatch.setenv("DAGPLEJE_USER", "kontor")
    monkeypatch.setenv("DAGPLEJE_PASSWORD", "en lang adgangssætning")

    code = main(["--database-url", "postgresql://kontor@127.0.0.1:1/dagpleje", "child", "list"])

    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "PostgreSQL kræver driveren psycopg" in err
    assert "dagpleje-desktop[postgres]" in err


def test_every_module_imports_without_the_driver(tmp_path):
    script = textwrap.dedent("""
        import importlib, pkgutil, sys
        sys.modules["psycopg"] = None
        import dagpleje_desktop
        for module in pkgutil.walk_packages(dagpleje_desktop.__path__, "dagpleje_desktop."):
            if not module.name.endswith("__main__"):  # that one runs the command
                importlib.import_module(module.name)
        print("ok")
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "ok"
