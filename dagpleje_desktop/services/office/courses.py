"""Courses: home-pedagogue courses (at most 40 weeks, seed 004) and guidance courses for a
daycare unit (minivejledning, 10 hours, seed 002); listing and showing every course,
café visits included (those are planned and noted in ``cafe_visits``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain import courses as rules
from ...domain.courses import CourseEndReason, HourBudget
from ...domain.enums import (AuditAction, CourseKind, MeetingKind, MeetingStatus, ProfessionalRole,
                             SessionMode, UserRole)
from ...domain.errors import Label, NotFoundError, ValidationError
from ...reports.dates import short_date
from ...store.models import (Child, ChildGuardian, Course, CourseSession, Meeting,
                             MeetingAgendaItem, MeetingParticipant, Professional)
from ..security import audit
from ..security.access import require_child, visible_child_ids
from ..context import LOCAL_TZ, AppContext

CAFE_ROLES = (ProfessionalRole.HEALTH_VISITOR, ProfessionalRole.SMALL_CHILD_CONSULTANT,
              ProfessionalRole.PHYSIOTHERAPIST, ProfessionalRole.SPEECH_HEARING_CONSULTANT)
HOME_PEDAGOGUE_AGENDA = ("Velkommen og præsentation", "Familiens fortælling og udfordringen",
                         "Mål for forløbet", "Timer og besøg i hjemmet",
                         "Afslutning: når målene er nået, senest efter 40 uger",
                         "Aftaler (hvem, hvad, hvornår)")
_ROLES = (UserRole.CONSULTANT, UserRole.OFFICE)
# A course's status as shown; also the message ids of its English translation.
STATUS_TEXTS = {"running": "I gang", "ended": "Afsluttet {day}",
                "ended_because": "Afsluttet {day} ({reason})"}


@dataclass(frozen=True)
class HomePedagogueInput:
    family: str
    start_date: date
    planned_end: date
    weekly_hours: float
    goals: str = ""                              # agreed with the family at the start meeting
    pedagogue_id: uuid.UUID | None = None
    child_id: uuid.UUID | None = None
    start_meeting_at: datetime | None = None     # planned with the course when given
    start_meeting_minutes: int = 60
    start_meeting_place: str = ""


@dataclass(frozen=True)
class GuidanceInput:
    unit_name: str
    start_date: date
    challenge: str = ""                          # the concrete challenge the guidance is on
    pedagogue_id: uuid.UUID | None = None        # the guiding consultant


@dataclass(frozen=True)
class SessionInput:
    held_at: datetime
    mode: SessionMode
    hours: float
    notes: str = ""


@dataclass(frozen=True)
class CourseInfo:
    id: uuid.UUID
    kind: CourseKind
    title: str
    child_id: uuid.UUID | None
    child_name: str
    family: str
    unit_name: str
    pedagogue_id: uuid.UUID | None
    pedagogue_name: str
    start_date: date
    planned_end: date | None
    latest_end: date | None         # home-pedagogue courses: start + 40 weeks
    weekly_hours: float | None
    hour_budget: float | None
    hours_used: float
    goals: str
    end_date: date | None
    end_reason: CourseEndReason | None
    meeting_id: uuid.UUID | None    # the start meeting or the café visit
    meeting_at: datetime | None
    warning: str = ""
    missing_roles: tuple[str, ...] = ()   # café: who of the four is not invited

    @property
    def is_running(self) -> bool:
        return self.end_date is None

    @property
    def budget(self) -> HourBudget | None:
        return HourBudget(self.hour_budget, self.hours_used) if self.hour_budget else None

    @property
    def status_label(self) -> str:
        template, params = self.status_parts()
        return template.format(**params)

    def status_parts(self) -> tuple[str, dict[str, object]]:
        """The status as a template of STATUS_TEXTS and its values (for a translation)."""
        if self.end_date is None:
            return STATUS_TEXTS["running"], {}
        params: dict[str, object] = {"day": short_date(self.end_date)}
        if self.end_reason is None:
            return STATUS_TEXTS["ended"], params
        return STATUS_TEXTS["ended_because"], {**params,
                                               "reason": self.end_reason.label.lower()}


@dataclass(frozen=True)
class SessionInfo:
    id: uuid.UUID
    sequence: int
    held_at: datetime
    mode: SessionMode
    hours: float
    notes: str


@dataclass(frozen=True)
class CourseDetail:
    info: CourseInfo
    sessions: list[SessionInfo] = field(default_factory=list)
    shared_notes: str = ""


# --- shared helpers ---------------------------------------------------------------------

def require_course(s: Session, ctx: AppContext, course_id: uuid.UUID,
                   kind: CourseKind | None = None) -> Course:
    course = s.get(Course, course_id)
    if course is None or course.is_deleted:
        raise NotFoundError("Forløbet med id {course_id} findes ikke.", course_id=course_id)
    if course.child_id is not None:
        require_child(s, ctx, course.child_id)
    elif visible_child_ids(s, ctx) is not None:
        raise NotFoundError("Forløbet med id {course_id} findes ikke.", course_id=course_id,
                            log_message="childminder asked for a course without a child")
    if kind is not None and course.kind != kind.value:
        raise ValidationError("Det er et {kind}, ikke et {kind2}.",
                              kind=Label(CourseKind(course.kind).label.lower()),
                              kind2=Label(kind.label.lower()), log_message="wrong course kind")
    return course


def require_running(course: Course) -> None:
    if course.end_date is not None:
        raise ValidationError("Forløbet blev afsluttet {end_date} og kan ikke ændres.",
                              end_date=short_date(course.end_date),
                              log_message="course already ended")


def professional_or_none(s: Session, professional_id: uuid.UUID | None) -> Professional | None:
    if professional_id is None:
        return None
    person = s.get(Professional, professional_id)
    if person is None or person.is_deleted:
        raise ValidationError("Den valgte fagperson findes ikke.")
    return person


def add_course_meeting(s: Session, course: Course, kind: MeetingKind, starts_at: datetime,
                       ends_at: datetime, place: str, agenda: tuple[str, ...],
                       people: list[Professional], guardians: list[ChildGuardian]) -> Meeting:
    """The course's start meeting or café visit, with its agenda and invited people."""
    meeting = Meeting(kind=kind.value, course_id=course.id, child_id=course.child_id,
                      starts_at=starts_at, ends_at=ends_at, place=place.strip(),
                      agenda="\n".join(agenda), status=MeetingStatus.PLANNED.value)
    s.add(meeting)
    s.flush()
    for position, title in enumerate(agenda):
        s.add(MeetingAgendaItem(meeting_id=meeting.id, position=position, title=title))
    for link in guardians:
        s.add(MeetingParticipant(meeting_id=meeting.id, guardian_id=link.guardian_id,
                                 name=link.guardian.name, role=link.relation))
    for person in people:
        s.add(MeetingParticipant(meeting_id=meeting.id, professional_id=person.id,
                                 name=person.name, role=ProfessionalRole(person.role).label))
    return meeting


