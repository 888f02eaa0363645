"""Action plans: versions, SMTTE hints, approval, concluding a meeting (both engines)."""

from datetime import timedelta

import pytest

from dagpleje_desktop.domain.enums import GoalStatus, MeetingKind, PlanStatus
from dagpleje_desktop.domain.errors import ValidationError
from dagpleje_desktop.services.meeting_cycle import goals, meeting_minutes, meetings, plans
from dagpleje_desktop.services.meeting_cycle.meeting_minutes import GoalEvaluation, HoldInput

from consultant_setup import days_ago, local, make_case, plan_status_meeting


@pytest.fixture
def case(consultant_ctx):
    return make_case(consultant_ctx)


def _goal(ctx, child_id, title, **kw):
    values = dict(signs_of_progress="Ses i hverdagen", measures="Leg på gulvet",
                  measure_who="Mini-dagplejer", measure_how_often="Dagligt",
                  measure_where="I stuen")
    values.update(kw)
    return goals.create_goal(ctx, goals.GoalInput(child_id, "gross_motor", title, **values))


def _approved_plan(ctx, child_id, *titles):
    ids = tuple(_goal(ctx, child_id, t).id for t in titles)
    draft = plans.create_plan(ctx, plans.PlanInput(
        child_id, background="Født for tidligt", goal_ids=ids,
        next_evaluation=ctx.today() + timedelta(days=60), period_start=ctx.today()))
    return plans.approve_plan(ctx, draft.id, ctx.today(), ["Sara Ørsted", "Test Bruger"])


def test_concluding_a_meeting_gives_an_approved_version_and_supersedes_the_old_one(
        consultant_ctx, case):
    ctx = consultant_ctx
    first = _approved_plan(ctx, case.child_id, "Går selv", "Kravler op ad trappen")
    walk, stairs = first.goals
    meeting = plan_status_meeting(
        ctx, case.child_id, days_ago(ctx, 2),
        participants=tuple(meetings.candidate_participants(ctx, case.child_id)))
    meeting_minutes.hold_meeting(ctx, meeting.summary.id, HoldInput(
        evaluations=(GoalEvaluation(walk.goal_id, GoalStatus.ACHIEVED, "Går selv nu"),
                     GoalEvaluation(stairs.goal_id, GoalStatus.PARTLY, "Tre trin")),
        new_goals=(goals.GoalInput(case.child_id, "language", "Siger ti ord",
                                   signs_of_progress="Bruger ord ved maden",
                                   measures="Billedkort", measure_who="Alle",
                                   measure_how_often="Ved hvert måltid"),)))
    evaluation_day = ctx.today() + timedelta(days=80)
    draft = meeting_minutes.draft_plan_from_meeting(ctx, meeting.summary.id)
    assert draft.background == "Født for tidligt"  # carried over from the last version

    result = meeting_minutes.conclude_meeting(
        ctx, meeting.summary.id,
        plans.PlanInput(**{**draft.__dict__, "parent_agreements": "Forældrene øver ord",
                           "next_evaluation": evaluation_day}),
        approved_on=ctx.today(), signatories=["Sara Ørsted", "Test Bruger"])

    new = result.plan
    assert (new.version, new.status, new.approved_on) == (2, PlanStatus.APPROVED, ctx.today())
    assert new.signatories == ("Sara Ørsted", "Test Bruger")
    assert new.meeting_id == meeting.summary.id
    assert [(g.title, g.status) for g in new.goals] == [
        ("Kravler op ad trappen", GoalStatus.PARTLY), ("Siger ti ord", GoalStatus.ACTIVE)]
    assert new.measures == [("Leg på gulvet", "Mini-dagplejer", "Dagligt"),
                            ("Billedkort", "Alle", "Ved hvert måltid")]
    assert plans.current_plan(ctx, case.child_id).id == new.id
    old = plans.get_plan(ctx, first.id)
    assert old.status == PlanStatus.SUPERSEDED
    # The superseded version still reads as it was signed.
    assert [(g.title, g.status) for g in old.goals] == [
        ("Går selv", GoalStatus.ACTIVE), ("Kravler op ad trappen", GoalStatus.ACTIVE)]
    assert [(v.version, v.status) for v in plans.list_plans(ctx, case.child_id)] == [
        (2, PlanStatus.APPROVED), (1, PlanStatus.SUPERSEDED)]
    assert meetings.get_meeting(ctx, meeting.summary.id).resulting_plan_id == new.id

    proposal = result.next_meeting
    assert proposal.kind == MeetingKind.STATUS
    on = proposal.starts_at.date()
    assert evaluation_day <= on <= evaluation_day + timedelta(days=4) and on.weekday() < 5
    assert (proposal.starts_at.hour, proposal.ends_at - proposal.starts_at) == (
        10, timedelta(hours=1))
    assert {p.name for p in proposal.participants} == {"Sara Ørsted", "Birthe Holm",
                                                       "Peter Lund"}
    planned = meetings.plan_meeting(ctx, meetings.MeetingInput(
        proposal.kind, proposal.starts_at, proposal.ends_at, proposal.child_id,
        proposal.place, proposal.participants))
    assert len(planned.participants) == 3


