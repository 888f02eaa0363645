"""Turning rows into the plain data the documents are built from (``reports.data``).

Used inside the caller's transaction by ``printing``, ``handover`` and ``case_folder``;
it reads the ORM models directly so printing does not depend on other services' APIs.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from types import SimpleNamespace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.ages import age_in_months
from ...domain.cpr import mask_cpr
from ...domain.domains import ALL_DOMAINS
from ...domain.enums import (AssessmentKind, Attendance, ChildStatus, GoalStatus, MeetingKind,
                             MeetingStatus, PlanStatus, ProfessionalRole, SignatureMethod,
                             WellbeingPosition)
from ...reports import data as rd
from ...reports.dates import age_text
from ...store.models import (ActionPlan, ActionPlanGoal, ActionPlanSignature, CaseTeamMember,
                             Child, ChildGuardian, ChildminderHome, DevelopmentAssessment,
                             FollowUp, Goal, GoalRevision, Meeting, MeetingAgendaItem,
                             MeetingParticipant, Observation, ObservationDomain, ObservationGoal,
                             Organisation, Placement, Professional, WellbeingAssessment)
from ..security.access import active_on
from ..context import LOCAL_TZ
from ..records.professionals import OrganisationInfo

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


def goal_row(goal, evidence_count: int | None = None) -> rd.GoalRow:
    """A goal, a plan's goal snapshot or a goal as of a date (``goals_as_of``)."""
    return rd.GoalRow(domain_label(goal.domain), goal.title, goal.signs_of_progress,
                      goal.measures, goal.measure_who, goal.measure_how_often,
                      goal.responsible, goal.start_date, goal.target_date,
                      GoalStatus(goal.status).label, goal.evaluation,
                      getattr(goal, "measure_where", ""), goal.status, evidence_count)


_GOAL_FIELDS = ("domain", "title", "signs_of_progress", "measures", "measure_who",
                "measure_how_often", "measure_where", "responsible", "start_date",
                "target_date", "status", "evaluation", "action_plan_id")


def _field_value(name: str, text: str):
    if name in ("start_date", "target_date"):
        return date.fromisoformat(text) if text else None
    if name == "action_plan_id":
        return uuid.UUID(text) if text else None
    return text


def goals_as_of(session: Session, goals: Sequence[Goal], moment: datetime) -> list:
    """The goals as they read at ``moment``: later changes in the goal history are undone,
    and goals created after it are left out (a reprint shows its own date's goals)."""
    if not goals:
        return []
    later: dict[uuid.UUID, list[GoalRevision]] = {}
    for rev in session.scalars(select(GoalRevision).where(
            GoalRevision.goal_id.in_([g.id for g in goals]), GoalRevision.deleted_at.is_(None),
            GoalRevision.changed_at > moment)
            .order_by(GoalRevision.changed_at.desc(), GoalRevision.created_at.desc())):
        later.setdefault(rev.goal_id, []).append(rev)
    result = []
    for goal in goals:
        revisions = later.get(goal.id, [])
        if any(r.action == "create" for r in revisions):
            continue  # made after the moment (a goal without history is taken as it is)
        values = {name: getattr(goal, name) for name in _GOAL_FIELDS}
        for rev in revisions:  # newest first
            if rev.field in values:
                values[rev.field] = _field_value(rev.field, rev.old_value)
        result.append(SimpleNamespace(id=goal.id, child_id=goal.child_id, **values))
    return result


def evidence_counts(session: Session, goal_ids: Sequence[uuid.UUID], since: datetime | None,
                    until: datetime) -> dict[uuid.UUID, int]:
    """Observations linked to each goal in (since, until]."""
    if not goal_ids:
        return {}
    query = (select(ObservationGoal.goal_id, func.count())
             .join(Observation, Observation.id == ObservationGoal.observation_id)
             .where(ObservationGoal.goal_id.in_(list(goal_ids)),
                    ObservationGoal.deleted_at.is_(None), Observation.deleted_at.is_(None),
                    Observation.observed_at <= until)
             .group_by(ObservationGoal.goal_id))
    if since is not None:
        query = query.where(Observation.observed_at >= since)
    return dict(session.execute(query).all())


