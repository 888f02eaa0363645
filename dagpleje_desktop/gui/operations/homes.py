"""The childminders' homes with their places, read on the database worker."""

from __future__ import annotations

from ...services.records import homes
from ...services.context import AppContext
from ...services.records.homes import HomeInfo
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["HomeInfo", "list_homes"]


def list_homes(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
               on_error: ErrorCallback) -> int:
    """on_done receives the HomeInfo list (places taken and free today)."""
    return runner.run_db(lambda: homes.list_homes(ctx), on_done, on_error)
