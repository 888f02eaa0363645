"""Action plans (handleplaner): versions per child, SMTTE hints, approval.

Approving a version supersedes the previously approved one; every version keeps the
goals as they stood (``ActionPlanGoal``), so an old plan reads as it was signed.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.enums import AuditAction, GoalStatus, PlanStatus, SignatureMethod, UserRole
from ...domain.errors import Label, NotFoundError, Notice, ValidationError
from ...store.models import ActionPlan, ActionPlanGoal, ActionPlanSignature, Goal
from ...store.types import utcnow
from ..security import audit
from ..security.access import require_child
from ..context import AppContext
from .goals import OPEN_STATUSES

RECOMMENDED_GOALS = (2, 4)  # SMTTE: 2-4 concrete sub-goals
FOLLOW_UP_WITHIN = timedelta(days=92)  # "follow-up within three months"
DEFAULT_EVALUATION_AFTER = timedelta(days=90)
_SNAPSHOT_FIELDS = ("domain", "title", "signs_of_progress", "measures", "measure_who",
                    "measure_how_often", "measure_where", "responsible", "start_date", "target_date", "status",
                    "evaluation")


@dataclass(frozen=True)
class PlanInput:
    child_id: uuid.UUID
    background: str = ""
    resources: str = ""
    challenges: str = ""
    parent_agreements: str = ""
    period_start: date | None = None
    period_end: date | None = None
    next_evaluation: date | None = None
    goal_ids: tuple[uuid.UUID, ...] | None = None  # None: the child's open goals
    meeting_id: uuid.UUID | None = None


@dataclass(frozen=True)
class PlanGoal:
    goal_id: uuid.UUID
    domain: str
    title: str
    signs_of_progress: str
    measures: str
    measure_who: str
    measure_how_often: str
    responsible: str
    start_date: date | None
    target_date: date | None
    status: GoalStatus
    evaluation: str
    measure_where: str = ""


@dataclass(frozen=True)
class SignatureInput:
    """One person who signed: on paper (the signed copy is filed) or in the app."""
    name: str
    signed_on: date
    method: SignatureMethod = SignatureMethod.PAPER
    role: str = ""
    guardian_id: uuid.UUID | None = None
    professional_id: uuid.UUID | None = None


@dataclass(frozen=True)
class PlanSignature:
    id: uuid.UUID
    name: str
    role: str
    signed_on: date
    method: SignatureMethod
    recorded_by: str
    guardian_id: uuid.UUID | None = None
    professional_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Signer:
    """Someone who is to sign the plan: the custody holders, the mini-childminder and
    the consultant always; ``signature`` is set once that person has signed."""
    name: str
    role: str
    guardian_id: uuid.UUID | None = None
    professional_id: uuid.UUID | None = None
    signature: PlanSignature | None = None


@dataclass(frozen=True)
class PlanInfo:
    id: uuid.UUID
    child_id: uuid.UUID
    version: int
    status: PlanStatus
    background: str
    resources: str
    challenges: str
    parent_agreements: str
    period_start: date | None
    period_end: date | None
    next_evaluation: date | None
    approved_on: date | None
    signatories: tuple[str, ...]
    meeting_id: uuid.UUID | None
    goals: tuple[PlanGoal, ...] = ()
    hints: tuple[str, ...] = ()  # SMTTE advice; never blocks approval
    signatures: tuple[PlanSignature, ...] = ()

    @property
    def measures(self) -> list[tuple[str, str, str]]:
        """The plan's measures: what, who, how often (one per goal that has one)."""
        return [(g.measures, g.measure_who, g.measure_how_often)
                for g in self.goals if g.measures]


@dataclass(frozen=True)
class PlanVersion:
    id: uuid.UUID
    version: int
    status: PlanStatus
    approved_on: date | None
    next_evaluation: date | None
    goal_count: int