def guardians_of_child(s: Session, child_id: uuid.UUID | None) -> list[ChildGuardian]:
    if child_id is None:
        return []
    return list(s.scalars(select(ChildGuardian).where(
        ChildGuardian.child_id == child_id, ChildGuardian.deleted_at.is_(None))
        .order_by(ChildGuardian.created_at)))


def _check_hours(weekly_hours: float) -> None:
    if not 0 < weekly_hours <= 40:
        raise ValidationError("Skriv antal timer om ugen (mere end 0 og højst 40).",
                              log_message="weekly hours out of range")


# --- home-pedagogue courses -------------------------------------------------------------

def start_home_pedagogue_course(ctx: AppContext, data: HomePedagogueInput) -> CourseInfo:
    """A course in the family's home; the result's ``warning`` says when the planned end
    lies in the last four weeks before the 40-week limit (beyond it is refused)."""
    ctx.require_role(*_ROLES)
    if not data.family.strip():
        raise ValidationError("Skriv hvilken familie forløbet er for.")
    _check_hours(data.weekly_hours)
    warning = rules.check_planned_end(data.start_date, data.planned_end)
    with ctx.db.transaction() as s:
        if data.child_id is not None:
            require_child(s, ctx, data.child_id)
        pedagogue = professional_or_none(s, data.pedagogue_id)
        course = Course(kind=CourseKind.HOME_PEDAGOGUE.value, child_id=data.child_id,
                        family=data.family.strip(), pedagogue_id=data.pedagogue_id,
                        start_date=data.start_date, planned_end=data.planned_end,
                        weekly_hours=data.weekly_hours, goals=data.goals.strip())
        s.add(course)
        s.flush()
        if data.start_meeting_at is not None:
            ends = data.start_meeting_at + timedelta(minutes=data.start_meeting_minutes)
            add_course_meeting(s, course, MeetingKind.START, data.start_meeting_at, ends,
                               data.start_meeting_place or "I familiens hjem",
                               HOME_PEDAGOGUE_AGENDA, [pedagogue] if pedagogue else [],
                               guardians_of_child(s, data.child_id))
        audit.record(s, ctx, AuditAction.CREATE, "course", course.id, child_id=course.child_id,
                     detail=CourseKind.HOME_PEDAGOGUE.value)
        return course_infos(s, [course], ctx.today(), warning)[0]


