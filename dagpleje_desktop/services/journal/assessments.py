"""Development assessments (developmental age per domain) and wellbeing positions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ...domain.ages import age_in_months
from ...domain.domains import ALL_DOMAINS
from ...domain.enums import AssessmentKind, AuditAction, WellbeingPosition
from ...domain.errors import ValidationError
from ...store.models import DevelopmentAssessment, Observation, Professional, WellbeingAssessment
from ..security import audit
from ..security.access import require_child
from ..context import LOCAL_TZ, AppContext

_DOMAIN_CODES = {d.code for d in ALL_DOMAINS}
MAX_LEVEL_MONTHS = 96


@dataclass(frozen=True)
class DevelopmentPoint:
    id: uuid.UUID
    domain: str
    assessed_on: date
    level_months: int            # developmental age
    actual_age_months: int | None  # the child's age on that day
    assessor_name: str
    note: str


@dataclass(frozen=True)
class WellbeingPoint:
    on: date
    position: WellbeingPosition
    source: str  # "individual", "joint" or "observation"
    assessor_name: str
    comment: str


@dataclass(frozen=True)
class WellbeingHistory:
    points: list[WellbeingPoint]
    latest_joint: WellbeingPoint | None


def add_development_assessment(ctx: AppContext, child_id: uuid.UUID, assessed_on: date,
                               domain: str, level_months: int, note: str = "") -> DevelopmentPoint:
    if domain not in _DOMAIN_CODES:
        raise ValidationError("Ukendt udviklingsområde: {domain}.", domain=domain)
    if not 0 <= level_months <= MAX_LEVEL_MONTHS:
        raise ValidationError("Udviklingsalderen skal være mellem 0 og {max_level_months} "
                              "måneder.", max_level_months=MAX_LEVEL_MONTHS)
    if assessed_on > ctx.today():
        raise ValidationError("Vurderingen kan ikke dateres i fremtiden.")
    with ctx.db.transaction() as s:
        child = require_child(s, ctx, child_id)
        row = DevelopmentAssessment(child_id=child_id, assessed_on=assessed_on, domain=domain,
                                    level_months=level_months, note=note.strip(),
                                    assessor_id=ctx.user.professional_id)
        s.add(row)
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, "development_assessment", row.id,
                     child_id=child_id)
        actual = age_in_months(child.birth_date, assessed_on) if child.birth_date else None
        return DevelopmentPoint(row.id, domain, assessed_on, level_months, actual,
                                ctx.user.display_name, row.note)


def development_profile(ctx: AppContext, child_id: uuid.UUID) -> list[DevelopmentPoint]:
    """All assessments, oldest first, each beside the child's actual age that day."""
    with ctx.db.transaction() as s:
        child = require_child(s, ctx, child_id)
        rows = s.execute(
            select(DevelopmentAssessment, Professional.name)
            .outerjoin(Professional, Professional.id == DevelopmentAssessment.assessor_id)
            .where(DevelopmentAssessment.child_id == child_id,
                   DevelopmentAssessment.deleted_at.is_(None))
            .order_by(DevelopmentAssessment.assessed_on)).all()
        audit.record(s, ctx, AuditAction.VIEW, "development_profile", child_id=child_id)
        born = child.birth_date
        return [DevelopmentPoint(r.id, r.domain, r.assessed_on, r.level_months,
                                 age_in_months(born, r.assessed_on) if born else None,
                                 name or "", r.note) for r, name in rows]


def add_wellbeing_assessment(ctx: AppContext, child_id: uuid.UUID, assessed_on: date,
                             kind: AssessmentKind, position: WellbeingPosition,
                             comment: str = "") -> WellbeingPoint:
    if position == WellbeingPosition.NONE:
        raise ValidationError("Vælg en position: grøn, gul eller rød.")
    if kind == AssessmentKind.JOINT and not comment.strip():
        raise ValidationError("En fælles vurdering skal have en kommentar.")
    with ctx.db.transaction() as s:
        require_child(s, ctx, child_id)
        row = WellbeingAssessment(child_id=child_id, assessed_on=assessed_on, kind=kind.value,
                                  position=position.value, comment=comment.strip(),
                                  assessor_id=ctx.user.professional_id)
        s.add(row)
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, "wellbeing_assessment", row.id,
                     child_id=child_id)
        return WellbeingPoint(assessed_on, position, kind.value, ctx.user.display_name,
                              row.comment)


def wellbeing_history(ctx: AppContext, child_id: uuid.UUID) -> WellbeingHistory:
    """Assessments and observation positions, oldest first, plus the latest joint one."""
    with ctx.db.transaction() as s:
        require_child(s, ctx, child_id)
        assessed = s.execute(
            select(WellbeingAssessment, Professional.name)
            .outerjoin(Professional, Professional.id == WellbeingAssessment.assessor_id)
            .where(WellbeingAssessment.child_id == child_id,
                   WellbeingAssessment.deleted_at.is_(None))).all()
        observed = s.execute(
            select(Observation.observed_at, Observation.position, Professional.name)
            .outerjoin(Professional, Professional.id == Observation.author_id)
            .where(Observation.child_id == child_id, Observation.deleted_at.is_(None),
                   Observation.position != WellbeingPosition.NONE.value)).all()
        audit.record(s, ctx, AuditAction.VIEW, "wellbeing_history", child_id=child_id)
    points = [WellbeingPoint(r.assessed_on, WellbeingPosition(r.position), r.kind, name or "",
                             r.comment) for r, name in assessed]
    points += [WellbeingPoint(at.astimezone(LOCAL_TZ).date(), WellbeingPosition(pos),
                              "observation", name or "", "") for at, pos, name in observed]
    points.sort(key=lambda p: p.on)
    joints = [p for p in points if p.source == AssessmentKind.JOINT.value]
    return WellbeingHistory(points, joints[-1] if joints else None)
