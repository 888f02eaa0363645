"""What the settings page reads: the organisation's contact block."""

from __future__ import annotations

from ...services.records import professionals
from ...services.context import AppContext
from ...services.records.professionals import OrganisationInfo
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["OrganisationInfo", "load_organisation"]


def load_organisation(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                      on_error: ErrorCallback) -> int:
    """on_done receives the OrganisationInfo."""
    return runner.run_db(lambda: professionals.get_organisation(ctx), on_done, on_error)
