"""Sync operations for the Synkronisering page: every call runs on the database worker.

Export and import report progress through a ``SyncProgress`` (a Qt signal delivered on
the GUI thread) and stop at their next step once the user pressed "Annuller".
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal

from ...domain.enums import UserRole
from ...services.exchange import device_role, devices, sync, sync_pending, sync_status
from ...services.context import AppContext
from ...services.exchange.devices import DeviceInfo
from ...services.exchange.sync import ExportResult, ImportReport
from ...services.exchange.sync_pending import UnsentChanges
from ...services.exchange.sync_status import ConflictView, DuplicateSide
from ..messages import service_text
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["ConflictView", "DeviceInfo", "DuplicateSide", "ExportResult", "ImportReport",
           "SyncOverview", "SyncProgress", "UnsentChanges", "can_change_role", "change_role",
           "export_package", "import_package", "load_overview", "resolve_conflict",
           "suggested_filename"]


class SyncProgress(QObject):
    """Carries a worker's ``(done, total, label)`` to the GUI and "Annuller" back."""

    progressed = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.token = sync.CancelToken()

    def callback(self, done: int, total: int, label: str) -> None:
        if shiboken6.isValid(self):
            self.progressed.emit(done, total, service_text(label))  # the step in the interface language

    def cancel(self) -> None:
        self.token.cancel()


@dataclass(frozen=True)
class SyncOverview:
    """Everything the page shows, read in one go."""

    me: DeviceInfo
    devices: list[DeviceInfo]
    conflicts: list[ConflictView]
    unsent: UnsentChanges | None = None  # what the office has not got yet


def load_overview(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                  on_error: ErrorCallback) -> int:
    def work() -> SyncOverview:
        return SyncOverview(devices.show_device(ctx), devices.list_devices(ctx),
                            sync_status.list_conflict_views(ctx),
                            sync_pending.unsent_to_office(ctx))
    return runner.run_db(work, on_done, on_error)


def suggested_filename(runner: OperationRunner, ctx: AppContext, device_id: uuid.UUID,
                       on_done: DoneCallback, on_error: ErrorCallback) -> int:
    return runner.run_db(lambda: sync.suggested_filename(ctx, device_id), on_done, on_error)


def export_package(runner: OperationRunner, ctx: AppContext, device_id: uuid.UUID, path: Path,
                   progress: SyncProgress, on_done: DoneCallback,
                   on_error: ErrorCallback) -> int:
    """on_done gets the ``ExportResult``."""
    return runner.run_db(lambda: sync.export_package(ctx, device_id, path,
                                                     progress=progress.callback,
                                                     cancel=progress.token),
                         on_done, on_error)


def import_package(runner: OperationRunner, ctx: AppContext, path: Path,
                   progress: SyncProgress, on_done: DoneCallback, on_error: ErrorCallback,
                   *, confirm_large_delete: bool = False) -> int:
    """on_done gets the ``ImportReport``; a large delete fails with
    ``LargeDeleteNeedsConfirmation`` until called again with ``confirm_large_delete``."""
    return runner.run_db(lambda: sync.import_package(ctx, path,
                                                     confirm_large_delete=confirm_large_delete,
                                                     progress=progress.callback,
                                                     cancel=progress.token),
                         on_done, on_error)


def resolve_conflict(runner: OperationRunner, ctx: AppContext, conflict_id: uuid.UUID,
                     choice: str, merged_value, on_done: DoneCallback,
                     on_error: ErrorCallback) -> int:
    return runner.run_db(lambda: sync.resolve_conflict(ctx, conflict_id, choice, merged_value),
                         on_done, on_error)


def can_change_role(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                    on_error: ErrorCallback) -> int:
    """on_done gets True while the role chosen at set-up may still be corrected."""
    return runner.run_db(lambda: device_role.can_change_role(ctx), on_done, on_error)


def change_role(runner: OperationRunner, ctx: AppContext, role: UserRole,
                on_done: DoneCallback, on_error: ErrorCallback) -> int:
    return runner.run_db(lambda: device_role.change_role(ctx, role), on_done, on_error)
