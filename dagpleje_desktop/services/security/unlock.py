"""Unlocking the screen after the idle lock: the logged-in user types her password again.

The same rules as at login apply: on SQLite the password must unwrap the database key
in the key file (which counts failures and locks out after repeated guesses); on
PostgreSQL it is checked against the account's Argon2id hash with the same lockout.
Every attempt ends up in the audit log at once, because the database is already open.
Changing one's password and making a new recovery key ask for the password the same way
(``detail`` names the purpose; only an unlock is logged as a login).
"""

from __future__ import annotations

import hmac
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from sqlalchemy import select

from ...domain.enums import AuditAction
from ...domain.errors import AuthenticationError
from ...domain.lockout import lockout_seconds
from ...store.keystore import DISABLED_MESSAGE, DISABLED_REASON, KeyStore
from ...store.models import UserAccount
from . import audit
from ..context import AppContext
from ..installation import KEYS_FILENAME

UNLOCK_DETAIL = "screen unlock"
_hasher = PasswordHasher()


def _wrong_password(locked_until: datetime | None = None,
                    now: datetime | None = None) -> AuthenticationError:
    """The refusal; says how long to wait when this failure started a lockout."""
    if locked_until is not None and now is not None and locked_until > now:
        wait = int((locked_until - now).total_seconds()) + 1
        return AuthenticationError(
            "Adgangskoden er forkert, og der har været for mange forkerte forsøg. Prøv igen om "
            "{wait} sekunder.", wait=wait, log_message="unlock failed: now locked out")
    return AuthenticationError("Adgangskoden er forkert. Prøv igen.",
                               log_message="unlock failed: bad password")


def verify_password(ctx: AppContext, password: str, *, detail: str = UNLOCK_DETAIL) -> None:
    """Return quietly when ``password`` is the user's; raise AuthenticationError if not.

    An unlock (the default ``detail``) is logged as a login; for another purpose the
    caller logs what the password was asked for, in the same breath as doing it."""
    if not password:
        raise AuthenticationError(
            "Skriv din adgangskode for at låse op." if detail == UNLOCK_DETAIL
            else "Skriv din nuværende adgangskode.", log_message="no password given")
    if ctx.db.is_sqlite:
        keystore = _verify_with_key_file(ctx, password, detail)
        if detail == UNLOCK_DETAIL:
            with ctx.db.transaction() as s:
                audit.record(s, ctx, AuditAction.LOGIN, "session", detail=UNLOCK_DETAIL)
        # only once the unlock is in the audit log does the failure count start again
        keystore.settle_login(ctx.user.username, [])
        return
    _verify_with_hash(ctx, password, detail)


def _verify_with_key_file(ctx: AppContext, password: str,
                          detail: str = UNLOCK_DETAIL) -> KeyStore:
    keystore, username, now = KeyStore(ctx.data_dir / KEYS_FILENAME), ctx.user.username, ctx.now()
    locked_before = keystore.locked_until(username)
    try:
        key = keystore.unlock(username, password, now=now, reset_failures=False)
    except AuthenticationError:
        _log_key_file_failures(ctx, keystore, detail)
        if keystore.is_disabled(username) or (locked_before and locked_before > now):
            raise  # disabled, or still locked out: the key store's message says so
        raise _wrong_password(keystore.locked_until(username), now) from None
    # A key file that opens but holds another database's key is not this installation's.
    if ctx.db.key is not None and not hmac.compare_digest(key, ctx.db.key):
        raise _wrong_password()
    return keystore


def _log_key_file_failures(ctx: AppContext, keystore: KeyStore,
                           detail: str = UNLOCK_DETAIL) -> None:
    """Move the failures the key file just counted into the audit log."""
    failures = keystore.pending_failed_logins()
    if not failures:
        return
    with ctx.db.transaction() as s:
        for failure in failures:
            audit.append(s, at=failure.at, username=failure.username, device_id=ctx.device_id,
                         action=AuditAction.FAILED_LOGIN, entity="session",
                         detail=f"{detail}: {failure.reason}" if failure.reason else detail)
    keystore.forget_failed_logins(failures)  # only after they are committed


def _verify_with_hash(ctx: AppContext, password: str, detail: str = UNLOCK_DETAIL) -> None:
    now = ctx.now()
    with ctx.db.transaction() as s:
        account = s.scalar(select(UserAccount).where(UserAccount.id == ctx.user.id))
        if account.disabled_at is not None:
            audit.record(s, ctx, AuditAction.FAILED_LOGIN, "session",
                         detail=f"{detail}: {DISABLED_REASON}")
            disabled = True
        else:
            disabled = False
    if disabled:
        raise AuthenticationError(DISABLED_MESSAGE, username=ctx.user.username,
                                  log_message="refused: account disabled")
    with ctx.db.transaction() as s:
        account = s.scalar(select(UserAccount).where(UserAccount.id == ctx.user.id))
        if account.locked_until and account.locked_until > now:
            wait = int((account.locked_until - now).total_seconds()) + 1
            raise AuthenticationError("For mange forkerte forsøg. Prøv igen om {wait} sekunder.",
                                      wait=wait,
                                      log_message="unlock refused: account locked")
        try:
            _hasher.verify(account.password_hash, password)
        except VerificationError:
            failed = True
        else:
            failed = False
            # the reset commits together with the unlock's audit event, or not at all
            account.failed_attempts, account.locked_until = 0, None
            if detail == UNLOCK_DETAIL:
                audit.record(s, ctx, AuditAction.LOGIN, "session", detail=UNLOCK_DETAIL)
        locked_until = None
        if failed:
            account.failed_attempts += 1
            delay = lockout_seconds(account.failed_attempts)
            locked_until = now + timedelta(seconds=delay) if delay else None
            account.locked_until = locked_until
            audit.record(s, ctx, AuditAction.FAILED_LOGIN, "session", detail=detail)
    # Raised after the commit so the failure still counts toward the lockout.
    if failed:
        raise _wrong_password(locked_until, now)
