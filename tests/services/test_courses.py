"""Courses: the 40-week limit of home-pedagogue courses, the 10-hour budget of guidance
courses, and café notes kept only under the guardians' consent to share."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dagpleje_desktop.domain.courses import CourseEndReason, latest_end, running_warning
from dagpleje_desktop.domain.enums import (ConsentPurpose, CourseKind, MeetingKind,
                                           ProfessionalRole, SessionMode)
from dagpleje_desktop.domain.errors import ValidationError
from dagpleje_desktop.services.office import cafe_visits, courses
from dagpleje_desktop.services.records import children, consents, guardians, professionals
from dagpleje_desktop.services.meeting_cycle import meetings
from dagpleje_desktop.services.office.cafe_visits import CafeInput
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.records.consents import ConsentInput, ConsentMissingError
from dagpleje_desktop.services.office.courses import (GuidanceInput, HomePedagogueInput,
                                                      SessionInput)

from consultant_setup import local


def _home_course(ctx, start, planned_end, **kw):
    return courses.start_home_pedagogue_course(ctx, HomePedagogueInput(
        "Familien Hansen", start, planned_end, 3.0, **kw))


def test_home_pedagogue_course_is_refused_beyond_40_weeks_and_warned_near_it(office_ctx):
    start = office_ctx.today()
    with pytest.raises(ValidationError) as caught:
        _home_course(office_ctx, start, start + timedelta(weeks=41))
    limit = latest_end(start)
    assert "højst 40 uger" in str(caught.value)
    assert f"senest slutte {limit:%d-%m-%Y}" in str(caught.value)
    assert courses.list_courses(office_ctx) == []

    calm = _home_course(office_ctx, start, start + timedelta(weeks=20))
    assert calm.warning == "" and calm.latest_end == limit
    near = courses.change_planned_end(office_ctx, calm.id, start + timedelta(weeks=38))
    assert "sidste 4 uger før grænsen på 40 uger" in near.warning
    with pytest.raises(ValidationError, match="højst 40 uger"):
        courses.change_planned_end(office_ctx, calm.id, limit + timedelta(days=1))
    assert courses.get_course(office_ctx, calm.id).info.planned_end == \
        start + timedelta(weeks=38)


def test_a_running_course_warns_in_its_last_four_weeks(office_ctx):
    start = office_ctx.today() - timedelta(weeks=37)
    _home_course(office_ctx, start, start + timedelta(weeks=40))
    listed = courses.list_courses(office_ctx)
    assert listed[0].warning.startswith("Forløbet når grænsen på 40 uger om 21 dage")
    assert running_warning(start, start + timedelta(weeks=35)) == ""


def test_a_course_starts_with_a_goal_meeting_and_ends_when_goals_are_met(office_ctx):
    today = office_ctx.today()
    child = children.create_child(office_ctx, ChildInput("Liva", "Hansen"))
    guardians.add_guardian(office_ctx, child.id, guardians.GuardianInput("Mia Hansen", "Mor"))
    pedagogue = professionals.create_professional(office_ctx, "Jonas Krog",
                                                  ProfessionalRole.HOME_PEDAGOGUE)
    course = _home_course(office_ctx, today, today + timedelta(weeks=30), child_id=child.id,
                          pedagogue_id=pedagogue.id, start_meeting_at=local(today, 13),
                          goals="Faste rammer ved sengetid")
    assert (course.pedagogue_name, course.goals) == ("Jonas Krog", "Faste rammer ved sengetid")
    meeting = meetings.get_meeting(office_ctx, course.meeting_id)
    assert meeting.summary.kind == MeetingKind.START
    assert "Mål for forløbet" in [a.title for a in meeting.agenda]
    assert {p.name for p in meeting.participants} == {"Mia Hansen", "Jonas Krog"}

    with pytest.raises(ValidationError, match="målene er nået"):
        courses.end_course(office_ctx, course.id, today + timedelta(weeks=20),
                           CourseEndReason.COMPLETED)
    ended = courses.end_course(office_ctx, course.id, today + timedelta(weeks=20),
                               CourseEndReason.GOALS_MET)
    assert not ended.is_running
    assert ended.status_label.endswith("(målene er nået)")
    with pytest.raises(ValidationError, match="afsluttet"):
        courses.change_planned_end(office_ctx, course.id, today + timedelta(weeks=25))


def test_guidance_course_keeps_within_its_10_hours(office_ctx):
    today = office_ctx.today()
    course = courses.start_guidance_course(office_ctx, GuidanceInput(
        "Børnehuset Mælkebøtten", today, "Sprogarbejde med børn i udsatte positioner"))
    assert course.budget.text == "0 af 10 timer brugt, 10 tilbage"
    for mode, hours in ((SessionMode.PHYSICAL, 4), (SessionMode.VIDEO, 4),
                        (SessionMode.PHONE, 1.5)):
        course = courses.add_session(office_ctx, course.id,
                                     SessionInput(local(today, 9), mode, hours))
    assert (course.hours_used, course.budget.remaining) == (9.5, 0.5)

    with pytest.raises(ValidationError) as caught:
        courses.add_session(office_ctx, course.id,
                            SessionInput(local(today, 14), SessionMode.PHONE, 1))
    assert str(caught.value) == (
        "Minivejledningsforløbet har 10 timer: 9,5 er brugt, og der er 0,5 tilbage. "
        "En session på 1 timer kan ikke registreres.")
    detail = courses.get_course(office_ctx, course.id)
    assert [s.sequence for s in detail.sessions] == [1, 2, 3]
    assert detail.info.hours_used == 9.5

    last = courses.add_session(office_ctx, course.id,
                               SessionInput(local(today, 14), SessionMode.PHONE, 0.5))
    assert last.budget.text == "10 af 10 timer brugt, 0 tilbage"
    assert [c.kind for c in courses.list_courses(office_ctx)] == [CourseKind.GUIDANCE]


def test_home_pedagogue_course_keeps_its_weekly_sessions(office_ctx):
    today = office_ctx.today()
    course = _home_course(office_ctx, today - timedelta(days=14), today + timedelta(weeks=20))
    for days_ago, mode, hours in ((14, SessionMode.PHYSICAL, 3), (7, SessionMode.PHONE, 0.5)):
        courses.add_session(office_ctx, course.id,
                            SessionInput(local(today - timedelta(days=days_ago), 9), mode, hours))
    with pytest.raises(ValidationError) as caught:
        courses.add_session(office_ctx, course.id, SessionInput(local(today, 9),
                                                                SessionMode.PHYSICAL, 0))
    assert str(caught.value) == "En session skal vare mere end 0 og højst 24 timer."

    detail = courses.get_course(office_ctx, course.id)
    assert [(s.sequence, s.mode, s.hours) for s in detail.sessions] == [
        (1, SessionMode.PHYSICAL, 3.0), (2, SessionMode.PHONE, 0.5)]
    assert detail.info.budget is None  # only guidance courses have an hour budget


@pytest.fixture
def cafe(office_ctx):
    today = office_ctx.today()
    child = children.create_child(office_ctx, ChildInput(
        "Noah", "Lund", birth_date=today - timedelta(days=548)))
    mother = guardians.add_guardian(office_ctx, child.id,
                                    guardians.GuardianInput("Ida Lund", "Mor"))
    people = [professionals.create_professional(office_ctx, name, role).id for name, role in (
        ("Hanne Ravn", ProfessionalRole.HEALTH_VISITOR),
        ("Kim Vang", ProfessionalRole.SMALL_CHILD_CONSULTANT),
        ("Eva Fys", ProfessionalRole.PHYSIOTHERAPIST))]
    yesterday = today - timedelta(days=1)  # held: the notes are written afterwards
    course = cafe_visits.plan_cafe_visit(office_ctx, CafeInput(
        child.id, local(yesterday, 9), local(yesterday, 10), "Vuggestuen Spiren",
        tuple(people)))
    return child, mother, course


def test_cafe_notes_are_refused_without_consent_to_share(office_ctx, cafe):
    child, _, course = cafe
    assert course.missing_roles == ("Talehørekonsulent",)
    assert course.warning == ""
    with pytest.raises(ConsentMissingError) as caught:
        cafe_visits.save_cafe_notes(office_ctx, course.id, "Sproget følger alderen.")
    assert "mangler forældrenes samtykke til deling med samarbejdsparter for Noah Lund" \
        in str(caught.value)
    assert courses.get_course(office_ctx, course.id).shared_notes == ""


def test_cafe_notes_are_kept_with_consent_and_refused_once_it_is_withdrawn(office_ctx, cafe):
    child, mother, course = cafe
    consent = consents.record_consent(office_ctx, ConsentInput(
        child.id, mother.id, ConsentPurpose.SHARING, ("Sundhedsplejen", "PPR"),
        "Noter fra småbørnscaféen", office_ctx.today()))
    saved = cafe_visits.save_cafe_notes(office_ctx, course.id, " Sproget følger alderen. ")
    assert saved.shared_notes == "Sproget følger alderen."
    assert saved.info.end_reason == CourseEndReason.COMPLETED

    consents.withdraw_consent(office_ctx, consent.id)
    with pytest.raises(ConsentMissingError, match="blev trukket tilbage"):
        cafe_visits.save_cafe_notes(office_ctx, course.id, "Ny note")
    assert courses.get_course(office_ctx, course.id).shared_notes == "Sproget følger alderen."


def test_cafe_for_a_child_far_from_one_and_a_half_says_so(office_ctx):
    child = children.create_child(office_ctx, ChildInput("Ella", "Berg",
                                                         birth_date=date(2020, 1, 1)))
    course = cafe_visits.plan_cafe_visit(office_ctx, CafeInput(
        child.id, local(office_ctx.today(), 9), local(office_ctx.today(), 10)))
    assert "omkring 1½ år" in course.warning
    assert len(course.missing_roles) == 4
