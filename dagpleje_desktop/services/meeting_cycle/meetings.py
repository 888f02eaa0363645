"""Meetings about a child: plan, move, cancel, participants and agenda, list and show.

Preparing a meeting lives in ``meeting_preparation``; holding and concluding it in
``meeting_minutes``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.enums import (Attendance, AuditAction, MeetingKind, MeetingStatus, ProfessionalRole,
                             UserRole)
from ...domain.agendas import KINDS_ABOUT_A_CHILD, STATUS_AGENDA, default_agenda  # noqa: F401
from ...domain.errors import Label, NotFoundError, ValidationError
from ...domain.danish import Day
from ...store import link_sets
from ...store.models import (CaseTeamMember, Child, ChildGuardian, ChildminderHome, FollowUp,
                             Meeting, MeetingAgendaItem, MeetingParticipant, Placement,
                             Professional)
from ...store.types import utcnow
from ..security import audit
from ..security.access import active_on, require_child, visible_child_ids
from ..context import LOCAL_TZ, AppContext
from .follow_ups import FollowUpInfo, follow_ups_where
from ..records.sharing import blocked_parties, is_blocked

# A party whose consent to share has ended is not invited (by the consent's state).
NOT_INVITED = {
    "withdrawn": "{name} kan ikke inviteres: samtykket til at dele oplysninger med dem blev "
                 "trukket tilbage den {day}.",
    "expired": "{name} kan ikke inviteres: samtykket til at dele oplysninger med dem udløb "
               "den {day}.",
}


@dataclass(frozen=True)
class ParticipantInput:
    name: str = ""  # filled in from the professional or guardian when left empty
    role: str = ""
    professional_id: uuid.UUID | None = None
    guardian_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ParticipantInfo:
    id: uuid.UUID
    name: str
    role: str
    professional_id: uuid.UUID | None
    guardian_id: uuid.UUID | None
    attendance: Attendance


@dataclass(frozen=True)
class AgendaItemInfo:
    id: uuid.UUID
    position: int
    title: str
    minutes: str


@dataclass(frozen=True)
class MeetingInput:
    kind: MeetingKind
    starts_at: datetime
    ends_at: datetime
    child_id: uuid.UUID | None = None
    place: str = ""
    participants: tuple[ParticipantInput, ...] = ()
    agenda: tuple[str, ...] | None = None  # None: the default agenda for the kind


@dataclass(frozen=True)
class MeetingSummary:
    id: uuid.UUID
    kind: MeetingKind
    start: datetime
    end: datetime
    child_id: uuid.UUID | None
    status: MeetingStatus
    place: str
    child_name: str

    @property
    def title(self) -> str:
        return f"{self.kind.label} – {self.child_name}" if self.child_name else self.kind.label


@dataclass(frozen=True)
class MeetingDetail:
    summary: MeetingSummary
    participants: list[ParticipantInfo] = field(default_factory=list)
    agenda: list[AgendaItemInfo] = field(default_factory=list)
    preparation_notes: str = ""
    minutes: str = ""
    decisions: str = ""
    follow_ups: list[FollowUpInfo] = field(default_factory=list)
    resulting_plan_id: uuid.UUID | None = None
    referent: str = ""                       # recorded with the minutes
    next_meeting_at: datetime | None = None  # as agreed at the meeting


def _local(moment: datetime) -> str:
    return moment.astimezone(LOCAL_TZ).strftime("%d-%m-%Y kl. %H:%M")


def validate_times(starts_at: datetime, ends_at: datetime) -> None:
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise ValueError("meeting times must be timezone-aware")
    if ends_at <= starts_at:
        raise ValidationError(
            "Mødet skal slutte efter det begynder: slut {ends_at} ligger ikke efter start "
            "{starts_at}.",
            ends_at=_local(ends_at), starts_at=_local(starts_at),
            log_message="meeting ends before it starts")


def _validate(data: MeetingInput) -> None:
    validate_times(data.starts_at, data.ends_at)
    if data.kind in KINDS_ABOUT_A_CHILD and data.child_id is None:
        raise ValidationError("Vælg hvilket barn mødet handler om ({kind}).",
                              kind=Label(data.kind.label),
                              log_message="child meeting without child")
    if data.agenda is not None and not any(t.strip() for t in data.agenda):
        raise ValidationError("Dagsordenen skal have mindst ét punkt.")


def require_meeting(session: Session, ctx: AppContext, meeting_id: uuid.UUID) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.is_deleted:
        raise NotFoundError("Mødet med id {meeting_id} findes ikke.", meeting_id=meeting_id)
    if meeting.child_id is not None:
        require_child(session, ctx, meeting.child_id)
    elif visible_child_ids(session, ctx) is not None:
        raise NotFoundError("Mødet med id {meeting_id} findes ikke.", meeting_id=meeting_id,
                            log_message="childminder asked for a meeting without a child")
    return meeting


def require_status(meeting: Meeting, *allowed: MeetingStatus, action: str = "ændres") -> None:
    """``action`` completes "Mødet er aflyst og kan ikke ...", e.g. "flyttes"."""
    status = MeetingStatus(meeting.status)
    if status not in allowed:
        raise ValidationError("Mødet er {status} og kan ikke {action}.",
                              status=Label(status.label.lower()), action=Label(action),
                              log_message=f"meeting is {status}")


def _resolve_participant(session: Session, meeting: Meeting, data: ParticipantInput,
                         today=None) -> MeetingParticipant:
    name, role = data.name.strip(), data.role.strip()
    if data.professional_id is not None:
        person = session.get(Professional, data.professional_id)
        if person is None or person.is_deleted:
            raise ValidationError("En af deltagerne findes ikke blandt fagpersonerne.")
        name = name or person.name
        role = role or ProfessionalRole(person.role).label
    if data.guardian_id is not None:
        link = session.scalar(select(ChildGuardian).where(
            ChildGuardian.guardian_id == data.guardian_id,
            ChildGuardian.child_id == meeting.child_id, ChildGuardian.deleted_at.is_(None)))
        if link is None:
            raise ValidationError("En af deltagerne er ikke forælder til barnet.")
        name = name or link.guardian.name
        role = role or link.relation
    if not name:
        raise ValidationError("Hver deltager skal have et navn.")
    row = MeetingParticipant(meeting_id=meeting.id, professional_id=data.professional_id,
                             guardian_id=data.guardian_id, name=name, role=role)
    if meeting.child_id is not None and data.guardian_id is None:
        # A withdrawn or expired consent takes effect: that party is not invited.
        today = today or utcnow().astimezone(LOCAL_TZ).date()
        for party in blocked_parties(session, meeting.child_id, today, [row]):
            if is_blocked([party], name, data.professional_id):
                raise ValidationError(NOT_INVITED[party.state], name=name,
                                      day=Day(party.ended_on),
                                      log_message="participant without a valid sharing consent")
    return row


def _set_agenda(session: Session, meeting: Meeting, titles: Sequence[str]) -> None:
    """Keep items (and their minutes) whose title stays; tombstone the rest."""
    titles = [t.strip() for t in titles if t.strip()]
    existing = {i.title: i for i in _agenda_rows(session, meeting.id)}
    for position, title in enumerate(titles):
        item = existing.pop(title, None)
        if item is None:
            session.add(MeetingAgendaItem(meeting_id=meeting.id, position=position, title=title))
        else:
            item.position = position
    for item in existing.values():
        item.deleted_at = utcnow()
    meeting.agenda = "\n".join(titles)


def _agenda_rows(session: Session, meeting_id: uuid.UUID) -> list[MeetingAgendaItem]:
    return list(session.scalars(select(MeetingAgendaItem).where(
        MeetingAgendaItem.meeting_id == meeting_id, MeetingAgendaItem.deleted_at.is_(None))
        .order_by(MeetingAgendaItem.position)))


def plan_meeting(ctx: AppContext, data: MeetingInput) -> MeetingDetail:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    _validate(data)
    with ctx.db.transaction() as s:
        if data.child_id is not None:
            require_child(s, ctx, data.child_id)
        meeting = Meeting(child_id=data.child_id, kind=data.kind.value,
                          starts_at=data.starts_at, ends_at=data.ends_at,
                          place=data.place.strip(), status=MeetingStatus.PLANNED.value)
        s.add(meeting)
        s.flush()
        for participant in data.participants:
            s.add(_resolve_participant(s, meeting, participant, ctx.today()))
        _set_agenda(s, meeting, data.agenda if data.agenda is not None
                    else default_agenda(data.kind))
        audit.record(s, ctx, AuditAction.CREATE, "meeting", meeting.id, child_id=meeting.child_id)
        s.flush()
        return meeting_detail(s, meeting)


def move_meeting(ctx: AppContext, meeting_id: uuid.UUID, starts_at: datetime,
                 ends_at: datetime, place: str | None = None) -> MeetingSummary:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    validate_times(starts_at, ends_at)
    with ctx.db.transaction() as s:
        meeting = require_meeting(s, ctx, meeting_id)
        require_status(meeting, MeetingStatus.PLANNED, action="flyttes")
        meeting.starts_at, meeting.ends_at = starts_at, ends_at
        if place is not None:
            meeting.place = place.strip()
        audit.record(s, ctx, AuditAction.UPDATE, "meeting", meeting.id, child_id=meeting.child_id,
                     detail="moved")
        return summaries(s, [meeting])[0]


def cancel_meeting(ctx: AppContext, meeting_id: uuid.UUID, reason: str = "") -> MeetingSummary:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    with ctx.db.transaction() as s:
        meeting = require_meeting(s, ctx, meeting_id)
        require_status(meeting, MeetingStatus.PLANNED, action="aflyses")
        meeting.status = MeetingStatus.CANCELLED.value
        if reason.strip():
            meeting.minutes = f"Aflyst: {reason.strip()}"
        audit.record(s, ctx, AuditAction.UPDATE, "meeting", meeting.id, child_id=meeting.child_id,
                     detail="cancelled")
        return summaries(s, [meeting])[0]


def set_agenda(ctx: AppContext, meeting_id: uuid.UUID, titles: Sequence[str]) -> MeetingDetail:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    if not any(t.strip() for t in titles):
        raise ValidationError("Dagsordenen skal have mindst ét punkt.")
    with ctx.db.transaction() as s:
        meeting = require_meeting(s, ctx, meeting_id)
        require_status(meeting, MeetingStatus.PLANNED, MeetingStatus.HELD)
        _set_agenda(s, meeting, titles)
        audit.record(s, ctx, AuditAction.UPDATE, "meeting", meeting.id, child_id=meeting.child_id,
                     detail="agenda")
        s.flush()
        return meeting_detail(s, meeting)


def add_participant(ctx: AppContext, meeting_id: uuid.UUID,
                    data: ParticipantInput) -> ParticipantInfo:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    with ctx.db.transaction() as s:
        meeting = require_meeting(s, ctx, meeting_id)
        require_status(meeting, MeetingStatus.PLANNED, MeetingStatus.HELD)
        row = _resolve_participant(s, meeting, data, ctx.today())
        same = link_sets.link_id_for("meeting_participant", {
            "meeting_id": meeting.id, "professional_id": row.professional_id,
            "guardian_id": row.guardian_id, "name": row.name})
        earlier = s.get(MeetingParticipant, same) if same else None
        if earlier is not None and not earlier.is_deleted:
            raise ValidationError("{earlier} er allerede med på mødet.", earlier=earlier.name,
                                  log_message="participant added twice")
        s.add(row)
        s.flush()
        row = s.get(MeetingParticipant, row.id) or row  # a removed participant comes back
        audit.record(s, ctx, AuditAction.UPDATE, "meeting", meeting.id, child_id=meeting.child_id,
                     detail="participant added")
        return _participant(row)


def remove_participant(ctx: AppContext, meeting_id: uuid.UUID, participant_id: uuid.UUID) -> None:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    with ctx.db.transaction() as s:
        meeting = require_meeting(s, ctx, meeting_id)
        require_status(meeting, MeetingStatus.PLANNED)
        row = s.get(MeetingParticipant, participant_id)
        if row is None or row.is_deleted or row.meeting_id != meeting.id:
            raise NotFoundError("Deltageren er ikke med på mødet.")
        row.deleted_at = utcnow()
        audit.record(s, ctx, AuditAction.UPDATE, "meeting", meeting.id, child_id=meeting.child_id,
                     detail="participant removed")


def candidate_participants(ctx: AppContext, child_id: uuid.UUID) -> list[ParticipantInput]:
    """Who is usually invited: the child's case team, her mini-childminder and guardians."""
    today = ctx.today()
    with ctx.db.transaction() as s:
        require_child(s, ctx, child_id)
        team = s.execute(
            select(Professional, CaseTeamMember.role)
            .join(CaseTeamMember, CaseTeamMember.professional_id == Professional.id)
            .where(CaseTeamMember.child_id == child_id, CaseTeamMember.deleted_at.is_(None),
                   Professional.deleted_at.is_(None),
                   (CaseTeamMember.end_date.is_(None)) | (CaseTeamMember.end_date >= today))
            .order_by(Professional.name)).all()
        minder = s.scalar(
            select(Professional)
            .join(ChildminderHome, ChildminderHome.childminder_id == Professional.id)
            .join(Placement, Placement.home_id == ChildminderHome.id)
            .where(Placement.child_id == child_id, Placement.deleted_at.is_(None),
                   active_on(Placement, today)).limit(1))
        guardians = s.scalars(select(ChildGuardian).where(
            ChildGuardian.child_id == child_id, ChildGuardian.deleted_at.is_(None))
            .order_by(ChildGuardian.created_at)).all()
        audit.record(s, ctx, AuditAction.VIEW, "case_team", child_id=child_id)
        people = [ParticipantInput(g.guardian.name, g.relation, guardian_id=g.guardian_id)
                  for g in guardians]
        # Whoever a withdrawn or expired consent named is no longer invited.
        seen = {b.professional_id for b in blocked_parties(s, child_id, today)}
        for person, role in ([(minder, minder.role)] if minder else []) + list(team):
            if person.id not in seen:
                seen.add(person.id)
                people.append(ParticipantInput(person.name, _role_label(role),
                                               professional_id=person.id))
        return people


