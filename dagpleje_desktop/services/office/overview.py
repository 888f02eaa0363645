"""A small read-only summary for the Oversigt page: counts and the user's own children."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select

from ...domain.enums import AuditAction, ChildStatus, UserRole
from ...store.models import CaseTeamMember, Child
from ..security import audit
from ..security.access import visible_child_ids
from ..records.children import ChildSummary, child_summaries
from ..context import AppContext
from ..records.homes import list_homes

MY_CHILDREN_LIMIT = 50


@dataclass(frozen=True)
class OverviewInfo:
    children_by_status: dict[ChildStatus, int]
    homes: int
    places: int
    free_places: int
    my_children: list[ChildSummary] = field(default_factory=list)
    more_children: int = 0  # the user's children beyond MY_CHILDREN_LIMIT

    @property
    def total_children(self) -> int:
        return sum(self.children_by_status.values())


def _my_child_ids(session, ctx: AppContext, visible: set[uuid.UUID] | None) -> list[uuid.UUID]:
    """A childminder's children in care; a consultant's children on her case teams."""
    today = ctx.today()
    if ctx.user.role == UserRole.CHILDMINDER:
        ids = visible or set()
    elif ctx.user.role == UserRole.CONSULTANT and ctx.user.professional_id is not None:
        ids = set(session.scalars(select(CaseTeamMember.child_id).where(
            CaseTeamMember.professional_id == ctx.user.professional_id,
            CaseTeamMember.deleted_at.is_(None),
            or_(CaseTeamMember.start_date.is_(None), CaseTeamMember.start_date <= today),
            or_(CaseTeamMember.end_date.is_(None), CaseTeamMember.end_date >= today))))
    else:
        return []
    if not ids:
        return []
    return list(session.scalars(select(Child.id).where(
        Child.id.in_(ids), Child.deleted_at.is_(None),
        Child.status != ChildStatus.ARCHIVED.value).order_by(Child.first_name, Child.last_name)))


def overview(ctx: AppContext) -> OverviewInfo:
    with ctx.db.transaction() as s:
        visible = visible_child_ids(s, ctx)
        query = select(Child.status, func.count()).where(Child.deleted_at.is_(None)) \
            .group_by(Child.status)
        if visible is not None:
            query = query.where(Child.id.in_(visible))
        counts = {ChildStatus(status): n for status, n in s.execute(query)}
        mine = _my_child_ids(s, ctx, visible)
        audit.record(s, ctx, AuditAction.VIEW, "overview",
                     detail=f"{sum(counts.values())} children, {len(mine)} own")
    homes = list_homes(ctx)
    shown = mine[:MY_CHILDREN_LIMIT]
    return OverviewInfo(
        children_by_status={st: counts.get(st, 0) for st in ChildStatus},
        homes=len(homes), places=sum(h.places for h in homes),
        free_places=sum(h.free for h in homes),
        my_children=child_summaries(ctx, shown) if shown else [],
        more_children=len(mine) - len(shown))
