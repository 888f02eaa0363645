"""Guardians (forældre, værger) linked to children."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import AuditAction, UserRole
from ..domain.errors import ValidationError
from ..store.models import ChildGuardian, Guardian
from . import audit
from .access import require_child
from .context import AppContext


@dataclass(frozen=True)
class GuardianInput:
    name: str
    relation: str
    has_custody: bool = True
    phone: str = ""
    email: str = ""
    address: str = ""
    language: str = ""


@dataclass(frozen=True)
class GuardianInfo:
    id: uuid.UUID
    name: str
    relation: str
    has_custody: bool
    phone: str
    email: str
    address: str
    language: str


def guardians_of(session: Session, child_id: uuid.UUID) -> list[GuardianInfo]:
    links = session.scalars(
        select(ChildGuardian).where(ChildGuardian.child_id == child_id,
                                    ChildGuardian.deleted_at.is_(None))
        .order_by(ChildGuardian.created_at))
    return [GuardianInfo(link.guardian.id, link.guardian.name, link.relation, link.has_custody,
                         link.guardian.phone, link.guardian.email, link.guardian.address,
                         link.guardian.language) for link in links]


def add_guardian(ctx: AppContext, child_id: uuid.UUID, data: GuardianInput,
                 existing_guardian_id: uuid.UUID | None = None) -> GuardianInfo:
    """Link a new guardian (or an existing one, e.g. for a sibling) to a child."""
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    if not data.name.strip() and existing_guardian_id is None:
        raise ValidationError("Forælderens navn skal udfyldes.")
    if not data.relation.strip():
        raise ValidationError("Relationen til barnet skal udfyldes (fx mor, far, plejemor).")
    with ctx.db.transaction() as s:
        require_child(s, ctx, child_id)
        if existing_guardian_id is not None:
            guardian = s.get(Guardian, existing_guardian_id)
            if guardian is None:
                raise ValidationError("Forælderen findes ikke.")
        else:
            guardian = Guardian(name=data.name.strip(), phone=data.phone.strip(),
                                email=data.email.strip(), address=data.address.strip(),
                                language=data.language.strip())
            s.add(guardian)
            s.flush()
        s.add(ChildGuardian(child_id=child_id, guardian_id=guardian.id,
                            relation=data.relation.strip(), has_custody=data.has_custody))
        audit.record(s, ctx, AuditAction.CREATE, "guardian", guardian.id, child_id=child_id)
        return GuardianInfo(guardian.id, guardian.name, data.relation.strip(), data.has_custody,
                            guardian.phone, guardian.email, guardian.address, guardian.language)
