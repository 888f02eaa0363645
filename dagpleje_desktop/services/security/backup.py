"""Encrypted backups of the local database: make, check, restore, rotate.

A backup is ONE uncompressed tar file (compressing encrypted pages gains nothing) with
exactly three members, in this order:

- ``manifest.json``: format name and version, creation time, app version, schema
  revision, engine, the device id, and size + SHA-256 of the two other members, sealed
  with an HMAC whose key is derived from the database key (so a changed member with a
  recomputed checksum is refused: only an unlocked installation can seal). No personal
  data.
- ``keys.json``: the installation's key file as it was; it holds only the database
  key wrapped per user (Argon2id + AES-GCM) and by the recovery key.
- ``dagpleje.db``: a consistent snapshot of the SQLCipher database, made with the
  SQLite online backup API between two connections keyed with the same key, so the
  pages stay encrypted on disk from start to finish.

Backups are an office/consultant action: a mini-childminder may neither make, check nor
restore one (her laptop gets its data back from the office by sync); the automatic
rotated backup before an import is the program's, not hers, and is still taken.

Restoring checks everything before touching the installation (manifest, hashes, the
given user can unlock the backup's own key file, the manifest's seal, the snapshot opens
and passes
``PRAGMA integrity_check``, the schema revision is one this program knows), then moves
the current files aside as ``*.before-restore`` and puts the snapshot in place.

PostgreSQL installations are backed up by the server's administrator with
``pg_dump``/``pg_restore``; both calls here refuse with a message that says so.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import re
import shutil
import tarfile
import uuid
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import select

from ... import __version__
from ...domain.enums import AuditAction
from ...domain.errors import StoreError, ValidationError
from ...store import migrate
from ...store.database import DB_FILENAME, open_sqlcipher
from ...store.keystore import KeyStore
from ...store.models import Device
from ...sync.vectors import mark_restored
from . import audit
from ..context import LOCAL_TZ, AppContext
from .backup_archive import (BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MANIFEST_NAME, BackupInfo,
                             manifest_mac, refuse_childminder, unpack)
from ..installation import KEYS_FILENAME, Installation
from ...store.private_files import open_private, private_folder, write_private

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".dagpleje-backup"
BEFORE_RESTORE_SUFFIX = ".before-restore"
PAGES_PER_STEP = 1024
_ROTATED_NAME = re.compile(r"^dagpleje-\d{8}-\d{6}(-\d+)?" + re.escape(BACKUP_SUFFIX) + "$")

Progress = Callable[[int, int, str], None]  # (done, total, Danish label)

SOURCE_DAMAGED = ("Databasen kan ikke sikkerhedskopieres, fordi den er beskadiget. "
                  "Kør »dagpleje verify« for at se fejlen.")
PG_BACKUP_MESSAGE = (
    "Sikkerhedskopier af en PostgreSQL-database laves af serverens administrator med "
    "pg_dump og indlæses med pg_restore; programmet laver dem kun for den lokale database.")


@dataclass(frozen=True)
class RestoreResult:
    backup: BackupInfo
    moved_aside: tuple[Path, ...]  # the former files, now named *.before-restore


@dataclass(frozen=True)
class RotationResult:
    path: Path
    removed: tuple[Path, ...]


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _connect_keyed(path: Path, key: bytes):
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


# -- making a backup -----------------------------------------------------------------

def _refuse_postgres(db_is_sqlite: bool) -> None:
    if not db_is_sqlite:
        raise ValidationError(PG_BACKUP_MESSAGE, log_message="backup refused on PostgreSQL")


def _snapshot(ctx: AppContext, target: Path, progress: Progress | None) -> None:
    """Copy the live database page by page into ``target``, encrypted with the same key."""
    dest = _connect_keyed(target, ctx.db.key)
    raw = ctx.db.engine.raw_connection()
    try:
        def report(_status, remaining, total):
            if progress is not None:
                progress(total - remaining, total, "Kopierer databasen")
        raw.driver_connection.backup(dest, pages=PAGES_PER_STEP, progress=report)
        # One self-contained file: no -wal beside it when it is restored.
        dest.execute("PRAGMA journal_mode = DELETE").fetchall()
        problems = [r[0] for r in dest.execute("PRAGMA quick_check").fetchall()]
    except (sqlcipher.DatabaseError, MemoryError) as exc:  # MemoryError: SQLCipher's NOMEM
        raise StoreError(SOURCE_DAMAGED, log_message=f"online backup failed: {exc!r}") from exc
    finally:
        raw.close()
        dest.close()
    if problems != ["ok"]:
        raise StoreError(SOURCE_DAMAGED,
                         log_message=f"snapshot failed quick_check: {problems[:3]}")


def _write_archive(archive: Path, manifest: dict, keys: Path, snapshot: Path) -> None:
    def add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
        info = tarfile.TarInfo(name)
        info.size, info.mode, info.mtime = len(data), 0o600, int(datetime.now().timestamp())
        tar.addfile(info, io.BytesIO(data))

    with open_private(archive, "wb") as fh:
        with tarfile.open(fileobj=fh, mode="w", format=tarfile.PAX_FORMAT) as tar:
            add_bytes(tar, MANIFEST_NAME, json.dumps(manifest, indent=1).encode("utf-8"))
            add_bytes(tar, KEYS_FILENAME, keys.read_bytes())
            info = tar.gettarinfo(str(snapshot), arcname=DB_FILENAME)
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            info.mode = 0o600
            with open(snapshot, "rb") as db_fh:
                tar.addfile(info, db_fh)
        fh.flush()
        os.fsync(fh.fileno())


def _refuse_live_files(ctx: AppContext, path: Path) -> None:
    """A backup never lands on the installation's own database, WAL or key file."""
    if ctx.data_dir is None:
        return
    live = {(Path(ctx.data_dir) / name).resolve()
            for name in (DB_FILENAME, DB_FILENAME + "-wal", DB_FILENAME + "-shm",
                         KEYS_FILENAME)}
    if path.resolve() in live:
        raise ValidationError(
            "»{path}« er en af installationens egne filer; en sikkerhedskopi må aldrig skrives "
            "oven i den. Vælg et andet filnavn.", path=path,
            log_message="backup target is a live installation file")


