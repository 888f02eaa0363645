"""Café visits (småbørnscafé) at 1½ years (seed 003): the health visitor, small-child
consultant, physiotherapist and speech-hearing consultant meet the family; the shared
notes are kept only when the guardians' consent to share is recorded.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain import courses as rules
from ...domain.ages import age_in_months
from ...domain.courses import CourseEndReason
from ...domain.enums import (AuditAction, ConsentPurpose, CourseKind, MeetingKind, MeetingStatus,
                             UserRole)
from ...domain.errors import ValidationError
from ...domain.danish import Day
from ...reports.dates import short_date
from ...store.models import Child, Course, Disclosure, MeetingParticipant
from ..security import audit
from ..security.access import require_child
from ..records.consents import ConsentMissingError, consents_of, reference, state_on
from ..context import LOCAL_TZ, AppContext
from .courses import (CourseDetail, CourseInfo, add_course_meeting, course_detail, course_infos,
                      course_meeting, guardians_of_child, professional_or_none, require_course)

CAFE_AGENDA = ("Forældrenes spørgsmål og iagttagelser", "Sundhed og trivsel", "Motorik",
               "Sprog, tale og hørelse", "Samspil og adfærd", "Aftaler (hvem, hvad, hvornår)")
CAFE_AGE_SLACK_MONTHS = 4
NOTES_WITHOUT_CONSENT = (
    "De fælles noter er ikke gemt: der mangler forældrenes samtykke til deling med "
    "samarbejdsparter for {child}. Registrér samtykket fra en forælder med "
    "forældremyndighed (formål: deling med samarbejdsparter), før noterne fra "
    "småbørnscaféen gemmes.")
NOTES_WITHOUT_CONSENT_SINCE = {  # by the state of the newest consent to share
    "withdrawn": NOTES_WITHOUT_CONSENT + " Det seneste samtykke blev trukket tilbage den {day}.",
    "expired": NOTES_WITHOUT_CONSENT + " Det seneste samtykke udløb den {day}.",
    "pending": NOTES_WITHOUT_CONSENT + " Det seneste samtykke gælder først fra den {day}.",
}


@dataclass(frozen=True)
class CafeInput:
    child_id: uuid.UUID
    starts_at: datetime
    ends_at: datetime
    place: str = ""
    professional_ids: tuple[uuid.UUID, ...] = ()  # health visitor, consultants, therapists
    invite_guardians: bool = True


def plan_cafe_visit(ctx: AppContext, data: CafeInput) -> CourseInfo:
    """The 1½-year café visit; ``missing_roles`` names who of the four is not invited."""
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    if data.ends_at <= data.starts_at:
        raise ValidationError("Caféen skal slutte, efter den begynder.")
    with ctx.db.transaction() as s:
        child = require_child(s, ctx, data.child_id)
        people = [professional_or_none(s, pid) for pid in dict.fromkeys(data.professional_ids)]
        day = data.starts_at.astimezone(LOCAL_TZ).date()
        course = Course(kind=CourseKind.CAFE.value, child_id=child.id, start_date=day,
                        family=child.full_name)
        s.add(course)
        s.flush()
        add_course_meeting(s, course, MeetingKind.CAFE, data.starts_at, data.ends_at,
                           data.place, CAFE_AGENDA, people,
                           guardians_of_child(s, child.id) if data.invite_guardians else [])
        audit.record(s, ctx, AuditAction.CREATE, "course", course.id, child_id=child.id,
                     detail=CourseKind.CAFE.value)
        return course_infos(s, [course], ctx.today(), _age_warning(child, day))[0]


def _age_warning(child: Child, day: date) -> str:
    if child.birth_date is None:
        return ""
    months = age_in_months(child.birth_date, day)
    if abs(months - rules.CAFE_AGE_MONTHS) <= CAFE_AGE_SLACK_MONTHS:
        return ""
    return (f"{child.full_name} er {months} måneder på dagen; småbørnscaféen er for børn "
            "omkring 1½ år.")


def _missing_sharing_consent(s: Session, child: Child, day: date) -> None:
    sharing = [c for c in consents_of(s, child.id) if c.purpose == ConsentPurpose.SHARING.value]
    if any(state_on(c, day) == "valid" for c in sharing):
        return
    template, day_of_change = NOTES_WITHOUT_CONSENT, None
    if sharing:
        latest = sharing[0]
        state = state_on(latest, day)
        template = NOTES_WITHOUT_CONSENT_SINCE[state]
        day_of_change = Day({"withdrawn": latest.withdrawn_on,
                                     "expired": latest.expires_on,
                                     "pending": latest.given_on}[state])
    raise ConsentMissingError(template, purpose=ConsentPurpose.SHARING,
                              recipient="småbørnscaféen", child=child.full_name,
                              day=day_of_change,
                              log_message=f"no valid sharing consent for child {child.id}")


def save_cafe_notes(ctx: AppContext, course_id: uuid.UUID, notes: str) -> CourseDetail:
    """Keep the shared notes only under a valid consent to share; the sharing is recorded
    as a disclosure to the professionals at the café."""
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    if not notes.strip():
        raise ValidationError("Skriv de fælles noter fra caféen.")
    with ctx.db.transaction() as s:
        course = require_course(s, ctx, course_id, CourseKind.CAFE)
        child = s.get(Child, course.child_id)
        _missing_sharing_consent(s, child, ctx.today())
        consent = next(c for c in consents_of(s, child.id)
                       if c.purpose == ConsentPurpose.SHARING.value
                       and state_on(c, ctx.today()) == "valid")
        meeting = course_meeting(s, course.id)
        meeting.minutes = notes.strip()
        if meeting.starts_at <= ctx.now():
            meeting.status = MeetingStatus.HELD.value
            if course.end_date is None:
                course.end_date = meeting.starts_at.astimezone(LOCAL_TZ).date()
                course.end_reason = CourseEndReason.COMPLETED.value
        professionals = s.scalars(select(MeetingParticipant.name).where(
            MeetingParticipant.meeting_id == meeting.id, MeetingParticipant.deleted_at.is_(None),
            MeetingParticipant.professional_id.is_not(None))).all()
        s.add(Disclosure(child_id=child.id, recipient=", ".join(professionals) or "Småbørnscafé",
                         what="Fælles noter fra småbørnscafé "
                         f"{short_date(meeting.starts_at.astimezone(LOCAL_TZ))}",
                         disclosed_at=ctx.now(), consent_id=consent.id,
                         disclosed_by=ctx.user.display_name))
        audit.record(s, ctx, AuditAction.UPDATE, "meeting", meeting.id, child_id=child.id,
                     detail=f"cafe notes under consent {reference(consent.id)}")
        s.flush()
        return course_detail(s, course, ctx.today())