def previous_status_meeting(session: Session, meeting: Meeting) -> Meeting | None:
    return session.scalar(select(Meeting).where(
        Meeting.child_id == meeting.child_id, Meeting.deleted_at.is_(None),
        Meeting.kind == MeetingKind.STATUS.value, Meeting.status == MeetingStatus.HELD.value,
        Meeting.id != meeting.id, Meeting.starts_at < meeting.starts_at)
        .order_by(Meeting.starts_at.desc()).limit(1))


def minutes_moment(session: Session, meeting: Meeting) -> datetime:
    """When what a meeting decided was recorded: its end, or the last goal change made
    at it (minutes are often written after the meeting)."""
    last = session.scalar(select(func.max(GoalRevision.changed_at)).where(
        GoalRevision.meeting_id == meeting.id, GoalRevision.deleted_at.is_(None)))
    if isinstance(last, str):  # max() bypasses the column type on SQLite
        last = datetime.fromisoformat(last)
    if last is not None and last.tzinfo is None:
        last = last.replace(tzinfo=timezone.utc)
    return max(meeting.ends_at, last) if last is not None else meeting.ends_at


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


@dataclass(frozen=True)
class RequiredSigner:
    name: str
    role: str
    guardian_id: uuid.UUID | None = None
    professional_id: uuid.UUID | None = None


def plan_day(plan: ActionPlan) -> date:
    if plan.period_start:
        return plan.period_start
    if plan.approved_on:
        return plan.approved_on
    return local(plan.created_at).date()


def required_signers(session: Session, plan: ActionPlan) -> list[RequiredSigner]:
    """Who signs a plan: every custody holder, the mini-childminder and the consultant
    (an empty line with the role when no consultant is on the case)."""
    day = plan_day(plan)
    people: list[RequiredSigner] = []
    for link in session.scalars(select(ChildGuardian).where(
            ChildGuardian.child_id == plan.child_id, ChildGuardian.deleted_at.is_(None),
            ChildGuardian.has_custody.is_(True)).order_by(ChildGuardian.created_at)):
        relation = (link.relation or "").strip()
        people.append(RequiredSigner(link.guardian.name,
                                     f"{relation.capitalize()}, forældremyndighed" if relation
                                     else "Forældremyndighed", guardian_id=link.guardian_id))
    home, _ = current_home(session, plan.child_id, day)
    minder = home.childminder if home is not None else None
    people.append(RequiredSigner(minder.name if minder else "",
                                 ProfessionalRole.MINI_CHILDMINDER.label,
                                 professional_id=minder.id if minder else None))
    consultant_rows = list(session.scalars(
        select(Professional).join(CaseTeamMember, CaseTeamMember.professional_id == Professional.id)
        .where(CaseTeamMember.child_id == plan.child_id, CaseTeamMember.deleted_at.is_(None),
               CaseTeamMember.role == ProfessionalRole.MINI_CONSULTANT.value,
               (CaseTeamMember.end_date.is_(None)) | (CaseTeamMember.end_date >= day))
        .order_by(Professional.name)))
    if not consultant_rows and plan.meeting_id is not None:
        consultant_rows = list(session.scalars(
            select(Professional).join(MeetingParticipant,
                                      MeetingParticipant.professional_id == Professional.id)
            .where(MeetingParticipant.meeting_id == plan.meeting_id,
                   MeetingParticipant.deleted_at.is_(None),
                   Professional.role == ProfessionalRole.MINI_CONSULTANT.value)))
    label = ProfessionalRole.MINI_CONSULTANT.label
    people += [RequiredSigner(p.name, label, professional_id=p.id) for p in consultant_rows] \
        or [RequiredSigner("", label)]
    return people


def signature_rows(session: Session, plan: ActionPlan) -> list[rd.SignatureRow]:
    """Recorded signatures as they were recorded, and an empty line for each required
    signer who has not signed."""
    signed = list(session.scalars(select(ActionPlanSignature).where(
        ActionPlanSignature.action_plan_id == plan.id, ActionPlanSignature.deleted_at.is_(None))
        .order_by(ActionPlanSignature.signed_on, ActionPlanSignature.created_at)))
    used: set[uuid.UUID] = set()
    rows: list[rd.SignatureRow] = []
    for person in required_signers(session, plan):
        match = next((r for r in signed if r.id not in used and (
            (person.guardian_id and r.guardian_id == person.guardian_id)
            or (person.professional_id and r.professional_id == person.professional_id)
            or (person.name and r.name.strip().casefold() == person.name.casefold()))), None)
        if match is None:
            rows.append(rd.SignatureRow(person.name, person.role))
        else:
            used.add(match.id)
            rows.append(_signed(match, person.role))
    rows += [_signed(r, r.role) for r in signed if r.id not in used]
    return rows


