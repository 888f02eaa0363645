"""Sync against the office database of the data set (1,000,000 observations at full
scale), with the devices ``dataset_sync`` paired with it:

- a one-record package from a mini-childminder's device (one new observation) imported
  into the office, as a person does it on a day whose backup is already taken (the
  import copies nothing: it is one transaction); budget 0.3 s whatever the database's
  size;
- the office's routine export to that device (her new observation acknowledged, nothing
  else new; the same 0.3 s budget), and the first export of the same home's scope to a
  device that has never imported, beside a floor: the same operation rows fetched
  through the driver (``oplog.about_rows`` per entity), ``json.dumps``, written with
  fsync;
- a consultant's first export (every operation of the office), beside the floor of
  fetching every operation the same way; run in a child process with its address space
  capped (``DAGPLEJE_BENCH_MEMORY_GB``, default 6), so a package too big for this
  machine is reported as missed instead of taking the memory of everyone on it.

Every run works on the cached data set itself: each adds one observation to the office,
and exports advance the devices' package numbers, as real use does.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

from benchmarks.bench_sync import open_with_key
from benchmarks.dataset import DataSet
from benchmarks.dataset_sync import DEVICE_USER
from benchmarks.report import BULK_RATIO, failed, result
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.exchange import sync
from dagpleje_desktop.sync import oplog
from dagpleje_desktop.sync import scope as scopes

ONE_RECORD_MS = 300.0  # an exchange of one record costs what it carries, not the database
ROOT = Path(__file__).resolve().parents[1]


def _device(data: DataSet, name: str):
    info = data.manifest["devices"][name]
    return open_with_key(data.folder / "devices" / info["folder"], bytes.fromhex(info["key"]),
                         DEVICE_USER)


def _write_floor(ops: list, path: Path, began: float) -> float:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(ops))
        handle.flush()
        os.fsync(handle.fileno())
    return (time.perf_counter() - began) * 1000


def _scope_floor(office, home_id: uuid.UUID, path: Path) -> float:
    """The operations about the rows of the home's scope, fetched through the driver."""
    with office.reading() as s:
        rows = scopes.read_scope(s.connection(), home_id, office.today()).rows
    with office.reading() as s:
        conn = s.connection()
        began = time.perf_counter()
        ops = [op for entity, ids in rows.items() for op in oplog.about_rows(conn, entity, ids)]
        return _write_floor(ops, path, began)


def _one_round(office, home, home_new, child_id, home_id, work: Path, number: int) -> dict:
    observations.create_observation(home, observations.ObservationInput(
        child_id=child_id, situation="Leg på gulvet",
        text=f"Byggede et tårn af {number + 3} klodser og ventede på sin tur.",
        observed_at=home.now() - timedelta(minutes=5)))
    package = sync.export_package(home, uuid.UUID(office.device_id), work / "ind.dgsync")
    began = time.perf_counter()
    report = sync.import_package(office, package.path, backup=False)
    one_change = (time.perf_counter() - began) * 1000
    began = time.perf_counter()
    routine = sync.export_package(office, uuid.UUID(home.device_id), work / "ud.dgsync")
    routine_ms = (time.perf_counter() - began) * 1000
    sync.import_package(home, routine.path, backup=False)
    began = time.perf_counter()
    first = sync.export_package(office, uuid.UUID(home_new.device_id), work / "foerste.dgsync")
    first_ms = (time.perf_counter() - began) * 1000
    return {"one_change": one_change, "one_change_ops": report.operations,
            "one_change_bytes": package.size, "routine": routine_ms,
            "routine_ops": routine.operations, "first": first_ms, "first_ops": first.operations,
            "first_bytes": first.size, "first_children": first.children,
            "first_floor": _scope_floor(office, home_id, work / "floor.json")}