def _role_label(role: str) -> str:
    try:
        return ProfessionalRole(role).label
    except ValueError:
        return role


def _participant(p: MeetingParticipant) -> ParticipantInfo:
    return ParticipantInfo(p.id, p.name, p.role, p.professional_id, p.guardian_id,
                           Attendance(p.attendance))


# The columns a MeetingSummary needs: a list reads these rows, not whole ORM objects
# (8,500 meetings of a municipality cost half a second as objects).
_SUMMARY_COLUMNS = (Meeting.id, Meeting.kind, Meeting.starts_at, Meeting.ends_at,
                    Meeting.child_id, Meeting.status, Meeting.place)


def summaries(session: Session, meetings: Sequence) -> list[MeetingSummary]:
    """Summaries of Meeting objects or of rows with the _SUMMARY_COLUMNS."""
    child_ids = {m.child_id for m in meetings if m.child_id}
    names = {row.id: f"{row.first_name} {row.last_name}".strip() for row in session.execute(
        select(Child.id, Child.first_name, Child.last_name).where(Child.id.in_(child_ids)))
    } if child_ids else {}
    return [MeetingSummary(m.id, MeetingKind(m.kind), m.starts_at, m.ends_at, m.child_id,
                           MeetingStatus(m.status), m.place, names.get(m.child_id, ""))
            for m in meetings]