def _is_backup_file(path: Path) -> bool:
    try:
        with tarfile.open(path) as tar:
            return tar.getnames()[:1] == [MANIFEST_NAME]
    except (OSError, tarfile.TarError):
        return False


def backup_to(ctx: AppContext, path: Path, progress: Progress | None = None, *,
              replace: bool = False) -> BackupInfo:
    """Write one encrypted backup file to ``path`` (atomically, only on success).

    An existing file is refused unless ``replace`` is given and the file is itself a
    backup: a backup never overwrites the live database, its key file or any other file.
    Refused for a mini-childminder (an office/consultant action).
    """
    refuse_childminder(ctx.user.role)
    return _write_backup(ctx, path, progress, replace=replace)


def _write_backup(ctx: AppContext, path: Path, progress: Progress | None, *,
                  replace: bool = False) -> BackupInfo:
    _refuse_postgres(ctx.db.is_sqlite)
    path = Path(path)
    if path.is_dir():
        raise ValidationError("»{path}« er en mappe; angiv et filnavn til sikkerhedskopien.",
                              path=path)
    _refuse_live_files(ctx, path)
    if path.exists() and not replace:
        raise ValidationError(
            "Filen »{path}« findes allerede og bliver ikke overskrevet. Vælg et nyt filnavn "
            "(eller brug --force for at erstatte en gammel sikkerhedskopi).", path=path,
            log_message="backup target exists")
    if path.exists() and not _is_backup_file(path):
        raise ValidationError(
            "Filen »{path}« er ikke en sikkerhedskopi og bliver ikke overskrevet.", path=path,
            log_message="backup target exists and is not a backup")
    if not path.parent.is_dir():
        raise ValidationError("Mappen »{parent}« findes ikke.", parent=path.parent,
                              log_message="backup target folder missing")
    keys_path = Path(ctx.data_dir) / KEYS_FILENAME
    created_at = ctx.now()
    work = Path(tempfile.mkdtemp(prefix=".dagpleje-backup-", dir=path.parent))
    try:
        snapshot = work / DB_FILENAME
        _snapshot(ctx, snapshot, progress)
        db_sha = _sha256_file(snapshot)
        keys_bytes = keys_path.read_bytes()
        manifest = {
            "format": BACKUP_FORMAT, "format_version": BACKUP_FORMAT_VERSION,
            "created_at": created_at.isoformat(), "app_version": __version__,
            "engine": "sqlcipher", "schema_revision": migrate.current_revision(ctx.db),
            "device_id": ctx.device_id,
            "database": {"name": DB_FILENAME, "size": snapshot.stat().st_size,
                         "sha256": db_sha},
            "keys": {"name": KEYS_FILENAME, "size": len(keys_bytes),
                     "sha256": hashlib.sha256(keys_bytes).hexdigest()},
        }
        manifest["mac"] = manifest_mac(manifest, ctx.db.key)
        write_private(work / KEYS_FILENAME, keys_bytes)
        staged = work / "backup.tar"
        _write_archive(staged, manifest, work / KEYS_FILENAME, snapshot)
        size = staged.stat().st_size
        os.replace(staged, path)
    except OSError as exc:
        raise StoreError("Sikkerhedskopien kunne ikke skrives til »{path}«: {reason}.",
                         path=path, reason=exc.strerror,
                         log_message=f"backup write failed: {exc}") from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    with ctx.db.transaction() as s:
        audit.record(s, ctx, AuditAction.BACKUP, "database",
                     detail=f"{path.name} sha256={db_sha[:16]}")
    log.info("backup written: %s (%d bytes)", path.name, size)
    return BackupInfo(path, created_at, manifest["schema_revision"], ctx.device_id,
                      __version__, db_sha, size)


