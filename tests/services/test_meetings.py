"""Planning, preparing and holding meetings about a child (both engines)."""

from datetime import date, timedelta

import pytest

from demo_exemption import share_with_childminders
from dagpleje_desktop.domain.enums import (AssessmentKind, Attendance, AuditAction, GoalStatus,
                                           MeetingKind, MeetingStatus, UserRole,
                                           WellbeingPosition)
from dagpleje_desktop.domain.errors import PermissionDeniedError, ValidationError
from dagpleje_desktop.services.journal import assessments, observations
from dagpleje_desktop.services.security import audit, users
from dagpleje_desktop.services.meeting_cycle import (follow_ups, goals, meeting_minutes,
                                                     meeting_preparation, meetings)
from dagpleje_desktop.services.meeting_cycle.follow_ups import FollowUpInput
from dagpleje_desktop.services.meeting_cycle.meeting_minutes import GoalEvaluation, HoldInput

from consultant_setup import days_ago, local, make_case, plan_status_meeting

STATUS_AGENDA = ["Opfølgning på sidste aftaler", "Status fra forældre",
                 "Status fra mini-dagplejer", "Status fra konsulent og samarbejdsparter",
                 "Evaluering af mål", "Reviderede mål", "Bevilling, revisitation eller overgang",
                 "Aftaler (hvem, hvad, hvornår)", "Næste møde"]


@pytest.fixture
def case(consultant_ctx):
    return make_case(consultant_ctx)


def _observe(ctx, child_id, text, when, **kw):
    return observations.create_observation(
        ctx, observations.ObservationInput(child_id, text, observed_at=when, **kw))


def test_status_meeting_is_planned_with_case_team_guardians_and_default_agenda(
        consultant_ctx, case):
    invited = meetings.candidate_participants(consultant_ctx, case.child_id)
    assert [(p.name, p.role) for p in invited] == [
        ("Sara Ørsted", "Mor"), ("Birthe Holm", "Mini-dagplejer"),
        ("Peter Lund", "PPR-psykolog")]
    day = consultant_ctx.today() + timedelta(days=14)
    planned = plan_status_meeting(consultant_ctx, case.child_id, day,
                                  participants=tuple(invited))
    shown = meetings.get_meeting(consultant_ctx, planned.summary.id)
    assert shown.summary.title == "Statusmøde – Åse Ørsted"
    assert shown.summary.status == MeetingStatus.PLANNED
    assert [a.title for a in shown.agenda] == STATUS_AGENDA
    assert {p.name: p.attendance for p in shown.participants} == {
        "Sara Ørsted": Attendance.INVITED, "Birthe Holm": Attendance.INVITED,
        "Peter Lund": Attendance.INVITED}
    [listed] = meetings.list_meetings(consultant_ctx, child_id=case.child_id)
    assert (listed.id, listed.kind, listed.child_id, listed.status) == (
        planned.summary.id, MeetingKind.STATUS, case.child_id, MeetingStatus.PLANNED)
    assert listed.start == local(day, 10) and listed.end == local(day, 11)
    logged = [(e.action, e.entity) for e in audit.list_events(consultant_ctx,
                                                              child_id=case.child_id)]
    assert (AuditAction.CREATE, "meeting") in logged
    assert (AuditAction.VIEW, "meeting") in logged


def test_meeting_ending_before_it_starts_is_refused_and_nothing_is_saved(consultant_ctx, case):
    day = consultant_ctx.today() + timedelta(days=3)
    with pytest.raises(ValidationError, match="slutte efter det begynder"):
        meetings.plan_meeting(consultant_ctx, meetings.MeetingInput(
            MeetingKind.STATUS, local(day, 10), local(day, 9), child_id=case.child_id))
    assert meetings.list_meetings(consultant_ctx) == []


def test_moving_and_cancelling_a_meeting(consultant_ctx, case):
    day = consultant_ctx.today() + timedelta(days=10)
    planned = plan_status_meeting(consultant_ctx, case.child_id, day)
    moved = meetings.move_meeting(consultant_ctx, planned.summary.id, local(day, 13),
                                  local(day, 14, 30))
    assert moved.start == local(day, 13)
    with pytest.raises(ValidationError):
        meetings.move_meeting(consultant_ctx, planned.summary.id, local(day, 15),
                              local(day, 14))
    assert meetings.get_meeting(consultant_ctx, planned.summary.id).summary.start == \
        local(day, 13)
    cancelled = meetings.cancel_meeting(consultant_ctx, planned.summary.id, "Barnet er sygt")
    assert cancelled.status == MeetingStatus.CANCELLED
    with pytest.raises(ValidationError, match="aflyst og kan ikke flyttes"):
        meetings.move_meeting(consultant_ctx, planned.summary.id, local(day, 9),
                              local(day, 10))


