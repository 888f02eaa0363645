"""The database key, wrapped per user account and by a recovery key (DESIGN.md 4).

The key file sits beside the encrypted database. It holds, per user name, an Argon2id
salt and the random database key encrypted (AES-256-GCM) under the key derived from
that user's password; plus the same for the recovery key shown once at set-up. Failed
logins are counted here because the database cannot be opened without the password.
A disabled account keeps only a marker (no wrapped key), so its old password opens nothing
and the login can say why it is refused.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..domain.errors import AuthenticationError, StoreError
from ..domain.lockout import lockout_seconds
from .private_files import private_folder, write_private

KEYSTORE_FORMAT = 1
DB_KEY_BYTES = 32
# OWASP's Argon2id recommendation for interactive logins, with headroom.
ARGON2_PARAMS = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 2}
RECOVERY_ENTRY = "__recovery__"
DISABLED_MESSAGE = "Kontoen »{username}« er deaktiveret. Kontakt dagplejekontoret."
DISABLED_REASON = "account disabled"
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _derive(secret: str, salt: bytes, params: dict) -> bytes:
    return hash_secret_raw(secret.encode("utf-8"), salt, hash_len=32, type=Type.ID,
                           time_cost=params["time_cost"], memory_cost=params["memory_cost"],
                           parallelism=params["parallelism"])


def _reset_count(entry: dict) -> bool:
    """Start a user's failure count again; True if there was anything to reset."""
    if not (entry.get("failed") or entry.get("locked_until")):
        return False
    entry["failed"], entry["locked_until"] = 0, None
    return True


def new_recovery_key() -> str:
    """Eight groups of five characters (about 200 bits), easy to print and type."""
    chars = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(40))
    return "-".join(chars[i:i + 5] for i in range(0, 40, 5))


def normalise_recovery_key(text: str) -> str:
    chars = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(chars[i:i + 5] for i in range(0, len(chars), 5))


@dataclass
class FailedLogin:
    username: str
    at: datetime
    reason: str = ""  # e.g. DISABLED_REASON; empty for a wrong password or user name

    def as_entry(self) -> dict:
        entry = {"username": self.username[:100], "at": self.at.isoformat()}
        if self.reason:
            entry["reason"] = self.reason
        return entry