def run(data: DataSet, runs: int = 5, say=print) -> list[dict]:
    devices = data.manifest["devices"]
    home_id, child_id = uuid.UUID(devices["home_id"]), data.heavy_child_id
    office = data.login()
    home, home_new = _device(data, "home"), _device(data, "home_new")
    rounds = []
    try:
        with tempfile.TemporaryDirectory(prefix="dagpleje-bench-sync-scale-") as temp:
            for number in range(runs):
                rounds.append(_one_round(office, home, home_new, child_id, home_id,
                                         Path(temp), number))
    finally:
        for ctx in (office, home, home_new):
            ctx.close()
    last = rounds[-1]
    say(f"  one-record package: {last['one_change_ops']} operations, "
        f"{last['one_change_bytes']:,} bytes; routine export {last['routine_ops']} operations; "
        f"first export of the home: {last['first_ops']:,} operations, {last['first_children']} "
        f"children, {last['first_bytes'] / 1e6:.1f} MB")
    rows = [
        result("sync_import_1_record_into_office", [r["one_change"] for r in rounds], "ms",
               budget=ONE_RECORD_MS),
        result("sync_export_home_routine", [r["routine"] for r in rounds], "ms",
               budget=ONE_RECORD_MS),
        result("sync_export_home_first", [r["first"] for r in rounds], "ms",
               floor=[r["first_floor"] for r in rounds], budget=BULK_RATIO,
               budget_on_ratio=True),
    ]
    return rows + consultant_first_export(data, say=say)


# -- the consultant's first export, in a child process -----------------------------------

def _memory_cap() -> int:
    return int(float(os.environ.get("DAGPLEJE_BENCH_MEMORY_GB", "6")) * 1024 ** 3)


def consultant_first_export(data: DataSet, runs: int = 3, say=print) -> list[dict]:
    name = "sync_export_consultant_first"
    args = [sys.executable, "-m", "benchmarks.bench_sync_scale", "--scale", data.scale.name,
            "--runs", str(runs)]
    if data.database_url:
        args += ["--pg", data.database_url]
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)
    found = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode != 0 or not found:
        cause = (done.stderr.strip().splitlines() or ["no output"])[-1][:200]
        say(f"  consultant's first export failed: {cause}")
        return [failed(name, "ms", budget=0.0,
                       error=f"failed under a {_memory_cap() / 1024 ** 3:g} GB address-space "
                             f"cap: {cause}")]
    measured = json.loads(found[-1][7:])
    say(f"  consultant's first export: {measured['operations']:,} operations, "
        f"{measured['bytes'] / 1e6:.0f} MB, peak {measured['peak_rss_mb']:.0f} MB resident")
    return [result(name, measured["export"], "ms", floor=measured["floor"], budget=BULK_RATIO,
                   budget_on_ratio=True)]


def _measure_consultant(data: DataSet, runs: int) -> dict:
    office = data.login()
    consultant = _device(data, "consultant")
    exports, floors = [], []
    try:
        with tempfile.TemporaryDirectory(prefix="dagpleje-bench-consultant-") as temp:
            for _ in range(runs):
                began = time.perf_counter()
                out = sync.export_package(office, uuid.UUID(consultant.device_id),
                                          Path(temp) / "konsulent.dgsync")
                exports.append((time.perf_counter() - began) * 1000)
                out.path.unlink()
                with office.reading() as s:
                    began = time.perf_counter()
                    ops = oplog.since(s.connection(), uuid.UUID(office.device_id), 0)
                    floors.append(_write_floor(ops, Path(temp) / "floor.json", began))
                    del ops
    finally:
        office.close()
        consultant.close()
    return {"export": exports, "floor": floors, "operations": out.operations, "bytes": out.size,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main(argv: list[str] | None = None) -> int:
    import argparse

    from benchmarks.dataset import ensure
    from benchmarks.scales import SCALES
    parser = argparse.ArgumentParser(description="The consultant's first export (child process).")
    parser.add_argument("--scale", choices=sorted(SCALES), required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pg")
    args = parser.parse_args(argv)
    cap = _memory_cap()
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    data = ensure(SCALES[args.scale], args.pg, say=lambda _: None)
    print("RESULT " + json.dumps(_measure_consultant(data, args.runs)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