def smtte_hints(goals: Sequence[PlanGoal], next_evaluation: date | None,
                starts_on: date | None) -> list[str]:
    """Advice from SMTTE in plain Danish; warnings, not refusals."""
    hints = []
    low, high = RECOMMENDED_GOALS
    if len(goals) < low:
        hints.append(Notice("Der anbefales {low}-{high} konkrete delmål; planen har {count}.",
                            low=low, high=high, count=len(goals)))
    elif len(goals) > high:
        hints.append(Notice("Der anbefales {low}-{high} konkrete delmål; planen har {count}. "
                            "Færre mål er lettere at følge op på.",
                            low=low, high=high, count=len(goals)))
    for goal in goals:
        if not goal.signs_of_progress.strip():
            hints.append(Notice("Målet »{goal}« mangler tegn på udvikling: hvad vil I se?",
                                goal=goal.title))
        if not goal.measures.strip():
            hints.append(Notice("Målet »{goal}« mangler en indsats: hvad gør I?",
                                goal=goal.title))
        else:
            missing = [word for word, value in (
                (Label("hvem"), goal.measure_who), (Label("hvor ofte"), goal.measure_how_often),
                (Label("hvor"), goal.measure_where)) if not value.strip()]
            if missing:
                hints.append(Notice("Indsatsen for »{goal}« mangler {what}.", goal=goal.title,
                                    what=Label(" og ".join([", ".join(missing[:-1]),
                                                            missing[-1]])
                                               if len(missing) > 1 else missing[0])))
    if next_evaluation is None:
        hints.append(Notice("Sæt en dato for næste evaluering (senest tre måneder frem)."))
    elif starts_on is not None and next_evaluation - starts_on > FOLLOW_UP_WITHIN:
        hints.append(Notice("Næste evaluering ligger mere end tre måneder frem; der anbefales "
                            "opfølgning inden for tre måneder."))
    return hints


def _validate(data: PlanInput) -> None:
    if data.period_start and data.period_end and data.period_end < data.period_start:
        raise ValidationError("Handleplanens periode slutter før den begynder.",
                              log_message="plan period ends before start")
    if data.period_start and data.next_evaluation and data.next_evaluation < data.period_start:
        raise ValidationError("Næste evaluering ligger før handleplanens periode begynder.",
                              log_message="plan evaluation before period")


def _goals_for(session: Session, data: PlanInput) -> list[Goal]:
    query = select(Goal).where(Goal.child_id == data.child_id, Goal.deleted_at.is_(None))
    if data.goal_ids is None:
        query = query.where(Goal.status.in_([s.value for s in OPEN_STATUSES]))
        return list(session.scalars(query.order_by(Goal.sort_order, Goal.target_date,
                                                   Goal.created_at)))
    found = {g.id: g for g in session.scalars(query.where(Goal.id.in_(data.goal_ids)))}
    if len(found) != len(set(data.goal_ids)):
        raise ValidationError("Et af de valgte mål hører ikke til barnet.")
    return [found[i] for i in dict.fromkeys(data.goal_ids)]


def _snapshot(session: Session, plan: ActionPlan, goals: Sequence[Goal]) -> None:
    for row in _snapshot_rows(session, plan.id):
        row.deleted_at = utcnow()
    for position, goal in enumerate(goals):
        session.add(ActionPlanGoal(action_plan_id=plan.id, goal_id=goal.id, position=position,
                                   **{f: getattr(goal, f) for f in _SNAPSHOT_FIELDS}))


def _snapshot_rows(session: Session, plan_id: uuid.UUID) -> list[ActionPlanGoal]:
    return list(session.scalars(select(ActionPlanGoal).where(
        ActionPlanGoal.action_plan_id == plan_id, ActionPlanGoal.deleted_at.is_(None))
        .order_by(ActionPlanGoal.position)))


def _fill(plan: ActionPlan, data: PlanInput) -> None:
    for name in ("background", "resources", "challenges", "parent_agreements"):
        setattr(plan, name, getattr(data, name).strip())
    plan.period_start, plan.period_end = data.period_start, data.period_end
    plan.next_evaluation = data.next_evaluation


def insert_plan(session: Session, ctx: AppContext, data: PlanInput) -> ActionPlan:
    """A new draft version inside the caller's transaction (concluding a meeting uses it)."""
    _validate(data)
    require_child(session, ctx, data.child_id)
    goals = _goals_for(session, data)
    latest = session.scalar(select(func.max(ActionPlan.version)).where(
        ActionPlan.child_id == data.child_id, ActionPlan.deleted_at.is_(None))) or 0
    plan = ActionPlan(child_id=data.child_id, version=latest + 1,
                      status=PlanStatus.DRAFT.value, meeting_id=data.meeting_id)
    _fill(plan, data)
    session.add(plan)
    session.flush()
    _snapshot(session, plan, goals)
    audit.record(session, ctx, AuditAction.CREATE, "action_plan", plan.id,
                 child_id=plan.child_id, detail=f"version {plan.version}")
    return plan


