"""The course papers printed through the services and read back: the home-pedagogue
course's agreement, goals and closing, the guidance course's hours log, and the café's
notes only while the parents' consent to share is valid."""

from __future__ import annotations

from datetime import timedelta

from consultant_setup import local
from pdf_reading import flat, full_text

from dagpleje_desktop.domain.courses import CourseEndReason
from dagpleje_desktop.domain.enums import (AuditAction, ConsentPurpose, ProfessionalRole,
                                           SessionMode)
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.office import cafe_visits, courses
from dagpleje_desktop.services.records import children, consents, guardians, professionals
from dagpleje_desktop.services.documents import printing
from dagpleje_desktop.services.office.cafe_visits import CafeInput
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.office.courses import (GuidanceInput, HomePedagogueInput,
                                                      SessionInput)

GOALS = "Faste rammer ved sengetid.\nMere leg på gulvet sammen med Liva."
CAFE_NOTES = "Sproget følger alderen. Motorikken er alderssvarende."


def _home_course(ctx):
    today = ctx.today()
    child = children.create_child(ctx, ChildInput("Liva", "Hansen"))
    guardians.add_guardian(ctx, child.id, guardians.GuardianInput("Mia Hansen", "Mor", True))
    pedagogue = professionals.create_professional(ctx, "Jonas Krog",
                                                  ProfessionalRole.HOME_PEDAGOGUE)
    return courses.start_home_pedagogue_course(ctx, HomePedagogueInput(
        "Familien Hansen", today, today + timedelta(weeks=30), 3.0, goals=GOALS,
        child_id=child.id, pedagogue_id=pedagogue.id, start_meeting_at=local(today, 13),
        start_meeting_place="Hjemme hos familien"))


def test_home_pedagogue_papers_hold_agreement_goals_and_closing(office_ctx, out):
    course = _home_course(office_ctx)
    courses.add_session(office_ctx, course.id, SessionInput(
        local(office_ctx.today(), 19), SessionMode.PHYSICAL, 1.5, "Besøg ved sengetid"))
    running = flat(full_text(printing.print_course(office_ctx, course.id, out / "h.pdf")))
    for expected in ("Hjemmepædagogisk forløb", "Familien Hansen", "Jonas Krog",
                     "Faste rammer ved sengetid.", "Mere leg på gulvet sammen med Liva.",
                     "Opstartsmøde og aftale", "Hjemme hos familien",
                     "Mål for forløbet",
                     "Forløbet er i gang", "højst 40 uger", "Afslutningsnotat",
                     "Mia Hansen, Mor, forældremyndighed", "Jonas Krog, Hjemmepædagog",
                     "Besøg og samtaler", "Fysisk møde 1,5 Besøg ved sengetid",
                     "1,5 timer i alt",
                     "Fortroligt"):
        assert expected in running, expected
    assert "Afsluttet" not in running

    courses.end_course(office_ctx, course.id, office_ctx.today() + timedelta(weeks=20),
                       CourseEndReason.GOALS_MET)
    ended = flat(full_text(printing.print_course(office_ctx, course.id, out / "h2.pdf")))
    assert "Begrundelse Målene er nået" in ended and "20 uger af højst 40" in ended
    assert "Forløbet er i gang" not in ended
    prints = [e for e in audit.list_events(office_ctx, child_id=course.child_id)
              if e.action == AuditAction.PRINT and e.entity == "course_paper"]
    assert len(prints) == 2


def test_guidance_papers_log_every_session_and_the_hours_left(office_ctx, out):
    today = office_ctx.today()
    course = courses.start_guidance_course(office_ctx, GuidanceInput(
        "Børnehuset Mælkebøtten", today, "Sprogarbejde med børn i udsatte positioner"))
    for hour, mode, hours, notes in ((9, SessionMode.PHYSICAL, 2, "Observation på stuen"),
                                     (14, SessionMode.VIDEO, 1.5, "")):
        courses.add_session(office_ctx, course.id,
                            SessionInput(local(today, hour), mode, hours, notes))
    text = flat(full_text(printing.print_course(office_ctx, course.id, out / "g.pdf")))
    for expected in ("Minivejledning", "Børnehuset Mælkebøtten",
                     "Sprogarbejde med børn i udsatte positioner", "Timelog",
                     "Fysisk møde 2 Observation på stuen", "Video 1,5",
                     "3,5 af 10 timer brugt, 6,5 tilbage", "Leder af dagtilbuddet"):
        assert expected in text, expected


def test_cafe_notes_are_printed_only_under_a_valid_consent(office_ctx, out):
    today = office_ctx.today()
    child = children.create_child(office_ctx, ChildInput(
        "Noah", "Lund", birth_date=today - timedelta(days=548)))
    mother = guardians.add_guardian(office_ctx, child.id,
                                    guardians.GuardianInput("Ida Lund", "Mor", True))
    nurse = professionals.create_professional(office_ctx, "Hanne Ravn",
                                              ProfessionalRole.HEALTH_VISITOR)
    yesterday = today - timedelta(days=1)
    course = cafe_visits.plan_cafe_visit(office_ctx, CafeInput(
        child.id, local(yesterday, 9), local(yesterday, 10), "Vuggestuen Spiren",
        (nurse.id,)))
    before = flat(full_text(printing.print_course(office_ctx, course.id, out / "c0.pdf")))
    assert "Ikke registreret: der er ikke skrevet fælles noter" in before
    assert "Hanne Ravn" in before and "Vuggestuen Spiren" in before
    assert "Ikke inviteret" in before and "Fysioterapeut" in before

    consent = consents.record_consent(office_ctx, consents.ConsentInput(
        child.id, mother.id, ConsentPurpose.SHARING, ("Sundhedsplejen",),
        "Noter fra småbørnscaféen", today))
    cafe_visits.save_cafe_notes(office_ctx, course.id, CAFE_NOTES)
    shared = flat(full_text(printing.print_course(office_ctx, course.id, out / "c1.pdf")))
    assert CAFE_NOTES in shared and consents.reference(consent.id) in shared

    consents.withdraw_consent(office_ctx, consent.id)
    withdrawn = flat(full_text(printing.print_course(office_ctx, course.id, out / "c2.pdf")))
    assert CAFE_NOTES not in withdrawn
    assert "Noterne udskrives ikke" in withdrawn