def test_childminder_cannot_plan_meetings(consultant_ctx, case, installation):
    share_with_childminders(consultant_ctx)  # her login and the consultant's data together
    users.create_user(consultant_ctx, "birthe", "Birthe Holm", UserRole.CHILDMINDER,
                      "en-lang-nok-adgangskode", check_strength=False)
    minder_ctx = installation.login("birthe", "en-lang-nok-adgangskode")
    try:
        day = consultant_ctx.today() + timedelta(days=3)
        with pytest.raises(PermissionDeniedError):
            plan_status_meeting(minder_ctx, case.child_id, day)
    finally:
        minder_ctx.close()


def test_preparation_holds_everything_since_the_last_held_status_meeting_and_nothing_before(
        consultant_ctx, case):
    ctx = consultant_ctx
    walk = goals.create_goal(ctx, goals.GoalInput(case.child_id, "gross_motor", "Går selv",
                                                  target_date=ctx.today() + timedelta(days=20)))
    talk = goals.create_goal(ctx, goals.GoalInput(case.child_id, "language", "Siger ti ord"))
    _observe(ctx, case.child_id, "Før sidste møde", local(days_ago(ctx, 100), 9),
             goal_ids=(walk.id,), domains=("gross_motor",))
    last = plan_status_meeting(ctx, case.child_id, days_ago(ctx, 60))
    meeting_minutes.hold_meeting(ctx, last.summary.id, HoldInput(
        decisions="Forældrene øver trappen hjemme",
        follow_ups=(FollowUpInput("Bestil fysioterapeut", "Konsulent",
                                  days_ago(ctx, 30)),)))
    _observe(ctx, case.child_id, "Tog tre skridt", local(days_ago(ctx, 40), 9),
             goal_ids=(walk.id,), domains=("gross_motor",), position=WellbeingPosition.GREEN)
    _observe(ctx, case.child_id, "Sagde mor og far", local(days_ago(ctx, 20), 9),
             goal_ids=(talk.id,), domains=("language", "social_contact"),
             position=WellbeingPosition.YELLOW)
    _observe(ctx, case.child_id, "Sov dårligt", local(days_ago(ctx, 10), 9))
    assessments.add_development_assessment(ctx, case.child_id, days_ago(ctx, 90),
                                           "gross_motor", 12)
    assessments.add_development_assessment(ctx, case.child_id, days_ago(ctx, 15),
                                           "gross_motor", 16)
    assessments.add_wellbeing_assessment(ctx, case.child_id, days_ago(ctx, 5),
                                         AssessmentKind.JOINT, WellbeingPosition.YELLOW,
                                         "Uro ved aflevering")
    upcoming = plan_status_meeting(ctx, case.child_id, ctx.today() + timedelta(days=7))

    prep = meeting_preparation.prepare_meeting(ctx, upcoming.summary.id)

    assert prep.last_meeting_id == last.summary.id
    assert [o.text for o in prep.observations] == ["Tog tre skridt", "Sagde mor og far",
                                                   "Sov dårligt"]
    by_goal = {g.goal.title: [o.text for o in g.observations] for g in prep.by_goal}
    assert by_goal == {"Går selv": ["Tog tre skridt"], "Siger ti ord": ["Sagde mor og far"]}
    by_domain = {g.label: [o.text for o in g.observations] for g in prep.by_domain}
    assert by_domain == {"Grovmotorik": ["Tog tre skridt"], "Sprog": ["Sagde mor og far"],
                         "Socialt samspil": ["Sagde mor og far"],
                         "Uden udviklingsområde": ["Sov dårligt"]}
    assert [p.position for p in prep.wellbeing] == [
        WellbeingPosition.GREEN, WellbeingPosition.YELLOW, WellbeingPosition.YELLOW]
    assert [d.level_months for d in prep.development] == [16]
    assert [f.description for f in prep.open_follow_ups] == ["Bestil fysioterapeut"]
    assert [g.title for g in prep.goals_due] == ["Går selv"]
    assert "Forældrene øver trappen hjemme" in prep.last_agreements
    assert "Går selv" in prep.suggested_notes

    meeting_preparation.save_preparation_notes(ctx, upcoming.summary.id,
                                               "Spørg til søvnen derhjemme")
    again = meeting_preparation.prepare_meeting(ctx, upcoming.summary.id)
    assert again.notes == "Spørg til søvnen derhjemme"
    views = [e for e in audit.list_events(ctx, child_id=case.child_id)
             if e.entity == "meeting_preparation"]
    assert len(views) == 2 and views[0].action == AuditAction.VIEW


def test_first_preparation_without_earlier_meeting_takes_everything(consultant_ctx, case):
    ctx = consultant_ctx
    _observe(ctx, case.child_id, "Første dag", local(days_ago(ctx, 200), 9))
    upcoming = plan_status_meeting(ctx, case.child_id, ctx.today() + timedelta(days=1))
    prep = meetings.prepare(ctx, upcoming.summary.id)
    assert prep.since is None
    assert [o.text for o in prep.observations] == ["Første dag"]