def _signed(row: ActionPlanSignature, role: str) -> rd.SignatureRow:
    try:
        method = SignatureMethod(row.method).label.lower()
    except ValueError:
        method = SignatureMethod.PAPER.label.lower()
    return rd.SignatureRow(row.name, row.role or role, row.signed_on, method)


def _previous_plan(session: Session, plan: ActionPlan) -> ActionPlan | None:
    return session.scalar(select(ActionPlan).where(
        ActionPlan.child_id == plan.child_id, ActionPlan.deleted_at.is_(None),
        ActionPlan.version < plan.version, ActionPlan.status != PlanStatus.DRAFT.value)
        .order_by(ActionPlan.version.desc()).limit(1))


def _superseded_by(session: Session, plan: ActionPlan) -> int | None:
    if plan.status != PlanStatus.SUPERSEDED.value:
        return None
    return session.scalar(select(func.min(ActionPlan.version)).where(
        ActionPlan.child_id == plan.child_id, ActionPlan.deleted_at.is_(None),
        ActionPlan.version > plan.version, ActionPlan.status != PlanStatus.DRAFT.value))


def plan_moment(session: Session, plan: ActionPlan) -> datetime:
    """When the plan's goals were evaluated: at its meeting, else when it was made."""
    meeting = session.get(Meeting, plan.meeting_id) if plan.meeting_id else None
    return minutes_moment(session, meeting) if meeting is not None else plan.created_at


def previous_evaluation(session: Session, plan: ActionPlan
                        ) -> tuple[int | None, tuple[rd.GoalRow, ...]]:
    """The goals of the version before, each with the outcome and evidence as evaluated
    when this version was made (SMTTE: each version evaluates the one before)."""
    previous = _previous_plan(session, plan)
    if previous is None:
        return None, ()
    snapshot = session.scalars(select(ActionPlanGoal).where(
        ActionPlanGoal.action_plan_id == previous.id, ActionPlanGoal.deleted_at.is_(None))
        .order_by(ActionPlanGoal.position)).all()
    live = {g.id: g for g in session.scalars(select(Goal).where(
        Goal.id.in_([r.goal_id for r in snapshot]), Goal.deleted_at.is_(None)))}
    moment = plan_moment(session, plan)
    as_of = {g.id: g for g in goals_as_of(session, list(live.values()), moment)}
    since = datetime.combine(plan_day(previous), time(0), LOCAL_TZ)
    counts = evidence_counts(session, list(as_of), since, moment)
    rows = []
    for snap in snapshot:
        goal = as_of.get(snap.goal_id, snap)
        rows.append(goal_row(goal, counts.get(snap.goal_id, 0)))
    return previous.version, tuple(rows)


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
        rows = meeting_participants(session, plan.meeting_id)
        present = [p for p in rows if p.attendance == Attendance.PRESENT.value] or [
            p for p in rows if p.attendance not in (Attendance.APOLOGIES.value,
                                                     Attendance.ABSENT.value)]
        participants = [rd.Contact(p.name, p.role) for p in present]
    if not participants:
        participants = (guardian_contacts(session, plan.child_id)
                        + team_with_childminder(session, plan.child_id, day))
    guardians = [c.name for c in guardian_contacts(session, plan.child_id, custody_only=True)]
    signatures = signature_rows(session, plan)
    previous_version, previous_goals = previous_evaluation(session, plan)
    return rd.PlanData(
        plan.version, PlanStatus(plan.status).label, plan.period_start, plan.period_end,
        plan.approved_on, plan.next_evaluation, tuple(participants), plan.background,
        plan.resources, plan.challenges, plan.parent_agreements, tuple(goals),
        tuple(r.name for r in signatures if r.signed_on), tuple(guardians),
        tuple(consultant_names(session, plan.child_id, day)), plan.status, tuple(signatures),
        _superseded_by(session, plan), previous_version, previous_goals)


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
