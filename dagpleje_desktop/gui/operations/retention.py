"""Retention operations (Sletning efter opbevaringsfrist): every call runs on the
database worker; the GUI thread only shows the plain results."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...services.office import retention
from ...services.context import AppContext
from ...services.office.retention import ApplyResult, DueItem
from .runner import DoneCallback, ErrorCallback, OperationRunner


__all__ = ["ApplyResult", "DueItem", "RetentionState", "apply", "preview"]


@dataclass(frozen=True)
class RetentionState:
    rules: tuple[str, ...]                     # the rules in force, in Danish
    items: tuple[retention.DueItem, ...]       # what has passed its period now


def _state(ctx: AppContext) -> RetentionState:
    items = tuple(retention.preview(ctx))
    return RetentionState(tuple(retention.describe_rules(retention.rules(ctx))), items)


def preview(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
            on_error: ErrorCallback) -> int:
    """on_done receives a RetentionState."""
    return runner.run_db(lambda: _state(ctx), on_done, on_error)


def apply(runner: OperationRunner, ctx: AppContext, ids: Sequence[str],
          on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """Delete exactly the items the person saw and approved (refused, with nothing
    changed, if one of them is no longer due); on_done receives a retention.ApplyResult."""
    chosen = tuple(ids)
    return runner.run_db(lambda: retention.apply(ctx, chosen), on_done, on_error)