def new_backup_name(now: datetime | None = None, counter: int = 1) -> str:
    """A file name without personal data (also for the app's save dialog)."""
    now = (now or datetime.now(timezone.utc)).astimezone(LOCAL_TZ)
    extra = f"-{counter}" if counter > 1 else ""
    return f"dagpleje-{now:%Y%m%d-%H%M%S}{extra}{BACKUP_SUFFIX}"


def rotate_backups(ctx: AppContext, folder: Path, keep: int = 7,
                   progress: Progress | None = None) -> RotationResult:
    """A new timestamped backup in ``folder``; only the newest ``keep`` rotated ones stay."""
    if keep < 1:
        raise ValidationError("Der skal gemmes mindst én sikkerhedskopi.")
    folder = private_folder(Path(folder))
    target, n = folder / new_backup_name(ctx.now()), 1
    while target.exists():
        n += 1
        target = target.with_name(new_backup_name(ctx.now(), n))
    _write_backup(ctx, target, progress)  # the program's own: also on her laptop
    rotated = sorted((p for p in folder.iterdir() if _ROTATED_NAME.match(p.name)),
                     key=lambda p: (p.stat().st_mtime, p.name))
    removed = tuple(rotated[:-keep])
    for old in removed:
        old.unlink(missing_ok=True)
    return RotationResult(target, removed)


def check_backup(path: Path, username: str, password: str) -> BackupInfo:
    """Everything ``restore_from`` checks, without changing anything."""
    path = _existing_file(path)
    work = Path(tempfile.mkdtemp(prefix=".dagpleje-check-"))
    try:
        return unpack(path, work, username, password)[0]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _existing_file(path: Path) -> Path:
    path = Path(path)
    if not path.is_file():
        raise ValidationError("Filen »{path}« findes ikke.",
                              path=path, log_message="backup file missing")
    return path


# -- restoring -----------------------------------------------------------------------

def _record_restore(db_path: Path, key: bytes, info: BackupInfo, username: str) -> None:
    db = open_sqlcipher(db_path, key)
    try:
        with db.transaction() as s:
            device_id = str(s.scalar(select(Device.id).where(Device.is_self.is_(True))))
            audit.append(s, at=datetime.now(timezone.utc), username=username,
                         device_id=device_id, action=AuditAction.RESTORE, entity="database",
                         detail=f"backup of {info.created_at.isoformat()} "
                                f"sha256={info.db_sha256[:16]}")
            mark_restored(s.connection())  # never reuse sync numbers issued after the backup
        # the restored key file anchors the restored log's head (with the restore event)
        audit.anchor_key_file_now(db, db_path.with_name(KEYS_FILENAME))
    finally:
        db.dispose()
    # Back to one self-contained file (leaving WAL mode checkpoints the log into it).
    conn = _connect_keyed(db_path, key)
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        conn.close()


