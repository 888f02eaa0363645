"""What this installation holds (one installation, one scope), for the settings page."""

from __future__ import annotations

from ...services.context import AppContext
from ...services.security.installation_scope import InstallationScope, installation_scope
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["InstallationScope", "load_scope"]


def load_scope(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
               on_error: ErrorCallback) -> int:
    """on_done receives the InstallationScope (device role, demo or not)."""
    return runner.run_db(lambda: installation_scope(ctx), on_done, on_error)
