"""The synthetic municipality made ready for sync: operations for the bulk rows, and
paired devices.

The bulk loader writes rows past the ORM, so they have no operations and no field
stamps, and an office would export "21 changes" and no child. ``stamp_for_sync`` gives
every such row the operations the app writes for a new row (the capture's own
``write_changes``, as its baseline does for an upgraded database), a batch of rows per
stamp. ``pair_devices`` makes the installations the sync figures exchange with, paired
the app's way (device cards): a mini-childminder's device for the home of the child
with 5,000 observations, which has received its first package (so it may write about
her), a second device for the same home that never imports (every export to it is a
first one), and a consultant's laptop that never imports (a full first export).
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path

from sqlalchemy import exists, select

from dagpleje_desktop.domain.enums import UserRole
from dagpleje_desktop.services.exchange import devices, sync
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.store.changes import (STAMPS, RowChange, capture_for,
                                            syncable_tables)
from dagpleje_desktop.store.keystore import KeyStore
from dagpleje_desktop.store.models import Placement

ROWS_PER_STAMP = 5000     # rows per capture batch (one stamp, one executemany)
BATCHES_PER_COMMIT = 40   # ~200,000 rows per transaction
DEVICE_USER = "enhed"
# name -> (role, paired with the home, imports its first package)
DEVICES = {"home": (UserRole.CHILDMINDER, True, True),
           "home_new": (UserRole.CHILDMINDER, True, False),
           "consultant": (UserRole.CONSULTANT, False, False)}


def stamp_for_sync(db, say=print) -> int:
    """Operations for every syncable row that has no field stamp; returns how many."""
    capture = capture_for(db)
    if capture is None:
        raise RuntimeError("log in before stamping: the capture belongs to the login")
    written, began = 0, time.perf_counter()
    with db.engine.connect() as conn:
        for entity, table in syncable_tables().items():
            unstamped = ~exists().where(STAMPS.c.entity == entity, STAMPS.c.row_id == table.c.id)
            last, batches = None, 0
            transaction = conn.begin()
            while True:
                query = select(table).where(unstamped).order_by(table.c.id).limit(ROWS_PER_STAMP)
                if last is not None:
                    query = query.where(table.c.id > last)
                rows = conn.execute(query).mappings().all()
                if not rows:
                    break
                written += capture.write_changes(
                    conn, [RowChange(entity, row["id"], True, dict(row)) for row in rows])
                last, batches = rows[-1]["id"], batches + 1
                if batches % BATCHES_PER_COMMIT == 0:
                    transaction.commit()
                    transaction = conn.begin()
                    say(f"  sync operations: {written:,} ({time.perf_counter() - began:.0f} s)")
            transaction.commit()
    say(f"  sync operations for the bulk rows: {written:,} "
        f"({time.perf_counter() - began:.0f} s)")
    return written


def _home_of(ctx, child_id: uuid.UUID) -> uuid.UUID:
    with ctx.reading() as s:
        return s.scalar(select(Placement.home_id).where(Placement.child_id == child_id,
                                                        Placement.end_date.is_(None)))


def pair_devices(office, folder: Path, child_id: uuid.UUID, password: str,
                 say=print) -> dict:
    """The devices in ``DEVICES`` under ``folder``, paired with ``office`` (logged in).

    Returns, per device name, its folder's name, database key (hex) and device id, and
    the home.
    """
    home_id = _home_of(office, child_id)
    made: dict = {"home_id": str(home_id)}
    office_card = devices.write_card(office, folder / "office.dgcard")
    for name, (role, in_home, first_import) in DEVICES.items():
        installation = Installation(data_dir=folder / name)
        created = installation.create(role=role, name=f"Bench {name}", username=DEVICE_USER,
                                      password=password)
        device = installation.login(DEVICE_USER, password)
        try:
            card = devices.write_card(device, folder / f"{name}.dgcard")
            devices.pair_device(office, card, home_id=home_id if in_home else None)
            devices.pair_device(device, office_card)
            if first_import:
                package = sync.export_package(office, created.device_id,
                                              folder / f"{name}-first.dgsync")
                report = sync.import_package(device, package.path, backup=False)
                package.path.unlink()
                say(f"  device {name}: first package {package.operations:,} operations; "
                    f"{report.summary()}")
        finally:
            device.close()
        key = KeyStore(installation.keys_path).unlock(DEVICE_USER, password)
        made[name] = {"folder": name, "key": key.hex(),
                      "device_id": str(created.device_id)}
    return made
