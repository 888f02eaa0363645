"""The record around each child, written through the services on the days it happened:
referrals and the committee's decisions, case team, consents, development and wellbeing
assessments; the home-pedagogue and guidance courses and next month's absence."""

from __future__ import annotations

import random
from datetime import date, timedelta

from ..domain.ages import age_in_months, describe_age
from ..domain.domains import domain_by_code
from ..domain.enums import (AbsenceReason, AssessmentKind, ConsentForm, ConsentPurpose,
                            ReferralStatus, ReferrerType, SessionMode, WellbeingPosition)
from ..services.records import absences, case_team, consents, guest_care
from ..services.journal import assessments
from ..services.office import courses, referrals
from ..services.office import visitation
from ..services.context import AppContext
from .history import as_of
from .phrases import COURSE_GOALS, COURSE_SESSION_NOTES, WELLBEING_COMMENTS
from .texts import Cast, DemoChild, at, workday_after, workday_before

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


def write_record(ctx: AppContext, cast: Cast, rng: random.Random) -> None:
    for child in cast.children:
        with ctx.db.transaction():  # one child's record at a time: the session stays small
            _referral(ctx, cast, child)
            _case_team(ctx, cast, child)
            _consents(ctx, cast, child)
            if child.home is not None:
                _development(ctx, cast, child)
                _wellbeing(ctx, cast, child, rng)
    with ctx.db.transaction():
        _course(ctx, cast)
        _guidance_course(ctx, cast)
        _absence(ctx, cast)



def _referral(ctx: AppContext, cast: Cast, child: DemoChild) -> None:
    referrer, kind = REFERRERS[child.spec.key]
    if child.home is None:
        received = workday_before(cast.today - timedelta(days=12))
        with as_of(ctx, received):
            referrals.register_referral(ctx, referrals.ReferralInput(
                kind, referrer, child.spec.referral_reason, child.spec.places,
                child_id=child.id, received_on=received,
                committee_date=workday_after(cast.today + timedelta(days=14))))
        return
    start = child.placement_start
    received = workday_before(start - timedelta(days=70))
    decided = workday_before(start - timedelta(days=42))
    with as_of(ctx, received):
        referral = referrals.register_referral(ctx, referrals.ReferralInput(
            kind, referrer, f"{child.spec.special_needs} Indstilles til Mini-dagplejen.",
            child.spec.places, child_id=child.id, received_on=received,
            committee_date=decided)).info
    with as_of(ctx, decided):
        visitation.record_decision(ctx, referral.id, visitation.DecisionInput(
            ReferralStatus.GRANTED, places=child.spec.places, decided_on=decided,
            revisitation_on=_revisitation(start, cast.today),
            note=f"Bevilget {child.spec.places} pladser i Mini-dagplejen. Revisitation "
                 "ved behov eller ved overgang."))


def _revisitation(start: date, today: date) -> date:
    """A grant is looked at again yearly, on an anniversary of the placement: the first
    one after the next committee meetings (a month from today)."""
    years = (today + timedelta(days=30) - start).days // 365 + 1
    return workday_after(start + timedelta(days=365 * years))



def _case_team(ctx: AppContext, cast: Cast, child: DemoChild) -> None:
    start = child.placement_start or cast.today - timedelta(days=12)
    members = [cast.consultant_for(child)]
    if child.home is not None:
        members.append(child.home.childminder)
    members += [cast.partners[key] for key in child.spec.partners]
    with as_of(ctx, start):
        for person in members:
            case_team.add_case_team_member(ctx, child.id, person.id, person.role, start)



