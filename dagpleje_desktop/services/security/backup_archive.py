"""Reading and checking a backup file: its manifest, its members, its seal, its snapshot.

The manifest is sealed with an HMAC whose key is derived from the database key, so a
member changed together with its checksum is refused: only an unlocked installation can
seal. Nothing here changes an installation; ``backup.py`` makes and restores backups.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import tarfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import select
from sqlalchemy.exc import DatabaseError as SADatabaseError

from ...domain.enums import UserRole
from ...domain.errors import AuthenticationError, PermissionDeniedError, StoreError
from ...store import migrate
from ...store.audit_guard import derive_key
from ...store.database import DB_FILENAME, integrity_check, open_sqlcipher
from ...store.keystore import KeyStore
from ...store.models import UserAccount
from ...store.private_files import open_private
from ..installation import KEYS_FILENAME

BACKUP_FORMAT = "dagpleje-backup"
BACKUP_FORMAT_VERSION = 2  # 2: the manifest is sealed with a key (1 had checksums only)
MANIFEST_MAC_INFO = b"dagpleje-desktop backup manifest v1"
MANIFEST_NAME = "manifest.json"
MEMBERS = (MANIFEST_NAME, KEYS_FILENAME, DB_FILENAME)
MAX_MANIFEST_BYTES = 64 * 1024
MAX_KEYS_BYTES = 4 * 1024 * 1024

NOT_FOR_CHILDMINDERS = (
    "Sikkerhedskopier laves, kontrolleres og gendannes af dagplejekontoret eller en "
    "konsulent, ikke af en mini-dagplejer: din computer får sine data tilbage fra kontoret "
    "ved synkronisering. Intet er ændret.")
TAMPERED = ("Sikkerhedskopien er ændret, efter den blev lavet (indholdet passer ikke med "
            "dens segl). Den gendannes ikke; intet er ændret.")

@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    schema_revision: str
    device_id: str
    app_version: str
    db_sha256: str
    size: int


def _broken(detail: str) -> StoreError:
    return StoreError("Filen er ikke en brugbar sikkerhedskopi: den er ufuldstændig, "
                      "beskadiget eller ikke lavet af Dagpleje Desktop.",
                      log_message=f"backup file rejected: {detail}")


def manifest_mac(manifest: dict, db_key: bytes) -> str:
    """The seal over every manifest field but the seal itself (sorted, compact JSON)."""
    body = {k: v for k, v in manifest.items() if k != "mac"}
    data = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hmac.new(derive_key(db_key, MANIFEST_MAC_INFO), data, hashlib.sha256).hexdigest()


def refuse_childminder(role) -> None:
    if role == UserRole.CHILDMINDER or role == UserRole.CHILDMINDER.value:
        raise PermissionDeniedError(NOT_FOR_CHILDMINDERS,
                                    log_message="backup action refused for a childminder")


# -- reading and checking a backup ---------------------------------------------------

def _read_manifest(tar: tarfile.TarFile) -> tuple[dict, list[tarfile.TarInfo]]:
    members = tar.getmembers()
    names = [m.name for m in members]
    if names != list(MEMBERS) or not all(m.isfile() for m in members):
        raise _broken(f"unexpected members {names[:5]}")
    if members[0].size > MAX_MANIFEST_BYTES or members[1].size > MAX_KEYS_BYTES:
        raise _broken("oversized manifest or key file")
    try:
        manifest = json.loads(tar.extractfile(members[0]).read().decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise _broken(f"manifest unreadable: {exc}") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
        raise _broken("not a dagpleje backup manifest")
    if manifest.get("format_version") != BACKUP_FORMAT_VERSION:
        raise StoreError("Sikkerhedskopien er lavet med en anden version af programmet og "
                         "kan ikke læses af denne version.",
                         log_message=f"backup format version {manifest.get('format_version')}")
    return manifest, members


def _extract_checked(tar: tarfile.TarFile, member: tarfile.TarInfo, expected: dict,
                     target: Path) -> None:
    digest, size = hashlib.sha256(), 0
    source = tar.extractfile(member)
    with open_private(target, "wb") as out:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
            out.write(block)
    if size != expected.get("size") or digest.hexdigest() != expected.get("sha256"):
        raise _broken(f"{member.name}: size or sha256 does not match the manifest")


def _check_revision(revision: str | None) -> None:
    try:
        known = revision and ScriptDirectory.from_config(
            migrate.alembic_config()).get_revision(revision)
    except CommandError:
        known = None
    if not known:
        raise StoreError("Sikkerhedskopien er lavet med en nyere version af programmet; "
                         "opdatér programmet, før du gendanner den.",
                         log_message=f"unknown schema revision in backup: {revision}")


def unpack(path: Path, work: Path, username: str, password: str) -> tuple[BackupInfo, bytes]:
    """Unpack into ``work`` and prove the snapshot is whole and opens; returns the key."""
    try:
        with tarfile.open(path, mode="r:") as tar:
            manifest, members = _read_manifest(tar)
            _extract_checked(tar, members[1], manifest.get("keys") or {}, work / KEYS_FILENAME)
            _extract_checked(tar, members[2], manifest.get("database") or {}, work / DB_FILENAME)
    except (tarfile.TarError, EOFError) as exc:
        raise _broken(f"tar: {exc}") from exc
    try:
        key = KeyStore(work / KEYS_FILENAME).unlock(username, password)
    except AuthenticationError as exc:
        raise AuthenticationError(
            "Sikkerhedskopien kan ikke låses op med dette brugernavn og denne adgangskode "
            "(den tilhører måske en anden installation).",
            log_message=f"backup unlock failed: {exc.log_message}") from None
    except (KeyError, ValueError, TypeError) as exc:
        raise _broken(f"key file in backup malformed: {exc}") from exc
    if not hmac.compare_digest(str(manifest.get("mac", "")), manifest_mac(manifest, key)):
        raise StoreError(TAMPERED, log_message="backup manifest seal does not match")
    try:
        db = open_sqlcipher(work / DB_FILENAME, key)
    except StoreError as exc:
        raise _broken(f"snapshot does not open: {exc.log_message}") from exc
    try:
        problems = integrity_check(db)
        revision = migrate.current_revision(db)
        role = db_role(db, username)
    except (SADatabaseError, sqlcipher.DatabaseError, MemoryError) as exc:
        raise _broken(f"snapshot unreadable: {getattr(exc, 'orig', exc)!r}") from exc
    finally:
        db.dispose()
    refuse_childminder(role)
    if problems:
        raise _broken(f"snapshot integrity_check: {problems[:3]}")
    if revision != manifest.get("schema_revision"):
        raise _broken("schema revision differs from the manifest")
    _check_revision(revision)
    try:
        created_at = datetime.fromisoformat(manifest["created_at"])
    except (KeyError, TypeError, ValueError) as exc:
        raise _broken("manifest without creation time") from exc
    info = BackupInfo(path, created_at, revision, str(manifest.get("device_id", "")),
                      str(manifest.get("app_version", "")), manifest["database"]["sha256"],
                      path.stat().st_size)
    return info, key


def db_role(db, username: str) -> str | None:
    """The role of ``username``'s account in a database (None when she has none)."""
    with db.transaction() as s:
        return s.scalar(select(UserAccount.role).where(UserAccount.username == username,
                                                       UserAccount.deleted_at.is_(None)))
