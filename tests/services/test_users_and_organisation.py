"""User accounts, passwords, role checks, and the organisation's contact block."""

import pytest

from dagpleje_desktop.domain.enums import HomeKind, ProfessionalRole, UserRole
from dagpleje_desktop.domain.errors import (AuthenticationError, PermissionDeniedError,
                                            ValidationError)
from dagpleje_desktop.services.security import audit, users
from dagpleje_desktop.services.records import children, homes, placements, professionals

OFFICE_PASSWORD = "korrekt-hest-batteri"  # tests/conftest.py's TEST_PASSWORD
NEW_PASSWORD = "ny-og-bedre-kode-2024"


def _usernames(ctx):
    return [u.username for u in users.list_users(ctx)]


def test_new_user_can_log_in_with_her_role(installation, office_ctx):
    created = users.create_user(office_ctx, " kirsten ", "Kirsten Krogh", UserRole.CONSULTANT,
                                NEW_PASSWORD)
    assert created.username == "kirsten"
    assert _usernames(office_ctx) == ["kirsten", "test"]
    ctx = installation.login("kirsten", NEW_PASSWORD)
    try:
        assert (ctx.user.display_name, ctx.user.role) == ("Kirsten Krogh", UserRole.CONSULTANT)
    finally:
        ctx.close()


def test_duplicate_username_is_refused_and_the_old_password_still_works(installation,
                                                                        office_ctx):
    with pytest.raises(ValidationError, match="Brugernavnet »test« er optaget"):
        users.create_user(office_ctx, "test", "Indtrænger", UserRole.OFFICE, NEW_PASSWORD)
    assert _usernames(office_ctx) == ["test"]
    with pytest.raises(AuthenticationError):
        installation.login("test", NEW_PASSWORD)
    installation.login("test", OFFICE_PASSWORD).close()


@pytest.mark.parametrize("username, name, password, message", [
    ("", "Navn", NEW_PASSWORD, "Brugernavn og navn skal udfyldes"),
    ("ny", "  ", NEW_PASSWORD, "Brugernavn og navn skal udfyldes"),
    ("ny", "Ny Bruger", "kort", "mindst 12 tegn"),
])
def test_incomplete_user_is_refused(office_ctx, username, name, password, message):
    with pytest.raises(ValidationError, match=message):
        users.create_user(office_ctx, username, name, UserRole.OFFICE, password)
    assert _usernames(office_ctx) == ["test"]


def test_changed_password_replaces_the_old_one(installation, office_ctx):
    users.change_password(office_ctx, OFFICE_PASSWORD, NEW_PASSWORD)
    with pytest.raises(AuthenticationError):
        installation.login("test", OFFICE_PASSWORD)
    fresh = installation.login("test", NEW_PASSWORD)
    try:
        assert fresh.user.username == "test"
    finally:
        fresh.close()


def test_wrong_current_password_changes_nothing(installation, office_ctx):
    with pytest.raises(AuthenticationError):
        users.change_password(office_ctx, "ikke-min-kode", NEW_PASSWORD)
    with pytest.raises(ValidationError, match="mindst 12 tegn"):
        users.change_password(office_ctx, OFFICE_PASSWORD, "kort")
    with pytest.raises(AuthenticationError):
        installation.login("test", NEW_PASSWORD)
    installation.login("test", OFFICE_PASSWORD).close()


def test_mini_childminder_may_not_manage_children_homes_or_users(office_ctx, make_childminder):
    mette = make_childminder()
    kid = children.create_child(office_ctx, children.ChildInput("Bo", "Jensen"))
    refused = [
        lambda: children.create_child(mette.ctx, children.ChildInput("Anna", "Jensen")),
        lambda: users.create_user(mette.ctx, "ny", "Ny", UserRole.OFFICE, NEW_PASSWORD),
        lambda: homes.create_home(mette.ctx, homes.HomeInput("Mit hjem", HomeKind.MINI, 4)),
        lambda: placements.place_child(mette.ctx, kid.id, mette.home.id, 2, office_ctx.today()),
        lambda: professionals.update_organisation(mette.ctx, phone="11223344"),
    ]
    events_before = audit.count_events(office_ctx)
    for attempt in refused:
        with pytest.raises(PermissionDeniedError) as caught:
            attempt()
        assert str(caught.value) == ("Det kræver rollen Dagplejekontor, Mini-dagplejekonsulent; "
                                     "du er logget ind som Mini-dagplejer.")
    assert audit.count_events(office_ctx) == events_before
    assert [c.name for c in children.list_children(office_ctx)] == ["Bo Jensen"]
    assert [h.name for h in homes.list_homes(office_ctx)] == ["Mettes mini-dagpleje"]
    assert homes.get_home(office_ctx, mette.home.id).taken == 0
    assert "ny" not in _usernames(office_ctx)


def test_consultant_may_register_children(consultant_ctx):
    children.create_child(consultant_ctx, children.ChildInput("Bo", "Jensen"))
    assert [c.name for c in children.list_children(consultant_ctx)] == ["Bo Jensen"]


def test_organisation_contact_block_follows_the_edit(office_ctx):
    before = professionals.get_organisation(office_ctx)
    assert before.contact_lines == ["Mini-dagplejen"]
    updated = professionals.update_organisation(
        office_ctx, unit=" Mini-dagplejen Vestby ", address="Skolevej 4", postal_code="7100",
        city="Vejle", phone="76 81 00 00", email="minidagpleje@vestby.dk")
    assert updated.contact_lines == ["Mini-dagplejen Vestby", "Skolevej 4", "7100 Vejle",
                                     "Tlf. 76 81 00 00", "minidagpleje@vestby.dk"]
    assert professionals.get_organisation(office_ctx).contact_lines == updated.contact_lines
    assert audit.list_events(office_ctx, limit=1)[0].entity == "organisation"


def test_organisation_needs_a_name_and_known_fields(office_ctx):
    with pytest.raises(ValidationError, match="skal have et navn"):
        professionals.update_organisation(office_ctx, name="  ", phone="12345678")
    with pytest.raises(ValueError):
        professionals.update_organisation(office_ctx, fax="12345678")
    assert professionals.get_organisation(office_ctx).phone == ""


def test_professionals_are_listed_by_name_and_role(office_ctx):
    professionals.create_professional(office_ctx, "Sofie Sundhed", ProfessionalRole.HEALTH_VISITOR,
                                      phone="22334455")
    professionals.create_professional(office_ctx, "Peter PPR", ProfessionalRole.PPR_PSYCHOLOGIST)
    with pytest.raises(ValidationError, match="Navnet skal udfyldes"):
        professionals.create_professional(office_ctx, " ", ProfessionalRole.PEDAGOGUE)
    assert [p.name for p in professionals.list_professionals(office_ctx)] == [
        "Peter PPR", "Sofie Sundhed", "Test Bruger"]
    visitors = professionals.list_professionals(office_ctx, ProfessionalRole.HEALTH_VISITOR)
    assert [(p.name, p.phone, p.role.label) for p in visitors] == [
        ("Sofie Sundhed", "22334455", "Sundhedsplejerske")]
