"""Action plan operations (Handleplaner): every call runs on the database worker.

One version as it was approved, who is to sign a version and who has, recording signatures, approving a draft with
the signatures recorded, and the goals of a meeting with their evidence counted up to it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from ...services.meeting_cycle import goals, meeting_minutes, plans
from ...services.documents import printing
from ...services.context import AppContext
from ...services.meeting_cycle.plans import (PlanGoal, PlanInfo, PlanInput, PlanVersion,
                                             SignatureInput, Signer)
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["PlanGoal", "PlanInfo", "PlanInput", "PlanVersion", "SignatureInput", "Signer",
           "action_plan_pdf", "approve", "goals_for_meeting", "load_plan",
           "record_next_meeting", "record_signatures", "signers"]


def load_plan(runner: OperationRunner, ctx: AppContext, plan_id: uuid.UUID,
              on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the PlanInfo of one version, as it was approved."""
    return runner.run_db(lambda: plans.get_plan(ctx, plan_id), on_done, on_error)


def action_plan_pdf(ctx: AppContext, plan_id: uuid.UUID) -> Callable[[Path], Path]:
    """Writes the plan version to a path; for PdfSaver, which runs it off the GUI thread
    with the other PDF work."""
    return lambda path: printing.print_action_plan(ctx, plan_id, path)


def signers(runner: OperationRunner, ctx: AppContext, plan_id: uuid.UUID,
            on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives a list of plans.Signer (signed or still to sign)."""
    return runner.run_db(lambda: plans.signers(ctx, plan_id), on_done, on_error)


def record_signatures(runner: OperationRunner, ctx: AppContext, plan_id: uuid.UUID,
                      signatures: Sequence[SignatureInput], on_done: DoneCallback,
                      on_error: ErrorCallback) -> int:
    """Record who signed (without approving); on_done receives the PlanInfo."""
    chosen = tuple(signatures)
    return runner.run_db(lambda: plans.record_signatures(ctx, plan_id, chosen), on_done,
                         on_error)


def approve(runner: OperationRunner, ctx: AppContext, plan_id: uuid.UUID, approved_on: date,
            signatures: Sequence[SignatureInput], on_done: DoneCallback,
            on_error: ErrorCallback) -> int:
    """Approve a draft with the signatures given now (and any recorded before)."""
    chosen = tuple(signatures)
    return runner.run_db(lambda: plans.approve_plan(ctx, plan_id, approved_on, chosen),
                         on_done, on_error)


def goals_for_meeting(runner: OperationRunner, ctx: AppContext, meeting_id: uuid.UUID,
                      on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the child's GoalInfo list, evidence counted up to the meeting."""
    return runner.run_db(lambda: goals.goals_for_meeting(ctx, meeting_id), on_done, on_error)


def record_next_meeting(runner: OperationRunner, ctx: AppContext, meeting_id: uuid.UUID,
                        starts_at: datetime, on_done: DoneCallback,
                        on_error: ErrorCallback) -> int:
    """The next meeting planned after a held one becomes its recorded next meeting."""
    return runner.run_db(lambda: meeting_minutes.record_next_meeting(ctx, meeting_id,
                                                                     starts_at),
                         on_done, on_error)