def change_planned_end(ctx: AppContext, course_id: uuid.UUID, planned_end: date) -> CourseInfo:
    ctx.require_role(*_ROLES)
    with ctx.db.transaction() as s:
        course = require_course(s, ctx, course_id, CourseKind.HOME_PEDAGOGUE)
        require_running(course)
        warning = rules.check_planned_end(course.start_date, planned_end)
        course.planned_end = planned_end
        audit.record(s, ctx, AuditAction.UPDATE, "course", course.id, child_id=course.child_id,
                     detail=f"planned end {planned_end}")
        return course_infos(s, [course], ctx.today(), warning)[0]


def set_course_goals(ctx: AppContext, course_id: uuid.UUID, goals: str) -> CourseInfo:
    """The goals agreed with the family (or the unit) at the start meeting."""
    ctx.require_role(*_ROLES)
    if not goals.strip():
        raise ValidationError("Skriv de mål, der er aftalt.")
    with ctx.db.transaction() as s:
        course = require_course(s, ctx, course_id)
        require_running(course)
        course.goals = goals.strip()
        audit.record(s, ctx, AuditAction.UPDATE, "course", course.id, child_id=course.child_id,
                     detail="goals")
        return course_infos(s, [course], ctx.today())[0]


def end_course(ctx: AppContext, course_id: uuid.UUID, end_date: date,
               reason: CourseEndReason) -> CourseInfo:
    """A home-pedagogue course ends when its goals are met or the family is referred on."""
    ctx.require_role(*_ROLES)
    with ctx.db.transaction() as s:
        course = require_course(s, ctx, course_id)
        require_running(course)
        limited = course.kind == CourseKind.HOME_PEDAGOGUE.value
        if limited and reason not in rules.HOME_PEDAGOGUE_END_REASONS:
            raise ValidationError("Et hjemmepædagogisk forløb afsluttes, når målene er nået, "
                                  "eller når familien henvises til en anden indsats.")
        rules.check_end(course.start_date, end_date, limited=limited)
        course.end_date, course.end_reason = end_date, reason.value
        audit.record(s, ctx, AuditAction.UPDATE, "course", course.id, child_id=course.child_id,
                     detail=f"ended: {reason.value}")
        return course_infos(s, [course], ctx.today())[0]


# --- guidance courses -------------------------------------------------------------------

def start_guidance_course(ctx: AppContext, data: GuidanceInput) -> CourseInfo:
    ctx.require_role(*_ROLES)
    if not data.unit_name.strip():
        raise ValidationError("Skriv hvilket dagtilbud vejledningen er for.")
    with ctx.db.transaction() as s:
        professional_or_none(s, data.pedagogue_id)
        course = Course(kind=CourseKind.GUIDANCE.value, unit_name=data.unit_name.strip(),
                        pedagogue_id=data.pedagogue_id, start_date=data.start_date,
                        hour_budget=rules.GUIDANCE_BUDGET_HOURS, goals=data.challenge.strip())
        s.add(course)
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, "course", course.id,
                     detail=CourseKind.GUIDANCE.value)
        return course_infos(s, [course], ctx.today())[0]


def hours_used(s: Session, course_id: uuid.UUID) -> float:
    return float(s.scalar(select(func.coalesce(func.sum(CourseSession.hours), 0.0)).where(
        CourseSession.course_id == course_id, CourseSession.deleted_at.is_(None))) or 0.0)


def add_session(ctx: AppContext, course_id: uuid.UUID, data: SessionInput) -> CourseInfo:
    """A video meeting, phone call or physical meeting in a guidance course (its 10 hours
    are never exceeded) or a week's visit or call in a home-pedagogue course."""
    ctx.require_role(*_ROLES)
    if data.held_at.tzinfo is None:
        raise ValueError("held_at must be timezone-aware")
    with ctx.db.transaction() as s:
        course = require_course(s, ctx, course_id)
        if course.kind == CourseKind.CAFE.value:  # a café visit is a meeting, not sessions
            require_course(s, ctx, course_id, CourseKind.GUIDANCE)
        require_running(course)
        if data.held_at.astimezone(LOCAL_TZ).date() < course.start_date:
            raise ValidationError("Sessionen ligger før forløbets start ({start_date}).",
                                  start_date=short_date(course.start_date))
        if course.kind == CourseKind.GUIDANCE.value:
            HourBudget(course.hour_budget, hours_used(s, course.id)).check_session(data.hours)
        elif not 0 < data.hours <= 24:
            raise ValidationError("En session skal vare mere end 0 og højst 24 timer.",
                                  log_message="session hours out of range")
        count = s.scalar(select(func.count()).select_from(CourseSession).where(
            CourseSession.course_id == course.id, CourseSession.deleted_at.is_(None)))
        s.add(CourseSession(course_id=course.id, held_at=data.held_at, mode=data.mode.value,
                            hours=round(data.hours, 2), notes=data.notes.strip(),
                            sequence=count + 1))
        s.flush()
        audit.record(s, ctx, AuditAction.UPDATE, "course", course.id,
                     detail=f"session {data.mode.value} {data.hours}h")
        return course_infos(s, [course], ctx.today())[0]


