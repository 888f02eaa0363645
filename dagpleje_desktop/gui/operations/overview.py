"""What the Oversigt page shows, read in one trip to the database worker, and hiding the
mini-childminder's "Kom i gang" panel."""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.enums import UserRole
from ...services.office import dashboard, overview
from ...services.exchange import sync_pending
from ...services.meeting_cycle import visits
from ...services.context import AppContext
from ...services.office.dashboard import AbsenceNotice, ChildStanding, Dashboard, DueGoal, Upcoming
from ...services.journal.drafts import DraftInfo
from ...services.office.overview import OverviewInfo
from ...services.exchange.sync_pending import FirstDay
from ...services.records.transition import TransitionReminder
from ...services.meeting_cycle.visits import SupervisionStatus
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["AbsenceNotice", "ChildStanding", "Dashboard", "DraftInfo", "DueGoal", "FirstDay",
           "OverviewData", "OverviewInfo", "SupervisionStatus", "TransitionReminder", "Upcoming",
           "hide_first_day",
           "load_overview"]


@dataclass(frozen=True)
class OverviewData:
    info: OverviewInfo
    board: Dashboard
    supervision: list[SupervisionStatus] | None  # None: not a consultant
    first_day: FirstDay | None = None  # a mini-childminder's first steps


def load_overview(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                  on_error: ErrorCallback) -> int:
    """on_done receives the OverviewData for the logged-in user's role."""
    def work() -> OverviewData:
        supervision = visits.supervision_due(ctx) \
            if ctx.user.role == UserRole.CONSULTANT else None
        first_day = sync_pending.first_day(ctx) \
            if ctx.user.role == UserRole.CHILDMINDER else None
        return OverviewData(overview.overview(ctx), dashboard.dashboard(ctx), supervision,
                            first_day)
    return runner.run_db(work, on_done, on_error)


def hide_first_day(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                   on_error: ErrorCallback) -> int:
    """The "Kom i gang" panel is not shown again; on_done receives None."""
    return runner.run_db(lambda: sync_pending.hide_first_day(ctx), on_done, on_error)