class KeyStore:
    """Reads and writes ``keys.json``; every write is atomic (temp file + rename)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._data: dict = {}
        if self.path.exists():
            try:
                self._data = json.loads(self.path.read_text("utf-8"))
            except (OSError, ValueError) as exc:
                raise StoreError("Nøglefilen kan ikke læses; den er beskadiget.",
                                 log_message=f"key file unreadable: {exc}") from exc
            if self._data.get("format") != KEYSTORE_FORMAT:
                raise StoreError("Nøglefilen har et ukendt format.",
                                 log_message="unknown key file format")

    @property
    def exists(self) -> bool:
        return self.path.exists()

    @classmethod
    def create(cls, path: Path, db_key: bytes, username: str, password: str) -> tuple["KeyStore", str]:
        """New key file for a new installation; returns it and the recovery key."""
        store = cls.__new__(cls)
        store.path = Path(path)
        store._data = {"format": KEYSTORE_FORMAT, "users": {}, "failed_logins": []}
        store._wrap(username, password, db_key)
        recovery = new_recovery_key()
        store._wrap(RECOVERY_ENTRY, recovery, db_key)
        store._save()
        return store, recovery

    def usernames(self) -> list[str]:
        return sorted(u for u in self._data["users"] if u != RECOVERY_ENTRY)

    def add_user(self, username: str, password: str, db_key: bytes) -> None:
        """Wrap the key for ``username`` (new, changed or reset password; re-enabled)."""
        self._wrap(username, password, db_key)
        self._save()

    def disable_user(self, username: str) -> None:
        """Drop the user's wrapped key and leave a marker, so her password opens nothing."""
        self._data["users"][username] = {"disabled": True}
        self._save()

    def replace_recovery_key(self, db_key: bytes) -> str:
        """A new recovery key (returned, shown once); the old one stops working."""
        recovery = new_recovery_key()
        self._wrap(RECOVERY_ENTRY, recovery, db_key)
        self._save()
        return recovery

    def remove_user(self, username: str) -> None:
        self._data["users"].pop(username, None)
        self._save()

    def unlock(self, username: str, password: str, now: datetime | None = None, *,
               reset_failures: bool = True) -> bytes:
        """The database key, or AuthenticationError (counted toward lockout).

        With ``reset_failures=False`` a success leaves the failure count in the file; the
        login then calls ``settle_login`` once the audit log holds the login, so a
        login that fails half-way never wipes the count."""
        now = now or datetime.now(timezone.utc)
        entry = self._data["users"].get(username)
        if entry is None or username == RECOVERY_ENTRY:
            self._record_failure(username, now)
            raise AuthenticationError("Forkert brugernavn eller adgangskode.",
                                      log_message="login failed: unknown user or bad password")
        if entry.get("disabled"):
            self._record_failure(username, now, DISABLED_REASON)
            raise AuthenticationError(DISABLED_MESSAGE.format(username=username),
                                      log_message="login refused: account disabled")
        self._check_locked(entry, now)
        try:
            key = self._unwrap(username, password, entry)
        except InvalidTag:
            entry["failed"] = entry.get("failed", 0) + 1
            delay = lockout_seconds(entry["failed"])
            entry["locked_until"] = (now + timedelta(seconds=delay)).isoformat() if delay else None
            self._record_failure(username, now)
            raise AuthenticationError("Forkert brugernavn eller adgangskode.",
                                      log_message="login failed: bad password") from None
        if reset_failures and _reset_count(entry):
            self._save()
        return key

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        """The database key; nothing is written, right key or wrong."""
        entry = self._data["users"].get(RECOVERY_ENTRY)
        if not isinstance(entry, dict) or "wrapped" not in entry:
            raise AuthenticationError("Nøglefilen har ingen gendannelsesnøgle.",
                                      log_message="key file without a recovery entry")
        try:
            return self._unwrap(RECOVERY_ENTRY, normalise_recovery_key(recovery_key), entry)
        except InvalidTag:
            raise AuthenticationError("Gendannelsesnøglen er forkert.",
                                      log_message="recovery key rejected") from None

    def take_failed_logins(self) -> list[FailedLogin]:
        """Failures recorded while the database was closed, removed from the file at once.

        Prefer ``pending_failed_logins`` + ``forget_failed_logins`` around the audit
        transaction: if that transaction fails, the failures taken here are lost."""
        items = self.pending_failed_logins()
        if items:
            self._data["failed_logins"] = []
            self._save()
        return items

    def pending_failed_logins(self) -> list[FailedLogin]:
        """Failures recorded while the database was closed, still in the file."""
        return [FailedLogin(f["username"], datetime.fromisoformat(f["at"]), f.get("reason", ""))
                for f in self._data.get("failed_logins", [])]

    def forget_failed_logins(self, moved: list[FailedLogin]) -> None:
        """Drop failures once they are committed to the audit log."""
        self.settle_login(None, moved)

    def settle_login(self, username: str | None, moved: list[FailedLogin]) -> None:
        """After a login is committed to the audit log: drop the failures it moved
        there and start ``username``'s failure count again, in one write.

        Re-reads the file first: failures another login attempt recorded meanwhile
        stay until the next login moves them.
        """
        self._reload()
        changed = False
        remaining = list(self._data.get("failed_logins", []))
        for failure in moved:
            wanted = failure.as_entry()
            if wanted in remaining:
                remaining.remove(wanted)  # one each: two failures may share a moment
                changed = True
        self._data["failed_logins"] = remaining
        entry = self._data["users"].get(username) if username else None
        if entry is not None and _reset_count(entry):
            changed = True
        if changed:
            self._save()

    def is_disabled(self, username: str) -> bool:
        return bool((self._data["users"].get(username) or {}).get("disabled"))

    def locked_until(self, username: str) -> datetime | None:
        entry = self._data["users"].get(username) or {}
        value = entry.get("locked_until")
        return datetime.fromisoformat(value) if value else None

    # -- internals -------------------------------------------------------------------

    def _reload(self) -> None:
        if self.path.exists():
            self._data = type(self)(self.path)._data

    def _check_locked(self, entry: dict, now: datetime) -> None:
        until = entry.get("locked_until")
        if until and datetime.fromisoformat(until) > now:
            wait = int((datetime.fromisoformat(until) - now).total_seconds()) + 1
            raise AuthenticationError(
                f"For mange forkerte forsøg. Prøv igen om {wait} sekunder.",
                log_message=f"login refused: account locked for {wait} s")

    def _record_failure(self, username: str, now: datetime, reason: str = "") -> None:
        log = self._data.setdefault("failed_logins", [])
        log.append(FailedLogin(username, now, reason).as_entry())
        del log[:-1000]  # bounded: a flood of guesses must not fill the disk
        self._save()

    def _wrap(self, name: str, secret: str, db_key: bytes) -> None:
        salt = os.urandom(16)
        nonce = os.urandom(12)
        kek = _derive(secret, salt, ARGON2_PARAMS)
        wrapped = AESGCM(kek).encrypt(nonce, db_key, f"dagpleje-dbkey:{name}".encode())
        self._data["users"][name] = {
            "kdf": "argon2id", "params": dict(ARGON2_PARAMS), "salt": _b64(salt),
            "nonce": _b64(nonce), "wrapped": _b64(wrapped), "failed": 0, "locked_until": None,
        }

    def _unwrap(self, name: str, secret: str, entry: dict) -> bytes:
        kek = _derive(secret, _unb64(entry["salt"]), entry["params"])
        return AESGCM(kek).decrypt(_unb64(entry["nonce"]), _unb64(entry["wrapped"]),
                                   f"dagpleje-dbkey:{name}".encode())

    def _save(self) -> None:
        private_folder(self.path.parent)
        tmp = self.path.with_suffix(".tmp")
        write_private(tmp, json.dumps(self._data, indent=1))
        os.replace(tmp, self.path)
