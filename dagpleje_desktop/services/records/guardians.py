"""Guardians (forældre, værger) linked to children."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.child_record import GuardianRelation
from ...domain.enums import AuditAction, UserRole
from ...domain.errors import NotFoundError, ValidationError
from ...store.models import Child, ChildGuardian, Guardian
from ..security import audit
from ..security.access import require_child
from ..context import AppContext


@dataclass(frozen=True)
class GuardianInput:
    name: str
    relation: str
    has_custody: bool = True
    phone: str = ""
    email: str = ""
    address: str = ""
    language: str = ""
    other_phone: str = ""
    interpreter_needed: bool = False


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
    other_phone: str = ""
    interpreter_needed: bool = False

    @property
    def relation_label(self) -> str:
        return relation_label(self.relation)


def relation_label(relation: str) -> str:
    try:
        return GuardianRelation.parse(relation).label
    except ValueError:
        return relation


def _relation(text: str) -> str:
    """The relation as chosen (the GUI offers GuardianRelation's labels) or typed earlier:
    stored as written, since documents print it as the family reads it."""
    text = text.strip()
    if not text:
        raise ValidationError("Vælg relationen til barnet (fx mor, far, plejemor).",
                              log_message="guardian without relation")
    return text


def _info(link: ChildGuardian) -> GuardianInfo:
    g = link.guardian
    return GuardianInfo(g.id, g.name, link.relation, link.has_custody, g.phone, g.email,
                        g.address, g.language, g.other_phone, g.interpreter_needed)


def guardians_of(session: Session, child_id: uuid.UUID) -> list[GuardianInfo]:
    links = session.scalars(
        select(ChildGuardian).where(ChildGuardian.child_id == child_id,
                                    ChildGuardian.deleted_at.is_(None))
        .order_by(ChildGuardian.created_at))
    return [_info(link) for link in links]


def _guardian_values(data: GuardianInput) -> dict:
    values = {"name": data.name.strip(), "phone": data.phone.strip(),
              "other_phone": data.other_phone.strip(), "email": data.email.strip(),
              "address": data.address.strip(), "language": data.language.strip(),
              "interpreter_needed": bool(data.interpreter_needed)}
    if values["email"] and ("@" not in values["email"] or " " in values["email"]):
        raise ValidationError("E-mailadressen »{email}« ser ikke rigtig ud.",
                              email=values['email'],
                              log_message="malformed guardian e-mail")
    return values


def add_guardian(ctx: AppContext, child_id: uuid.UUID, data: GuardianInput,
                 existing_guardian_id: uuid.UUID | None = None) -> GuardianInfo:
    """Link a new guardian (or an existing one, e.g. for a sibling) to a child."""
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    if not data.name.strip() and existing_guardian_id is None:
        raise ValidationError("Forælderens navn skal udfyldes.")
    relation = _relation(data.relation)
    with ctx.db.transaction() as s:
        require_child(s, ctx, child_id)
        if existing_guardian_id is not None:
            guardian = s.get(Guardian, existing_guardian_id)
            if guardian is None or guardian.is_deleted:
                raise ValidationError("Forælderen findes ikke.")
            if _link(s, child_id, guardian.id) is not None:
                raise ValidationError("{guardian} er allerede registreret hos barnet.",
                                      guardian=guardian.name,
                                      log_message="guardian linked twice")
        else:
            guardian = Guardian(**_guardian_values(data))
            s.add(guardian)
            s.flush()
        link = ChildGuardian(child_id=child_id, guardian_id=guardian.id, relation=relation,
                             has_custody=bool(data.has_custody))
        s.add(link)
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, "guardian", guardian.id, child_id=child_id)
        return _info(link)


def _link(s: Session, child_id: uuid.UUID, guardian_id: uuid.UUID) -> ChildGuardian | None:
    return s.scalar(select(ChildGuardian).where(
        ChildGuardian.child_id == child_id, ChildGuardian.guardian_id == guardian_id,
        ChildGuardian.deleted_at.is_(None)))


def _require_link(s: Session, ctx: AppContext, child_id: uuid.UUID,
                  guardian_id: uuid.UUID) -> ChildGuardian:
    require_child(s, ctx, child_id)
    link = _link(s, child_id, guardian_id)
    if link is None:
        raise NotFoundError("Forælderen er ikke (længere) registreret hos barnet.",
                            log_message=f"no live link child {child_id} guardian {guardian_id}")
    return link


def update_guardian(ctx: AppContext, child_id: uuid.UUID, guardian_id: uuid.UUID,
                    data: GuardianInput) -> GuardianInfo:
    """Correct a guardian's details and relation to this child; only changed fields are
    written (each syncs on its own). Contact details are shared with siblings' records."""
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    if not data.name.strip():
        raise ValidationError("Forælderens navn skal udfyldes.")
    relation = _relation(data.relation)
    values = _guardian_values(data)
    with ctx.db.transaction() as s:
        link = _require_link(s, ctx, child_id, guardian_id)
        changed = [k for k, v in values.items() if getattr(link.guardian, k) != v]
        for key in changed:
            setattr(link.guardian, key, values[key])
        for key, value in (("relation", relation), ("has_custody", bool(data.has_custody))):
            if getattr(link, key) != value:
                setattr(link, key, value)
                changed.append(key)
        audit.record(s, ctx, AuditAction.UPDATE, "guardian", guardian_id, child_id=child_id,
                     detail=",".join(sorted(changed)))
        s.flush()
        return _info(link)


def remove_guardian(ctx: AppContext, child_id: uuid.UUID, guardian_id: uuid.UUID) -> None:
    """Unlink a guardian from the child (a tombstone, never a hard delete): consents the
    guardian gave keep their history and name. The guardian's own record is tombstoned
    too when no other child here is linked to it."""
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    with ctx.db.transaction() as s:
        link = _require_link(s, ctx, child_id, guardian_id)
        now = ctx.now()
        link.deleted_at = now
        s.flush()
        others = s.scalar(select(ChildGuardian.id).where(
            ChildGuardian.guardian_id == guardian_id, ChildGuardian.deleted_at.is_(None))
            .limit(1))
        if others is None:
            link.guardian.deleted_at = now
        audit.record(s, ctx, AuditAction.DELETE, "guardian", guardian_id, child_id=child_id)


@dataclass(frozen=True)
class KnownGuardian:
    """A guardian already registered with another child (a sibling's parent)."""
    id: uuid.UUID
    name: str
    address: str
    phone: str
    children: tuple[str, ...]  # the children they are registered with


def known_guardians(ctx: AppContext, exclude_child_id: uuid.UUID) -> list[KnownGuardian]:
    """Guardians of other children, so a sibling's parent is linked, not typed twice."""
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    with ctx.reading() as s:
        rows = s.execute(
            select(Guardian, Child.first_name, Child.last_name)
            .join(ChildGuardian, ChildGuardian.guardian_id == Guardian.id)
            .join(Child, Child.id == ChildGuardian.child_id)
            .where(Guardian.deleted_at.is_(None), ChildGuardian.deleted_at.is_(None),
                   Child.deleted_at.is_(None))
            .order_by(Guardian.name)).all()
        mine = {link.guardian_id for link in s.scalars(select(ChildGuardian).where(
            ChildGuardian.child_id == exclude_child_id, ChildGuardian.deleted_at.is_(None)))}
    children: dict[uuid.UUID, list[str]] = {}
    guardians: dict[uuid.UUID, Guardian] = {}
    for guardian, first, last in rows:
        if guardian.id in mine:
            continue
        guardians[guardian.id] = guardian
        children.setdefault(guardian.id, []).append(f"{first} {last}".strip())
    return [KnownGuardian(g.id, g.name, g.address or "", g.phone or "",
                          tuple(children[g.id])) for g in guardians.values()]