def meeting_detail(session: Session, meeting: Meeting) -> MeetingDetail:
    participants = session.scalars(select(MeetingParticipant).where(
        MeetingParticipant.meeting_id == meeting.id, MeetingParticipant.deleted_at.is_(None))
        .order_by(MeetingParticipant.created_at, MeetingParticipant.name))
    agenda = [AgendaItemInfo(i.id, i.position, i.title, i.minutes)
              for i in _agenda_rows(session, meeting.id)]
    return MeetingDetail(summaries(session, [meeting])[0],
                         [_participant(p) for p in participants], agenda,
                         meeting.preparation_notes, meeting.minutes, meeting.decisions,
                         follow_ups_where(session, FollowUp.meeting_id == meeting.id),
                         meeting.resulting_plan_id, meeting.referent, meeting.next_meeting_at)


def get_meeting(ctx: AppContext, meeting_id: uuid.UUID) -> MeetingDetail:
    with ctx.db.transaction() as s:
        meeting = require_meeting(s, ctx, meeting_id)
        audit.record(s, ctx, AuditAction.VIEW, "meeting", meeting.id, child_id=meeting.child_id)
        return meeting_detail(s, meeting)


def list_meetings(ctx: AppContext, child_id: uuid.UUID | None = None, *,
                  since: datetime | None = None, until: datetime | None = None,
                  include_cancelled: bool = True,
                  status: MeetingStatus | None = None) -> list[MeetingSummary]:
    """Meetings in time order, for one child or every meeting the user may see (only those
    with ``status`` if given)."""
    with ctx.db.transaction() as s:
        query = select(*_SUMMARY_COLUMNS).where(Meeting.deleted_at.is_(None))
        if child_id is not None:
            require_child(s, ctx, child_id)
            query = query.where(Meeting.child_id == child_id)
        if since is not None:
            query = query.where(Meeting.ends_at >= since)
        if until is not None:
            query = query.where(Meeting.starts_at < until)
        if not include_cancelled:
            query = query.where(Meeting.status != MeetingStatus.CANCELLED.value)
        if status is not None:
            query = query.where(Meeting.status == status.value)
        rows = s.execute(query.order_by(Meeting.starts_at, Meeting.id)).all()
        visible = visible_child_ids(s, ctx)
        if visible is not None:
            rows = [m for m in rows if m.child_id in visible]
        audit.record(s, ctx, AuditAction.VIEW, "meeting_list", child_id=child_id,
                     detail=f"{len(rows)} meetings")
        return summaries(s, rows)


# The whole workflow from one module. Preparing and holding live in their own modules,
# which import this one; hence the imports inside the functions.

def prepare(ctx: AppContext, meeting_id: uuid.UUID):
    """The preparation view (see ``meeting_preparation.prepare_meeting``)."""
    from .meeting_preparation import prepare_meeting
    return prepare_meeting(ctx, meeting_id)


def hold(ctx: AppContext, meeting_id: uuid.UUID, data):
    """Record and mark held (see ``meeting_minutes.hold_meeting``)."""
    from .meeting_minutes import hold_meeting
    return hold_meeting(ctx, meeting_id, data)


def conclude(ctx: AppContext, meeting_id: uuid.UUID, data=None, **approval):
    """A new plan version from the meeting (see ``meeting_minutes.conclude_meeting``)."""
    from .meeting_minutes import conclude_meeting
    return conclude_meeting(ctx, meeting_id, data, **approval)
