"""The calendar and its iCalendar export (both engines)."""

from datetime import date, timedelta, timezone

import icalendar
import pytest

from demo_exemption import share_with_childminders
from dagpleje_desktop.domain.enums import (AbsenceReason, AuditAction, GoalStatus, HomeKind,
                                           MeetingKind, UserRole, VisitKind)
from dagpleje_desktop.services.security import audit, users
from dagpleje_desktop.services.meeting_cycle import calendar, goals, meetings, plans, visits
from dagpleje_desktop.services.records import homes
from dagpleje_desktop.services.context import LOCAL_TZ
from dagpleje_desktop.store.models import Absence, GuestCare

from consultant_setup import local, make_case, plan_status_meeting


@pytest.fixture
def case(consultant_ctx):
    return make_case(consultant_ctx)


def _events(path):
    parsed = icalendar.Calendar.from_ical(path.read_bytes())
    return parsed, {str(e["uid"]): e for e in parsed.walk("VEVENT")}


def test_iso_weeks_and_month_view_start_on_monday():
    assert calendar.iso_week(date(2026, 1, 1)) == 1
    assert calendar.iso_week(date(2026, 12, 31)) == 53
    weeks = calendar.month_weeks(2026, 3)
    assert weeks[0] == (9, [date(2026, 2, 23) + timedelta(days=i) for i in range(7)])
    assert all(days[0].weekday() == 0 and len(days) == 7 for _, days in weeks)
    assert date(2026, 3, 31) in weeks[-1][1]


def test_danish_public_holidays_have_danish_names():
    easter = calendar.danish_holidays(date(2026, 4, 1), date(2026, 4, 6))
    assert easter == {date(2026, 4, 2): "Skærtorsdag", date(2026, 4, 3): "Langfredag",
                      date(2026, 4, 5): "Påskedag", date(2026, 4, 6): "Anden påskedag"}


def test_calendar_shows_meetings_visits_absences_guest_care_goals_and_evaluations(
        consultant_ctx, case):
    ctx = consultant_ctx
    today = ctx.today()
    meeting = plan_status_meeting(ctx, case.child_id, today + timedelta(days=3))
    dropped = plan_status_meeting(ctx, case.child_id, today + timedelta(days=4))
    meetings.cancel_meeting(ctx, dropped.summary.id)
    visit = visits.record_visit(ctx, visits.VisitInput(
        VisitKind.SUPERVISION, local(today + timedelta(days=5), 9), home_id=case.home_id))
    guest_home = homes.create_home(ctx, homes.HomeInput("Gæstehuset", HomeKind.ORDINARY, 5))
    with ctx.db.transaction() as s:
        absence = Absence(home_id=case.home_id, starts_on=today + timedelta(days=10),
                          ends_on=today + timedelta(days=12), reason=AbsenceReason.COURSE.value)
        s.add(absence)
        s.flush()
        s.add(GuestCare(absence_id=absence.id, child_id=case.child_id,
                        guest_home_id=guest_home.id, starts_on=absence.starts_on,
                        ends_on=absence.ends_on))
    goal = goals.create_goal(ctx, goals.GoalInput(case.child_id, "language", "Siger ti ord",
                                                  target_date=today + timedelta(days=20)))
    closed = goals.create_goal(ctx, goals.GoalInput(case.child_id, "language", "Peger",
                                                    target_date=today + timedelta(days=21)))
    goals.evaluate_goal(ctx, closed.id, GoalStatus.ACHIEVED, "Peger på alt")
    draft = plans.create_plan(ctx, plans.PlanInput(
        case.child_id, goal_ids=(goal.id,), next_evaluation=today + timedelta(days=25)))
    plans.approve_plan(ctx, draft.id, today, ["Sara Ørsted"])

    items = calendar.calendar_items(ctx, today + timedelta(days=1), today + timedelta(days=30))

    mine = [(i.kind, i.title) for i in items if i.kind != calendar.ItemKind.HOLIDAY]
    assert mine == [
        ("meeting", "Statusmøde – Åse Ørsted"),
        ("visit", "Tilsyn – Solstrålen"),
        ("absence", "Fravær (kursus) – Solstrålen"),
        ("guest_care", "Gæstepleje – Åse Ørsted"),
        ("goal_target", "Måldato – Åse Ørsted: Siger ti ord"),
        ("plan_evaluation", "Evaluering af handleplan – Åse Ørsted"),
    ]
    by_kind = {i.kind: i for i in items}
    assert by_kind["meeting"].id == meeting.summary.id and not by_kind["meeting"].all_day
    assert by_kind["visit"].id == visit.id and by_kind["visit"].home_id == case.home_id
    assert (by_kind["absence"].start, by_kind["absence"].end, by_kind["absence"].all_day) == (
        today + timedelta(days=10), today + timedelta(days=12), True)
    assert by_kind["guest_care"].child_id == case.child_id
    assert any(e.entity == "calendar" and e.action == AuditAction.VIEW
               for e in audit.list_events(ctx, limit=5))


