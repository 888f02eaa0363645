"""A mini-childminder's laptop: office and consultant functions are refused by the services
(whatever the screens show), and the role chosen at set-up can be corrected only until
the first pairing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sync_helpers import PASSWORD, close_all

from dagpleje_desktop.domain.enums import HomeKind, MeetingKind, UserRole, VisitKind
from dagpleje_desktop.domain.errors import PermissionDeniedError, ValidationError
from dagpleje_desktop.services.exchange import device_role, devices
from dagpleje_desktop.services.records import homes
from dagpleje_desktop.services.meeting_cycle import meetings, visits
from dagpleje_desktop.services.office import referrals, visitation
from dagpleje_desktop.services.installation import Installation


@pytest.fixture
def mette(fleet, tmp_path):
    (ctx,) = fleet.copy(tmp_path, "minimette")
    yield ctx, fleet.home_a.id
    close_all(ctx)


def test_the_services_refuse_her_the_office_and_consultant_functions(mette):
    ctx, home_id = mette
    now = ctx.now()
    refused = [
        lambda: visits.record_visit(ctx, visits.VisitInput(VisitKind.SUPERVISION, now,
                                                           home_id=home_id)),
        lambda: meetings.plan_meeting(ctx, meetings.MeetingInput(
            MeetingKind.STATUS, now + timedelta(days=1), now + timedelta(days=1, hours=1))),
        lambda: visitation.committee_list(ctx),
        lambda: referrals.list_referrals(ctx),
        lambda: homes.create_home(ctx, homes.HomeInput("Nyt hjem", HomeKind.MINI, 4)),
    ]
    for call in refused:
        with pytest.raises(PermissionDeniedError, match="Det kræver rollen"):
            call()


def test_her_role_is_fixed_once_her_laptop_is_paired(mette):
    ctx, _ = mette
    assert not device_role.can_change_role(ctx)
    with pytest.raises(ValidationError, match="parret"):
        device_role.change_role(ctx, UserRole.CONSULTANT)
    assert devices.show_device(ctx).role == UserRole.CHILDMINDER


def test_a_wrong_role_from_the_set_up_is_corrected_before_the_first_pairing(tmp_path):
    installation = Installation(data_dir=tmp_path / "ny")
    installation.create(role=UserRole.CONSULTANT, name="Mette Madsen", username="mette",
                        password=PASSWORD)
    ctx = installation.login("mette", PASSWORD)
    try:
        assert device_role.can_change_role(ctx)
        device_role.change_role(ctx, UserRole.CHILDMINDER)
        assert ctx.user.role == UserRole.CHILDMINDER
        assert devices.show_device(ctx).role == UserRole.CHILDMINDER
        card = devices.read_card(devices.write_card(ctx, tmp_path / "kort.dgcard"))
        assert card.role == UserRole.CHILDMINDER  # the office's --home pairing accepts it
    finally:
        ctx.close()
    again = installation.login("mette", PASSWORD)
    try:
        assert again.user.role == UserRole.CHILDMINDER
    finally:
        again.close()
