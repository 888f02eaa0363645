"""Calendar operations (Kalender): the items of a period, read on the database worker.

The month grid itself (``month_weeks``) is pure date arithmetic, re-exported with the
item types so the calendar pages import no service module.
"""

from __future__ import annotations

from datetime import date

from ...services.meeting_cycle import calendar
from ...services.meeting_cycle.calendar import CalendarItem, ItemKind, month_weeks
from ...services.context import AppContext
from .. import messages
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["CalendarItem", "ItemKind", "load_items", "month_weeks"]


def load_items(runner: OperationRunner, ctx: AppContext, start: date, end: date,
               on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the CalendarItem list of the days start..end, holidays included and
    named in the interface language."""
    language = messages.language()
    return runner.run_db(lambda: calendar.calendar_items(ctx, start, end,
                                                         holiday_language=language),
                         on_done, on_error)