def test_approving_a_plan_without_goals_is_refused_and_changes_nothing(consultant_ctx, case):
    ctx = consultant_ctx
    first = _approved_plan(ctx, case.child_id, "Går selv")
    empty = plans.create_plan(ctx, plans.PlanInput(case.child_id, goal_ids=()))
    assert "planen har 0" in " ".join(empty.hints)
    with pytest.raises(ValidationError, match="ingen mål"):
        plans.approve_plan(ctx, empty.id, ctx.today(), ["Sara Ørsted"])
    assert plans.get_plan(ctx, empty.id).status == PlanStatus.DRAFT
    assert plans.get_plan(ctx, first.id).status == PlanStatus.APPROVED
    assert plans.current_plan(ctx, case.child_id).id == first.id


def test_approval_needs_signatories(consultant_ctx, case):
    ctx = consultant_ctx
    goal = _goal(ctx, case.child_id, "Går selv")
    draft = plans.create_plan(ctx, plans.PlanInput(case.child_id, goal_ids=(goal.id,)))
    with pytest.raises(ValidationError, match="underskrevet"):
        plans.approve_plan(ctx, draft.id, ctx.today(), ["  "])
    assert plans.get_plan(ctx, draft.id).status == PlanStatus.DRAFT


def test_smtte_hints_warn_about_goal_count_signs_and_measures_but_do_not_block(
        consultant_ctx, case):
    ctx = consultant_ctx
    bare = goals.create_goal(ctx, goals.GoalInput(case.child_id, "language", "Siger ord"))
    draft = plans.create_plan(ctx, plans.PlanInput(
        case.child_id, goal_ids=(bare.id,), period_start=ctx.today(),
        next_evaluation=ctx.today() + timedelta(days=200)))
    hints = " ".join(draft.hints)
    assert "2-4 konkrete delmål" in hints
    assert "mangler tegn på udvikling" in hints and "mangler en indsats" in hints
    assert "tre måneder" in hints
    approved = plans.approve_plan(ctx, draft.id, ctx.today(), ["Sara Ørsted"])
    assert approved.status == PlanStatus.APPROVED

    good = _approved_plan(ctx, case.child_id, "Går selv", "Hopper")
    assert good.hints == ()


def test_plan_without_goal_ids_takes_the_childs_open_goals(consultant_ctx, case):
    ctx = consultant_ctx
    _goal(ctx, case.child_id, "Går selv")
    done = _goal(ctx, case.child_id, "Sidder selv")
    goals.evaluate_goal(ctx, done.id, GoalStatus.ACHIEVED, "Sidder fint")
    draft = plans.create_plan(ctx, plans.PlanInput(case.child_id))
    assert [g.title for g in draft.goals] == ["Går selv"]


def test_plan_period_ending_before_it_starts_is_refused(consultant_ctx, case):
    ctx = consultant_ctx
    with pytest.raises(ValidationError, match="slutter før den begynder"):
        plans.create_plan(ctx, plans.PlanInput(case.child_id, period_start=ctx.today(),
                                               period_end=ctx.today() - timedelta(days=1)))
    assert plans.list_plans(ctx, case.child_id) == []


def test_an_approved_plan_cannot_be_edited(consultant_ctx, case):
    ctx = consultant_ctx
    approved = _approved_plan(ctx, case.child_id, "Går selv")
    with pytest.raises(ValidationError, match="ny version"):
        plans.update_plan(ctx, approved.id, plans.PlanInput(case.child_id, background="Ændret"))
    assert plans.get_plan(ctx, approved.id).background == "Født for tidligt"


def test_a_meeting_must_be_held_before_it_is_concluded(consultant_ctx, case):
    ctx = consultant_ctx
    meeting = plan_status_meeting(ctx, case.child_id, ctx.today() + timedelta(days=3))
    with pytest.raises(ValidationError, match="afholdt"):
        meeting_minutes.conclude_meeting(ctx, meeting.summary.id)
    assert plans.list_plans(ctx, case.child_id) == []


def test_concluding_twice_is_refused(consultant_ctx, case):
    ctx = consultant_ctx
    _goal(ctx, case.child_id, "Går selv")
    meeting = meetings.plan_meeting(ctx, meetings.MeetingInput(
        MeetingKind.START, local(days_ago(ctx, 1), 9), local(days_ago(ctx, 1), 10),
        child_id=case.child_id))
    meeting_minutes.hold_meeting(ctx, meeting.summary.id, HoldInput())
    first = meeting_minutes.conclude_meeting(ctx, meeting.summary.id)
    assert first.plan.status == PlanStatus.DRAFT and first.next_meeting is not None
    with pytest.raises(ValidationError, match="allerede en handleplan"):
        meeting_minutes.conclude_meeting(ctx, meeting.summary.id)
    assert len(plans.list_plans(ctx, case.child_id)) == 1