def test_holding_records_attendance_minutes_follow_ups_evaluations_and_new_goals(
        consultant_ctx, case):
    ctx = consultant_ctx
    walk = goals.create_goal(ctx, goals.GoalInput(case.child_id, "gross_motor", "Går selv"))
    meeting = plan_status_meeting(
        ctx, case.child_id, days_ago(ctx, 1),
        participants=tuple(meetings.candidate_participants(ctx, case.child_id)))
    people = {p.name: p.id for p in meeting.participants}
    items = {a.title: a.id for a in meeting.agenda}
    due = ctx.today() + timedelta(days=14)

    held = meeting_minutes.hold_meeting(ctx, meeting.summary.id, HoldInput(
        attendance=((people["Sara Ørsted"], Attendance.PRESENT),
                    (people["Birthe Holm"], Attendance.PRESENT),
                    (people["Peter Lund"], Attendance.APOLOGIES)),
        item_minutes=((items["Status fra forældre"], "Åse sover bedre om natten"),
                      (items["Evaluering af mål"], "Går nu selv hele vejen")),
        decisions="Ny plan for sprog",
        follow_ups=(FollowUpInput("Send referat til PPR", "Konsulent", due),),
        evaluations=(GoalEvaluation(walk.id, GoalStatus.ACHIEVED, "Går selv i stuen"),),
        new_goals=(goals.GoalInput(case.child_id, "language", "Siger ti ord",
                                   start_date=ctx.today(), target_date=due),)))

    assert held.summary.status == MeetingStatus.HELD
    assert {p.name: p.attendance for p in held.participants} == {
        "Sara Ørsted": Attendance.PRESENT, "Birthe Holm": Attendance.PRESENT,
        "Peter Lund": Attendance.APOLOGIES}
    minutes = {a.title: a.minutes for a in held.agenda}
    assert minutes["Status fra forældre"] == "Åse sover bedre om natten"
    assert minutes["Næste møde"] == ""
    assert held.decisions == "Ny plan for sprog"
    assert [(f.description, f.owner, f.due_on) for f in held.follow_ups] == [
        ("Send referat til PPR", "Konsulent", due)]
    by_title = {g.title: g for g in goals.goals_for_child(ctx, case.child_id)}
    assert by_title["Går selv"].status == GoalStatus.ACHIEVED
    assert by_title["Går selv"].evaluation == "Går selv i stuen"
    assert by_title["Siger ti ord"].status == GoalStatus.ACTIVE
    [evaluated] = [c for c in goals.goal_history(ctx, walk.id) if c.field == "status"]
    assert evaluated.meeting_id == meeting.summary.id
    assert [f.description for f in follow_ups.list_follow_ups(ctx, case.child_id)] == [
        "Send referat til PPR"]


def test_minutes_can_be_saved_point_by_point_during_the_meeting(consultant_ctx, case):
    meeting = plan_status_meeting(consultant_ctx, case.child_id, consultant_ctx.today())
    first = meeting.agenda[0]
    after = meeting_minutes.record_item_minutes(consultant_ctx, meeting.summary.id, first.id,
                                                "Trappen er øvet hver dag")
    assert after.agenda[0].minutes == "Trappen er øvet hver dag"
    assert after.summary.status == MeetingStatus.PLANNED


def test_bad_follow_up_while_holding_changes_nothing(consultant_ctx, case):
    ctx = consultant_ctx
    walk = goals.create_goal(ctx, goals.GoalInput(case.child_id, "gross_motor", "Går selv"))
    meeting = plan_status_meeting(ctx, case.child_id, days_ago(ctx, 1))
    with pytest.raises(ValidationError, match="hvem der har ansvaret"):
        meeting_minutes.hold_meeting(ctx, meeting.summary.id, HoldInput(
            decisions="Noget besluttet",
            evaluations=(GoalEvaluation(walk.id, GoalStatus.ACHIEVED, "Går selv"),),
            follow_ups=(FollowUpInput("Ring til lægen", "", date(2026, 12, 1)),)))
    shown = meetings.get_meeting(ctx, meeting.summary.id)
    assert shown.summary.status == MeetingStatus.PLANNED
    assert shown.decisions == "" and shown.follow_ups == []
    assert goals.get_goal(ctx, walk.id).status == GoalStatus.ACTIVE


def test_a_meeting_in_the_future_cannot_be_held(consultant_ctx, case):
    meeting = plan_status_meeting(consultant_ctx, case.child_id,
                                  consultant_ctx.today() + timedelta(days=5))
    with pytest.raises(ValidationError, match="når mødet er holdt"):
        meeting_minutes.hold_meeting(consultant_ctx, meeting.summary.id,
                                     HoldInput(decisions="For tidligt"))
    assert meetings.get_meeting(consultant_ctx, meeting.summary.id).summary.status == \
        MeetingStatus.PLANNED