def create_plan(ctx: AppContext, data: PlanInput) -> PlanInfo:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    with ctx.db.transaction() as s:
        plan = insert_plan(s, ctx, data)
        s.flush()
        return plan_info(s, plan)


def require_plan(session: Session, ctx: AppContext, plan_id: uuid.UUID) -> ActionPlan:
    plan = session.get(ActionPlan, plan_id)
    if plan is None or plan.is_deleted:
        raise NotFoundError("Handleplanen med id {plan_id} findes ikke.", plan_id=plan_id)
    require_child(session, ctx, plan.child_id)
    return plan


def _require_draft(plan: ActionPlan) -> None:
    if plan.status != PlanStatus.DRAFT.value:
        raise ValidationError(
            "Version {version} er {status} og kan ikke ændres; lav en ny version.",
            version=plan.version, status=Label(PlanStatus(plan.status).label.lower()),
            log_message="plan is not a draft")


def update_plan(ctx: AppContext, plan_id: uuid.UUID, data: PlanInput) -> PlanInfo:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    _validate(data)
    with ctx.db.transaction() as s:
        plan = require_plan(s, ctx, plan_id)
        _require_draft(plan)
        if data.child_id != plan.child_id:
            raise ValidationError("En handleplan kan ikke flyttes til et andet barn.")
        _fill(plan, data)
        _snapshot(s, plan, _goals_for(s, data))
        audit.record(s, ctx, AuditAction.UPDATE, "action_plan", plan.id, child_id=plan.child_id)
        s.flush()
        return plan_info(s, plan)


def _signature_inputs(signatures: Sequence[str | SignatureInput],
                      approved_on: date) -> list[SignatureInput]:
    """Plain names (older callers, the CLI) are signatures on paper on the approval day."""
    result = []
    for item in signatures:
        if isinstance(item, str):
            if item.strip():
                result.append(SignatureInput(item.strip(), approved_on))
        elif item.name.strip():
            result.append(item)
    return result


def _signature_rows(session: Session, plan_id: uuid.UUID) -> list[ActionPlanSignature]:
    return list(session.scalars(select(ActionPlanSignature).where(
        ActionPlanSignature.action_plan_id == plan_id, ActionPlanSignature.deleted_at.is_(None))
        .order_by(ActionPlanSignature.signed_on, ActionPlanSignature.created_at)))


def _same_person(row: ActionPlanSignature, data: SignatureInput) -> bool:
    if data.guardian_id or data.professional_id:
        if row.guardian_id == data.guardian_id and row.professional_id == data.professional_id:
            return True
    return row.name.strip().casefold() == data.name.strip().casefold()


def add_signature(session: Session, ctx: AppContext, plan: ActionPlan,
                  data: SignatureInput) -> ActionPlanSignature:
    """Record that one person signed, inside the caller's transaction."""
    if plan.status == PlanStatus.SUPERSEDED.value:
        raise ValidationError("Version {version} er erstattet af en nyere version og kan ikke "
                              "underskrives.",
                              version=plan.version, log_message="signing a superseded plan")
    if not data.name.strip():
        raise ValidationError("Skriv navnet på den, der har underskrevet.",
                              log_message="signature without a name")
    if data.signed_on > ctx.today():
        raise ValidationError("Datoen for underskriften ligger i fremtiden.",
                              log_message="signature date in the future")
    for row in _signature_rows(session, plan.id):
        if _same_person(row, data):
            raise ValidationError("{row} har allerede underskrevet version {version} "
                                  "({signed_on:%d-%m-%Y}).",
                                  row=row.name, version=plan.version, signed_on=row.signed_on,
                                  log_message="signature recorded twice")
    row = ActionPlanSignature(action_plan_id=plan.id, guardian_id=data.guardian_id,
                              professional_id=data.professional_id,
                              name=data.name.strip()[:200], role=data.role.strip()[:100],
                              signed_on=data.signed_on, method=data.method.value,
                              recorded_by=ctx.user.display_name)
    session.add(row)
    session.flush()
    _store_names(session, plan)
    audit.record(session, ctx, AuditAction.UPDATE, "action_plan", plan.id,
                 child_id=plan.child_id, detail=f"signature {data.method.value}")
    return row


def _store_names(session: Session, plan: ActionPlan) -> None:
    """The names column mirrors the signature rows, for readers of older versions."""
    plan.signatories = "\n".join(r.name for r in _signature_rows(session, plan.id))


