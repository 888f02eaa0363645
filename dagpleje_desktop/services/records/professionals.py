"""Professionals (childminders, consultants, partners) and the organisation."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields

from sqlalchemy import select

from ...domain.enums import AuditAction, ProfessionalRole, UserRole
from ...domain.errors import ValidationError
from ...store.models import Organisation, Professional
from ..security import audit
from ..context import AppContext


@dataclass(frozen=True)
class ProfessionalInfo:
    id: uuid.UUID
    name: str
    role: ProfessionalRole
    phone: str
    email: str
    workplace: str


@dataclass(frozen=True)
class OrganisationInfo:
    id: uuid.UUID
    name: str
    unit: str
    address: str
    postal_code: str
    city: str
    phone: str
    email: str
    website: str

    @property
    def contact_lines(self) -> list[str]:
        lines = [self.unit or self.name, self.address,
                 f"{self.postal_code} {self.city}".strip()]
        if self.phone:
            lines.append(f"Tlf. {self.phone}")
        if self.email:
            lines.append(self.email)
        return [line for line in lines if line]


def _professional(p: Professional) -> ProfessionalInfo:
    return ProfessionalInfo(p.id, p.name, ProfessionalRole(p.role), p.phone, p.email, p.workplace)


def create_professional(ctx: AppContext, name: str, role: ProfessionalRole, phone: str = "",
                        email: str = "", workplace: str = "") -> ProfessionalInfo:
    if not name.strip():
        raise ValidationError("Navnet skal udfyldes.")
    with ctx.db.transaction() as s:
        org_id = s.scalar(select(Organisation.id).limit(1))
        person = Professional(name=name.strip(), role=role.value, phone=phone, email=email,
                              workplace=workplace, organisation_id=org_id)
        s.add(person)
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, "professional", person.id)
        return _professional(person)


def update_contact(ctx: AppContext, professional_id, *, phone: str, email: str,
                   workplace: str) -> ProfessionalInfo:
    """A person's phone, e-mail and workplace, as printed on letters and papers: one's own,
    or anyone's for the office and consultants."""
    if professional_id != ctx.user.professional_id:
        ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    with ctx.db.transaction() as s:
        person = s.get(Professional, professional_id)
        if person is None or person.deleted_at is not None:
            raise ValidationError("Personen findes ikke.", log_message="no such professional")
        person.phone, person.email = phone.strip(), email.strip()
        person.workplace = workplace.strip()
        audit.record(s, ctx, AuditAction.UPDATE, "professional", person.id, detail="contact")
        return _professional(person)


def list_professionals(ctx: AppContext, role: ProfessionalRole | None = None) -> list[ProfessionalInfo]:
    with ctx.db.transaction() as s:
        query = select(Professional).where(Professional.deleted_at.is_(None)) \
            .order_by(Professional.name)
        if role is not None:
            query = query.where(Professional.role == role.value)
        return [_professional(p) for p in s.scalars(query)]


def _organisation(o: Organisation) -> OrganisationInfo:
    return OrganisationInfo(o.id, o.name, o.unit, o.address, o.postal_code, o.city, o.phone,
                            o.email, o.website)


def get_organisation(ctx: AppContext) -> OrganisationInfo:
    with ctx.db.transaction() as s:
        org = s.scalar(select(Organisation).where(Organisation.deleted_at.is_(None))
                       .order_by(Organisation.created_at).limit(1))
        return _organisation(org)


def update_organisation(ctx: AppContext, **changes: str) -> OrganisationInfo:
    """Change the contact block shown in the app and printed on documents."""
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    allowed = {f.name for f in fields(OrganisationInfo)} - {"id"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"unknown organisation fields: {sorted(unknown)}")
    if "name" in changes and not changes["name"].strip():
        raise ValidationError("Organisationen skal have et navn.")
    with ctx.db.transaction() as s:
        org = s.scalar(select(Organisation).order_by(Organisation.created_at).limit(1))
        for key, value in changes.items():
            setattr(org, key, value.strip())
        audit.record(s, ctx, AuditAction.UPDATE, "organisation", org.id,
                     detail=",".join(sorted(changes)))
        return _organisation(org)