def _consents(ctx: AppContext, cast: Cast, child: DemoChild) -> None:
    custody = [g for g in child.guardians if g.spec.has_custody]
    start = child.placement_start or cast.today - timedelta(days=12)
    if child.home is None:
        _consent(ctx, child, custody[0], ConsentPurpose.SHARING,
                 ("Visitationsudvalget 0-6 år", "Mini-dagplejen"),
                 "Sundhedsplejens journal om motorik, spisning og trivsel", start,
                 categories=("helbred", "udvikling", "trivsel"), recipient_role="Visitation")
        return
    recipients = tuple(SHARING_RECIPIENTS[k] for k in child.spec.partners)
    withdrawn = (cast.today - timedelta(days=60) if child.spec.key == WITHDRAWN_SHARING
                 else None)
    signers = custody if child.spec.key == "zoe" else custody[:1]  # two homes: both sign
    for guardian in signers:
        _consent(ctx, child, guardian, ConsentPurpose.SHARING, recipients,
                 "Observationer, mål, handleplan og referater af statusmøder",
                 start + timedelta(days=3),
                 categories=("observationer", "handleplan", "statusbeskrivelse"),
                 recipient_role="Samarbejdsparter omkring barnet", withdrawn_on=withdrawn)
    _consent(ctx, child, custody[-1], ConsentPurpose.PHOTOS,
             ("Forældrene og mini-dagplejerens dokumentation",),
             "Billeder fra hverdagen i dagplejen", start,
             form=ConsentForm.ORAL if child.spec.key == "oskar" else ConsentForm.WRITTEN)
    handover_to = child.spec.extra.get("handover_to")
    if handover_to:
        _consent(ctx, child, custody[0], ConsentPurpose.HANDOVER, (handover_to,),
                 "Handleplan, seneste statusbeskrivelse, udviklingsvurderinger "
                 "og observationer om motorik og trivsel", cast.today - timedelta(days=21),
                 categories=("observationer", "udvikling", "handleplan", "statusbeskrivelse",
                             "trivsel"), recipient_role="Kommende børnehave",
                 expires_on=cast.today + timedelta(days=180))
    if child.spec.key == NARROW_HANDOVER[0]:
        _, recipient, role, codes = NARROW_HANDOVER
        _consent(ctx, child, custody[0], ConsentPurpose.HANDOVER, (recipient,),
                 "Handleplan og udviklingsvurderinger", cast.today - timedelta(days=14),
                 categories=codes, recipient_role=role,
                 expires_on=cast.today + timedelta(days=180))
    if child.spec.key == WITHDRAWN_HANDOVER[0]:
        given, withdrawn = (cast.today - timedelta(days=d) for d in WITHDRAWN_HANDOVER_DAYS)
        _consent(ctx, child, custody[0], ConsentPurpose.HANDOVER, (WITHDRAWN_HANDOVER[1],),
                 "Handleplan, seneste statusbeskrivelse og observationer om "
                 "sprog og samspil", given,
                 categories=("observationer", "handleplan", "statusbeskrivelse"),
                 recipient_role="Kommende børnehave", withdrawn_on=withdrawn)


def _consent(ctx: AppContext, child: DemoChild, guardian, purpose: ConsentPurpose,
             recipients: tuple[str, ...], information: str, given_on: date, *,
             categories: tuple[str, ...] = (), recipient_role: str = "",
             form: ConsentForm = ConsentForm.WRITTEN, expires_on: date | None = None,
             withdrawn_on: date | None = None) -> None:
    """Recorded the day the guardian gave it; a withdrawal the day it came."""
    with as_of(ctx, given_on):
        info = consents.record_consent(ctx, consents.ConsentInput(
            child.id, guardian.id, purpose, recipients, information, given_on,
            expires_on=expires_on, form=form, categories=categories,
            recipient_role=recipient_role))
    if withdrawn_on is not None:
        with as_of(ctx, withdrawn_on):
            consents.withdraw_consent(ctx, info.id, withdrawn_on)



def _quarters(cast: Cast, child: DemoChild, offset: int) -> list[tuple[int, date]]:
    days = []
    for k in range(4):
        day = workday_before(cast.today - timedelta(days=offset + 91 * k))
        if day >= child.placement_start + timedelta(days=30):
            days.append((k, day))
    return days


def _development(ctx: AppContext, cast: Cast, child: DemoChild) -> None:
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
            with as_of(ctx, day, assessor):
                assessments.add_development_assessment(ctx, child.id, day, code, level, note)



