"""Demo rows around each child: referrals, case team, consents, development and
wellbeing assessments; the home-pedagogue and guidance courses and next month's absence."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from sqlalchemy.orm import Session

from ..domain.ages import age_in_months, describe_age
from ..domain.courses import GUIDANCE_BUDGET_HOURS
from ..domain.domains import domain_by_code
from ..domain.enums import (AbsenceReason, AssessmentKind, ConsentForm, ConsentPurpose,
                            CourseKind, ReferralStatus, ReferrerType, SessionMode,
                            WellbeingPosition)
from ..store.models import (Absence, CaseTeamMember, Consent, Course, CourseSession,
                            DevelopmentAssessment, GuestCare, Referral, WellbeingAssessment)
from .demo_phrases import COURSE_GOALS, COURSE_SESSION_NOTES, WELLBEING_COMMENTS
from .demo_texts import Cast, DemoChild, at, workday_after, workday_before

# Who referred each child, and as what (the pending referral comes from the health visitor).
REFERRERS = {
    "alma": ("Dorthe Bæk Madsen, Sundhedsplejen Kolding", ReferrerType.HEALTH_VISITOR),
    "zoe": ("Dorthe Bæk Madsen, Sundhedsplejen Kolding", ReferrerType.HEALTH_VISITOR),
    "bao": ("Dorthe Bæk Madsen, Sundhedsplejen Kolding", ReferrerType.HEALTH_VISITOR),
    "oskar": ("Småbørnskonsulent Jens Munk", ReferrerType.SMALL_CHILD_CONSULTANT),
    "villads": ("Ahmad Rahimi, Familierådgivningen", ReferrerType.SOCIAL_WORKER),
    "freja": ("Dagplejekonsulent Tina Berg", ReferrerType.DAYCARE_CONSULTANT),
    "lucja": ("Dorthe Bæk Madsen, Sundhedsplejen Kolding", ReferrerType.HEALTH_VISITOR),
}
# Domains whose assessment a partner makes, when that partner is on the case team.
ASSESSED_BY = {"gross_motor": "physio", "fine_motor": "physio", "language": "speech",
               "social_contact": "ppr"}
SHARING_RECIPIENTS = {
    "physio": "Børneterapien (fysioterapeut)", "speech": "Tale-Høre-Centret, PPR",
    "ppr": "PPR, Børne- og Familieafdelingen", "health_visitor": "Sundhedsplejen Kolding",
    "social": "Familierådgivningen (sagsbehandler)",
}
RED_EPISODE = "villads"      # the child whose wellbeing went red for a while
RED_DAYS_AGO = (150, 128)    # the episode, counted back from today
YELLOW_QUARTER = {"oskar": 2, "freja": 3}  # a quarter (0 = latest) that was harder
# An active child whose parents gave, then withdrew, consent to hand over to a
# kindergarten: a packet for that recipient must be refused.
WITHDRAWN_HANDOVER = ("bao", "Børnehaven Regnbuen")
WITHDRAWN_HANDOVER_DAYS = (45, 9)  # given and withdrawn, counted back from today
# A narrow consent: Villads' kindergarten may have his plan and development
# assessments only, so his packet holds nothing about health, family or observations.
NARROW_HANDOVER = ("villads", "Børnehaven Spiren", "Kommende børnehave",
                   ("handleplan", "udvikling"))
# The child whose parent withdrew consent to share with partners: the partners
# are left off the next agenda and minutes.
WITHDRAWN_SHARING = RED_EPISODE


def write_record(s: Session, cast: Cast, rng: random.Random) -> None:
    for child in cast.children:
        _referral(s, cast, child)
        _case_team(s, cast, child)
        _consents(s, cast, child)
        if child.home is not None:
            _development(s, cast, child)
            _wellbeing(s, cast, child, rng)
    _course(s, cast)
    _guidance_course(s, cast)
    _absence(s, cast)


def _referral(s: Session, cast: Cast, child: DemoChild) -> None:
    referrer, kind = REFERRERS[child.spec.key]
    if child.home is None:
        received = workday_before(cast.today - timedelta(days=12))
        s.add(Referral(child_id=child.id, referrer_name=referrer, referrer_type=kind.value,
                       reason=child.spec.referral_reason, requested_places=child.spec.places,
                       status=ReferralStatus.IN_VISITATION.value, received_on=received,
                       committee_date=workday_after(cast.today + timedelta(days=14))))
        return
    start = child.placement_start
    s.add(Referral(
        child_id=child.id, referrer_name=referrer, referrer_type=kind.value,
        reason=f"{child.spec.special_needs} Indstilles til Mini-dagplejen.",
        requested_places=child.spec.places, status=ReferralStatus.GRANTED.value,
        received_on=workday_before(start - timedelta(days=70)),
        committee_date=workday_before(start - timedelta(days=42)),
        decision_note=f"Bevilget {child.spec.places} pladser i Mini-dagplejen. Revisitation "
                      "ved behov eller ved overgang.",
        granted_places=child.spec.places))


def _case_team(s: Session, cast: Cast, child: DemoChild) -> None:
    start = child.placement_start or cast.today - timedelta(days=12)
    members = [cast.consultant_for(child)]
    if child.home is not None:
        members.append(child.home.childminder)
    members += [cast.partners[key] for key in child.spec.partners]
    for person in members:
        s.add(CaseTeamMember(child_id=child.id, professional_id=person.id,
                             role=person.role.value, start_date=start))


def _consents(s: Session, cast: Cast, child: DemoChild) -> None:
    custody = [g for g in child.guardians if g.spec.has_custody]
    start = child.placement_start or cast.today - timedelta(days=12)
    if child.home is None:
        s.add(Consent(child_id=child.id, guardian_id=custody[0].id,
                      purpose=ConsentPurpose.SHARING.value,
                      recipients="Visitationsudvalget 0-6 år\nMini-dagplejen",
                      information="Sundhedsplejens journal om motorik, spisning og trivsel",
                      categories="helbred,udvikling,trivsel", recipient_role="Visitation",
                      given_on=start))
        return
    recipients = "\n".join(SHARING_RECIPIENTS[k] for k in child.spec.partners)  # one a line
    withdrawn = (cast.today - timedelta(days=60) if child.spec.key == WITHDRAWN_SHARING
                 else None)
    signers = custody if child.spec.key == "zoe" else custody[:1]  # two homes: both sign
    for guardian in signers:
        s.add(Consent(child_id=child.id, guardian_id=guardian.id,
                      purpose=ConsentPurpose.SHARING.value, recipients=recipients,
                      information="Observationer, mål, handleplan og referater af statusmøder",
                      categories="observationer,handleplan,statusbeskrivelse",
                      recipient_role="Samarbejdsparter omkring barnet",
                      given_on=start + timedelta(days=3), withdrawn_on=withdrawn))
    s.add(Consent(child_id=child.id, guardian_id=custody[-1].id,
                  purpose=ConsentPurpose.PHOTOS.value,
                  recipients="Forældrene og mini-dagplejerens dokumentation",
                  information="Billeder fra hverdagen i dagplejen", given_on=start,
                  form=ConsentForm.ORAL.value if child.spec.key == "oskar"
                  else ConsentForm.WRITTEN.value))
    handover_to = child.spec.extra.get("handover_to")
    if handover_to:
        s.add(Consent(child_id=child.id, guardian_id=custody[0].id,
                      purpose=ConsentPurpose.HANDOVER.value, recipients=handover_to,
                      information="Handleplan, seneste statusbeskrivelse, udviklingsvurderinger "
                                  "og observationer om motorik og trivsel",
                      categories="observationer,udvikling,handleplan,statusbeskrivelse,"
                                 "trivsel", recipient_role="Kommende børnehave",
                      given_on=cast.today - timedelta(days=21),
                      expires_on=cast.today + timedelta(days=180)))
    if child.spec.key == NARROW_HANDOVER[0]:
        _, recipient, role, codes = NARROW_HANDOVER
        s.add(Consent(child_id=child.id, guardian_id=custody[0].id,
                      purpose=ConsentPurpose.HANDOVER.value, recipients=recipient,
                      information="Handleplan og udviklingsvurderinger",
                      categories=",".join(codes), recipient_role=role,
                      given_on=cast.today - timedelta(days=14),
                      expires_on=cast.today + timedelta(days=180)))
    if child.spec.key == WITHDRAWN_HANDOVER[0]:
        given, withdrawn = (cast.today - timedelta(days=d) for d in WITHDRAWN_HANDOVER_DAYS)
        s.add(Consent(child_id=child.id, guardian_id=custody[0].id,
                      purpose=ConsentPurpose.HANDOVER.value, recipients=WITHDRAWN_HANDOVER[1],
                      information="Handleplan, seneste statusbeskrivelse og observationer om "
                                  "sprog og samspil",
                      categories="observationer,handleplan,statusbeskrivelse",
                      recipient_role="Kommende børnehave",
                      given_on=given, withdrawn_on=withdrawn))


def _quarters(cast: Cast, child: DemoChild, offset: int) -> list[tuple[int, date]]:
    days = []
    for k in range(4):
        day = workday_before(cast.today - timedelta(days=offset + 91 * k))
        if day >= child.placement_start + timedelta(days=30):
            days.append((k, day))
    return days


def _development(s: Session, cast: Cast, child: DemoChild) -> None:
    consultant = cast.consultant_for(child)
    for k, day in _quarters(cast, child, 18):
        age = age_in_months(child.birth_date, day)
        for code, share in child.spec.development:
            partner = ASSESSED_BY.get(code)
            assessor = (cast.partners[partner] if partner in child.spec.partners
                        else consultant)
            # Older assessments lag a little more: the gap narrows over the year.
            level = max(1, round(age * min(1.0, share - 0.03 * k)))
            lag = age - level
            note = (f"{domain_by_code(code).label}: svarer til ca. {describe_age(level)}"
                    + (f" ({lag} mdr. under alder)." if lag > 1 else " (alderssvarende).")
                    + " Vurderet ud fra observationer og samtale med forældrene.")
            s.add(DevelopmentAssessment(child_id=child.id, assessed_on=day, domain=code,
                                        level_months=level, assessor_id=assessor.id,
                                        note=note))


def _wellbeing(s: Session, cast: Cast, child: DemoChild, rng) -> None:
    consultant, minder = cast.consultant_for(child), child.home.childminder
    names = child.pronouns()
    for k, day in _quarters(cast, child, 25):
        joint = WellbeingPosition.YELLOW if YELLOW_QUARTER.get(child.spec.key) == k \
            else WellbeingPosition.GREEN
        if child.spec.key == RED_EPISODE and k == 1:
            joint = WellbeingPosition.YELLOW  # on the way back after the red episode
        own = joint if rng.random() < 0.8 else WellbeingPosition.YELLOW
        _assessments(s, child, day, [(minder, own), (consultant, joint)], consultant, joint,
                     rng.choice(WELLBEING_COMMENTS[joint.value]).format(**names))
    if child.spec.key == RED_EPISODE:
        day = workday_before(cast.today - timedelta(days=sum(RED_DAYS_AGO) // 2))
        red = WellbeingPosition.RED
        _assessments(s, child, day, [(minder, red), (consultant, red)], consultant, red,
                     WELLBEING_COMMENTS["red"][0].format(**names))


def _assessments(s: Session, child: DemoChild, day: date, individual, assessor, joint,
                 comment: str) -> None:
    for person, position in individual:
        s.add(WellbeingAssessment(child_id=child.id, assessed_on=day,
                                  kind=AssessmentKind.INDIVIDUAL.value, position=position.value,
                                  assessor_id=person.id))
    s.add(WellbeingAssessment(child_id=child.id, assessed_on=day, kind=AssessmentKind.JOINT.value,
                              position=joint.value, assessor_id=assessor.id, comment=comment))


def _course(s: Session, cast: Cast) -> None:
    start = workday_after(cast.today - timedelta(days=70))
    pedagogue = cast.partners["home_pedagogue"]
    course = Course(id=uuid.uuid4(), kind=CourseKind.HOME_PEDAGOGUE.value,
                    family="Familien Winther Poulsen (to børn på 1 og 2 år)",
                    pedagogue_id=pedagogue.id, start_date=start,
                    planned_end=start + timedelta(weeks=38), weekly_hours=3.0,
                    goals=f"Aftalt med familien ved opstartsmødet {start:%d.%m.%Y}:\n"
                          + COURSE_GOALS)
    s.add(course)
    s.flush()
    week = 0
    while start + timedelta(weeks=week) < cast.today:
        phone = week % 4 == 3
        s.add(CourseSession(course_id=course.id, held_at=at(start + timedelta(weeks=week), 9, 30),
                            mode=(SessionMode.PHONE if phone else SessionMode.PHYSICAL).value,
                            hours=0.5 if phone else 3.0, sequence=week + 1,
                            notes=COURSE_SESSION_NOTES[week % len(COURSE_SESSION_NOTES)]))
        week += 1


# A guidance course (minivejledning) half way through its 10 hours.
GUIDANCE_SESSIONS = (
    (SessionMode.PHYSICAL, 2.0, "Observation i vuggestuegruppen og første samtale med "
                                "personalet om udfordringen."),
    (SessionMode.VIDEO, 1.0, "Gennemgang af videoklip fra samling; aftalte faste tegn til "
                             "overgange."),
    (SessionMode.PHONE, 0.5, "Opfølgning: tegnene bruges ved frokost og påklædning."),
    (SessionMode.PHYSICAL, 2.0, "Sprogleg i små grupper sammen med pædagogerne."),
)


def _guidance_course(s: Session, cast: Cast) -> None:
    start = workday_after(cast.today - timedelta(days=40))
    course = Course(id=uuid.uuid4(), kind=CourseKind.GUIDANCE.value,
                    unit_name="Vuggestuen Humlebien, Seest",
                    pedagogue_id=cast.consultants["signe"].id, start_date=start,
                    hour_budget=GUIDANCE_BUDGET_HOURS,
                    goals="Sprog og samspil for en dreng på 2 år med forsinket sprog, som "
                          "trækker sig fra fællesskabet ved samling og overgange.")
    s.add(course)
    s.flush()
    for number, (mode, hours, notes) in enumerate(GUIDANCE_SESSIONS, start=1):
        day = workday_after(start + timedelta(days=9 * (number - 1)))
        s.add(CourseSession(course_id=course.id, held_at=at(day, 13, 0), mode=mode.value,
                            hours=hours, sequence=number, notes=notes))


def _absence(s: Session, cast: Cast) -> None:
    """A week's holiday next month in the home 'susanne'; guest care for one of her children."""
    first_of_next = (cast.today.replace(day=1) + timedelta(days=32)).replace(day=1)
    monday = workday_after(first_of_next + timedelta(days=(7 - first_of_next.weekday()) % 7))
    home = cast.homes["susanne"]
    absence = Absence(id=uuid.uuid4(), home_id=home.id, starts_on=monday,
                      ends_on=monday + timedelta(days=4), reason=AbsenceReason.HOLIDAY.value,
                      note="Ferie, aftalt i god tid. Gæstepleje er planlagt; Bảo Minh holdes "
                           "hjemme af forældrene efter aftale.")
    s.add(absence)
    s.flush()
    freja = next(c for c in cast.children if c.spec.key == "freja")
    s.add(GuestCare(absence_id=absence.id, child_id=freja.id,
                    guest_home_id=cast.homes["annemette"].id, starts_on=monday,
                    ends_on=monday + timedelta(days=4), places=2,
                    note="Freja har besøgt gæstedagplejeren to gange før ferien."))
