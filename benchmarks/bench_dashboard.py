"""The Oversigt page's query for a consultant with 150 children (``dashboard.dashboard``):
median and p95 of repeated calls, after one warm-up call, in several runs."""

from __future__ import annotations

import time

from benchmarks.dataset import CONSULTANT_USER, DataSet
from benchmarks.report import INTERACTIVE_MS, median, percentile, result
from dagpleje_desktop.services.office import dashboard


def run(data: DataSet, runs: int = 5, calls: int = 30, say=print) -> list[dict]:
    """``runs`` runs of ``calls`` calls each; the figures are medians over the runs."""
    ctx = data.login(CONSULTANT_USER)
    try:
        first = dashboard.dashboard(ctx)
        say(f"  dashboard: {len(first.children)} children, {len(first.goals_due)} goals due")
        medians, p95s = [], []
        for _ in range(runs):
            timings = []
            for _ in range(calls):
                began = time.perf_counter()
                dashboard.dashboard(ctx)
                timings.append((time.perf_counter() - began) * 1000)
            medians.append(median(timings))
            p95s.append(percentile(timings, 0.95))
        return [
            result(f"dashboard_consultant_{len(first.children)}_children_median",
                   medians, "ms", budget=INTERACTIVE_MS),
            result(f"dashboard_consultant_{len(first.children)}_children_p95",
                   p95s, "ms", budget=INTERACTIVE_MS),
        ]
    finally:
        ctx.close()
