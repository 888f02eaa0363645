"""Helpers for the sync tests: template installations copied per test, exchange, dumps.

Creating an installation runs Argon2 and every migration, so a handful of paired
template installations are made once per session and each test works on copies,
opened directly with the database key (the login path itself is tested elsewhere).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import event, select

from dagpleje_desktop.domain.enums import UserRole
from dagpleje_desktop.services.exchange import devices, sync
from dagpleje_desktop.services.context import AppContext, CurrentUser
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.store.changes import encode_value, field_kinds, install_capture, syncable_tables
from dagpleje_desktop.store.database import DB_FILENAME, open_sqlcipher
from dagpleje_desktop.store.keystore import KeyStore
from dagpleje_desktop.store.models import Device, UserAccount

PASSWORD = "korrekt-hest-batteri"


@dataclass
class Template:
    name: str
    data_dir: Path
    key: bytes
    device_id: uuid.UUID


def create_template(folder: Path, name: str, role: UserRole) -> tuple[Template, AppContext]:
    installation = Installation(data_dir=folder / name)
    result = installation.create(role=role, name=name, username="test", password=PASSWORD)
    ctx = installation.login("test", PASSWORD)
    key = KeyStore(installation.keys_path).unlock("test", PASSWORD)
    return Template(name, installation.data_dir, key, result.device_id), ctx


def open_device(data_dir: Path, key: bytes, *, now_ms=None, durable: bool = False) -> AppContext:
    """An installation opened as user ``test`` without Argon2 (the key is known).

    Commits skip fsync here to keep the many-package tests fast; the crash test runs the
    real settings in a separate process.
    """
    db = open_sqlcipher(Path(data_dir) / DB_FILENAME, key)
    if not durable:
        event.listen(db.engine, "connect", _no_fsync)
        db.engine.dispose()
    with db.transaction() as s:
        account = s.scalar(select(UserAccount).where(UserAccount.username == "test"))
        device_id = s.scalar(select(Device.id).where(Device.is_self.is_(True)))
    user = CurrentUser(account.id, account.username, account.display_name,
                       UserRole(account.role), account.professional_id)
    ctx = AppContext(db=db, device_id=str(device_id), user=user, data_dir=Path(data_dir))
    install_capture(db, device_id, now_ms=now_ms)
    return ctx


def restore(ctx: AppContext, source_dir: Path, key: bytes) -> None:
    """Put the database content of ``source_dir`` into ``ctx``'s open database.

    Much faster than opening a copy: the engine (and its compiled statements) stays.
    """
    ctx.db.engine.dispose()
    source = sqlcipher.connect(str(Path(source_dir) / DB_FILENAME))
    source.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    raw = ctx.db.engine.raw_connection()
    try:
        source.backup(raw.driver_connection)
    finally:
        raw.close()
        source.close()
    ctx.db.engine.dispose()


def _no_fsync(dbapi_connection, _record) -> None:
    dbapi_connection.execute("PRAGMA synchronous = OFF")


def copy_device(template: Template, dest: Path, *, now_ms=None) -> AppContext:
    shutil.copytree(template.data_dir, dest)
    return open_device(dest, template.key, now_ms=now_ms)


def pair(a: AppContext, b: AppContext, folder: Path, *, home_for_b=None) -> None:
    """Pair both ways (a learns b's card with ``home_for_b``, b learns a's)."""
    folder.mkdir(parents=True, exist_ok=True)
    card_a = devices.write_card(a, folder / f"{a.device_id}.dgcard")
    card_b = devices.write_card(b, folder / f"{b.device_id}.dgcard")
    devices.pair_device(a, card_b, home_id=home_for_b)
    devices.pair_device(b, card_a)


@dataclass
class Post:
    """Packages in transit, numbered in the order they were written."""

    folder: Path
    count: int = 0
    sent: list[Path] = field(default_factory=list)

    def export(self, src: AppContext, dst: AppContext) -> Path:
        self.count += 1
        path = self.folder / f"p{self.count:04d}.dgsync"
        sync.export_package(src, uuid.UUID(dst.device_id), path)
        self.sent.append(path)
        return path

    def exchange(self, src: AppContext, dst: AppContext, **kwargs) -> sync.ImportReport:
        return sync.import_package(dst, self.export(src, dst), **kwargs)

    def sync_all(self, *devices: AppContext) -> None:
        """Every device sends to every other, twice round: afterwards all hold everything."""
        for _ in range(2):
            for src in devices:
                for dst in devices:
                    if src is not dst:
                        self.exchange(src, dst, backup=False)


def state_hash(ctx: AppContext) -> str:
    """One hash over every syncable row (every column), the same on every engine."""
    digest = hashlib.sha256()
    for name, rows in syncable_rows(ctx).items():
        digest.update(name.encode())
        for row in rows:
            digest.update(json.dumps(row, sort_keys=True).encode())
    return digest.hexdigest()


def syncable_rows(ctx: AppContext) -> dict[str, list[dict]]:
    out = {}
    with ctx.db.transaction() as s:
        for name, table in syncable_tables().items():
            kinds = field_kinds(name)
            rows = [{k: encode_value(kinds[k], v) for k, v in r.items()}
                    for r in s.connection().execute(select(table)).mappings()]
            out[name] = sorted(rows, key=lambda r: r["id"])
    return out


def full_dump(ctx: AppContext) -> dict[str, list]:
    """Every table in the file, FTS shadow tables and migration stamp included."""
    dump = {}
    with ctx.db.engine.connect() as conn:
        names = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for name in names:
            rows = conn.exec_driver_sql(f'SELECT * FROM "{name}"').fetchall()
            dump[name] = sorted(repr(tuple(r)) for r in rows)
    return dump


def close_all(*contexts: AppContext) -> None:
    for ctx in contexts:
        ctx.close()
