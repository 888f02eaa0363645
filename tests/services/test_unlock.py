"""Unlocking after the idle lock: the right password opens, wrong ones count and lock out."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dagpleje_desktop.domain.enums import AuditAction
from dagpleje_desktop.domain.errors import AuthenticationError
from dagpleje_desktop.domain.lockout import FREE_ATTEMPTS
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.security.unlock import verify_password

TEST_PASSWORD = "korrekt-hest-batteri"  # tests/conftest.py's TEST_PASSWORD


def unlock_events(ctx):
    return [e.action for e in audit.list_events(ctx) if e.entity == "session"]


def test_right_password_unlocks_and_is_logged(consultant_ctx):
    verify_password(consultant_ctx, TEST_PASSWORD)
    assert unlock_events(consultant_ctx) == [AuditAction.LOGIN]


def test_wrong_password_is_refused_in_danish_and_logged(consultant_ctx):
    with pytest.raises(AuthenticationError) as refused:
        verify_password(consultant_ctx, "forkert-kode")
    assert refused.value.message == "Adgangskoden er forkert. Prøv igen."
    assert unlock_events(consultant_ctx) == [AuditAction.FAILED_LOGIN]
    with pytest.raises(AuthenticationError, match="Skriv din adgangskode"):
        verify_password(consultant_ctx, "")


def test_repeated_guesses_lock_out_even_the_right_password_for_a_while(consultant_ctx):
    for _ in range(FREE_ATTEMPTS - 1):
        with pytest.raises(AuthenticationError):
            verify_password(consultant_ctx, "gæt")
    with pytest.raises(AuthenticationError, match="for mange forkerte forsøg"):
        verify_password(consultant_ctx, "gæt")
    with pytest.raises(AuthenticationError, match="Prøv igen om"):
        verify_password(consultant_ctx, TEST_PASSWORD)

    start = consultant_ctx.now()
    consultant_ctx.now = lambda: start + timedelta(hours=2)
    verify_password(consultant_ctx, TEST_PASSWORD)
    with pytest.raises(AuthenticationError, match="^Adgangskoden er forkert. Prøv igen.$"):
        verify_password(consultant_ctx, "forkert")  # the counter started again from zero


class _AuditDown(Exception):
    """The database refused the audit write (disk full, connection lost, ...)."""


def _audit_fails_for(monkeypatch, action):
    real_append = audit.append

    def append(session, **fields):
        if fields["action"] == action:
            raise _AuditDown(f"cannot write {action.value}")
        real_append(session, **fields)
    monkeypatch.setattr(audit, "append", append)


def test_an_unlock_that_cannot_be_audited_does_not_reset_the_lockout_count(consultant_ctx,
                                                                            monkeypatch):
    for _ in range(FREE_ATTEMPTS - 1):
        with pytest.raises(AuthenticationError):
            verify_password(consultant_ctx, "gæt")
    with monkeypatch.context() as patch:
        _audit_fails_for(patch, AuditAction.LOGIN)
        with pytest.raises(_AuditDown):
            verify_password(consultant_ctx, TEST_PASSWORD)
    # the guesses still count: one more wrong one locks the account
    with pytest.raises(AuthenticationError, match="for mange forkerte forsøg"):
        verify_password(consultant_ctx, "gæt")


def test_a_failed_unlock_whose_audit_write_fails_is_logged_later(consultant_ctx, monkeypatch):
    if not consultant_ctx.db.is_sqlite:
        pytest.skip("only the key file holds failures before they reach the audit log")
    with monkeypatch.context() as patch:
        _audit_fails_for(patch, AuditAction.FAILED_LOGIN)
        with pytest.raises(_AuditDown):
            verify_password(consultant_ctx, "gæt")
    assert unlock_events(consultant_ctx) == []
    with pytest.raises(AuthenticationError):
        verify_password(consultant_ctx, "gæt-igen")  # moves both failures to the log now
    assert unlock_events(consultant_ctx) == [AuditAction.FAILED_LOGIN] * 2
