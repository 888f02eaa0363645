"""Create and open an installation: SQLCipher file + key file, or a PostgreSQL database.

This is where a user logs in: the password unwraps the database key (SQLite) or is
checked against the account's Argon2id hash (PostgreSQL). Failed attempts count toward
a growing lockout and end up in the audit log.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import platformdirs
from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from sqlalchemy import select

from .. import APP_SLUG
from ..domain.enums import AuditAction, ProfessionalRole, UserRole
from ..domain.errors import AuthenticationError, StoreError, ValidationError
from ..domain.lockout import lockout_seconds
from ..store import migrate
from ..store.changes import install_capture
from ..store.database import DB_FILENAME, Database, open_postgres, open_sqlcipher
from ..domain.passwords import MIN_LENGTH
from ..store.audit_guard import set_audit_key
from ..store.device_secrets import sealed_keys, set_device_key_wrap, wrap_stored_keys
from ..store.installation_secret import installation_secret
from ..store.keystore import (DB_KEY_BYTES, DISABLED_MESSAGE, DISABLED_REASON,
                              KEY_FILE_CHANGED, KeyStore)
from ..store.models import Device, Organisation, Professional, UserAccount
from .security import audit
from .context import AppContext, CurrentUser
from .exchange.device_keys import new_device_keys
from .security.passwords import check_password_strength
from ..store.private_files import private_folder, use_private_umask  # noqa: F401 - for the programs

log = logging.getLogger(__name__)

KEYS_FILENAME = "keys.json"
# PostgreSQL: the key file on the office machine (store/installation_secret.py).
KEY_FILE_ENV = "DAGPLEJE_KEY_FILE"
POSTGRES_KEY_FILENAME = "postgres-installation.key"
MIN_PASSWORD_LENGTH = MIN_LENGTH  # the rules are in domain/passwords.py
PROFESSIONAL_ROLE_FOR = {
    UserRole.CHILDMINDER: ProfessionalRole.MINI_CHILDMINDER,
    UserRole.CONSULTANT: ProfessionalRole.MINI_CONSULTANT,
    UserRole.OFFICE: ProfessionalRole.OFFICE_WORKER,
}
_hasher = PasswordHasher()


def default_data_dir() -> Path:
    override = os.environ.get("DAGPLEJE_DATA_DIR")
    return Path(override) if override else platformdirs.user_data_path(APP_SLUG, appauthor=False)


@dataclass(frozen=True)
class InitResult:
    device_id: uuid.UUID
    recovery_key: str | None  # SQLite only: shown once, never stored in clear


class Installation:
    """Where the data lives: a data folder (SQLCipher) or a PostgreSQL URL."""

    def __init__(self, data_dir: Path | None = None, database_url: str | None = None,
                 *, now: Callable[[], datetime] | None = None):
        self.database_url = database_url
        self.now = now  # the sessions' clock; None is the computer's (tests freeze it)
        self.data_dir = None if database_url else Path(data_dir or default_data_dir())
        self._key_file_problems: list[str] = []

    @property
    def key_file(self) -> Path:
        """PostgreSQL: the file holding the key to the installation secret."""
        override = os.environ.get(KEY_FILE_ENV)
        return Path(override) if override else default_data_dir() / POSTGRES_KEY_FILENAME

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def keys_path(self) -> Path:
        return self.data_dir / KEYS_FILENAME

    def describe(self) -> str:
        return self.database_url.split("@")[-1] if self.database_url else str(self.data_dir)

    def exists(self) -> bool:
        if self.database_url:
            db = open_postgres(self.database_url)
            try:
                if migrate.current_revision(db) is None:
                    return False
                with db.transaction() as s:
                    return s.scalar(select(UserAccount.id).limit(1)) is not None
            finally:
                db.dispose()
        return self.keys_path.exists() and self.db_path.exists()

    # -- creation ------------------------------------------------------------------

    def create(self, *, role: UserRole, name: str, username: str, password: str,
               check_strength: bool = True) -> InitResult:
        """A new installation with its first user, device identity and empty schema."""
        name, username = name.strip(), username.strip()
        if not name or not username:
            raise ValidationError("Navn og brugernavn skal udfyldes.",
                                  log_message="init without name or user")
        if check_strength:
            check_password_strength(password, username)
        if self.exists():
            raise ValidationError("Der findes allerede en installation i {place}.",
                                  place=self.describe(),
                                  log_message="init refused: installation exists")
        recovery_key = None
        if self.database_url:
            db = open_postgres(self.database_url)
        else:
            db_key = os.urandom(DB_KEY_BYTES)
            private_folder(self.data_dir)
            for stale in (self.db_path, self.db_path.with_name(DB_FILENAME + "-wal")):
                stale.unlink(missing_ok=True)
            db = open_sqlcipher(self.db_path, db_key, create=True)
        try:
            migrate.upgrade(db)
            if self.database_url:  # the access log's key (SQLite: from the database key)
                self._open_secret(db)
            device_id = self._seed_installation(db, role, name, username, password)
        except Exception:
            db.dispose()
            if not self.database_url:
                self.db_path.unlink(missing_ok=True)
            raise
        try:
            if not self.database_url:
                _, recovery_key = KeyStore.create(self.keys_path, db_key, username, password)
                audit.anchor_key_file_now(db, self.keys_path)
        finally:
            db.dispose()
        return InitResult(device_id, recovery_key)

    def _open_secret(self, db: Database) -> None:
        """PostgreSQL: the installation secret (refused without the key file) keys the
        access log and wraps the device's private keys."""
        secret = installation_secret(db, self.key_file)
        set_audit_key(db.engine, secret)
        set_device_key_wrap(db.engine, secret)

    def _seed_installation(self, db: Database, role: UserRole, name: str, username: str,
                           password: str) -> uuid.UUID:
        now = datetime.now(timezone.utc)
        keys = sealed_keys(db.engine, new_device_keys())  # wrapped on PostgreSQL
        with db.transaction() as s:
            org = Organisation(name="Dagplejen", unit="Mini-dagplejen")
            person = Professional(name=name, role=PROFESSIONAL_ROLE_FOR[role].value)
            s.add_all([org, person])
            s.flush()
            person.organisation_id = org.id
            device = Device(name=f"{name} ({role.label})", owner=name, role=role.value,
                            is_self=True, paired_at=now, **keys)
            account = UserAccount(username=username, display_name=name, role=role.value,
                                  professional_id=person.id,
                                  password_hash=_hasher.hash(password))
            s.add_all([device, account])
            s.flush()
            audit.append(s, at=now, username=username, device_id=str(device.id),
                         action=AuditAction.CREATE, entity="installation",
                         entity_id=device.id, detail=f"role={role.value}")
            return device.id

    # -- opening -------------------------------------------------------------------

    def open_database(self, username: str, password: str) -> Database:
        """The unlocked database (SQLite) or a connection (PostgreSQL), migrated to head."""
        locked = False
        if self.database_url:
            db = open_postgres(self.database_url)
        else:
            if not self.exists():
                raise StoreError("Der er ingen installation i {data_dir}.",
                                 data_dir=self.data_dir,
                                 log_message="no installation in data dir")
            # The failure count is reset only once the login is in the audit log.
            keystore = KeyStore(self.keys_path)
            key = keystore.unlock(username, password, reset_failures=False)
            # Only now can the key file's seal be checked: what was changed behind the
            # program's back is reported, and a removed lockout is put back.
            self._key_file_problems, locked = keystore.check_seal(
                username, datetime.now(timezone.utc))
            db = open_sqlcipher(self.db_path, key)
        try:
            if migrate.needs_upgrade(db):
                log.info("upgrading database schema to %s", migrate.head_revision())
                migrate.upgrade(db)
            if self.database_url:
                self._open_secret(db)
                with db.transaction() as s:  # an older installation's raw keys
                    wrap_stored_keys(s)
            else:
                audit.keep_anchor_in_key_file(db, self.keys_path)
            if locked:
                self._log_key_file_problems(db, username)
        except Exception:
            db.dispose()
            raise
        if locked:
            db.dispose()
            until = KeyStore(self.keys_path).locked_until(username)
            wait = int((until - datetime.now(timezone.utc)).total_seconds()) + 1
            raise AuthenticationError(
                "For mange forkerte forsøg. Prøv igen om {wait} sekunder. Nøglefilen var "
                "ændret, så spærringen var fjernet; den er sat på igen, og det står i "
                "adgangsloggen.",
                wait=wait, log_message="login refused: lockout removed from key file, kept")
        return db

    def _log_key_file_problems(self, db: Database, username: str) -> None:
        """The changes found in the key file, into the audit log (once)."""
        problems, self._key_file_problems = self._key_file_problems, []
        if not problems:
            return
        now = datetime.now(timezone.utc)
        with db.transaction() as s:
            device_id = str(s.scalar(select(Device.id).where(Device.is_self.is_(True))))
            for problem in problems:
                audit.append(s, at=now, username=username, device_id=device_id,
                             action=AuditAction.UPDATE, entity="key_file", detail=problem)

    def login(self, username: str, password: str) -> AppContext:
        username = username.strip()
        db = self.open_database(username, password)
        try:
            ctx = self._start_session(db, username, password)
        except Exception:
            db.dispose()
            raise
        from .exchange.sync import remove_backups_interrupted_earlier  # noqa: PLC0415 - sync is heavy
        remove_backups_interrupted_earlier(self.data_dir)
        return ctx

    def _start_session(self, db: Database, username: str, password: str) -> AppContext:
        """Log the login (and the failures before it) and open the session.

        The key file is changed only after the audit transaction committed: if writing
        the audit log fails, the failed attempts and the lockout count stay in the file
        for the next login instead of being lost.
        """
        now = datetime.now(timezone.utc)
        failures = [] if self.database_url else KeyStore(self.keys_path).pending_failed_logins()
        with db.transaction() as s:
            device_id = str(s.scalar(select(Device.id).where(Device.is_self.is_(True))))
            for failure in failures:
                audit.append(s, at=failure.at, username=failure.username,
                             device_id=device_id, action=AuditAction.FAILED_LOGIN,
                             detail=failure.reason)
            account = s.scalar(select(UserAccount).where(UserAccount.username == username,
                                                         UserAccount.deleted_at.is_(None)))
        self._settle_key_file(None, failures, db.key)
        install_capture(db, device_id)  # every change from here on becomes a sync operation
        changed_key_file = bool(self._key_file_problems)
        self._log_key_file_problems(db, username)
        if account is None:
            raise AuthenticationError("Forkert brugernavn eller adgangskode.",
                                      log_message="login failed: no such account")
        if account.disabled_at is not None:
            with db.transaction() as s:
                audit.append(s, at=now, username=username, device_id=device_id,
                             action=AuditAction.FAILED_LOGIN, entity="user_account",
                             entity_id=account.id, detail=DISABLED_REASON)
            raise AuthenticationError(DISABLED_MESSAGE, username=username,
                                      log_message="login refused: account disabled")
        if self.database_url:
            self._check_postgres_password(db, account, password, device_id, now)
        with db.transaction() as s:
            account = s.get(UserAccount, account.id)
            account.last_login_at = now
            if account.failed_attempts or account.locked_until:  # PostgreSQL's count
                account.failed_attempts, account.locked_until = 0, None
            audit.append(s, at=now, username=username, device_id=device_id,
                         action=AuditAction.LOGIN)
        self._settle_key_file(username, [], db.key)
        user = CurrentUser(account.id, account.username, account.display_name,
                           UserRole(account.role), account.professional_id)
        if self.now is not None:
            ctx = AppContext(db=db, device_id=device_id, user=user, data_dir=self.data_dir,
                             now=self.now)
        else:
            ctx = AppContext(db=db, device_id=device_id, user=user, data_dir=self.data_dir)
        if changed_key_file:
            ctx.warnings.append(KEY_FILE_CHANGED)
        return ctx

    def _settle_key_file(self, username: str | None, moved: list,
                         db_key: bytes | None = None) -> None:
        """After a commit: drop the moved failures and, on login, reset the count."""
        if self.database_url or (username is None and not moved):
            return
        try:
            KeyStore(self.keys_path, db_key=db_key).settle_login(username, moved)
        except (OSError, StoreError) as exc:
            # The login itself is committed; at worst a failure is logged twice later
            # or the count starts from where it was. Neither loses an audit entry.
            log.warning("key file not updated after login: %s", exc)

    def _check_postgres_password(self, db: Database, account: UserAccount, password: str,
                                 device_id: str, now: datetime) -> None:
        if account.locked_until and account.locked_until > now:
            wait = int((account.locked_until - now).total_seconds()) + 1
            raise AuthenticationError("For mange forkerte forsøg. Prøv igen om {wait} sekunder.",
                                      wait=wait,
                                      log_message="login refused: account locked")
        try:
            _hasher.verify(account.password_hash, password)
        except VerificationError:
            with db.transaction() as s:
                row = s.get(UserAccount, account.id)
                row.failed_attempts += 1
                delay = lockout_seconds(row.failed_attempts)
                row.locked_until = now + timedelta(seconds=delay) if delay else None
                audit.append(s, at=now, username=account.username, device_id=device_id,
                             action=AuditAction.FAILED_LOGIN)
            raise AuthenticationError("Forkert brugernavn eller adgangskode.",
                                      log_message="login failed: bad password") from None
        # A success resets the count in the same transaction as the login's audit event.

    # -- recovery ------------------------------------------------------------------

    def reset_password(self, recovery_key: str, username: str, new_password: str) -> None:
        """Forgotten password: the recovery key unwraps the database key again.

        A wrong key, an unknown or disabled user or a refused password change nothing:
        neither the key file nor the database is written (a wrong key cannot be put in
        the audit log, which it cannot open; guessing costs one Argon2 derivation each).
        """
        if self.database_url:
            raise ValidationError("Der er ingen gendannelsesnøgle på en PostgreSQL-installation. "
                                  "Dagplejekontoret kan give dig en ny adgangskode.",
                                  log_message="recovery key reset on PostgreSQL")
        username = username.strip()
        check_password_strength(new_password, username)
        if not self.exists():
            raise StoreError("Der er ingen installation i {data_dir}.", data_dir=self.data_dir,
                             log_message="no installation in data dir")
        keystore = KeyStore(self.keys_path)
        key = keystore.unlock_with_recovery(recovery_key)
        db = open_sqlcipher(self.db_path, key)
        try:
            if migrate.needs_upgrade(db):
                migrate.upgrade(db)
            audit.keep_anchor_in_key_file(db, self.keys_path)
            with db.transaction() as s:
                account = s.scalar(select(UserAccount).where(UserAccount.username == username,
                                                             UserAccount.deleted_at.is_(None)))
                if account is None:
                    raise ValidationError("Brugeren »{username}« findes ikke.", username=username,
                                          log_message="reset for an unknown user")
                if account.disabled_at is not None:
                    raise ValidationError(
                        "Kontoen »{username}« er deaktiveret; dens adgangskode kan ikke "
                        "nulstilles.",
                        username=username, log_message="reset for a disabled account")
                account.password_hash = _hasher.hash(new_password)
                account.failed_attempts, account.locked_until = 0, None
                device_id = str(s.scalar(select(Device.id).where(Device.is_self.is_(True))))
                audit.append(s, at=datetime.now(timezone.utc), username=username,
                             device_id=device_id, action=AuditAction.UPDATE,
                             entity="user_account", entity_id=account.id,
                             detail="password reset with recovery key")
                # Inside the transaction: if the key file cannot be written, the audit
                # event and the new hash roll back with it.
                keystore.add_user(username, new_password, key)
        finally:
            db.dispose()
