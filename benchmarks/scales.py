"""How big the synthetic municipality is: ``full`` for ``make bench``, ``quick`` for CI-sized runs."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    name: str
    children: int
    homes: int
    observations: int
    years: int = 10
    heavy_child_observations: int = 5000   # the child page figure opens this child
    caseload: int = 150                    # the consultant's children on the dashboard
    sync_changes: int = 100_000            # operations in the sync package
    search_queries: int = 200
    consultants: int = 15
    startup_runs: int = 5                  # fresh processes per start-up figure
    action_runs: int = 5                   # runs of each per-action figure (median of runs)
    bulk_runs: int = 3                     # runs of each bulk figure (sync, packet)


SCALES = {
    "full": Scale("full", children=2000, homes=400, observations=1_000_000),
    "quick": Scale("quick", children=200, homes=40, observations=50_000, sync_changes=20_000),
    # For trying the suite itself out in seconds; not a published figure.
    "tiny": Scale("tiny", children=160, homes=20, observations=8_000, sync_changes=2_000,
                  search_queries=40, startup_runs=2, action_runs=2, bulk_runs=2),
}
