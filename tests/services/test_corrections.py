"""Corrections with history (notatpligt): an observation written more than a day ago is
corrected only with a reason, by its author or a consultant, and its earlier wording
stays readable. On both engines."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dagpleje_desktop.domain.errors import PermissionDeniedError, ValidationError
from dagpleje_desktop.services.records import children, placements
from dagpleje_desktop.services.journal import corrections, observations
from dagpleje_desktop.services.journal.observations import ObservationInput


@pytest.fixture
def written_yesterday(office_ctx, mini_home):
    kid = children.create_child(office_ctx, children.ChildInput("Bo", "Jensen"))
    placements.place_child(office_ctx, kid.id, mini_home.id, 2,
                           office_ctx.today() - timedelta(days=30))
    obs = observations.create_observation(office_ctx, ObservationInput(
        kid.id, "Bo gik fem skridt alene", situation="Morgen"))
    real_now = office_ctx.now
    office_ctx.now = lambda: real_now() + timedelta(hours=25)
    yield kid, obs
    office_ctx.now = real_now


def _texts(ctx, obs_id):
    info = observations.get_observation(ctx, obs_id)
    return info.situation, info.text


def test_a_new_observation_is_edited_freely(office_ctx, mini_home):
    kid = children.create_child(office_ctx, children.ChildInput("Ida", "Holm"))
    placements.place_child(office_ctx, kid.id, mini_home.id, 2,
                           office_ctx.today() - timedelta(days=3))
    obs = observations.create_observation(office_ctx, ObservationInput(kid.id, "Ida lo"))
    edited = observations.update_observation(office_ctx, obs.id,
                                             ObservationInput(kid.id, "Ida lo højt"))
    assert edited.text == "Ida lo højt" and edited.corrections == 0 and not edited.locked
    assert corrections.corrections_for(office_ctx, obs.id) == []


def test_a_locked_observation_needs_a_reason_and_nothing_changes_without_one(
        office_ctx, written_yesterday):
    kid, obs = written_yesterday
    with pytest.raises(ValidationError, match="begrundelse"):
        observations.update_observation(office_ctx, obs.id, ObservationInput(
            kid.id, "Bo gik seks skridt alene", situation="Morgen"))
    assert _texts(office_ctx, obs.id) == ("Morgen", "Bo gik fem skridt alene")


def test_a_correction_keeps_the_earlier_wording_with_who_and_why(office_ctx,
                                                                written_yesterday):
    kid, obs = written_yesterday
    edited = observations.update_observation(office_ctx, obs.id, ObservationInput(
        kid.id, "Bo gik seks skridt alene", situation="Morgen",
        correction_reason="Talt forkert; mor har bekræftet seks"))
    assert edited.text == "Bo gik seks skridt alene" and edited.corrections == 1
    assert edited.locked
    [kept] = corrections.corrections_for(office_ctx, obs.id)
    assert kept.previous_text == "Bo gik fem skridt alene" and kept.field == "text"
    assert kept.reason == "Talt forkert; mor har bekræftet seks"
    assert kept.corrected_by == office_ctx.user.display_name


def test_a_childminder_cannot_correct_what_someone_else_wrote(office_ctx, make_childminder):
    minder = make_childminder("Lis Lund", "lis", "Lis' dagpleje")
    kid = children.create_child(office_ctx, children.ChildInput("Alma", "Berg"))
    placements.place_child(office_ctx, kid.id, minder.home.id, 2,
                           office_ctx.today() - timedelta(days=10))
    obs = observations.create_observation(office_ctx, ObservationInput(kid.id, "Alma sov"))
    real_now = minder.ctx.now
    minder.ctx.now = lambda: real_now() + timedelta(hours=25)
    with pytest.raises(PermissionDeniedError):
        observations.update_observation(minder.ctx, obs.id, ObservationInput(
            kid.id, "Omskrevet", correction_reason="Jeg vil"))
    assert observations.get_observation(office_ctx, obs.id).text == "Alma sov"


def test_minutes_of_a_meeting_held_days_ago_are_corrected_only_with_a_reason(office_ctx,
                                                                            mini_home):
    from dagpleje_desktop.domain.enums import MeetingKind
    from dagpleje_desktop.services.meeting_cycle import meeting_minutes, meetings
    from dagpleje_desktop.services.meeting_cycle.meeting_minutes import HoldInput
    from dagpleje_desktop.services.meeting_cycle.meetings import MeetingInput

    kid = children.create_child(office_ctx, children.ChildInput("Eja", "Dam"))
    placements.place_child(office_ctx, kid.id, mini_home.id, 2,
                           office_ctx.today() - timedelta(days=60))
    start = office_ctx.now() - timedelta(days=3)
    detail = meetings.plan_meeting(office_ctx, MeetingInput(
        MeetingKind.STATUS, start, start + timedelta(hours=1), child_id=kid.id))
    item = detail.agenda[0]
    meeting_minutes.hold_meeting(office_ctx, detail.summary.id, HoldInput(
        item_minutes=((item.id, "Eja sover godt"),), decisions="Fortsæt som nu"))
    changed = HoldInput(item_minutes=((item.id, "Eja sover uroligt"),),
                        decisions="Fortsæt som nu")
    with pytest.raises(ValidationError, match="begrundelse"):
        meeting_minutes.hold_meeting(office_ctx, detail.summary.id, changed)
    held = meeting_minutes.hold_meeting(office_ctx, detail.summary.id, HoldInput(
        item_minutes=changed.item_minutes, decisions=changed.decisions,
        correction_reason="Mor rettede oplysningen bagefter"))
    assert held.agenda[0].minutes == "Eja sover uroligt"
    [kept] = corrections.corrections_for(office_ctx, item.id)
    assert kept.previous_text == "Eja sover godt" and kept.field_label == "Referat"


def test_the_access_request_shows_the_earlier_wording(office_ctx, written_yesterday, tmp_path):
    from dagpleje_desktop.services.documents import printing

    from pdf_reading import flat, full_text
    kid, obs = written_yesterday
    observations.update_observation(office_ctx, obs.id, ObservationInput(
        kid.id, "Bo gik seks skridt alene", situation="Morgen",
        correction_reason="Talt forkert"))
    path = printing.print_case_folder(office_ctx, kid.id, tmp_path / "indsigt.pdf",
                                      purpose="Indsigt")
    text = flat(full_text(path))
    assert "Bo gik seks skridt alene" in text
    assert "Rettelser" in text and "Bo gik fem skridt alene" in text and "Talt forkert" in text
