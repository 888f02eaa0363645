"""Visit operations (Tilsyn og hjemmebesøg): the once-a-month rule per mini home, the
visits made, and recording a visit. Every call runs on the database worker.

Recording a visit drops the draft of its notes (``draft_key``) in the same transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from ...domain.enums import HomeKind
from ...services.records import children, homes
from ...services.journal import editor_drafts
from ...services.documents import printing
from ...services.meeting_cycle import visits
from ...services.records.children import ChildSummary
from ...services.context import AppContext
from ...services.records.homes import HomeInfo
from ...services.meeting_cycle.visits import (OVERDUE_AFTER_DAYS, SupervisionStatus, VisitInfo,
                                              VisitInput)
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["OVERDUE_AFTER_DAYS", "SupervisionStatus", "VisitChoices", "VisitInfo",
           "VisitInput", "VisitsOverview", "load_overview", "load_visit_choices",
           "record_visit", "supervision_report", "visit_key"]


def visit_key(visit_id: uuid.UUID | None = None, *, place: uuid.UUID | None = None) -> str:
    """The draft key of a visit's notes; a visit not saved yet is named by its home (or
    the family's child), so each place being visited keeps its own draft."""
    if visit_id is not None:
        return f"visit:{visit_id}"
    return f"visit:new:{place if place is not None else 'unplaced'}"


@dataclass(frozen=True)
class VisitsOverview:
    statuses: tuple[SupervisionStatus, ...]   # per mini home; empty on her own laptop
    recent: tuple[VisitInfo, ...]
    child_names: dict[uuid.UUID, str]         # the families of home visits shown


def load_overview(runner: OperationRunner, ctx: AppContext, *, recent_days: int,
                  own_home: bool, on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives a VisitsOverview. ``own_home`` (the mini-childminder): the visits
    to her home, planned ones too, oldest first; the office keeps the due dates."""
    def work() -> VisitsOverview:
        now = ctx.now()
        since = now - timedelta(days=recent_days)
        if own_home:
            statuses: list[SupervisionStatus] = []
            recent = sorted(visits.list_visits(ctx, since=since), key=lambda v: v.visited_at)
        else:
            statuses = visits.supervision_due(ctx)
            recent = visits.list_visits(ctx, since=since, until=now)
        names = {c.id: c.name for c in children.list_children(ctx)} \
            if any(v.child_id for v in recent) else {}
        return VisitsOverview(tuple(statuses), tuple(recent), names)
    return runner.run_db(work, on_done, on_error)


@dataclass(frozen=True)
class VisitChoices:
    homes: tuple[HomeInfo, ...]          # the mini homes (supervision)
    children: tuple[ChildSummary, ...]   # the families (home visits)


def load_visit_choices(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                       on_error: ErrorCallback) -> int:
    """on_done receives VisitChoices."""
    def work() -> VisitChoices:
        return VisitChoices(tuple(homes.list_homes(ctx, HomeKind.MINI)),
                            tuple(children.list_children(ctx)))
    return runner.run_db(work, on_done, on_error)


def record_visit(runner: OperationRunner, ctx: AppContext, data: VisitInput,
                 draft_key: str | None, on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the VisitInfo."""
    def work() -> VisitInfo:
        with ctx.db.transaction():
            info = visits.record_visit(ctx, data)
            if draft_key:
                editor_drafts.discard_editor_draft(ctx, draft_key)
        return info
    return runner.run_db(work, on_done, on_error)


def supervision_report(ctx: AppContext, visit_id: uuid.UUID) -> Callable[[Path], Path]:
    """What a PdfSaver runs on the file pool to write the visit report to a path."""
    return lambda path: printing.print_supervision(ctx, visit_id, path)
