"""keys.json: sealed with a key only a login can derive; edits are reported at login,
a removed lockout comes back, and a user name that is no account's is never kept in clear.
(SQLite only: PostgreSQL installations have no key file of this kind.)"""

from __future__ import annotations

import json

import pytest
from store_helpers import PASSWORD

from dagpleje_desktop.domain.enums import AuditAction, UserRole
from dagpleje_desktop.domain.errors import AuthenticationError, StoreError
from dagpleje_desktop.services.security import audit, users
from dagpleje_desktop.services.installation import Installation

OTHER_PASSWORD = "blaa-hvaler-synger-om-natten"


@pytest.fixture
def inst(tmp_path) -> Installation:
    installation = Installation(data_dir=tmp_path / "data")
    installation.create(role=UserRole.OFFICE, name="Kontoret", username="anna",
                        password=PASSWORD)
    ctx = installation.login("anna", PASSWORD)
    users.create_user(ctx, "bo", "Bo Berg", UserRole.OFFICE, OTHER_PASSWORD)
    ctx.close()
    return installation


def _edit(installation: Installation, change) -> None:
    path = installation.keys_path
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def _fail(installation: Installation, username: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises(AuthenticationError):
            installation.login(username, "forkert-kodeord-igen")


def test_a_removed_lockout_is_reported_at_login_and_kept(inst):
    _fail(inst, "bo", 4)                       # bo is now locked out
    inst.login("anna", PASSWORD).close()       # a login seals the file with bo's lockout

    def unlock_bo(data):
        data["users"]["bo"]["failed"] = 0
        data["users"]["bo"]["locked_until"] = None
    _edit(inst, unlock_bo)

    with pytest.raises(AuthenticationError) as refused:
        inst.login("bo", OTHER_PASSWORD)       # the right password, but still locked
    assert "For mange forkerte forsøg" in str(refused.value)
    assert "Nøglefilen var ændret" in str(refused.value)
    assert json.loads(inst.keys_path.read_text())["users"]["bo"]["locked_until"]

    ctx = inst.login("anna", PASSWORD)
    try:
        changes = [e for e in audit.list_events(ctx) if e.entity == "key_file"]
        assert changes and changes[0].action == AuditAction.UPDATE
        assert "lockout" in changes[0].detail
        assert audit.verify_chain(ctx).ok
    finally:
        ctx.close()


def test_an_edited_account_entry_is_reported_at_login(inst):
    before = json.loads(inst.keys_path.read_text())
    ctx = inst.login("anna", PASSWORD)
    users.disable_user(ctx, "bo")
    ctx.close()

    def bring_bo_back(data):  # his old wrapped key, from a copy of the file
        data["users"]["bo"] = before["users"]["bo"]
    _edit(inst, bring_bo_back)

    ctx = inst.login("anna", PASSWORD)
    try:
        assert ctx.warnings and "Nøglefilen er ændret uden om programmet" in ctx.warnings[0]
        assert any(e.entity == "key_file" for e in audit.list_events(ctx, limit=5))
    finally:
        ctx.close()
    again = inst.login("anna", PASSWORD)  # reported once; the file is sealed again
    try:
        assert again.warnings == []
    finally:
        again.close()


def test_an_untouched_file_gives_no_warning(inst):
    _fail(inst, "bo", 2)
    ctx = inst.login("anna", PASSWORD)
    try:
        assert ctx.warnings == []
    finally:
        ctx.close()


def test_a_password_typed_as_user_name_is_never_stored_or_logged_in_clear(inst):
    secret = "MitHemmeligeKodeord-42"
    with pytest.raises(AuthenticationError):
        inst.login(secret, PASSWORD)

    assert secret not in inst.keys_path.read_text()
    ctx = inst.login("anna", PASSWORD)
    try:
        failed = [e for e in audit.list_events(ctx) if e.action == AuditAction.FAILED_LOGIN]
        assert failed and failed[0].username.startswith("ukendt-")
        assert all(secret not in (e.username + e.detail) for e in audit.list_events(ctx))
    finally:
        ctx.close()
    assert secret not in inst.keys_path.read_text()


def test_an_older_file_with_a_name_in_clear_is_logged_hashed(inst):
    def older(data):
        data["failed_logins"].append({"username": "hemmelig-kode-1",
                                      "at": "2026-01-05T10:00:00+00:00"})
    _edit(inst, older)
    ctx = inst.login("anna", PASSWORD)
    try:
        names = {e.username for e in audit.list_events(ctx)}
        assert "hemmelig-kode-1" not in names
    finally:
        ctx.close()
    assert "hemmelig-kode-1" not in inst.keys_path.read_text()


BROKEN_FILES = {
    "empty": b"",
    "spaces": b"   \n",
    "not json": b"{nope",
    "a list": b"[]",
    "a number": b"42",
    "no users": b'{"format": 1}',
    "users a list": b'{"format": 1, "users": []}',
    "entry a string": b'{"format": 1, "users": {"anna": "x"}}',
    "entry missing fields": b'{"format": 1, "users": {"anna": {"salt": "AAAA"}}}',
    "failed_logins wrong": b'{"format": 1, "users": {}, "failed_logins": [1, 2]}',
    "bad base64": None,
    "huge argon2 memory": None,
    "bad time": None,
}


@pytest.mark.parametrize("kind", sorted(BROKEN_FILES))
def test_a_malformed_key_file_is_refused_with_one_danish_line(inst, kind):
    good = json.loads(inst.keys_path.read_text())
    content = BROKEN_FILES[kind]
    if content is None:
        if kind == "bad base64":
            good["users"]["anna"]["salt"] = "***"
        elif kind == "huge argon2 memory":
            good["users"]["anna"]["params"]["memory_cost"] = 2 ** 40
        else:
            good["users"]["anna"]["locked_until"] = "i morgen"
        content = json.dumps(good).encode()
    inst.keys_path.write_bytes(content)

    with pytest.raises(StoreError) as refused:
        inst.login("anna", PASSWORD)
    assert "Nøglefilen" in str(refused.value) and "\n" not in str(refused.value)
    assert inst.keys_path.read_bytes() == content  # nothing changed
