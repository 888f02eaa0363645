"""Full-text search in the observations, run on the database worker."""

from __future__ import annotations

from ...services.journal import observations
from ...services.context import AppContext
from ...services.journal.observations import HIT_END, HIT_START, SearchHit
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["HIT_END", "HIT_START", "SearchHit", "search"]


def search(runner: OperationRunner, ctx: AppContext, text: str, on_done: DoneCallback,
           on_error: ErrorCallback) -> int:
    """on_done receives the SearchHit list, best first (the search is logged)."""
    return runner.run_db(lambda: observations.search(ctx, text), on_done, on_error)
