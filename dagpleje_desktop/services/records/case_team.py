"""A child's case team (the professionals around the child): adding a member."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ...domain.enums import AuditAction, ProfessionalRole, UserRole
from ...domain.errors import ValidationError
from ...store.models import CaseTeamMember, Professional
from ..security import audit
from ..security.access import require_child
from ..context import AppContext


@dataclass(frozen=True)
class CaseTeamMemberInfo:
    id: uuid.UUID
    child_id: uuid.UUID
    professional_id: uuid.UUID
    name: str
    role: ProfessionalRole
    start_date: date | None


def add_case_team_member(ctx: AppContext, child_id: uuid.UUID, professional_id: uuid.UUID,
                         role: ProfessionalRole, start_date: date | None = None
                         ) -> CaseTeamMemberInfo:
    """The professional joins the child's case team in ``role`` from ``start_date``
    (today when not given); someone already on the team is not added twice."""
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    with ctx.db.transaction() as s:
        child = require_child(s, ctx, child_id)
        person = s.get(Professional, professional_id)
        if person is None or person.is_deleted:
            raise ValidationError("Den valgte fagperson findes ikke.",
                                  log_message="case team member unknown")
        present = s.scalar(select(CaseTeamMember.id).where(
            CaseTeamMember.child_id == child.id,
            CaseTeamMember.professional_id == person.id,
            CaseTeamMember.deleted_at.is_(None), CaseTeamMember.end_date.is_(None)).limit(1))
        if present is not None:
            raise ValidationError("{person} er allerede med i teamet omkring {child}.",
                                  person=person.name, child=child.full_name,
                                  log_message="case team member twice")
        member = CaseTeamMember(child_id=child.id, professional_id=person.id, role=role.value,
                                start_date=start_date or ctx.today())
        s.add(member)
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, "case_team_member", member.id,
                     child_id=child.id, detail=role.value)
        return CaseTeamMemberInfo(member.id, child.id, person.id, person.name, role,
                                  member.start_date)
