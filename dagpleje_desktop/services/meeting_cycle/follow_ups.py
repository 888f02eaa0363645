"""Follow-up tasks (opfølgning) agreed at meetings and visits: who does what, by when."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.enums import AuditAction, UserRole
from ...domain.errors import NotFoundError, ValidationError
from ...store.models import FollowUp
from ..security import audit
from ..security.access import require_child, visible_child_ids
from ..context import AppContext


@dataclass(frozen=True)
class FollowUpInput:
    description: str
    owner: str
    due_on: date | None


@dataclass(frozen=True)
class FollowUpInfo:
    id: uuid.UUID
    description: str
    owner: str
    due_on: date | None
    done_on: date | None
    meeting_id: uuid.UUID | None
    visit_id: uuid.UUID | None
    child_id: uuid.UUID | None

    @property
    def is_open(self) -> bool:
        return self.done_on is None


def validate_follow_up(data: FollowUpInput) -> None:
    if not data.description.strip():
        raise ValidationError("Beskriv opfølgningen: hvad skal gøres?",
                              log_message="follow-up without description")
    if not data.owner.strip():
        raise ValidationError("Skriv hvem der har ansvaret for »{description}«.",
                              description=data.description.strip(),
                              log_message="follow-up without owner")
    if data.due_on is None:
        raise ValidationError("Skriv hvornår »{description}« skal være gjort.",
                              description=data.description.strip(),
                              log_message="follow-up without due date")


def follow_up_info(row: FollowUp) -> FollowUpInfo:
    return FollowUpInfo(row.id, row.description, row.owner, row.due_on, row.done_on,
                        row.meeting_id, row.visit_id, row.child_id)


def insert_follow_up(session: Session, ctx: AppContext, data: FollowUpInput, *,
                     meeting_id: uuid.UUID | None = None, visit_id: uuid.UUID | None = None,
                     child_id: uuid.UUID | None = None) -> FollowUp:
    """Add a follow-up inside the caller's transaction (a meeting or visit adds several)."""
    validate_follow_up(data)
    row = FollowUp(meeting_id=meeting_id, visit_id=visit_id, child_id=child_id,
                   description=data.description.strip(), owner=data.owner.strip(),
                   due_on=data.due_on)
    session.add(row)
    session.flush()
    audit.record(session, ctx, AuditAction.CREATE, "follow_up", row.id, child_id=child_id)
    return row


def follow_ups_where(session: Session, *conditions, open_only: bool = False) -> list[FollowUpInfo]:
    query = select(FollowUp).where(FollowUp.deleted_at.is_(None), *conditions)
    if open_only:
        query = query.where(FollowUp.done_on.is_(None))
    rows = session.scalars(query.order_by(FollowUp.due_on, FollowUp.created_at))
    return [follow_up_info(r) for r in rows]


def list_follow_ups(ctx: AppContext, child_id: uuid.UUID | None = None, *,
                    open_only: bool = True) -> list[FollowUpInfo]:
    """Follow-ups for one child, or all the user may see; soonest due first."""
    with ctx.db.transaction() as s:
        if child_id is not None:
            require_child(s, ctx, child_id)
            rows = follow_ups_where(s, FollowUp.child_id == child_id, open_only=open_only)
        else:
            visible = visible_child_ids(s, ctx)
            rows = [f for f in follow_ups_where(s, open_only=open_only)
                    if visible is None or f.child_id in visible]
        audit.record(s, ctx, AuditAction.VIEW, "follow_up_list", child_id=child_id)
        return rows


def complete_follow_up(ctx: AppContext, follow_up_id: uuid.UUID,
                       done_on: date | None = None) -> FollowUpInfo:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    done_on = done_on or ctx.today()
    if done_on > ctx.today():
        raise ValidationError("En opfølgning kan ikke markeres som gjort i fremtiden.")
    with ctx.db.transaction() as s:
        row = s.get(FollowUp, follow_up_id)
        if row is None or row.is_deleted:
            raise NotFoundError("Opfølgningen med id {follow_up_id} findes ikke.",
                                follow_up_id=follow_up_id)
        if row.child_id is not None:
            require_child(s, ctx, row.child_id)
        row.done_on = done_on
        audit.record(s, ctx, AuditAction.UPDATE, "follow_up", row.id, child_id=row.child_id,
                     detail="done")
        return follow_up_info(row)
