"""Goal operations (Mål): a child's goals with her plan versions, a goal's history, and
saving a goal. Every call runs on the database worker.

``check_goal`` is the services' own validation, without the database: a form that
collects a goal to be saved later (with the minutes) refuses what a save would refuse.
What is typed in the goal dialog is kept as an editor draft under ``goal_draft_key``;
saving the goal drops it in the same transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ...services.journal import editor_drafts
from ...services.meeting_cycle import goals, plans
from ...services.context import AppContext
from ...services.meeting_cycle.goals import (EVALUATION_STATUSES, OPEN_STATUSES, GoalChange,
                                             GoalInfo, GoalInput, check_goal)
from ...services.meeting_cycle.plans import PlanVersion
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["EVALUATION_STATUSES", "OPEN_STATUSES", "ChildGoals", "GoalChange", "GoalInfo",
           "GoalInput", "check_goal", "goal_draft_key", "goal_history", "goals_for_child",
           "load_child_goals", "save_goal"]


def goal_draft_key(goal_id: uuid.UUID | None, child_id: uuid.UUID) -> str:
    """The draft of one goal's dialog, or of a new goal for the child."""
    return f"goal:{goal_id}" if goal_id is not None else f"goal:new:{child_id}"


@dataclass(frozen=True)
class ChildGoals:
    """A child's goals (evidence counted since the last status meeting) and plan versions."""

    child_id: uuid.UUID
    goals: list[GoalInfo]
    plans: list[PlanVersion]


def load_child_goals(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                     on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives ChildGoals."""
    return runner.run_db(lambda: ChildGoals(child_id, goals.goals_for_child(ctx, child_id),
                                            plans.list_plans(ctx, child_id)),
                         on_done, on_error)


def goals_for_child(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                    on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the child's GoalInfo list, active goals first."""
    return runner.run_db(lambda: goals.goals_for_child(ctx, child_id), on_done, on_error)


def goal_history(runner: OperationRunner, ctx: AppContext, goal_id: uuid.UUID,
                 on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the goal's GoalChange list, oldest first."""
    return runner.run_db(lambda: goals.goal_history(ctx, goal_id), on_done, on_error)


def save_goal(runner: OperationRunner, ctx: AppContext, goal_id: uuid.UUID | None,
              data: GoalInput, draft_key: str, on_done: DoneCallback,
              on_error: ErrorCallback) -> int:
    """A new goal (``goal_id`` None) or a change to one, and its dialog's draft dropped,
    all or nothing; on_done receives the GoalInfo."""
    def work() -> GoalInfo:
        with ctx.db.transaction():
            info = goals.create_goal(ctx, data) if goal_id is None else \
                goals.update_goal(ctx, goal_id, data)
            editor_drafts.discard_editor_draft(ctx, draft_key)
        return info
    return runner.run_db(work, on_done, on_error)
