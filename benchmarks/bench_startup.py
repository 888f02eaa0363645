"""Start-up to an interactive main window on the office database, from the password (the
login's Argon2id, opening the database, building and painting the window) and from the
launch of the process, beside a bare PySide6 window (both offscreen, each a fresh process timed from launch; the app logs in with the
password given on the command line, as the login dialog would), and resident memory of
the app with the office database open, a 5,000-observation child shown and a few
searches run: the peak (ru_maxrss) and what stays resident afterwards."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.dataset import PASSWORD, DataSet, OFFICE_USER, cache_root
from benchmarks.report import LAUNCH_MS, MEMORY_MB, STARTUP_MS, result

ROOT = Path(__file__).resolve().parents[1]


def _probe_env() -> dict[str, str]:
    """The probes' environment, with Python's bytecode cache on.

    An installed app starts from compiled bytecode. With PYTHONDONTWRITEBYTECODE set (as
    in some shells and CI images) every launch compiled the app's own ~100 modules from
    source again (~0.2 s) while the floor compiles nothing; the cache goes beside the
    data sets, not into the source tree, and the warm-up launches fill it.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPYCACHEPREFIX=str(cache_root() / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _launch(args: list[str], want_done: bool = False) -> tuple[float, dict, dict]:
    env = _probe_env()
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "benchmarks.probe_app", *args],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    ready_ms, marks, done = None, {}, {}
    try:
        for line in process.stdout:
            if line.startswith("READY "):
                ready_ms = (time.perf_counter() - started) * 1000
                marks = json.loads(line[6:])
                if not want_done:
                    break
            elif line.startswith("DONE "):
                done = json.loads(line[5:])
                break
    finally:
        process.stdout.close()
        if process.wait(timeout=120) != 0 and ready_ms is None:
            raise RuntimeError(f"probe {args[0]} failed")
    if ready_ms is None:
        raise RuntimeError(f"probe {args[0]} never became ready")
    return ready_ms, marks, done


def _app_args(data: DataSet) -> list[str]:
    where = ["--database-url", data.database_url] if data.database_url else \
        ["--data-dir", str(data.data_dir)]
    return ["app", *where, "--user", OFFICE_USER, "--password", PASSWORD]


def run(data: DataSet, runs: int = 5, say=print) -> list[dict]:
    _launch(["bare"])  # warm the file cache for both
    _launch(_app_args(data))
    bare, app, marks = [], [], []
    bare_window, after_password = [], []
    for _ in range(runs):  # interleaved, so load on the machine hits both alike
        ready, bare_mark, _ = _launch(["bare"])
        bare.append(ready)
        bare_window.append(bare_mark["interactive"] - bare_mark["qapplication"])
        ready, mark, _ = _launch(_app_args(data))
        app.append(ready)
        marks.append(mark)
        # The login dialog is up once the modules are imported: what the person waits
        # for is the password's check (Argon2id), opening the database and the window.
        after_password.append(mark["interactive"] - mark["qapplication"])
    say(f"  start-up marks in the app process (ms since its first line): {marks[len(marks) // 2]}")
    _, _, done = _launch(_app_args(data) + ["--exercise", str(data.heavy_child_id)],
                         want_done=True)
    say(f"  resident memory (MB) through the exercise: {done['rss_mb']}")
    return [
        result("startup_after_password_to_interactive_window", after_password, "ms",
               floor=bare_window, budget=STARTUP_MS),
        result("startup_from_launch_to_interactive_window", app, "ms", floor=bare,
               budget=LAUNCH_MS),
        # ru_maxrss: includes the 64 MiB Argon2id takes for a moment to unwrap the key.
        result("peak_rss_office_db_open", done["peak_rss_mb"], "MB", budget=MEMORY_MB),
        result("rss_after_child_page_and_search", done["rss_mb"]["searched"], "MB",
               budget=MEMORY_MB),
    ]