def _wellbeing(ctx: AppContext, cast: Cast, child: DemoChild, rng) -> None:
    consultant, minder = cast.consultant_for(child), child.home.childminder
    names = child.pronouns()
    for k, day in _quarters(cast, child, 25):
        joint = WellbeingPosition.YELLOW if YELLOW_QUARTER.get(child.spec.key) == k \
            else WellbeingPosition.GREEN
        if child.spec.key == RED_EPISODE and k == 1:
            joint = WellbeingPosition.YELLOW  # on the way back after the red episode
        own = joint if rng.random() < 0.8 else WellbeingPosition.YELLOW
        _assessments(ctx, child, day, [(minder, own), (consultant, joint)], consultant, joint,
                     rng.choice(WELLBEING_COMMENTS[joint.value]).format(**names))
    if child.spec.key == RED_EPISODE:
        day = workday_before(cast.today - timedelta(days=sum(RED_DAYS_AGO) // 2))
        red = WellbeingPosition.RED
        _assessments(ctx, child, day, [(minder, red), (consultant, red)], consultant, red,
                     WELLBEING_COMMENTS["red"][0].format(**names))



def _assessments(ctx: AppContext, child: DemoChild, day: date, individual, assessor, joint,
                 comment: str) -> None:
    for person, position in individual:
        with as_of(ctx, day, person):
            assessments.add_wellbeing_assessment(ctx, child.id, day, AssessmentKind.INDIVIDUAL,
                                                 position)
    with as_of(ctx, day, assessor):
        assessments.add_wellbeing_assessment(ctx, child.id, day, AssessmentKind.JOINT, joint,
                                             comment)



def _course(ctx: AppContext, cast: Cast) -> None:
    start = workday_after(cast.today - timedelta(days=70))
    pedagogue = cast.partners["home_pedagogue"]
    with as_of(ctx, start):
        course = courses.start_home_pedagogue_course(ctx, courses.HomePedagogueInput(
            "Familien Winther Poulsen (to børn på 1 og 2 år)", start,
            start + timedelta(weeks=38), 3.0, pedagogue_id=pedagogue.id,
            goals=f"Aftalt med familien ved opstartsmødet {start:%d.%m.%Y}:\n" + COURSE_GOALS))
    week = 0
    while start + timedelta(weeks=week) < cast.today:
        phone = week % 4 == 3
        held = at(start + timedelta(weeks=week), 9, 30)
        with as_of(ctx, held, pedagogue):
            courses.add_session(ctx, course.id, courses.SessionInput(
                held, SessionMode.PHONE if phone else SessionMode.PHYSICAL,
                0.5 if phone else 3.0, COURSE_SESSION_NOTES[week % len(COURSE_SESSION_NOTES)]))
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


def _guidance_course(ctx: AppContext, cast: Cast) -> None:
    start = workday_after(cast.today - timedelta(days=40))
    guide = cast.consultants["signe"]
    with as_of(ctx, start):
        course = courses.start_guidance_course(ctx, courses.GuidanceInput(
            "Vuggestuen Humlebien, Seest", start, pedagogue_id=guide.id,
            challenge="Sprog og samspil for en dreng på 2 år med forsinket sprog, som "
                      "trækker sig fra fællesskabet ved samling og overgange."))
    for number, (mode, hours, notes) in enumerate(GUIDANCE_SESSIONS, start=1):
        held = at(workday_after(start + timedelta(days=9 * (number - 1))), 13, 0)
        with as_of(ctx, held, guide):
            courses.add_session(ctx, course.id, courses.SessionInput(held, mode, hours, notes))



def _absence(ctx: AppContext, cast: Cast) -> None:
    """A week's holiday next month in the home 'susanne'; guest care for one of her children."""
    first_of_next = (cast.today.replace(day=1) + timedelta(days=32)).replace(day=1)
    monday = workday_after(first_of_next + timedelta(days=(7 - first_of_next.weekday()) % 7))
    home = cast.homes["susanne"]
    absence = absences.register_absence(ctx, absences.AbsenceInput(
        home.id, monday, monday + timedelta(days=4), AbsenceReason.HOLIDAY,
        note="Ferie, aftalt i god tid. Gæstepleje er planlagt; Bảo Minh holdes "
             "hjemme af forældrene efter aftale."))
    freja = next(c for c in cast.children if c.spec.key == "freja")
    guest_care.book_guest_care(ctx, guest_care.GuestCareInput(
        absence.id, freja.id, cast.homes["annemette"].id, monday, monday + timedelta(days=4),
        note="Freja har besøgt gæstedagplejeren to gange før ferien."))

