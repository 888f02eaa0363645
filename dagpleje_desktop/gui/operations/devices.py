"""Device operations (Synkronisering): this device's card, pairing another device from
its card, and revoking one. Every call runs on the database worker."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from ...domain.enums import UserRole
from ...services.exchange import devices, sync_pending
from ...services.records import homes
from ...services.context import AppContext
from ...services.exchange.devices import DeviceCard, DeviceInfo
from ...services.records.homes import HomeInfo
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["CardToPair", "DeviceCard", "DeviceInfo", "HomeInfo", "pair_device",
           "read_card", "revoke_device", "write_card"]


@dataclass(frozen=True)
class CardToPair:
    path: Path
    card: DeviceCard
    homes: list[HomeInfo]  # to choose from when the device serves a home, else empty


def write_card(runner: OperationRunner, ctx: AppContext, path: Path, on_done: DoneCallback,
               on_error: ErrorCallback) -> int:
    """on_done receives the path written."""
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
    """on_done receives the paired device's DeviceInfo."""
    return runner.run_db(lambda: devices.pair_device(ctx, path, home_id), on_done, on_error)


def revoke_device(runner: OperationRunner, ctx: AppContext, device_id: uuid.UUID,
                  on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the revoked device's DeviceInfo."""
    return runner.run_db(lambda: devices.revoke_device(ctx, device_id), on_done, on_error)
