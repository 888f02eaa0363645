"""Turning rows into the plain data the documents are built from (``reports.data``).

Used inside the caller's transaction by ``printing``, ``handover`` and ``case_folder``;
it reads the ORM models directly so printing does not depend on other services' APIs.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.ages import age_in_months
from ..domain.cpr import mask_cpr
from ..domain.domains import ALL_DOMAINS
from ..domain.enums import (AssessmentKind, Attendance, ChildStatus, GoalStatus,
                            MeetingKind, MeetingStatus, PlanStatus, ProfessionalRole,
                            WellbeingPosition)
from ..reports import data as rd
from ..reports.dates import age_text
from ..store.models import (ActionPlan, ActionPlanGoal, CaseTeamMember, Child, ChildGuardian,
                            ChildminderHome, DevelopmentAssessment, FollowUp, Goal, Meeting,
                            MeetingAgendaItem, MeetingParticipant, Observation,
                            ObservationDomain, Organisation, Placement, Professional,
                            WellbeingAssessment)
from .access import active_on
from .context import LOCAL_TZ
from .professionals import OrganisationInfo

DOMAIN_LABELS = {d.code: d.label for d in ALL_DOMAINS}
OPEN_GOALS = (GoalStatus.ACTIVE.value, GoalStatus.PARTLY.value, GoalStatus.ADJUSTED.value)


def local(moment: datetime) -> datetime:
    return moment.astimezone(LOCAL_TZ)


def domain_label(code: str) -> str:
    return DOMAIN_LABELS.get(code, code)


def role_label(role: str) -> str:
    try:
        return ProfessionalRole(role).label
    except ValueError:
        return role


def org_header(session: Session) -> rd.OrgHeader:
    org = session.scalar(select(Organisation).where(Organisation.deleted_at.is_(None))
                         .order_by(Organisation.created_at).limit(1))
    if org is None:
        return rd.OrgHeader("Dagplejen", "Mini-dagplejen")
    info = OrganisationInfo(org.id, org.name, org.unit, org.address, org.postal_code,
                            org.city, org.phone, org.email, org.website)
    lines = info.contact_lines
    if org.website:
        lines.append(org.website)
    return rd.OrgHeader(org.name, org.unit, tuple(lines), org.logo_png)


def current_home(session: Session, child_id: uuid.UUID,
                 day: date) -> tuple[ChildminderHome | None, Placement | None]:
    row = session.execute(
        select(ChildminderHome, Placement)
        .join(Placement, Placement.home_id == ChildminderHome.id)
        .where(Placement.child_id == child_id, Placement.deleted_at.is_(None),
               active_on(Placement, day))
        .order_by(Placement.start_date.desc()).limit(1)).first()
    if row is None:  # handed over: the last home still says where the child came from
        row = session.execute(
            select(ChildminderHome, Placement)
            .join(Placement, Placement.home_id == ChildminderHome.id)
            .where(Placement.child_id == child_id, Placement.deleted_at.is_(None),
                   Placement.start_date <= day)
            .order_by(Placement.start_date.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (None, None)


def child_profile(session: Session, child: Child, day: date) -> rd.ChildProfile:
    home, _ = current_home(session, child.id, day)
    minder = home.childminder.name if home is not None and home.childminder else ""
    age = age_text(age_in_months(child.birth_date, day)) if child.birth_date else ""
    return rd.ChildProfile(
        child.full_name, child.birth_date, mask_cpr(child.cpr), age,
        ChildStatus(child.status).label, home.name if home else "", minder,
        child.special_needs, child.diagnoses, child.allergies, child.medication,
        child.routines, child.what_works, child.languages, child.allergy_severity)


def guardian_contacts(session: Session, child_id: uuid.UUID, *,
                      custody_only: bool = False) -> list[rd.Contact]:
    links = session.scalars(select(ChildGuardian).where(
        ChildGuardian.child_id == child_id, ChildGuardian.deleted_at.is_(None))
        .order_by(ChildGuardian.created_at)).all()
    return [rd.Contact(link.guardian.name, link.relation, link.guardian.phone,
                       link.guardian.email, link.guardian.address,
                       "Forældremyndighed" if link.has_custody else "")
            for link in links if link.has_custody or not custody_only]


def case_team(session: Session, child_id: uuid.UUID, day: date | None) -> list[rd.Contact]:
    """The professionals on the case (``day`` None: everyone who ever was)."""
    query = (select(Professional, CaseTeamMember.role)
             .join(CaseTeamMember, CaseTeamMember.professional_id == Professional.id)
             .where(CaseTeamMember.child_id == child_id, CaseTeamMember.deleted_at.is_(None))
             .order_by(Professional.name))
    if day is not None:
        query = query.where((CaseTeamMember.end_date.is_(None))
                            | (CaseTeamMember.end_date >= day))
    return [professional_contact(p, role) for p, role in session.execute(query)]


def professional_contact(person: Professional, role: str | None = None) -> rd.Contact:
    return rd.Contact(person.name, role_label(role or person.role), person.phone,
                      person.email, person.workplace)


def childminder_contact(session: Session, child_id: uuid.UUID, day: date) -> rd.Contact | None:
    """The child's mini-childminder, reachable at her home's phone if she has none."""
    home, _ = current_home(session, child_id, day)
    if home is None or home.childminder is None:
        return None
    person = home.childminder
    return rd.Contact(person.name, role_label(person.role), person.phone or home.phone,
                      person.email, person.workplace or home.name)


def team_with_childminder(session: Session, child_id: uuid.UUID, day: date) -> list[rd.Contact]:
    contacts = case_team(session, child_id, day)
    minder = childminder_contact(session, child_id, day)
    if minder is not None and minder.name not in {c.name for c in contacts}:
        contacts.insert(0, minder)
    return contacts


def consultants(session: Session, child_id: uuid.UUID, day: date) -> list[rd.Contact]:
    return [c for c in case_team(session, child_id, day)
            if c.role == ProfessionalRole.MINI_CONSULTANT.label]


def consultant_names(session: Session, child_id: uuid.UUID, day: date) -> list[str]:
    return [c.name for c in consultants(session, child_id, day)]


def goal_row(goal: Goal | ActionPlanGoal) -> rd.GoalRow:
    return rd.GoalRow(domain_label(goal.domain), goal.title, goal.signs_of_progress,
                      goal.measures, goal.measure_who, goal.measure_how_often,
                      goal.responsible, goal.start_date, goal.target_date,
                      GoalStatus(goal.status).label, goal.evaluation)


def child_goals(session: Session, child_id: uuid.UUID, *,
                open_only: bool = False) -> list[Goal]:
    query = select(Goal).where(Goal.child_id == child_id, Goal.deleted_at.is_(None))
    if open_only:
        query = query.where(Goal.status.in_(OPEN_GOALS))
    return list(session.scalars(query.order_by(Goal.sort_order, Goal.target_date,
                                               Goal.created_at)))


def latest_approved_plan(session: Session, child_id: uuid.UUID) -> ActionPlan | None:
    return session.scalar(select(ActionPlan).where(
        ActionPlan.child_id == child_id, ActionPlan.deleted_at.is_(None),
        ActionPlan.status == PlanStatus.APPROVED.value)
        .order_by(ActionPlan.version.desc()).limit(1))


def plan_data(session: Session, plan: ActionPlan, day: date) -> rd.PlanData:
    snapshot = session.scalars(select(ActionPlanGoal).where(
        ActionPlanGoal.action_plan_id == plan.id, ActionPlanGoal.deleted_at.is_(None))
        .order_by(ActionPlanGoal.position)).all()
    if snapshot:
        goals = [goal_row(g) for g in snapshot]
    else:  # plans made before goal snapshots existed
        goals = [goal_row(g) for g in session.scalars(select(Goal).where(
            Goal.action_plan_id == plan.id, Goal.deleted_at.is_(None))
            .order_by(Goal.sort_order, Goal.created_at))]
    participants: list[rd.Contact] = []
    if plan.meeting_id is not None:
        participants = [rd.Contact(p.name, p.role) for p in meeting_participants(
            session, plan.meeting_id) if p.attendance != Attendance.APOLOGIES.value]
    if not participants:
        participants = (guardian_contacts(session, plan.child_id)
                        + team_with_childminder(session, plan.child_id, day))
    guardians = [c.name for c in guardian_contacts(session, plan.child_id, custody_only=True)]
    return rd.PlanData(
        plan.version, PlanStatus(plan.status).label, plan.period_start, plan.period_end,
        plan.approved_on, plan.next_evaluation, tuple(participants), plan.background,
        plan.resources, plan.challenges, plan.parent_agreements, tuple(goals),
        tuple(n for n in plan.signatories.splitlines() if n.strip()), tuple(guardians),
        tuple(consultant_names(session, plan.child_id, day)))


def meeting_participants(session: Session, meeting_id: uuid.UUID) -> list[MeetingParticipant]:
    return list(session.scalars(select(MeetingParticipant).where(
        MeetingParticipant.meeting_id == meeting_id, MeetingParticipant.deleted_at.is_(None))
        .order_by(MeetingParticipant.created_at, MeetingParticipant.name)))


def tasks(rows: Sequence[FollowUp]) -> tuple[rd.Task, ...]:
    return tuple(rd.Task(f.description, f.owner, f.due_on, f.done_on) for f in rows)


def follow_ups(session: Session, condition) -> list[FollowUp]:
    return list(session.scalars(select(FollowUp).where(condition, FollowUp.deleted_at.is_(None))
                                .order_by(FollowUp.due_on, FollowUp.created_at)))


def meeting_data(session: Session, meeting: Meeting) -> rd.MeetingData:
    people = tuple(rd.Participant(p.name, p.role, Attendance(p.attendance).label,
                                  p.attendance) for p in meeting_participants(session,
                                                                              meeting.id))
    items = session.scalars(select(MeetingAgendaItem).where(
        MeetingAgendaItem.meeting_id == meeting.id, MeetingAgendaItem.deleted_at.is_(None))
        .order_by(MeetingAgendaItem.position)).all()
    agenda = tuple(rd.AgendaPoint(i.title, i.minutes) for i in items)
    if not agenda and meeting.agenda.strip():  # meetings from before agenda items
        agenda = tuple(rd.AgendaPoint(t.strip()) for t in meeting.agenda.splitlines()
                       if t.strip())
    return rd.MeetingData(
        MeetingKind(meeting.kind).label, MeetingStatus(meeting.status).label,
        local(meeting.starts_at), local(meeting.ends_at), meeting.place, people, agenda,
        meeting.preparation_notes, meeting.minutes, meeting.decisions,
        tasks(follow_ups(session, FollowUp.meeting_id == meeting.id)), meeting.status)


def observation_entries(session: Session, rows: Sequence[Observation]) -> list[rd.ObservationEntry]:
    ids = [o.id for o in rows]
    domains: dict[uuid.UUID, list[str]] = {i: [] for i in ids}
    if ids:
        for obs_id, code in session.execute(select(ObservationDomain.observation_id,
                                                   ObservationDomain.domain).where(
                ObservationDomain.observation_id.in_(ids),
                ObservationDomain.deleted_at.is_(None))):
            domains[obs_id].append(domain_label(code))
    authors = professional_names(session, {o.author_id for o in rows})
    return [rd.ObservationEntry(
        local(o.observed_at), o.text, authors.get(o.author_id, ""), o.situation,
        tuple(domains[o.id]),
        "" if o.position == WellbeingPosition.NONE.value else WellbeingPosition(o.position).label,
        o.concern) for o in rows]


def professional_names(session: Session, ids) -> dict:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return {p.id: p.name for p in session.scalars(
        select(Professional).where(Professional.id.in_(ids)))}


def development_marks(session: Session, child: Child) -> list[rd.DevelopmentMark]:
    rows = session.scalars(select(DevelopmentAssessment).where(
        DevelopmentAssessment.child_id == child.id, DevelopmentAssessment.deleted_at.is_(None))
        .order_by(DevelopmentAssessment.assessed_on)).all()
    names = professional_names(session, {r.assessor_id for r in rows})
    born = child.birth_date
    return [rd.DevelopmentMark(domain_label(r.domain), r.assessed_on, r.level_months,
                               age_in_months(born, r.assessed_on) if born else None,
                               names.get(r.assessor_id, ""), r.note) for r in rows]


def wellbeing_marks(session: Session, child_id: uuid.UUID) -> list[rd.WellbeingMark]:
    rows = session.scalars(select(WellbeingAssessment).where(
        WellbeingAssessment.child_id == child_id, WellbeingAssessment.deleted_at.is_(None))
        .order_by(WellbeingAssessment.assessed_on, WellbeingAssessment.created_at)).all()
    names = professional_names(session, {r.assessor_id for r in rows})
    return [rd.WellbeingMark(r.assessed_on, r.position, WellbeingPosition(r.position).label,
                             _kind_label(r.kind), names.get(r.assessor_id, ""), r.comment)
            for r in rows]


def _kind_label(kind: str) -> str:
    try:
        return AssessmentKind(kind).label
    except ValueError:
        return kind
