"""Killing the importing process (SIGKILL) at random points leaves the database intact,
and the next import completes."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sync_helpers import Post, close_all, open_device, state_hash

from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.exchange import sync
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.store.database import integrity_check
from dagpleje_desktop.store.models import Observation

WORKER = Path(__file__).with_name("import_worker.py")
OBSERVATIONS = 800
KILLS = 4
WRITING = "Indlæser ændringer"
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _worker(data_dir: Path, key: bytes, package: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    return subprocess.Popen([sys.executable, str(WORKER), str(data_dir), key.hex(),
                             str(package)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def _observation_count(ctx) -> int:
    with ctx.db.transaction() as s:
        return s.scalar(select(func.count()).select_from(Observation))


def test_a_killed_import_leaves_the_database_intact_and_the_next_one_completes(fleet, tmp_path):
    office, consultant = fleet.copy(tmp_path, "office", "consultant1")
    key = fleet.templates["consultant1"].key
    kid = children.create_child(office, ChildInput("Bjørk", "Østergård"))
    start = datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc)
    with office.db.transaction() as s:  # a busy term's worth of notes in one package
        s.add_all(Observation(child_id=kid.id, observed_at=start + timedelta(minutes=i),
                              text=f"Observation nummer {i}: Bjørk legede i sandkassen")
                  for i in range(OBSERVATIONS))
    package = Post(tmp_path).export(office, consultant)
    data_dir = consultant.data_dir
    before = state_hash(consultant)
    close_all(consultant)

    timing = tmp_path / "timing"  # how long a whole import takes, on a copy
    shutil.copytree(data_dir, timing)
    worker = _worker(timing, key, package)
    assert worker.stdout.readline().strip() == "importing"
    began = time.monotonic()
    out, err = worker.communicate(timeout=600)
    assert out.strip().endswith("done")
    assert worker.returncode == 0, err
    duration = time.monotonic() - began

    rng = random.Random(20261123)
    for attempt in range(KILLS):
        worker = _worker(data_dir, key, package)
        assert worker.stdout.readline().strip() == "importing"
        if attempt % 2:  # every other kill lands while the merge is being written
            line = None
            while line not in (WRITING, ""):  # "": the worker ended (e.g. already imported)
                line = worker.stdout.readline().strip()
        time.sleep(rng.uniform(0, duration / 2))
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=60)
        ctx = open_device(data_dir, key, durable=True)
        try:
            assert integrity_check(ctx.db) == []
            imported = _observation_count(ctx)
            assert imported in (0, OBSERVATIONS)  # all of it or nothing
            if imported == 0:
                assert state_hash(ctx) == before
        finally:
            close_all(ctx)

    ctx = open_device(data_dir, key, durable=True)
    try:
        if _observation_count(ctx) == 0:
            report = sync.import_package(ctx, package)
            assert report.new >= OBSERVATIONS
        assert _observation_count(ctx) == OBSERVATIONS
        assert integrity_check(ctx.db) == []
    finally:
        close_all(ctx, office)
