"""The database key, wrapped per user account and by a recovery key.

The key file sits beside the encrypted database. It holds, per user name, an Argon2id
salt and the random database key encrypted (AES-256-GCM) under the key derived from
that user's password; plus the same for the recovery key shown once at set-up. Failed
logins are counted here because the database cannot be opened without the password.
A disabled account keeps only a marker (no wrapped key), so its old password opens nothing
and the login can say why it is refused.

The file is sealed with an HMAC whose key is derived from the database key, so only a
successful login can write a valid seal. The seal covers the wrapped keys, the audit
log's anchor and a copy of the failure counts and lockouts as they were at the last
sealed write; failures counted before a login (no key yet) are only added to, never
removed, so a lockout or a failure list that shrank since the seal shows at the next
login, is reported and restored. User names typed at login that are no account's are
kept only as a salted hash (a password typed into the user-name field stays unreadable).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
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
from .audit_guard import KEY_FILE_MAC_INFO, Anchor, derive_key
from .private_files import private_folder, write_private

KEYSTORE_FORMAT = 1
DB_KEY_BYTES = 32
# OWASP's Argon2id recommendation for interactive logins, with headroom.
ARGON2_PARAMS = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 2}
RECOVERY_ENTRY = "__recovery__"
DISABLED_MESSAGE = "Kontoen »{username}« er deaktiveret. Kontakt dagplejekontoret."
DISABLED_REASON = "account disabled"
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
KEY_FILE_NAME = "keys.json"
UNKNOWN_USER_PREFIX = "ukendt-"
UNKNOWN_USER_REASON = "unknown user name (salted hash)"
_VOLATILE = ("failed", "locked_until")  # written before a login, outside the seal's MAC
_MAX_FAILED_LOGINS = 1000
KEY_FILE_CHANGED = ("Nøglefilen er ændret uden om programmet (konti, nøgler eller "
                    "adgangsloggens anker). Det er skrevet i adgangsloggen; kontakt "
                    "dagplejekontoret.")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _damaged(why: str) -> StoreError:
    return StoreError("Nøglefilen keys.json er beskadiget og kan ikke bruges. Gendan en "
                      "sikkerhedskopi med »dagpleje restore FIL«; intet er ændret.",
                      log_message=f"key file malformed: {why}")


def _check_shape(data: object) -> None:
    """Refuse a key file that is not what this program writes (one clear error)."""
    if not isinstance(data, dict):
        raise _damaged("not an object")
    if data.get("format") != KEYSTORE_FORMAT:
        raise StoreError("Nøglefilen har et ukendt format.", log_message="unknown key file format")
    users = data.get("users")
    if not isinstance(users, dict):
        raise _damaged("users missing")
    for name, entry in users.items():
        if not isinstance(entry, dict):
            raise _damaged("user entry not an object")
        if entry.get("disabled") is True and "wrapped" not in entry:
            continue
        params = entry.get("params")
        if not (all(isinstance(entry.get(k), str) for k in ("salt", "nonce", "wrapped"))
                and isinstance(params, dict)
                and all(type(params.get(k)) is int for k in ARGON2_PARAMS)):
            raise _damaged("user entry incomplete")
        # Bounds, so an edited file cannot make a login take all memory or forever.
        if not (1 <= params["parallelism"] <= 16 and 1 <= params["time_cost"] <= 64
                and 8 * params["parallelism"] <= params["memory_cost"] <= 1024 * 1024):
            raise _damaged("key derivation parameters out of bounds")
        try:
            for k in ("salt", "nonce", "wrapped"):
                base64.b64decode(entry[k].encode("ascii"), validate=True)
        except (binascii.Error, ValueError, UnicodeEncodeError) as exc:
            raise _damaged("user entry not base64") from exc
        if type(entry.get("failed", 0)) is not int or entry.get("failed", 0) < 0:
            raise _damaged("failure count")
        until = entry.get("locked_until")
        if until is not None:
            _parse_time(until)
    failed = data.get("failed_logins", [])
    if not isinstance(failed, list) or not all(
            isinstance(f, dict) and isinstance(f.get("username"), str)
            and isinstance(f.get("reason", ""), str) for f in failed):
        raise _damaged("failed_logins")
    for f in failed:
        _parse_time(f.get("at"))
    for part in ("seal", "audit_anchor"):
        if part in data and not isinstance(data[part], dict):
            raise _damaged(part)
    if "name_salt" in data and not isinstance(data["name_salt"], str):
        raise _damaged("name_salt")


def _parse_time(value: object) -> datetime:
    if not isinstance(value, str):
        raise _damaged("time not a string")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise _damaged("time not ISO 8601") from exc
    if parsed.tzinfo is None:
        raise _damaged("time without zone")
    return parsed


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

    def __init__(self, path: Path, db_key: bytes | None = None) -> None:
        """``db_key`` (after a login) lets every write seal the file; without it, a
        write keeps the last seal (failures before a login)."""
        self.path = Path(path)
        self._data: dict = {}
        self._mac_key = derive_key(db_key, KEY_FILE_MAC_INFO) if db_key else None
        if self.path.exists():
            try:
                raw = self.path.read_bytes()
            except OSError as exc:
                raise StoreError("Nøglefilen kan ikke læses: {reason}.", reason=exc.strerror,
                                 log_message=f"key file unreadable: {exc}") from exc
            if not raw.strip():
                raise _damaged("empty")
            try:
                self._data = json.loads(raw.decode("utf-8"))
            except (ValueError, RecursionError) as exc:
                raise _damaged(f"not JSON: {type(exc).__name__}") from exc
            _check_shape(self._data)
        # A seal that does not match (the file was edited) is not renewed by ordinary
        # writes; the login reports it (check_seal) and only then seals again.
        self._seal_broken = self._mac_key is not None and not self._seal_valid()

    @property
    def exists(self) -> bool:
        return self.path.exists()

    @classmethod
    def create(cls, path: Path, db_key: bytes, username: str, password: str) -> tuple["KeyStore", str]:
        """New key file for a new installation; returns it and the recovery key."""
        store = cls.__new__(cls)
        store.path = Path(path)
        store._mac_key = derive_key(db_key, KEY_FILE_MAC_INFO)
        store._seal_broken = False
        store._data = {"format": KEYSTORE_FORMAT, "users": {}, "failed_logins": [],
                       "name_salt": _b64(os.urandom(16))}
        store._wrap(username, password, db_key)
        recovery = new_recovery_key()
        store._wrap(RECOVERY_ENTRY, recovery, db_key)
        store._save()
        return store, recovery

    def usernames(self) -> list[str]:
        return sorted(u for u in self._data["users"] if u != RECOVERY_ENTRY)

    def add_user(self, username: str, password: str, db_key: bytes) -> None:
        """Wrap the key for ``username`` (new, changed or reset password; re-enabled)."""
        self._keyed(db_key)
        self._wrap(username, password, db_key)
        self._save()

    def disable_user(self, username: str) -> None:
        """Drop the user's wrapped key and leave a marker, so her password opens nothing."""
        self._data["users"][username] = {"disabled": True}
        self._save()

    def replace_recovery_key(self, db_key: bytes) -> str:
        """A new recovery key (returned, shown once); the old one stops working."""
        self._keyed(db_key)
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
            self._record_failure(self.name_token(username), now, UNKNOWN_USER_REASON)
            raise AuthenticationError("Forkert brugernavn eller adgangskode.",
                                      log_message="login failed: unknown user or bad password")
        if entry.get("disabled"):
            self._record_failure(username, now, DISABLED_REASON)
            raise AuthenticationError(DISABLED_MESSAGE, username=username,
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
        self._keyed(key)
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
        """Failures recorded while the database was closed, still in the file.

        A name that is no account's (an older file kept it in clear) comes out hashed."""
        return [self._as_failed(f) for f in self._data.get("failed_logins", [])]

    def _as_failed(self, raw: dict) -> FailedLogin:
        name = raw["username"]
        if not (name in self._data["users"] or name.startswith(UNKNOWN_USER_PREFIX)):
            name = self.name_token(name)
        return FailedLogin(name, datetime.fromisoformat(raw["at"]), raw.get("reason", ""))

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
            for raw in remaining:
                if self._as_failed(raw) == failure:
                    remaining.remove(raw)  # one each: two failures may share a moment
                    changed = True
                    break
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

    def name_token(self, username: str) -> str:
        """A typed user name that is no account's, as a salted hash (never in clear)."""
        salt = self._data.get("name_salt")
        if not salt:
            salt = self._data["name_salt"] = _b64(os.urandom(16))
        digest = hashlib.sha256(_unb64(salt) + username.encode("utf-8", "replace")).hexdigest()
        return UNKNOWN_USER_PREFIX + digest[:12]

    # -- the seal and the audit anchor ------------------------------------------------

    @property
    def seal_broken(self) -> bool:
        return self._seal_broken

    def audit_anchor(self) -> tuple[Anchor | None, str]:
        """The access log's head as last written here, or a Danish problem."""
        if self._mac_key is None:
            return None, ""
        if self._seal_broken:
            return None, ("Nøglefilen er ændret uden om programmet, så loggens anker i den "
                          "kan ikke bruges.")
        value = self._data.get("audit_anchor")
        if not value:
            return None, ""
        try:
            return Anchor(int(value["seq"]), str(value["hash"]), int(value["keyed_from"])), ""
        except (KeyError, TypeError, ValueError):
            return None, "Loggens anker i nøglefilen er beskadiget."

    def set_audit_anchor(self, anchor: Anchor) -> bool:
        """Keep the log's head (after a committed audit write); False if the file's seal
        is broken (left for the login to report) or there is no key."""
        if self._mac_key is None or self._seal_broken:
            return False
        self._data["audit_anchor"] = {"seq": anchor.seq, "hash": anchor.hash,
                                      "keyed_from": anchor.keyed_from}
        self._save()
        return True

    def check_seal(self, username: str, now: datetime) -> tuple[list[str], bool]:
        """After a successful unwrap: what changed in the file behind the program's back
        (English, for the audit log), with lockouts and failures restored; and whether
        ``username`` is still locked out. The file is sealed again."""
        seal = self._data.get("seal")
        if self._mac_key is None or not seal:
            return [], False  # an older file: sealed from now on
        problems: list[str] = []
        if not self._seal_valid():
            problems.append("key file changed outside the program (accounts, keys or "
                            "audit anchor)")
        else:
            state = seal.get("state", {})
            for name, (failed, until) in (state.get("lockouts") or {}).items():
                entry = self._data["users"].get(name)
                if not isinstance(entry, dict) or "wrapped" not in entry:
                    continue
                removed = entry.get("failed", 0) < failed
                if until and (not entry.get("locked_until")
                              or datetime.fromisoformat(entry["locked_until"])
                              < datetime.fromisoformat(until)):
                    removed = True
                    entry["locked_until"] = until
                if removed:
                    entry["failed"] = max(entry.get("failed", 0), failed)
                    problems.append("key file changed: failed-login count or lockout of "
                                    "an account lowered (restored)")
            sealed = state.get("failed_logins") or []
            current = self._data.get("failed_logins", [])
            if len(current) < _MAX_FAILED_LOGINS and current[:len(sealed)] != sealed:
                problems.append("key file changed: recorded failed logins removed (restored)")
                self._data["failed_logins"] = sealed + [f for f in current if f not in sealed]
        self._seal_broken = False
        self._save()
        until = self.locked_until(username)
        return problems, bool(problems) and until is not None and until > now

    def _keyed(self, db_key: bytes) -> None:
        if self._mac_key is None:
            self._mac_key = derive_key(db_key, KEY_FILE_MAC_INFO)
            self._seal_broken = not self._seal_valid()

    def _sealed_view(self, state: dict) -> bytes:
        users = {name: {k: v for k, v in entry.items() if k not in _VOLATILE}
                 for name, entry in self._data["users"].items()}
        view = {"format": self._data.get("format"), "users": users,
                "audit_anchor": self._data.get("audit_anchor"), "state": state}
        return json.dumps(view, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def _seal_valid(self) -> bool:
        seal = self._data.get("seal")
        if not seal:
            return True  # an older file without a seal: nothing to compare yet
        try:
            expected = hmac.new(self._mac_key, self._sealed_view(seal.get("state") or {}),
                                hashlib.sha256).hexdigest()
            return hmac.compare_digest(expected, str(seal.get("mac", "")))
        except (TypeError, ValueError):
            return False

    def _seal(self) -> None:
        state = {"lockouts": {name: [entry.get("failed", 0), entry.get("locked_until")]
                              for name, entry in self._data["users"].items()
                              if entry.get("failed") or entry.get("locked_until")},
                 "failed_logins": list(self._data.get("failed_logins", []))}
        mac = hmac.new(self._mac_key, self._sealed_view(state), hashlib.sha256).hexdigest()
        self._data["seal"] = {"state": state, "mac": mac}

    # -- internals -------------------------------------------------------------------

    def _reload(self) -> None:
        if self.path.exists():
            fresh = type(self)(self.path)
            self._data = fresh._data
            if self._mac_key is not None:
                self._seal_broken = not self._seal_valid()

    def _check_locked(self, entry: dict, now: datetime) -> None:
        until = entry.get("locked_until")
        if until and datetime.fromisoformat(until) > now:
            wait = int((datetime.fromisoformat(until) - now).total_seconds()) + 1
            raise AuthenticationError(
                "For mange forkerte forsøg. Prøv igen om {wait} sekunder.", wait=wait,
                log_message=f"login refused: account locked for {wait} s")

    def _record_failure(self, username: str, now: datetime, reason: str = "") -> None:
        log = self._data.setdefault("failed_logins", [])
        log.append(FailedLogin(username, now, reason).as_entry())
        del log[:-_MAX_FAILED_LOGINS]  # bounded: a flood of guesses must not fill the disk
        try:
            self._save()
        except StoreError as exc:  # the attempt failed and cannot even be counted
            raise StoreError("Login mislykkedes, og forsøget kunne ikke registreres. {cause}",
                             cause=exc, log_message=exc.log_message) from exc

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
        try:
            kek = _derive(secret, _unb64(entry["salt"]), entry["params"])
            aead = AESGCM(kek)
            nonce, wrapped = _unb64(entry["nonce"]), _unb64(entry["wrapped"])
            if len(nonce) != 12:
                raise ValueError("nonce length")
        except InvalidTag:
            raise
        except Exception as exc:  # noqa: BLE001 - an edited entry: one clear error
            raise _damaged(f"wrapped key entry: {type(exc).__name__}") from exc
        return aead.decrypt(nonce, wrapped, f"dagpleje-dbkey:{name}".encode())

    def _save(self) -> None:
        if self._mac_key is not None and not self._seal_broken:
            self._seal()
        tmp = self.path.with_suffix(".tmp")
        try:
            private_folder(self.path.parent)
            write_private(tmp, json.dumps(self._data, indent=1))
            os.replace(tmp, self.path)
        except OSError as exc:  # read-only folder, full disk: say so, leave the file
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
            from .database import write_failure
            raise write_failure(exc, self.path.parent) from exc