def record_signature(ctx: AppContext, plan_id: uuid.UUID, data: SignatureInput) -> PlanInfo:
    """One person signed a draft or the approved version (e.g. the other parent later)."""
    return record_signatures(ctx, plan_id, [data])


def record_signatures(ctx: AppContext, plan_id: uuid.UUID,
                      signatures: Sequence[SignatureInput]) -> PlanInfo:
    """Several people signed; all of them are recorded or none."""
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    if not signatures:
        raise ValidationError("Sæt flueben ved dem, der har underskrevet.",
                              log_message="no signatures to record")
    with ctx.db.transaction() as s:
        plan = require_plan(s, ctx, plan_id)
        for data in signatures:
            add_signature(s, ctx, plan, data)
        s.flush()
        return plan_info(s, plan)


def remove_signature(ctx: AppContext, plan_id: uuid.UUID, signature_id: uuid.UUID) -> PlanInfo:
    """A signature recorded by mistake on a draft is taken back (kept as a tombstone)."""
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    with ctx.db.transaction() as s:
        plan = require_plan(s, ctx, plan_id)
        _require_draft(plan)
        row = s.get(ActionPlanSignature, signature_id)
        if row is None or row.is_deleted or row.action_plan_id != plan.id:
            raise NotFoundError("Underskriften findes ikke på handleplanen.")
        row.deleted_at = utcnow()
        s.flush()
        _store_names(s, plan)
        audit.record(s, ctx, AuditAction.UPDATE, "action_plan", plan.id,
                     child_id=plan.child_id, detail="signature removed")
        return plan_info(s, plan)


def apply_approval(session: Session, ctx: AppContext, plan: ActionPlan, approved_on: date,
                   signatures: Sequence[str | SignatureInput] = ()) -> None:
    """Approve a draft inside the caller's transaction; the approved version is superseded.

    ``signatures`` are the people who signed (recorded now); approval needs at least one
    recorded signature, and never records anyone who is not named.
    """
    _require_draft(plan)
    if approved_on > ctx.today():
        raise ValidationError("Godkendelsesdatoen ligger i fremtiden.",
                              log_message="plan approval date in the future")
    new = _signature_inputs(signatures, approved_on)
    if not new and not _signature_rows(session, plan.id):
        raise ValidationError("Skriv hvem der har underskrevet handleplanen.",
                              log_message="plan approval without signatories")
    # The plan is signed as the goals read now: refresh the snapshot from the live goals.
    rows = _snapshot_rows(session, plan.id)
    live = {g.id: g for g in session.scalars(select(Goal).where(
        Goal.id.in_([r.goal_id for r in rows]), Goal.deleted_at.is_(None)))}
    goals = [live[r.goal_id] for r in rows if r.goal_id in live]
    if not goals:
        raise ValidationError("Handleplanen har ingen mål. Tilføj mindst ét mål (der anbefales "
                              "2-4) før den godkendes.", log_message="plan without goals")
    for data in new:
        add_signature(session, ctx, plan, data)
    _snapshot(session, plan, goals)
    for goal in goals:
        goal.action_plan_id = plan.id
    for previous in session.scalars(select(ActionPlan).where(
            ActionPlan.child_id == plan.child_id, ActionPlan.deleted_at.is_(None),
            ActionPlan.status == PlanStatus.APPROVED.value, ActionPlan.id != plan.id)):
        previous.status = PlanStatus.SUPERSEDED.value
        audit.record(session, ctx, AuditAction.UPDATE, "action_plan", previous.id,
                     child_id=plan.child_id, detail="superseded")
    plan.status, plan.approved_on = PlanStatus.APPROVED.value, approved_on
    audit.record(session, ctx, AuditAction.UPDATE, "action_plan", plan.id,
                 child_id=plan.child_id, detail=f"approved version {plan.version}")


def approve_plan(ctx: AppContext, plan_id: uuid.UUID, approved_on: date,
                 signatures: Sequence[str | SignatureInput] = ()) -> PlanInfo:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    with ctx.db.transaction() as s:
        plan = require_plan(s, ctx, plan_id)
        apply_approval(s, ctx, plan, approved_on, signatures)
        s.flush()
        return plan_info(s, plan)


def _signature(row: ActionPlanSignature) -> PlanSignature:
    try:
        method = SignatureMethod(row.method)
    except ValueError:
        method = SignatureMethod.PAPER
    return PlanSignature(row.id, row.name, row.role, row.signed_on, method, row.recorded_by,
                         row.guardian_id, row.professional_id)


