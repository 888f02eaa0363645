"""Sync conflicts and possible duplicate children: list, resolve, merge.

The functions are re-exported by ``services.sync``; the GUI and CLI call them there.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from ...domain.enums import AuditAction, UserRole
from ...store.changes import install_capture
from ...store.models import Conflict
from ...sync import conflicts as conflict_rules
from ...sync import duplicates
from ...sync.conflicts import ConflictInfo
from ..security import audit
from ..security.access import parse_uuid
from ..context import AppContext
from .sync_status import field_label


@dataclass(frozen=True)
class ChildMergeResult:
    kept_id: uuid.UUID
    merged_id: uuid.UUID
    moved_rows: int                # rows (observations, placements...) now on the kept child
    filled_fields: tuple[str, ...]  # empty fields of the kept child filled from the other


def list_conflicts(ctx: AppContext, include_resolved: bool = False) -> list[ConflictInfo]:
    with ctx.db.transaction() as s:
        query = select(Conflict).where(Conflict.deleted_at.is_(None))
        if not include_resolved:
            query = query.where(Conflict.resolved_at.is_(None))
        found = [conflict_rules.describe(s, c, field_label)
                 for c in s.scalars(query.order_by(Conflict.created_at, Conflict.id))]
        audit.record(s, ctx, AuditAction.VIEW, "conflict", detail=f"listed {len(found)}")
        return found


def count_open_conflicts(ctx: AppContext) -> int:
    """For the badge on Synkronisering (no record content is read)."""
    with ctx.db.transaction() as s:
        return s.scalar(select(func.count()).select_from(Conflict).where(
            Conflict.resolved_at.is_(None), Conflict.deleted_at.is_(None))) or 0


def resolve_conflict(ctx: AppContext, conflict_id, choice: str,
                     merged_value=None) -> ConflictInfo:
    """Keep the local value, the remote one, or a merged one; the choice syncs.

    For a possible duplicate child: "local" keeps the record that was here and merges
    the other into it, "remote" keeps the record that arrived, "kept_apart" says they are
    two children (office and consultants only: a merge changes the children's records).
    """
    capture = install_capture(ctx.db, ctx.device_id)
    conflict_id = parse_uuid(conflict_id, "konflikt-id")
    with ctx.db.transaction() as s:
        if conflict_rules.open_conflict(s, conflict_id).field == duplicates.DUPLICATE_FIELD:
            ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
        conflict = conflict_rules.resolve(s, capture, conflict_id, choice, merged_value,
                                          ctx.now())
        s.flush()
        info = conflict_rules.describe(s, conflict, field_label)
        audit.record(s, ctx, AuditAction.UPDATE, "conflict", conflict.id,
                     child_id=info.child_id, detail=f"resolved: {choice}")
        if info.is_duplicate and choice != duplicates.KEPT_APART:
            keep, gone = ((info.local_value, info.remote_value) if choice == "local"
                          else (info.remote_value, info.local_value))
            _audit_merge(s, ctx, keep, gone)
            duplicates.close_settled_notices(s.connection(), ctx.now())
    with ctx.db.transaction() as s:  # after commit: the record now carries the new stamp
        return conflict_rules.describe(s, s.get(Conflict, conflict_id), field_label)


def _audit_merge(s, ctx: AppContext, keep: uuid.UUID, gone: uuid.UUID) -> None:
    audit.record(s, ctx, AuditAction.UPDATE, "child", keep, child_id=keep,
                 detail=f"merged with duplicate record {gone}")
    audit.record(s, ctx, AuditAction.DELETE, "child", gone, child_id=gone,
                 detail=f"merged into {keep}")


def merge_children(ctx: AppContext, keep_id, merge_id) -> ChildMergeResult:
    """Join two records of one real child: everything about ``merge_id`` moves to
    ``keep_id`` and ``merge_id`` becomes a tombstone pointing at it, on every device."""
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    install_capture(ctx.db, ctx.device_id)
    keep_id = parse_uuid(keep_id, "barne-id")
    merge_id = parse_uuid(merge_id, "barne-id")
    with ctx.db.transaction() as s:
        outcome = duplicates.merge(s, keep_id, merge_id, ctx.now())
        _audit_merge(s, ctx, keep_id, merge_id)
        duplicates.close_settled_notices(s.connection(), ctx.now())
    return ChildMergeResult(outcome.kept_id, outcome.merged_id, outcome.moved_rows,
                            outcome.filled_fields)
