"""Absence operations (Fravær): a childminder's absences and the form that registers one.
Every call runs on the database worker."""

from __future__ import annotations

from datetime import date

from ...services.records import absences, homes
from ...services.records.absences import AbsenceInfo, AbsenceInput, AffectedChild
from ...services.context import AppContext
from ...services.records.homes import HomeInfo
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["AbsenceInfo", "AbsenceInput", "AffectedChild", "HomeInfo", "list_absences",
           "list_homes", "register_absence"]


def list_absences(runner: OperationRunner, ctx: AppContext, since: date | None,
                  on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the AbsenceInfo list (all of them when ``since`` is None)."""
    return runner.run_db(lambda: absences.list_absences(ctx, since=since), on_done, on_error)


def list_homes(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
               on_error: ErrorCallback) -> int:
    """on_done receives the homes an absence can be registered for (HomeInfo list)."""
    return runner.run_db(lambda: homes.list_homes(ctx), on_done, on_error)


def register_absence(runner: OperationRunner, ctx: AppContext, data: AbsenceInput,
                     on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the new AbsenceInfo."""
    return runner.run_db(lambda: absences.register_absence(ctx, data), on_done, on_error)
