"""The performance suite at municipality scale.

    .venv/bin/python -m benchmarks.suite [--scale full|quick] [--pg URL] [--only NAME ...]

``make bench`` runs the full scale, ``make bench-quick`` the quick one; ``PG=1`` (or
``--pg``, or ``DAGPLEJE_BENCH_PG=URL``) runs the office-scale figures on PostgreSQL.
Each figure is measured beside its floor in the same run, over several runs (its value
is the median of the runs, with their spread), printed as a table and written to
``benchmarks/results/<suite>.json`` (a JSON array of {"name", "value", "unit", "floor",
"ratio", "budget", "ok", "spread"}) with the machine in ``<suite>.machine.json``;
``python -m benchmarks.report --readme`` puts the full-scale files into README.md.
Timings are never asserted in tests; this is where they are looked at.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import report  # noqa: E402
from benchmarks.dataset import ensure  # noqa: E402
from benchmarks.scales import SCALES  # noqa: E402

DEFAULT_PG = "postgresql+psycopg://dagpleje:dagpleje@localhost:5432/postgres"
FIGURES = ("startup", "child_page", "pages", "search", "dashboard", "handover", "sync",
           "sync_scale")


def say(message: str) -> None:
    print(message, flush=True)


def run_figure(name: str, data, scale) -> list[dict]:
    if name == "startup":
        from benchmarks import bench_startup
        return bench_startup.run(data, scale.startup_runs, say=say)
    if name == "child_page":
        from benchmarks import bench_child_page
        return bench_child_page.run(data, scale.action_runs, say=say)
    if name == "pages":
        from benchmarks import bench_pages
        return bench_pages.run(data, scale.action_runs, say=say)
    if name == "search":
        from benchmarks import bench_search
        return bench_search.run(data, scale.search_queries, scale.action_runs, say=say)
    if name == "dashboard":
        from benchmarks import bench_dashboard
        return bench_dashboard.run(data, scale.action_runs, say=say)
    if name == "handover":
        from benchmarks import bench_handover
        return bench_handover.run(data, scale.bulk_runs, say=say)
    if name == "sync":
        from benchmarks import bench_sync
        return bench_sync.run(scale, scale.bulk_runs, say=say)
    if name == "sync_scale":
        from benchmarks import bench_sync_scale
        return bench_sync_scale.run(data, scale.action_runs, say=say)
    raise ValueError(name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=sorted(SCALES), default="quick")
    parser.add_argument("--pg", nargs="?", const=DEFAULT_PG,
                        default=os.environ.get("DAGPLEJE_BENCH_PG") or None,
                        help="PostgreSQL server URL (default: the local test server)")
    parser.add_argument("--only", nargs="+", choices=FIGURES)
    parser.add_argument("--rebuild", action="store_true", help="generate the data set again")
    args = parser.parse_args(argv)
    scale = SCALES[args.scale]
    engine = "postgresql" if args.pg else "sqlite"
    suite = f"municipality_{scale.name}_{engine}"
    began, load_at_start = time.perf_counter(), report.load_average()
    say(f"suite {suite}; machine load average (1, 5, 15 min): {load_at_start}")
    data = ensure(scale, args.pg, rebuild=args.rebuild, say=say)
    manifest = data.manifest
    say(f"data set: {manifest['counts']}; generated in {manifest['generation_seconds']} s "
        f"(bulk load {manifest.get('bulk_load_seconds')} s)")
    figures = args.only or [f for f in FIGURES if not (args.pg and f == "sync")]
    rows = []
    for name in figures:
        started = time.perf_counter()
        say(f"- {name}")
        rows += run_figure(name, data, scale)
        say(f"  ({time.perf_counter() - started:.1f} s)")
    machine = report.machine_info({
        "suite": suite, "engine": engine, "scale": scale.name,
        "load_average_at_start": load_at_start,
        "dataset": {"counts": manifest["counts"],
                    "generation_seconds": manifest["generation_seconds"],
                    "bulk_load_seconds": manifest.get("bulk_load_seconds"),
                    "sync_operations": manifest.get("sync_operations"),
                    "sync_stamp_seconds": manifest.get("sync_stamp_seconds"),
                    "database_bytes": manifest.get("database_bytes"),
                    "revision": manifest["revision"]},
        "suite_seconds": round(time.perf_counter() - began, 1)})
    path = report.write(suite, rows, machine) if not args.only else None
    say("")
    say(report.format_table(rows))
    say(f"\nmachine load average (1, 5, 15 min) at the end: {report.load_average()} on "
        f"{os.cpu_count()} CPUs; suite took {machine['suite_seconds']} s")
    if path:
        say(f"written: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
