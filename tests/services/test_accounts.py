"""Accounts: change, reset and set passwords, disable and enable users,
new recovery keys; every step audited, on both engines where it applies."""

from __future__ import annotations

import json

import pytest
from demo_exemption import share_with_childminders
from sqlalchemy import select

from dagpleje_desktop.domain.enums import AuditAction, ProfessionalRole, UserRole
from dagpleje_desktop.domain.errors import (AuthenticationError, NotFoundError,
                                            PermissionDeniedError, ValidationError)
from dagpleje_desktop.services.records import professionals
from dagpleje_desktop.services.security import users
from dagpleje_desktop.store.keystore import KeyStore
from dagpleje_desktop.store.models import AuditEvent, Professional, UserAccount

OFFICE_PASSWORD = "korrekt-hest-batteri"  # tests/conftest.py's TEST_PASSWORD
NEW_PASSWORD = "ny-og-bedre-kode-2024"
MINDER_PASSWORD = "regnvejr-og-gummistoevler"


def events(ctx, *, detail: str = "") -> list[tuple[str, str, str]]:
    with ctx.db.transaction() as s:
        return [(e.username, e.action, e.detail) for e in s.scalars(
            select(AuditEvent).order_by(AuditEvent.seq)) if detail in e.detail]


def logins_work(installation, username: str, password: str) -> bool:
    try:
        installation.login(username, password).close()
    except AuthenticationError:
        return False
    return True


# -- change own password ------------------------------------------------------------------

def test_change_password_is_audited_and_the_old_one_stops_working(installation, office_ctx):
    users.change_password(office_ctx, OFFICE_PASSWORD, NEW_PASSWORD)

    assert ("test", AuditAction.UPDATE, "password changed") in events(office_ctx)
    assert not logins_work(installation, "test", OFFICE_PASSWORD)
    assert logins_work(installation, "test", NEW_PASSWORD)


def test_a_wrong_current_password_is_audited_and_changes_nothing(installation, office_ctx):
    with pytest.raises(AuthenticationError, match="Adgangskoden er forkert"):
        users.change_password(office_ctx, "ikke-min-kode-slet-ikke", NEW_PASSWORD)

    assert [e[1] for e in events(office_ctx, detail="password change")] == \
        [AuditAction.FAILED_LOGIN]
    assert logins_work(installation, "test", OFFICE_PASSWORD)
    assert not logins_work(installation, "test", NEW_PASSWORD)


@pytest.mark.parametrize("new, reason", [
    ("kort", "mindst 12 tegn"),
    ("test-test-test-test", "indeholde brugernavnet"),
    ("sommerfugl2024", "for almindelig"),
    (OFFICE_PASSWORD, "en anden end den nuværende"),
])
def test_a_new_password_that_breaks_a_rule_is_refused(installation, office_ctx, new, reason):
    before = events(office_ctx)
    with pytest.raises(ValidationError, match=reason):
        users.change_password(office_ctx, OFFICE_PASSWORD, new)
    assert events(office_ctx) == before
    assert logins_work(installation, "test", OFFICE_PASSWORD)


# -- accounts: add, list, disable, enable ----------------------------------------------------

def test_office_adds_a_consultant_linked_to_her_professional_row(installation, office_ctx):
    karen = professionals.create_professional(office_ctx, "Karen Holm",
                                              ProfessionalRole.MINI_CONSULTANT)
    info = users.add_account(office_ctx, " karen ", "Karen Holm", UserRole.CONSULTANT,
                             MINDER_PASSWORD)
    lise = users.add_account(office_ctx, "lise", "Lise Mortensen", UserRole.OFFICE,
                             NEW_PASSWORD)

    assert (info.username, info.professional_id, info.disabled) == ("karen", karen.id, False)
    with office_ctx.db.transaction() as s:
        person = s.get(Professional, lise.professional_id)
        assert (person.name, person.role) == ("Lise Mortensen", ProfessionalRole.OFFICE_WORKER)
    assert [(u.username, u.role, u.disabled) for u in users.list_users(office_ctx)] == [
        ("karen", UserRole.CONSULTANT, False), ("lise", UserRole.OFFICE, False),
        ("test", UserRole.OFFICE, False)]
    assert ("test", AuditAction.CREATE, "karen role=consultant") in events(office_ctx)
    assert logins_work(installation, "karen", MINDER_PASSWORD)


@pytest.mark.parametrize("make", [
    lambda ctx: users.add_account(ctx, "lise", "Lise Mortensen", UserRole.CHILDMINDER,
                                  MINDER_PASSWORD),
    lambda ctx: users.create_user(ctx, "lise", "Lise Mortensen", UserRole.CHILDMINDER,
                                  MINDER_PASSWORD),
])
@pytest.mark.parametrize("role", [UserRole.OFFICE, UserRole.CONSULTANT])
def test_a_childminder_account_is_refused_on_an_office_or_consultant_installation(
        installation, role, make):
    installation.create(role=role, name="Test Bruger", username="test",
                        password=OFFICE_PASSWORD)
    ctx = installation.login("test", OFFICE_PASSWORD)
    try:
        before = events(ctx), [p.name for p in professionals.list_professionals(ctx)]
        with pytest.raises(ValidationError, match="kun have en konto på sin egen computer"):
            make(ctx)
        assert (events(ctx), [p.name for p in professionals.list_professionals(ctx)]) == before
        assert [u.username for u in users.list_users(ctx)] == ["test"]
    finally:
        ctx.close()
    assert not logins_work(installation, "lise", MINDER_PASSWORD)
    if installation.data_dir is not None:  # and no key for her in the key file
        assert "lise" not in json.loads(installation.keys_path.read_text())["users"]