def _aside_name(file: Path, stamp: str) -> Path:
    """``dagpleje.db.before-restore-20261207-1530`` (with -2, -3 … if taken): each
    restore keeps what it replaced, and never overwrites what an earlier one kept."""
    candidate, n = file.with_name(f"{file.name}{BEFORE_RESTORE_SUFFIX}-{stamp}"), 1
    while candidate.exists():
        n += 1
        candidate = file.with_name(f"{file.name}{BEFORE_RESTORE_SUFFIX}-{stamp}-{n}")
    return candidate


def _swap_in(data_dir: Path, work: Path) -> tuple[Path, ...]:
    """Move the current files aside, then the staged ones in; undo on failure."""
    current = [data_dir / n for n in (DB_FILENAME, DB_FILENAME + "-wal", DB_FILENAME + "-shm",
                                      KEYS_FILENAME)]
    moved: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        for file in current:
            if file.exists():
                aside = _aside_name(file, stamp)
                os.replace(file, aside)
                moved.append((file, aside))
        for name in (DB_FILENAME, KEYS_FILENAME):
            os.replace(work / name, data_dir / name)
            placed.append(data_dir / name)
    except OSError as exc:
        for file in placed:
            file.unlink(missing_ok=True)
        for file, aside in reversed(moved):
            os.replace(aside, file)
        raise StoreError("Sikkerhedskopien kunne ikke lægges på plads: {reason}. Intet er "
                         "ændret.",
                         reason=exc.strerror, log_message=f"restore swap failed: {exc}") from exc
    return tuple(aside for _, aside in moved)


class OtherInstallationBackup(ValidationError):
    """The backup was made by another installation (another device id)."""


def _current_device(data_dir: Path, username: str, password: str) -> str | None:
    """The device id of the installation in ``data_dir``, or None when it cannot be read
    (no installation yet, a damaged one, other credentials): then there is nothing to
    compare and the restore goes on."""
    if not (data_dir / KEYS_FILENAME).exists() or not (data_dir / DB_FILENAME).exists():
        return None
    try:
        key = KeyStore(data_dir / KEYS_FILENAME).unlock(username, password)
        conn = _connect_keyed(data_dir / DB_FILENAME, key)
        try:
            row = conn.execute("SELECT id FROM device WHERE is_self = 1").fetchone()
        finally:
            conn.close()
        return str(uuid.UUID(str(row[0]))) if row else None
    except Exception as exc:  # noqa: BLE001 - unreadable: nothing to compare
        log.info("current installation not readable before restore: %s", type(exc).__name__)
        return None


def restore_from(installation: Installation, path: Path, username: str,
                 password: str, *, other_installation: bool = False) -> RestoreResult:
    """Replace the installation's database and key file with a checked backup.

    What is replaced is kept under a dated name. A backup of another installation is
    refused (OtherInstallationBackup) unless ``other_installation`` says it is meant.
    """
    _refuse_postgres(installation.database_url is None)
    path = _existing_file(path)
    data_dir = private_folder(Path(installation.data_dir))
    work = Path(tempfile.mkdtemp(prefix=".restore-", dir=data_dir))
    try:
        info, key = unpack(path, work, username, password)
        here = _current_device(data_dir, username, password)
        theirs = str(uuid.UUID(info.device_id)) if info.device_id else None
        if here and theirs and here != theirs and not other_installation:
            raise OtherInstallationBackup(
                "Sikkerhedskopien er lavet af en anden installation (en anden enhed). "
                "Gendannes den, bliver denne installation en kopi af den anden. Skriv "
                "--yes for at gøre det alligevel; intet er ændret.",
                log_message="restore of another installation's backup refused")
        _record_restore(work / DB_FILENAME, key, info, username)
        for leftover in (DB_FILENAME + "-wal", DB_FILENAME + "-shm"):
            (work / leftover).unlink(missing_ok=True)
        moved = _swap_in(data_dir, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    log.info("restored backup %s (created %s)", path.name, info.created_at.isoformat())
    return RestoreResult(info, moved)
