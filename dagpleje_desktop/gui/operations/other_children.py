"""The installation's children and adults, for the forms' warning about other children's
names (read on the database worker)."""

from __future__ import annotations

from ...services.records import other_children
from ...services.context import AppContext
from ...services.records.other_children import NameBook
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["NameBook", "load_name_book"]


def load_name_book(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                   on_error: ErrorCallback) -> int:
    """on_done gets the NameBook."""
    return runner.run_db(lambda: other_children.name_book(ctx), on_done, on_error)