def signers(ctx: AppContext, plan_id: uuid.UUID) -> list[Signer]:
    """Who is to sign the version (custody holders, mini-childminder, consultant, and
    anyone else who signed), each with the signature when there is one."""
    from ..documents.report_data import required_signers  # reads the case as of the plan's date
    with ctx.db.transaction() as s:
        plan = require_plan(s, ctx, plan_id)
        signed = [_signature(r) for r in _signature_rows(s, plan.id)]
        result, used = [], set()
        for person in required_signers(s, plan):
            match = next((sig for sig in signed if sig.id not in used and (
                (person.guardian_id and sig.guardian_id == person.guardian_id)
                or (person.professional_id and sig.professional_id == person.professional_id)
                or (person.name and sig.name.casefold() == person.name.casefold()))), None)
            if match is not None:
                used.add(match.id)
            result.append(Signer(person.name, person.role, person.guardian_id,
                                 person.professional_id, match))
        result += [Signer(sig.name, sig.role, sig.guardian_id, sig.professional_id, sig)
                   for sig in signed if sig.id not in used]
        audit.record(s, ctx, AuditAction.VIEW, "action_plan", plan.id, child_id=plan.child_id,
                     detail="signers")
        return result


def plan_info(session: Session, plan: ActionPlan) -> PlanInfo:
    goals = tuple(PlanGoal(r.goal_id, r.domain, r.title, r.signs_of_progress, r.measures,
                           r.measure_who, r.measure_how_often, r.responsible, r.start_date,
                           r.target_date, GoalStatus(r.status), r.evaluation, r.measure_where)
                  for r in _snapshot_rows(session, plan.id))
    signatures = tuple(_signature(r) for r in _signature_rows(session, plan.id))
    starts_on = plan.approved_on or plan.period_start or plan.created_at.date()
    return PlanInfo(plan.id, plan.child_id, plan.version, PlanStatus(plan.status),
                    plan.background, plan.resources, plan.challenges, plan.parent_agreements,
                    plan.period_start, plan.period_end, plan.next_evaluation, plan.approved_on,
                    tuple(sig.name for sig in signatures), plan.meeting_id,
                    goals, tuple(smtte_hints(goals, plan.next_evaluation, starts_on)),
                    signatures)


def get_plan(ctx: AppContext, plan_id: uuid.UUID) -> PlanInfo:
    """Any version, superseded ones included: they stay readable."""
    with ctx.db.transaction() as s:
        plan = require_plan(s, ctx, plan_id)
        audit.record(s, ctx, AuditAction.VIEW, "action_plan", plan.id, child_id=plan.child_id)
        return plan_info(s, plan)


def latest_approved(session: Session, child_id: uuid.UUID) -> ActionPlan | None:
    return session.scalar(select(ActionPlan).where(
        ActionPlan.child_id == child_id, ActionPlan.deleted_at.is_(None),
        ActionPlan.status == PlanStatus.APPROVED.value)
        .order_by(ActionPlan.version.desc()).limit(1))


def current_plan(ctx: AppContext, child_id: uuid.UUID) -> PlanInfo | None:
    """The approved plan in force for the child, or None."""
    with ctx.db.transaction() as s:
        require_child(s, ctx, child_id)
        plan = latest_approved(s, child_id)
        audit.record(s, ctx, AuditAction.VIEW, "action_plan", plan.id if plan else "",
                     child_id=child_id)
        return plan_info(s, plan) if plan else None


def list_plans(ctx: AppContext, child_id: uuid.UUID) -> list[PlanVersion]:
    """Every version of the child's plan, newest first."""
    with ctx.db.transaction() as s:
        require_child(s, ctx, child_id)
        counts = dict(s.execute(
            select(ActionPlanGoal.action_plan_id, func.count())
            .join(ActionPlan, ActionPlan.id == ActionPlanGoal.action_plan_id)
            .where(ActionPlan.child_id == child_id, ActionPlanGoal.deleted_at.is_(None))
            .group_by(ActionPlanGoal.action_plan_id)).all())
        plans = s.scalars(select(ActionPlan).where(
            ActionPlan.child_id == child_id, ActionPlan.deleted_at.is_(None))
            .order_by(ActionPlan.version.desc()))
        audit.record(s, ctx, AuditAction.VIEW, "action_plan_list", child_id=child_id)
        return [PlanVersion(p.id, p.version, PlanStatus(p.status), p.approved_on,
                            p.next_evaluation, counts.get(p.id, 0)) for p in plans]
