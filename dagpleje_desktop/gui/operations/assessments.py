"""Development and wellbeing assessments of a child: read and recorded on the database
worker."""

from __future__ import annotations

import uuid
from datetime import date

from ...domain.enums import AssessmentKind, WellbeingPosition
from ...services.journal import assessments
from ...services.journal.assessments import (MAX_LEVEL_MONTHS, DevelopmentPoint, WellbeingHistory,
                                             WellbeingPoint)
from ...services.context import AppContext
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["MAX_LEVEL_MONTHS", "DevelopmentPoint", "WellbeingHistory", "WellbeingPoint", "add_development",
           "add_wellbeing", "load_development", "load_wellbeing"]


def load_development(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                     on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the DevelopmentPoint list, oldest first."""
    return runner.run_db(lambda: assessments.development_profile(ctx, child_id),
                         on_done, on_error)


def load_wellbeing(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                   on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the WellbeingHistory."""
    return runner.run_db(lambda: assessments.wellbeing_history(ctx, child_id),
                         on_done, on_error)


def add_development(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                    assessed_on: date, domain: str, level_months: int, note: str,
                    on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the new DevelopmentPoint."""
    return runner.run_db(lambda: assessments.add_development_assessment(
        ctx, child_id, assessed_on, domain, level_months, note), on_done, on_error)


def add_wellbeing(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                  assessed_on: date, kind: AssessmentKind, position: WellbeingPosition,
                  comment: str, on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the new WellbeingPoint."""
    return runner.run_db(lambda: assessments.add_wellbeing_assessment(
        ctx, child_id, assessed_on, kind, position, comment), on_done, on_error)
