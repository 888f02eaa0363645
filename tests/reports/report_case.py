"""A child with a full record (and a second child in the same home) for the print tests.

The stable services create people and observations; meetings, plans, goals and visits
are written as ORM rows so these tests do not lean on the meeting/plan services' API.
Everything about the other child carries the word "Kristiansen", so a test can check
that nothing of hers ends up in the first child's documents.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from dagpleje_desktop.domain.enums import (AssessmentKind, Attendance, ChildStatus, GoalStatus,
                                           HomeKind, MeetingKind, MeetingStatus, PlanStatus,
                                           ProfessionalRole, SharingLevel, VisitKind,
                                           WellbeingPosition)
from dagpleje_desktop.services.journal import assessments, observations
from dagpleje_desktop.services.records import children, guardians, homes, placements, professionals
from dagpleje_desktop.store.models import (ActionPlan, ActionPlanGoal, CaseTeamMember, FollowUp,
                                           Goal, GoalRevision, Meeting, MeetingAgendaItem,
                                           MeetingParticipant, Visit)

OTHER = "Kristiansen"
SHARED_OBSERVATION = "Łucja byggede et tårn af seks klodser og klappede selv bagefter."
INTERNAL_OBSERVATION = "Intern note: mor virkede meget træt ved afhentning."
GOAL_TITLES = ("Łucja bruger tegn til tale ved måltidet", "Łucja går på trapper med støtte")
_SNAPSHOT = ("domain", "title", "signs_of_progress", "measures", "measure_who",
             "measure_how_often", "responsible", "start_date", "target_date", "status",
             "evaluation")


@dataclass(frozen=True)
class ReportCase:
    child_id: uuid.UUID
    other_child_id: uuid.UUID
    home_id: uuid.UUID
    mother_id: uuid.UUID
    father_id: uuid.UUID          # no custody
    plan_id: uuid.UUID
    meeting_id: uuid.UUID         # held status meeting
    next_meeting_id: uuid.UUID
    visit_id: uuid.UUID           # supervision of the home
    shared_observation_id: uuid.UUID
    internal_observation_id: uuid.UUID
    other_observation_id: uuid.UUID


def build_case(ctx) -> ReportCase:
    today, now = ctx.today(), ctx.now()
    professionals.update_organisation(
        ctx, name="Kolding Kommune", unit="Mini-dagplejen", address="Dyrehavevej 108A",
        postal_code="6000", city="Kolding", phone="79 79 00 00", email="dagplejen@kolding.dk")
    minder = professionals.create_professional(ctx, "Birthe Holm",
                                               ProfessionalRole.MINI_CHILDMINDER,
                                               phone="20 30 40 50")
    psychologist = professionals.create_professional(ctx, "Peter Lund",
                                                     ProfessionalRole.PPR_PSYCHOLOGIST,
                                                     phone="76 11 22 33", workplace="PPR Kolding")
    home = homes.create_home(ctx, homes.HomeInput("Solstrålen", HomeKind.MINI, 4,
                                                  childminder_id=minder.id,
                                                  address="Skovvej 3", postal_code="6000",
                                                  city="Kolding", phone="75 50 50 50"))
    child = children.create_child(ctx, children.ChildInput(
        "Łucja", "Nguyễn", cpr="010323-4567", status=ChildStatus.ACTIVE,
        special_needs="Łucja har brug for ro og få voksne omkring sig.",
        diagnoses="Let forsinket motorik", allergies="Jordnødder",
        medication="Astmaspray efter behov", routines="Sover fra kl. 11.30 til 13.",
        what_works="Billeder af dagens program.\nEn fast voksen ved aflevering.",
        languages="Dansk og polsk"))
    other = children.create_child(ctx, children.ChildInput(
        "Zoë", OTHER, cpr="150622-1234", status=ChildStatus.ACTIVE,
        allergies=f"Mælk ({OTHER})", what_works=f"Sang før lur ({OTHER})"))
    start = today - timedelta(days=200)
    placements.place_child(ctx, child.id, home.id, 2, start)
    placements.place_child(ctx, other.id, home.id, 2, start)
    mother = guardians.add_guardian(ctx, child.id, guardians.GuardianInput(
        "Agnieszka Nguyễn", "Mor", True, phone="22 33 44 55", email="agnieszka@example.dk"))
    father = guardians.add_guardian(ctx, child.id, guardians.GuardianInput(
        "Minh Nguyễn", "Far", False, phone="33 44 55 66"))
    guardians.add_guardian(ctx, other.id, guardians.GuardianInput(f"Lise {OTHER}", "Mor"))

    shared = observations.create_observation(ctx, observations.ObservationInput(
        child.id, SHARED_OBSERVATION, observed_at=now - timedelta(days=5),
        situation="Frileg på gulvet", domains=("fine_motor",),
        position=WellbeingPosition.GREEN, sharing=SharingLevel.PARTNERS))
    internal = observations.create_observation(ctx, observations.ObservationInput(
        child.id, INTERNAL_OBSERVATION, observed_at=now - timedelta(days=4)))
    foreign = observations.create_observation(ctx, observations.ObservationInput(
        other.id, f"Zoë sang hele vejen hjem ({OTHER}).", observed_at=now - timedelta(days=4),
        sharing=SharingLevel.PARTNERS))
    assessments.add_development_assessment(ctx, child.id, today - timedelta(days=100),
                                           "gross_motor", 14, "Kravler rundt")
    assessments.add_development_assessment(ctx, child.id, today - timedelta(days=10),
                                           "communication", 20)
    assessments.add_wellbeing_assessment(ctx, child.id, today - timedelta(days=60),
                                         AssessmentKind.INDIVIDUAL, WellbeingPosition.YELLOW,
                                         "Uro ved aflevering")
    assessments.add_wellbeing_assessment(ctx, child.id, today - timedelta(days=30),
                                         AssessmentKind.JOINT, WellbeingPosition.GREEN,
                                         "Faldet godt til ro")
    assessments.add_wellbeing_assessment(ctx, other.id, today - timedelta(days=30),
                                         AssessmentKind.JOINT, WellbeingPosition.RED,
                                         f"Bekymring ({OTHER})")

    with ctx.db.transaction() as s:
        s.add_all([CaseTeamMember(child_id=child.id, professional_id=psychologist.id,
                                  role=ProfessionalRole.PPR_PSYCHOLOGIST.value),
                   CaseTeamMember(child_id=child.id, professional_id=ctx.user.professional_id,
                                  role=ProfessionalRole.MINI_CONSULTANT.value)])
        goals = [Goal(child_id=child.id, domain=domain, title=title,
                      signs_of_progress="Vi ser det ved måltidet", measures="Tegn hver dag",
                      measure_who="Birthe", measure_how_often="dagligt",
                      responsible="Birthe Holm", start_date=start,
                      target_date=today + timedelta(days=60), sort_order=i)
                 for i, (domain, title) in enumerate(zip(("communication", "gross_motor"),
                                                         GOAL_TITLES))]
        goals.append(Goal(child_id=other.id, domain="social", title=f"Zoë-mål ({OTHER})"))
        s.add_all(goals)
        held_at = now - timedelta(days=1)
        meeting = Meeting(child_id=child.id, kind=MeetingKind.STATUS.value, starts_at=held_at,
                          ends_at=held_at + timedelta(hours=1), place="Solstrålen",
                          status=MeetingStatus.HELD.value,
                          preparation_notes="Łucja er faldet godt til i perioden.",
                          decisions="Łucja fortsætter i Mini-dagplejen i et halvt år mere.")
        s.add(meeting)
        s.flush()
        plan = ActionPlan(child_id=child.id, version=1, status=PlanStatus.APPROVED.value,
                          period_start=start, period_end=today + timedelta(days=120),
                          background="Łucja kom i Mini-dagplejen for et halvt år siden.",
                          resources="Nysgerrig og glad for musik.",
                          challenges="Overgange er svære.",
                          parent_agreements="Forældrene øver tegn derhjemme.",
                          next_evaluation=today + timedelta(days=60),
                          approved_on=today - timedelta(days=1),
                          signatories="Agnieszka Nguyễn\nTest Bruger", meeting_id=meeting.id)
        s.add(plan)
        s.flush()
        meeting.resulting_plan_id = plan.id
        for position, goal in enumerate(goals[:2]):
            goal.action_plan_id = plan.id
            s.add(ActionPlanGoal(action_plan_id=plan.id, goal_id=goal.id, position=position,
                                 **{f: getattr(goal, f) for f in _SNAPSHOT}))
        goals[1].status, goals[1].evaluation = (GoalStatus.PARTLY.value,
                                                "Går op med støtte, ned er svært.")
        s.add(GoalRevision(goal_id=goals[1].id, child_id=child.id, meeting_id=meeting.id,
                           changed_at=held_at, action="evaluate", field="status",
                           old_value="active", new_value="partly"))
        s.add_all([
            MeetingParticipant(meeting_id=meeting.id, guardian_id=mother.id,
                               name="Agnieszka Nguyễn", role="Mor",
                               attendance=Attendance.PRESENT.value),
            MeetingParticipant(meeting_id=meeting.id, professional_id=psychologist.id,
                               name="Peter Lund", role="PPR-psykolog",
                               attendance=Attendance.APOLOGIES.value),
            MeetingParticipant(meeting_id=meeting.id, professional_id=minder.id,
                               name="Birthe Holm", role="Mini-dagplejer",
                               attendance=Attendance.PRESENT.value),
            MeetingAgendaItem(meeting_id=meeting.id, position=0,
                              title="Opfølgning på sidste aftaler", minutes="Alt er gjort."),
            MeetingAgendaItem(meeting_id=meeting.id, position=1, title="Status fra forældre",
                              minutes="Mor fortæller, at Łucja sover bedre."),
            FollowUp(meeting_id=meeting.id, child_id=child.id,
                     description="Sende referat til PPR", owner="Test Bruger",
                     due_on=today + timedelta(days=7)),
            FollowUp(child_id=child.id, description="Bestille ny stol til spisning",
                     owner="Birthe Holm", due_on=today - timedelta(days=20)),
        ])
        upcoming = now + timedelta(days=90)
        next_meeting = Meeting(child_id=child.id, kind=MeetingKind.STATUS.value,
                               starts_at=upcoming, ends_at=upcoming + timedelta(hours=1),
                               place="Solstrålen", status=MeetingStatus.PLANNED.value)
        visit = Visit(kind=VisitKind.SUPERVISION.value, consultant_id=ctx.user.professional_id,
                      home_id=home.id, visited_at=now - timedelta(days=2),
                      notes="Hjemmet er roligt og godt indrettet. Puderummet er nyt.")
        s.add_all([next_meeting, visit])
        s.flush()
        s.add(FollowUp(visit_id=visit.id, description="Nye låger til trappen",
                       owner="Birthe Holm", due_on=today + timedelta(days=14)))
        s.flush()
        ids = (plan.id, meeting.id, next_meeting.id, visit.id)
    return ReportCase(child.id, other.id, home.id, mother.id, father.id, *ids, shared.id,
                      internal.id, foreign.id)