# --- read models ------------------------------------------------------------------------

def course_meeting(s: Session, course_id: uuid.UUID) -> Meeting | None:
    return s.scalar(select(Meeting).where(Meeting.course_id == course_id,
                                          Meeting.deleted_at.is_(None))
                    .order_by(Meeting.starts_at).limit(1))


def _missing_roles(s: Session, meeting: Meeting | None) -> tuple[str, ...]:
    roles = set() if meeting is None else set(s.scalars(
        select(Professional.role).join(MeetingParticipant,
                                       MeetingParticipant.professional_id == Professional.id)
        .where(MeetingParticipant.meeting_id == meeting.id,
               MeetingParticipant.deleted_at.is_(None))))
    return tuple(r.label for r in CAFE_ROLES if r.value not in roles)


def course_infos(s: Session, courses: list[Course], today: date,
                 warning: str = "") -> list[CourseInfo]:
    result = []
    for c in courses:
        kind = CourseKind(c.kind)
        child = s.get(Child, c.child_id) if c.child_id else None
        pedagogue = s.get(Professional, c.pedagogue_id) if c.pedagogue_id else None
        meeting = course_meeting(s, c.id)
        subject = c.unit_name or c.family or (child.full_name if child else "")
        note = warning
        if not note and kind == CourseKind.HOME_PEDAGOGUE and c.end_date is None:
            note = rules.running_warning(c.start_date, today)
        result.append(CourseInfo(
            c.id, kind, f"{kind.label} – {subject}" if subject else kind.label, c.child_id,
            child.full_name if child else "", c.family, c.unit_name, c.pedagogue_id,
            pedagogue.name if pedagogue else "", c.start_date, c.planned_end,
            rules.latest_end(c.start_date) if kind == CourseKind.HOME_PEDAGOGUE else None,
            c.weekly_hours, c.hour_budget, hours_used(s, c.id), c.goals, c.end_date,
            CourseEndReason(c.end_reason) if c.end_reason else None,
            meeting.id if meeting else None, meeting.starts_at if meeting else None, note,
            _missing_roles(s, meeting) if kind == CourseKind.CAFE else ()))
    return result


def course_detail(s: Session, course: Course, today: date) -> CourseDetail:
    sessions = [SessionInfo(r.id, r.sequence, r.held_at, SessionMode(r.mode), r.hours, r.notes)
                for r in s.scalars(select(CourseSession).where(
                    CourseSession.course_id == course.id, CourseSession.deleted_at.is_(None))
                    .order_by(CourseSession.held_at, CourseSession.sequence))]
    meeting = course_meeting(s, course.id)
    notes = meeting.minutes if meeting is not None and course.kind == CourseKind.CAFE.value \
        else ""
    return CourseDetail(course_infos(s, [course], today)[0], sessions, notes)


def get_course(ctx: AppContext, course_id: uuid.UUID) -> CourseDetail:
    with ctx.db.transaction() as s:
        course = require_course(s, ctx, course_id)
        audit.record(s, ctx, AuditAction.VIEW, "course", course.id, child_id=course.child_id)
        return course_detail(s, course, ctx.today())


def list_courses(ctx: AppContext, *, kind: CourseKind | None = None,
                 running_only: bool = False) -> list[CourseInfo]:
    """Courses, running ones first, then by start date (newest first)."""
    with ctx.db.transaction() as s:
        query = select(Course).where(Course.deleted_at.is_(None))
        if kind is not None:
            query = query.where(Course.kind == kind.value)
        if running_only:
            query = query.where(Course.end_date.is_(None))
        rows = list(s.scalars(query))
        visible = visible_child_ids(s, ctx)
        if visible is not None:
            rows = [c for c in rows if c.child_id in visible]
        rows.sort(key=lambda c: (c.end_date is not None, -c.start_date.toordinal(),
                                 str(c.id)))
        audit.record(s, ctx, AuditAction.VIEW, "course_list", detail=f"{len(rows)} courses")
        for child_id in dict.fromkeys(c.child_id for c in rows if c.child_id):
            audit.record(s, ctx, AuditAction.VIEW, "course_list", child_id=child_id)
        return course_infos(s, rows, ctx.today())
