"""The counts the main window shows from the start (open conflicts, changes the office has
not got, a child's conflicts): apart from the sync operations, so the window does not load
the package machinery (crypto, merge, import) before the Synkronisering page is opened."""

from __future__ import annotations

import uuid

from ...services.context import AppContext
from ...services.exchange import sync_conflicts, sync_pending, sync_status
from .runner import DoneCallback, ErrorCallback, OperationRunner


def count_conflicts(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                    on_error: ErrorCallback | None = None) -> int:
    return runner.run_db(lambda: sync_conflicts.count_open_conflicts(ctx), on_done, on_error)


def count_unsent(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                 on_error: ErrorCallback | None = None) -> int:
    """on_done gets the ``UnsentChanges`` (changes the office has not got yet)."""
    return runner.run_db(lambda: sync_pending.unsent_to_office(ctx), on_done, on_error)


def count_child_conflicts(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                          on_done: DoneCallback, on_error: ErrorCallback | None = None) -> int:
    return runner.run_db(lambda: sync_status.open_conflicts_for_child(ctx, child_id),
                         on_done, on_error)