def test_a_refused_new_account_leaves_no_professional_behind(office_ctx):
    users.add_account(office_ctx, "karen", "Karen Holm", UserRole.CONSULTANT, NEW_PASSWORD)
    with pytest.raises(ValidationError, match="optaget"):
        users.add_account(office_ctx, "karen", "Karen Anden", UserRole.CONSULTANT,
                          NEW_PASSWORD)
    with pytest.raises(ValidationError, match="mellemrum"):
        users.add_account(office_ctx, "karen holm", "Karen Holm", UserRole.CONSULTANT,
                          NEW_PASSWORD)
    assert [p.name for p in professionals.list_professionals(office_ctx)
            if p.name.startswith("Karen")] == ["Karen Holm"]


def test_a_disabled_account_cannot_log_in_and_both_steps_are_audited(installation,
                                                                      office_ctx):
    users.add_account(office_ctx, "lise", "Lise Mortensen", UserRole.CONSULTANT,
                      MINDER_PASSWORD)
    info = users.disable_user(office_ctx, "lise")

    assert info.disabled
    with pytest.raises(AuthenticationError, match="Kontoen »lise« er deaktiveret"):
        installation.login("lise", MINDER_PASSWORD)
    with pytest.raises(AuthenticationError, match="Kontoen »lise« er deaktiveret"):
        installation.login("lise", "et-forkert-gæt-her")
    fresh = installation.login("test", OFFICE_PASSWORD)  # moves SQLite's failures to the log
    try:
        logged = events(fresh)
    finally:
        fresh.close()
    assert ("test", AuditAction.UPDATE, "lise disabled") in logged
    assert logged.count(("lise", AuditAction.FAILED_LOGIN, "account disabled")) == 2
    assert [u.disabled for u in users.list_users(office_ctx) if u.username == "lise"] == [True]
    if installation.data_dir is not None:  # her wrapped key is gone from the key file
        entry = json.loads(installation.keys_path.read_text())["users"]["lise"]
        assert entry == {"disabled": True}


def test_an_enabled_account_logs_in_with_its_new_password_only(installation, office_ctx):
    users.add_account(office_ctx, "lise", "Lise Mortensen", UserRole.CONSULTANT,
                      MINDER_PASSWORD)
    users.disable_user(office_ctx, "lise")
    users.enable_user(office_ctx, "lise", NEW_PASSWORD)

    assert logins_work(installation, "lise", NEW_PASSWORD)
    assert not logins_work(installation, "lise", MINDER_PASSWORD)
    assert ("test", AuditAction.UPDATE, "lise enabled with a new password") in events(office_ctx)


def test_disabling_oneself_an_unknown_or_a_disabled_user_is_refused(office_ctx):
    users.add_account(office_ctx, "lise", "Lise Mortensen", UserRole.CONSULTANT,
                      MINDER_PASSWORD)
    users.disable_user(office_ctx, "lise")
    before = events(office_ctx)
    with pytest.raises(ValidationError, match="din egen konto"):
        users.disable_user(office_ctx, "test")
    with pytest.raises(NotFoundError, match="»ingen« findes ikke"):
        users.disable_user(office_ctx, "ingen")
    with pytest.raises(ValidationError, match="allerede deaktiveret"):
        users.disable_user(office_ctx, "lise")
    assert events(office_ctx) == before


def test_a_childminder_may_not_manage_accounts(installation, office_ctx):
    share_with_childminders(office_ctx)  # her login beside the office's: the demo exemption
    users.add_account(office_ctx, "lise", "Lise Mortensen", UserRole.CHILDMINDER,
                      MINDER_PASSWORD)
    lise = installation.login("lise", MINDER_PASSWORD)
    try:
        for attempt in (lambda: users.list_users(lise),
                        lambda: users.disable_user(lise, "test"),
                        lambda: users.set_password(lise, "test", NEW_PASSWORD),
                        lambda: users.add_account(lise, "ny", "Ny", UserRole.OFFICE,
                                                  NEW_PASSWORD)):
            with pytest.raises(PermissionDeniedError):
                attempt()
        users.change_password(lise, MINDER_PASSWORD, NEW_PASSWORD)  # her own: allowed
    finally:
        lise.close()
    assert logins_work(installation, "test", OFFICE_PASSWORD)


