"""Logging in: wrong passwords, growing lockout, recovery key, foreign files, audit trail."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select, update
from store_helpers import PASSWORD

from dagpleje_desktop.domain.enums import AuditAction, UserRole
from dagpleje_desktop.domain.errors import AuthenticationError, StoreError
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.store.database import open_postgres
from dagpleje_desktop.store.keystore import KeyStore
from dagpleje_desktop.store.models import UserAccount

WRONG = "forkert-kodeord"
LOCKED = "For mange forkerte forsøg"
BAD_LOGIN = "Forkert brugernavn eller adgangskode."


def _create(installation: Installation) -> str | None:
    result = installation.create(role=UserRole.OFFICE, name="Kontoret", username="anna",
                                 password=PASSWORD)
    return result.recovery_key


def _refused(installation: Installation, username: str, password: str) -> str:
    with pytest.raises(AuthenticationError) as err:
        installation.login(username, password)
    return str(err.value)


def _login_ok(installation: Installation, password: str = PASSWORD):
    ctx = installation.login("anna", password)
    ctx.close()
    return ctx


def test_wrong_password_and_unknown_user_are_refused_alike(installation):
    _create(installation)
    assert _refused(installation, "anna", WRONG) == BAD_LOGIN
    assert _refused(installation, "ukendt", PASSWORD) == BAD_LOGIN
    _login_ok(installation)


def test_three_attempts_are_free_then_even_the_right_password_must_wait(installation):
    _create(installation)
    for _ in range(3):
        assert _refused(installation, "anna", WRONG) == BAD_LOGIN
    message = _refused(installation, "anna", PASSWORD)
    assert message.startswith(LOCKED)
    assert "sekunder" in message


def test_a_successful_login_starts_the_count_again(installation):
    _create(installation)
    for _round in range(2):
        for _ in range(2):
            _refused(installation, "anna", WRONG)
        _login_ok(installation)


def test_lockout_grows_with_each_further_failure(tmp_path):
    path = tmp_path / "keys.json"
    db_key = os.urandom(32)
    KeyStore.create(path, db_key, "anna", PASSWORD)
    t0 = datetime(2026, 2, 2, 8, 0, tzinfo=timezone.utc)

    def attempt(password, at):
        return KeyStore(path).unlock("anna", password, now=at)  # re-read, as a restart would

    for _ in range(3):
        with pytest.raises(AuthenticationError, match=BAD_LOGIN):
            attempt(WRONG, t0)
    assert KeyStore(path).locked_until("anna") == t0 + timedelta(seconds=30)
    with pytest.raises(AuthenticationError, match=LOCKED):
        attempt(PASSWORD, t0 + timedelta(seconds=29))

    t1 = t0 + timedelta(seconds=30)
    with pytest.raises(AuthenticationError, match=BAD_LOGIN):
        attempt(WRONG, t1)
    assert KeyStore(path).locked_until("anna") == t1 + timedelta(seconds=60)
    with pytest.raises(AuthenticationError, match=LOCKED):
        attempt(PASSWORD, t1 + timedelta(seconds=59))

    t2 = t1 + timedelta(seconds=60)
    with pytest.raises(AuthenticationError, match=BAD_LOGIN):
        attempt(WRONG, t2)
    assert KeyStore(path).locked_until("anna") == t2 + timedelta(seconds=120)

    t3 = t2 + timedelta(seconds=120)
    assert attempt(PASSWORD, t3) == db_key
    assert KeyStore(path).locked_until("anna") is None
    with pytest.raises(AuthenticationError, match=BAD_LOGIN):
        attempt(WRONG, t3)  # counting starts again: a single slip does not lock


def _account(url: str) -> UserAccount:
    db = open_postgres(url)
    try:
        with db.transaction() as s:
            return s.scalar(select(UserAccount).where(UserAccount.username == "anna"))
    finally:
        db.dispose()


def _let_lock_expire(url: str) -> None:
    """Stand-in for waiting: move the lock into the past instead of sleeping."""
    db = open_postgres(url)
    try:
        with db.transaction() as s:
            s.execute(update(UserAccount).where(UserAccount.username == "anna").values(
                locked_until=datetime.now(timezone.utc) - timedelta(seconds=1)))
    finally:
        db.dispose()


def _wrong_and_bracket(installation: Installation) -> tuple[datetime, datetime]:
    before = datetime.now(timezone.utc)
    _refused(installation, "anna", WRONG)
    return before, datetime.now(timezone.utc)


def test_postgres_lockout_grows_30_then_60_seconds(pg_url):
    installation = Installation(database_url=pg_url)
    _create(installation)
    _refused(installation, "anna", WRONG)
    _refused(installation, "anna", WRONG)
    before, after = _wrong_and_bracket(installation)
    account = _account(pg_url)
    assert account.failed_attempts == 3
    assert before + timedelta(seconds=30) <= account.locked_until <= after + timedelta(seconds=30)
    assert _refused(installation, "anna", PASSWORD).startswith(LOCKED)

    _let_lock_expire(pg_url)
    before, after = _wrong_and_bracket(installation)
    account = _account(pg_url)
    assert before + timedelta(seconds=60) <= account.locked_until <= after + timedelta(seconds=60)
    assert _refused(installation, "anna", PASSWORD).startswith(LOCKED)

    _let_lock_expire(pg_url)
    _login_ok(installation)
    assert _account(pg_url).failed_attempts == 0


def test_recovery_key_resets_a_forgotten_password(sqlite_installation):
    recovery_key = _create(sqlite_installation)
    ctx = sqlite_installation.login("anna", PASSWORD)
    children.create_child(ctx, children.ChildInput("Åse", "Ørsted"))
    ctx.close()

    sqlite_installation.reset_password(recovery_key.lower().replace("-", " "), "anna",
                                       "ny-sommer-2026")

    assert _refused(sqlite_installation, "anna", PASSWORD) == BAD_LOGIN
    ctx = sqlite_installation.login("anna", "ny-sommer-2026")
    try:
        assert [c.name for c in children.list_children(ctx)] == ["Åse Ørsted"]
        assert audit.verify_chain(ctx).ok
    finally:
        ctx.close()


def test_a_wrong_recovery_key_changes_nothing(sqlite_installation):
    recovery_key = _create(sqlite_installation)
    wrong = ("A" if recovery_key[0] != "A" else "B") + recovery_key[1:]
    with pytest.raises(AuthenticationError, match="Gendannelsesnøglen er forkert"):
        sqlite_installation.reset_password(wrong, "anna", "ny-sommer-2026")
    _login_ok(sqlite_installation)
    assert _refused(sqlite_installation, "anna", "ny-sommer-2026") == BAD_LOGIN


def _plain_sqlite(path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE child (name TEXT)")
    conn.execute("INSERT INTO child VALUES ('Åse Ørsted')")
    conn.commit()
    conn.close()


def _random_bytes(path) -> None:
    path.write_bytes(os.urandom(64 * 1024))


@pytest.mark.parametrize("make_foreign", [_plain_sqlite, _random_bytes],
                         ids=["plain-sqlite", "random-bytes"])
def test_a_foreign_database_file_is_refused_with_a_danish_message(sqlite_installation,
                                                                  make_foreign):
    _create(sqlite_installation)
    db_path = sqlite_installation.db_path
    for leftover in (db_path, db_path.with_name(db_path.name + "-wal"),
                     db_path.with_name(db_path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    make_foreign(db_path)

    with pytest.raises(StoreError) as err:
        sqlite_installation.login("anna", PASSWORD)
    assert str(err.value).startswith("Databasen kan ikke åbnes")


def test_a_damaged_key_file_is_refused_with_a_danish_message(sqlite_installation):
    _create(sqlite_installation)
    sqlite_installation.keys_path.write_text("{ikke json", "utf-8")
    with pytest.raises(StoreError, match="Nøglefilen keys.json er beskadiget"):
        sqlite_installation.login("anna", PASSWORD)


def test_failed_logins_show_up_in_the_audit_log_after_the_next_login(installation):
    _create(installation)
    _refused(installation, "anna", WRONG)
    _refused(installation, "anna", WRONG)
    ctx = installation.login("anna", PASSWORD)
    try:
        events = list(reversed(audit.list_events(ctx)))  # oldest first
        failed = [e for e in events if e.action == AuditAction.FAILED_LOGIN]
        assert [e.username for e in failed] == ["anna", "anna"]
        last_login = max(e.seq for e in events if e.action == AuditAction.LOGIN)
        assert all(e.seq < last_login for e in failed)
        assert audit.verify_chain(ctx).ok
    finally:
        ctx.close()
