"""Goals with evidence, assessments, drafts, attachments and the dashboard (both engines)."""

from datetime import date, datetime, timedelta, timezone

import pytest

from dagpleje_desktop.domain.enums import (AssessmentKind, HomeKind, MeetingKind, MeetingStatus,
                                           WellbeingPosition)
from dagpleje_desktop.domain.errors import ValidationError
from dagpleje_desktop.services.journal import assessments, attachments, drafts, observations
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import children, homes, placements
from dagpleje_desktop.services.office import dashboard
from dagpleje_desktop.services.meeting_cycle import goals
from dagpleje_desktop.store.models import Meeting


@pytest.fixture
def child(office_ctx):
    home = homes.create_home(office_ctx, homes.HomeInput("Solstrålen", HomeKind.MINI, 4))
    kid = children.create_child(office_ctx, children.ChildInput("Åse", "Ørsted",
                                                                cpr="010323-4567"))
    placements.place_child(office_ctx, kid.id, home.id, 2, date(2026, 1, 1))
    return kid


def _observe(ctx, child_id, text, when=None, **kw):
    return observations.create_observation(
        ctx, observations.ObservationInput(child_id, text, observed_at=when, **kw))


def test_goal_counts_only_evidence_since_last_held_status_meeting(office_ctx, child):
    goal = goals.create_goal(office_ctx, goals.GoalInput(child.id, "gross_motor",
                                                         "Kravler op ad trappen"))
    long_ago = office_ctx.now() - timedelta(days=100)
    _observe(office_ctx, child.id, "Før mødet", long_ago, goal_ids=(goal.id,))
    with office_ctx.db.transaction() as s:
        s.add(Meeting(child_id=child.id, kind=MeetingKind.STATUS.value,
                      status=MeetingStatus.HELD.value,
                      starts_at=office_ctx.now() - timedelta(days=50),
                      ends_at=office_ctx.now() - timedelta(days=50, hours=-1)))
    _observe(office_ctx, child.id, "Efter mødet", goal_ids=(goal.id,))
    [listed] = goals.goals_for_child(office_ctx, child.id)
    assert listed.evidence_count == 1


def test_goal_target_before_start_is_refused(office_ctx, child):
    with pytest.raises(ValidationError, match="før startdatoen"):
        goals.create_goal(office_ctx, goals.GoalInput(
            child.id, "language", "Siger ti ord", start_date=date(2026, 5, 1),
            target_date=date(2026, 4, 1)))
    assert goals.goals_for_child(office_ctx, child.id) == []


def test_development_profile_sets_developmental_age_beside_real_age(office_ctx, child):
    assessments.add_development_assessment(office_ctx, child.id, date(2026, 3, 1),
                                           "gross_motor", 18)
    [point] = assessments.development_profile(office_ctx, child.id)
    assert (point.level_months, point.actual_age_months) == (18, 36)


def test_joint_wellbeing_assessment_needs_comment_and_is_latest(office_ctx, child):
    with pytest.raises(ValidationError):
        assessments.add_wellbeing_assessment(office_ctx, child.id, date(2026, 2, 1),
                                             AssessmentKind.JOINT, WellbeingPosition.YELLOW)
    assessments.add_wellbeing_assessment(office_ctx, child.id, date(2026, 2, 1),
                                         AssessmentKind.JOINT, WellbeingPosition.YELLOW,
                                         "Uro ved afleveringer")
    _observe(office_ctx, child.id, "Glad i dag", position=WellbeingPosition.GREEN)
    history = assessments.wellbeing_history(office_ctx, child.id)
    assert [p.position for p in history.points] == [WellbeingPosition.YELLOW,
                                                    WellbeingPosition.GREEN]
    assert history.latest_joint.comment == "Uro ved afleveringer"
    assert history.latest_joint.assessor_name == "Test Bruger"


def test_draft_is_overwritten_listed_and_discarded_for_real(office_ctx, child):
    draft_id = drafts.save_draft(office_ctx, {"text": "Åse byggede"}, child_id=child.id)
    same = drafts.save_draft(office_ctx, {"text": "Åse byggede et tårn"}, draft_id=draft_id,
                             child_id=child.id)
    assert same == draft_id
    [listed] = drafts.list_drafts(office_ctx)
    assert listed.payload["text"] == "Åse byggede et tårn"
    assert listed.child_name == "Åse Ørsted"
    drafts.discard_draft(office_ctx, draft_id)
    assert drafts.list_drafts(office_ctx) == []


def test_attachment_size_limit_names_file_and_stores_nothing(office_ctx, child):
    obs = _observe(office_ctx, child.id, "Tegning")
    events = audit.count_events(office_ctx)
    with pytest.raises(ValidationError, match="tegning.png.*for stor"):
        attachments.add_attachment(office_ctx, obs.id, "tegning.png", b"x" * (11 * 1024 * 1024))
    assert attachments.list_attachments(office_ctx, obs.id) == []
    assert audit.count_events(office_ctx) == events
    added = attachments.add_attachment(office_ctx, obs.id, "tegning.png", b"\x89PNG data")
    assert attachments.attachment_content(office_ctx, added.id) == b"\x89PNG data"
    attachments.delete_attachment(office_ctx, added.id)
    assert attachments.list_attachments(office_ctx, obs.id) == []


def test_dashboard_shows_position_days_since_and_goals_due(office_ctx, child):
    three_days_ago = office_ctx.now() - timedelta(days=3)
    _observe(office_ctx, child.id, "Rød dag", three_days_ago, position=WellbeingPosition.RED)
    goals.create_goal(office_ctx, goals.GoalInput(
        child.id, "language", "Peger på billeder", target_date=office_ctx.today() + timedelta(days=5)))
    goals.create_goal(office_ctx, goals.GoalInput(
        child.id, "language", "Langt ude", target_date=office_ctx.today() + timedelta(days=90)))
    board = dashboard.dashboard(office_ctx)
    [standing] = board.children
    assert standing.latest_position == WellbeingPosition.RED
    assert standing.days_since_observation == 3
    assert [g.title for g in board.goals_due] == ["Peger på billeder"]
    assert board.goals_due[0].days_left == 5
