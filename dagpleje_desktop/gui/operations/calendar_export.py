"""Export to Outlook (.ics): a period or chosen items written to a file, on the database
worker (the export is logged in the same transaction as the file is written)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from ...services.meeting_cycle import calendar
from ...services.meeting_cycle.calendar import CalendarItem, ExportResult
from ...services.context import AppContext
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["ExportResult", "export_ics"]


def export_ics(runner: OperationRunner, ctx: AppContext,
               what: Sequence[CalendarItem] | tuple[date, date], path: Path,
               include_names: bool, on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """``what``: the chosen items, or a (first day, last day) period; on_done receives the
    ExportResult (path and number of items)."""
    chosen = tuple(what)  # a copy: the page's selection may change meanwhile
    return runner.run_db(lambda: calendar.export_ics(ctx, chosen, path,
                                                     include_names=include_names),
                         on_done, on_error)
