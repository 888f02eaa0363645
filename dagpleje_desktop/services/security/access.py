"""Who may see which child: a mini-childminder sees the children in her care now."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...domain.enums import UserRole
from ...domain.errors import Label, NotFoundError
from ...store.models import Child, ChildminderHome, GuestCare, Placement
from ..context import AppContext


def active_on(model, day: date, start="start_date", end="end_date"):
    """SQL condition: the row's period covers ``day`` (open end allowed)."""
    start_col, end_col = getattr(model, start), getattr(model, end)
    return (start_col <= day) & or_(end_col.is_(None), end_col >= day)


def visible_child_ids(session: Session, ctx: AppContext) -> set[uuid.UUID] | None:
    """None means every child (consultants and the office)."""
    if ctx.user.role != UserRole.CHILDMINDER:
        return None
    today = ctx.today()
    own_homes = select(ChildminderHome.id).where(
        ChildminderHome.childminder_id == ctx.user.professional_id,
        ChildminderHome.deleted_at.is_(None))
    placed = select(Placement.child_id).where(
        Placement.home_id.in_(own_homes), Placement.deleted_at.is_(None),
        active_on(Placement, today))
    guests = select(GuestCare.child_id).where(
        GuestCare.guest_home_id.in_(own_homes), GuestCare.deleted_at.is_(None),
        active_on(GuestCare, today, "starts_on", "ends_on"))
    return set(session.scalars(placed)) | set(session.scalars(guests))


def require_child(session: Session, ctx: AppContext, child_id: uuid.UUID) -> Child:
    """The child row, or NotFoundError when it is missing, deleted or not visible."""
    child = session.get(Child, child_id)
    visible = visible_child_ids(session, ctx)
    if child is None or child.is_deleted or (visible is not None and child_id not in visible):
        raise NotFoundError("Barnet med id {child_id} findes ikke.", child_id=child_id,
                            log_message=f"unknown or invisible child {child_id}")
    return child


def parse_uuid(value: object, what: str = "id") -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value).strip())
    except ValueError:
        raise NotFoundError("»{value}« er ikke et gyldigt {what}.", value=value, what=Label(what),
                            log_message=f"malformed {what}") from None
