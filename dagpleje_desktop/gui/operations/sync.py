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
from ...services import device_role, devices, homes, sync, sync_pending, sync_status
from ...services.context import AppContext
from ...services.devices import DeviceCard, DeviceInfo
from ...services.homes import HomeInfo
from ...services.sync_pending import UnsentChanges
from ...services.sync_status import ConflictView
from .runner import DoneCallback, ErrorCallback, OperationRunner


class SyncProgress(QObject):
    """Carries a worker's ``(done, total, label)`` to the GUI and "Annuller" back."""

    progressed = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.token = sync.CancelToken()

    def callback(self, done: int, total: int, label: str) -> None:
        if shiboken6.isValid(self):
            self.progressed.emit(done, total, label)

    def cancel(self) -> None:
        self.token.cancel()


@dataclass(frozen=True)
class SyncOverview:
    """Everything the page shows, read in one go."""

    me: DeviceInfo
    devices: list[DeviceInfo]
    conflicts: list[ConflictView]
    unsent: UnsentChanges | None = None  # what the office has not got yet


@dataclass(frozen=True)
class CardToPair:
    path: Path
    card: DeviceCard
    homes: list[HomeInfo]  # to choose from when the device serves a home, else empty


def load_overview(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                  on_error: ErrorCallback) -> int:
    def work() -> SyncOverview:
        return SyncOverview(devices.show_device(ctx), devices.list_devices(ctx),
                            sync_status.list_conflict_views(ctx),
                            sync_pending.unsent_to_office(ctx))
    return runner.run_db(work, on_done, on_error)


def count_conflicts(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                    on_error: ErrorCallback | None = None) -> int:
    return runner.run_db(lambda: sync.count_open_conflicts(ctx), on_done, on_error)


def count_unsent(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                 on_error: ErrorCallback | None = None) -> int:
    """on_done gets the ``UnsentChanges`` (changes the office has not got yet)."""
    return runner.run_db(lambda: sync_pending.unsent_to_office(ctx), on_done, on_error)


def count_child_conflicts(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                          on_done: DoneCallback, on_error: ErrorCallback | None = None) -> int:
    return runner.run_db(lambda: sync_status.open_conflicts_for_child(ctx, child_id),
                         on_done, on_error)


def write_card(runner: OperationRunner, ctx: AppContext, path: Path, on_done: DoneCallback,
               on_error: ErrorCallback) -> int:
    def work() -> Path:
        written = devices.write_card(ctx, path)
        sync_pending.note_card_shared(ctx)  # step 1 of "Kom i gang" is done
        return written
    return runner.run_db(work, on_done, on_error)


def read_card(runner: OperationRunner, ctx: AppContext, path: Path, *, choose_home: bool,
              on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """Read a device card; with ``choose_home`` the homes come along for the question."""
    def work() -> CardToPair:
        card = devices.read_card(path)
        found = homes.list_homes(ctx) if choose_home and card.role == UserRole.CHILDMINDER else []
        return CardToPair(Path(path), card, found)
    return runner.run_db(work, on_done, on_error)


def pair_device(runner: OperationRunner, ctx: AppContext, path: Path,
                home_id: uuid.UUID | None, on_done: DoneCallback,
                on_error: ErrorCallback) -> int:
    return runner.run_db(lambda: devices.pair_device(ctx, path, home_id), on_done, on_error)


def revoke_device(runner: OperationRunner, ctx: AppContext, device_id: uuid.UUID,
                  on_done: DoneCallback, on_error: ErrorCallback) -> int:
    return runner.run_db(lambda: devices.revoke_device(ctx, device_id), on_done, on_error)


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