def test_overdue_supervision_shows_on_today(consultant_ctx, case):
    ctx = consultant_ctx
    visits.record_visit(ctx, visits.VisitInput(
        VisitKind.SUPERVISION, local(ctx.today() - timedelta(days=31), 12),
        home_id=case.home_id))
    items = calendar.calendar_items(ctx, ctx.today(), ctx.today())
    [due] = [i for i in items if i.kind == calendar.ItemKind.SUPERVISION_DUE]
    assert (due.title, due.start, due.home_id) == ("Tilsyn overskredet – Solstrålen",
                                                  ctx.today(), case.home_id)


def test_childminder_sees_only_her_own_children_in_the_calendar(consultant_ctx, case,
                                                                installation):
    ctx = consultant_ctx
    other = make_case(ctx, "Bo", "Berg", cpr="020224-1234", home_name="Månen")
    day = ctx.today() + timedelta(days=2)
    plan_status_meeting(ctx, case.child_id, day)
    plan_status_meeting(ctx, other.child_id, day, hour=13)
    minder_id = homes.get_home(ctx, case.home_id).childminder_id
    share_with_childminders(ctx)  # her login and the consultant's data in one database
    users.create_user(ctx, "birthe", "Birthe Holm", UserRole.CHILDMINDER,
                      "en-lang-nok-adgangskode", professional_id=minder_id,
                      check_strength=False)
    minder_ctx = installation.login("birthe", "en-lang-nok-adgangskode")
    try:
        items = calendar.calendar_items(minder_ctx, day, day, include_holidays=False)
    finally:
        minder_ctx.close()
    assert [i.title for i in items] == ["Statusmøde – Åse Ørsted"]


def test_ics_export_roundtrips_with_copenhagen_times_across_daylight_saving(
        consultant_ctx, case, tmp_path):
    ctx = consultant_ctx
    before = plan_status_meeting(ctx, case.child_id, date(2026, 3, 27), place="Vejlevej 3")
    after = plan_status_meeting(ctx, case.child_id, date(2026, 3, 30))
    start_meeting = meetings.plan_meeting(ctx, meetings.MeetingInput(
        MeetingKind.START, local(date(2026, 3, 31), 9), local(date(2026, 3, 31), 10, 30),
        child_id=case.child_id))

    result = calendar.export_ics(ctx, (date(2026, 3, 23), date(2026, 4, 5)),
                                 tmp_path / "kalender.ics")

    assert result.count == 3
    raw = result.path.read_bytes().decode("utf-8")
    assert "Åse" not in raw and "Ørsted" not in raw and "Vejlevej" not in raw
    parsed, events = _events(result.path)
    first = events[f"meeting-{before.summary.id}@dagpleje-desktop"]
    second = events[f"meeting-{after.summary.id}@dagpleje-desktop"]
    third = events[f"meeting-{start_meeting.summary.id}@dagpleje-desktop"]
    assert str(first["summary"]) == "Statusmøde – Å.Ø."
    assert str(third["summary"]) == "Opstartsmøde – Å.Ø."
    assert "location" not in first
    assert first["dtstart"].params["TZID"] == "Europe/Copenhagen"
    start1, start2 = first.decoded("dtstart"), second.decoded("dtstart")
    assert (start1.hour, start1.utcoffset()) == (10, timedelta(hours=1))   # CET
    assert (start2.hour, start2.utcoffset()) == (10, timedelta(hours=2))   # CEST
    assert start1.astimezone(timezone.utc).hour == 9
    assert start2.astimezone(timezone.utc).hour == 8
    assert third.decoded("dtend") - third.decoded("dtstart") == timedelta(hours=1, minutes=30)
    # The VTIMEZONE on its own (what Outlook reads) gives the same offsets.
    [vtimezone] = parsed.walk("VTIMEZONE")
    zone = vtimezone.to_tz()
    assert start1.replace(tzinfo=zone).utcoffset() == timedelta(hours=1)
    assert start2.replace(tzinfo=zone).utcoffset() == timedelta(hours=2)
    assert str(vtimezone["tzid"]) == str(LOCAL_TZ)
    exports = [e for e in audit.list_events(ctx, limit=3) if e.action == AuditAction.EXPORT]
    assert exports and "3 items" in exports[0].detail


def test_ics_export_with_names_only_when_chosen_and_all_day_items_end_next_day(
        consultant_ctx, case, tmp_path):
    ctx = consultant_ctx
    meeting = plan_status_meeting(ctx, case.child_id, date(2026, 3, 27), place="Vejlevej 3")
    with ctx.db.transaction() as s:
        s.add(Absence(home_id=case.home_id, starts_on=date(2026, 3, 25),
                      ends_on=date(2026, 3, 26), reason=AbsenceReason.ILLNESS.value))
    items = [i for i in calendar.calendar_items(ctx, date(2026, 3, 23), date(2026, 3, 29))
             if i.kind in ("meeting", "absence")]

    named = calendar.export_ics(ctx, items, tmp_path / "navne.ics", include_names=True)

    _, events = _events(named.path)
    shown = events[f"meeting-{meeting.summary.id}@dagpleje-desktop"]
    assert str(shown["summary"]) == "Statusmøde – Åse Ørsted"
    assert str(shown["location"]) == "Vejlevej 3"
    [absence] = [e for uid, e in events.items() if uid.startswith("absence-")]
    assert absence.decoded("dtstart") == date(2026, 3, 25)
    assert absence.decoded("dtend") == date(2026, 3, 27)  # exclusive end: through the 26th