def test_the_office_gives_a_user_a_new_password(installation, office_ctx):
    users.add_account(office_ctx, "lise", "Lise Mortensen", UserRole.CONSULTANT,
                      MINDER_PASSWORD)
    users.set_password(office_ctx, "lise", NEW_PASSWORD)

    assert logins_work(installation, "lise", NEW_PASSWORD)
    assert not logins_work(installation, "lise", MINDER_PASSWORD)
    assert ("test", AuditAction.UPDATE, "lise given a new password by test") in \
        events(office_ctx)


# -- the recovery key (SQLite) ----------------------------------------------------------------

def _files(installation) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(installation.data_dir.iterdir())}


def test_reset_with_the_recovery_key_sets_a_new_password_and_is_audited(sqlite_installation):
    result = sqlite_installation.create(role=UserRole.OFFICE, name="Kontoret", username="test",
                                        password=OFFICE_PASSWORD)
    sqlite_installation.reset_password(result.recovery_key.lower().replace("-", " "), "test",
                                       NEW_PASSWORD)

    assert logins_work(sqlite_installation, "test", NEW_PASSWORD)
    assert not logins_work(sqlite_installation, "test", OFFICE_PASSWORD)
    ctx = sqlite_installation.login("test", NEW_PASSWORD)
    try:
        assert ("test", AuditAction.UPDATE, "password reset with recovery key") in events(ctx)
    finally:
        ctx.close()


@pytest.mark.parametrize("key, user, password, error", [
    ("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH", "test", NEW_PASSWORD,
     "Gendannelsesnøglen er forkert"),
    ("", "test", NEW_PASSWORD, "Gendannelsesnøglen er forkert"),
    (None, "ingen", NEW_PASSWORD, "findes ikke"),
    (None, "test", "sommerfugl2024", "for almindelig"),
])
def test_a_refused_reset_changes_neither_the_key_file_nor_the_database(
        sqlite_installation, key, user, password, error):
    result = sqlite_installation.create(role=UserRole.OFFICE, name="Kontoret", username="test",
                                        password=OFFICE_PASSWORD)
    before = _files(sqlite_installation)

    with pytest.raises((AuthenticationError, ValidationError), match=error):
        sqlite_installation.reset_password(key if key is not None else result.recovery_key,
                                           user, password)

    assert _files(sqlite_installation) == before
    assert logins_work(sqlite_installation, "test", OFFICE_PASSWORD)


def test_reset_of_a_disabled_account_is_refused(sqlite_installation):
    result = sqlite_installation.create(role=UserRole.OFFICE, name="Kontoret", username="test",
                                        password=OFFICE_PASSWORD)
    ctx = sqlite_installation.login("test", OFFICE_PASSWORD)
    try:
        users.add_account(ctx, "lise", "Lise Mortensen", UserRole.CONSULTANT,
                          MINDER_PASSWORD)
        users.disable_user(ctx, "lise")
    finally:
        ctx.close()
    with pytest.raises(ValidationError, match="deaktiveret"):
        sqlite_installation.reset_password(result.recovery_key, "lise", NEW_PASSWORD)
    assert not logins_work(sqlite_installation, "lise", NEW_PASSWORD)


def test_a_new_recovery_key_replaces_the_old_one(sqlite_installation):
    result = sqlite_installation.create(role=UserRole.OFFICE, name="Kontoret", username="test",
                                        password=OFFICE_PASSWORD)
    ctx = sqlite_installation.login("test", OFFICE_PASSWORD)
    try:
        with pytest.raises(AuthenticationError):
            users.new_recovery_key(ctx, "ikke-min-kode-slet-ikke")
        new_key = users.new_recovery_key(ctx, OFFICE_PASSWORD)
        logged = events(ctx, detail="recovery key")
    finally:
        ctx.close()

    assert new_key != result.recovery_key
    assert new_key.encode() not in sqlite_installation.keys_path.read_bytes()
    assert [action for _, action, _ in logged] == [AuditAction.FAILED_LOGIN,
                                                   AuditAction.UPDATE]
    with pytest.raises(AuthenticationError, match="Gendannelsesnøglen er forkert"):
        sqlite_installation.reset_password(result.recovery_key, "test", NEW_PASSWORD)
    sqlite_installation.reset_password(new_key, "test", NEW_PASSWORD)
    assert logins_work(sqlite_installation, "test", NEW_PASSWORD)
    assert KeyStore(sqlite_installation.keys_path).usernames() == ["test"]


def test_postgresql_has_no_recovery_key(pg_url):
    from dagpleje_desktop.services.installation import Installation
    installation = Installation(database_url=pg_url)
    installation.create(role=UserRole.OFFICE, name="Kontoret", username="test",
                        password=OFFICE_PASSWORD)
    with pytest.raises(ValidationError, match="ingen gendannelsesnøgle"):
        installation.reset_password("AAAAA-BBBBB", "test", NEW_PASSWORD)
    ctx = installation.login("test", OFFICE_PASSWORD)
    try:
        with pytest.raises(ValidationError, match="ingen gendannelsesnøgle"):
            users.new_recovery_key(ctx, OFFICE_PASSWORD)
        with ctx.db.transaction() as s:
            assert s.scalar(select(UserAccount.disabled_at)) is None
    finally:
        ctx.close()
