"""A login whose audit entry cannot be written loses nothing: the failed attempts before
it and the lockout count stay until a login is really in the audit log."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import pytest
from store_helpers import PASSWORD

from dagpleje_desktop.domain.enums import AuditAction, UserRole
from dagpleje_desktop.domain.errors import AuthenticationError
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.store.keystore import KeyStore

WRONG = "forkert-kodeord"
LOCKED = "For mange forkerte forsøg"


class AuditDown(Exception):
    """The database refused the audit write (disk full, connection lost, ...)."""


def _create(installation: Installation) -> None:
    installation.create(role=UserRole.OFFICE, name="Kontoret", username="anna",
                        password=PASSWORD)


def _wrong(installation: Installation, times: int) -> None:
    for _ in range(times):
        with pytest.raises(AuthenticationError):
            installation.login("anna", WRONG)


def _audit_fails_for(monkeypatch, action: AuditAction) -> None:
    real_append = audit.append

    def append(session, **fields):
        if fields["action"] == action:
            raise AuditDown(f"cannot write {action.value}")
        real_append(session, **fields)
    monkeypatch.setattr(audit, "append", append)


def _failed_logins(installation: Installation) -> list[str]:
    ctx = installation.login("anna", PASSWORD)
    try:
        return [e.username for e in audit.list_events(ctx)
                if e.action == AuditAction.FAILED_LOGIN]
    finally:
        ctx.close()


def test_a_login_that_cannot_be_audited_does_not_reset_the_lockout_count(installation,
                                                                          monkeypatch):
    _create(installation)
    _wrong(installation, 2)
    with monkeypatch.context() as patch:
        _audit_fails_for(patch, AuditAction.LOGIN)
        with pytest.raises(AuditDown):
            installation.login("anna", PASSWORD)
    _wrong(installation, 1)  # the third wrong guess in a row: now the account waits
    with pytest.raises(AuthenticationError, match=LOCKED):
        installation.login("anna", PASSWORD)


def test_failed_logins_stay_in_the_key_file_until_the_audit_log_has_them(
        sqlite_installation, monkeypatch):
    _create(sqlite_installation)
    _wrong(sqlite_installation, 2)
    with monkeypatch.context() as patch:
        _audit_fails_for(patch, AuditAction.FAILED_LOGIN)
        with pytest.raises(AuditDown):
            sqlite_installation.login("anna", PASSWORD)
    assert len(KeyStore(sqlite_installation.keys_path).pending_failed_logins()) == 2

    assert _failed_logins(sqlite_installation) == ["anna", "anna"]
    assert KeyStore(sqlite_installation.keys_path).pending_failed_logins() == []
    assert _failed_logins(sqlite_installation) == ["anna", "anna"]  # recorded once only


def test_a_successful_audited_login_starts_the_count_again(installation):
    _create(installation)
    _wrong(installation, 2)
    installation.login("anna", PASSWORD).close()
    _wrong(installation, 2)  # two more are free again: the count restarted
    installation.login("anna", PASSWORD).close()


def test_settling_a_login_keeps_failures_recorded_meanwhile(tmp_path):
    path = tmp_path / "keys.json"
    KeyStore.create(path, os.urandom(32), "anna", PASSWORD)
    t0 = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)
    with pytest.raises(AuthenticationError):
        KeyStore(path).unlock("anna", WRONG, now=t0)
    logging_in = KeyStore(path)
    moved = logging_in.pending_failed_logins()
    logging_in.unlock("anna", PASSWORD, now=t0 + timedelta(seconds=5), reset_failures=False)
    with pytest.raises(AuthenticationError):  # someone else guesses, e.g. at the lock screen
        KeyStore(path).unlock("ukendt", WRONG, now=t0 + timedelta(seconds=6))

    logging_in.settle_login("anna", moved)
    left = KeyStore(path).pending_failed_logins()
    # a name that is no account's is kept only as a salted hash
    token = KeyStore(path).name_token("ukendt")
    assert token.startswith("ukendt-") and token != "ukendt"
    assert [(f.username, f.at) for f in left] == [(token, t0 + timedelta(seconds=6))]
    for _ in range(2):  # with the count restarted, two more guesses do not lock anna out
        with pytest.raises(AuthenticationError):
            KeyStore(path).unlock("anna", WRONG, now=t0 + timedelta(seconds=7))
    assert KeyStore(path).locked_until("anna") is None
