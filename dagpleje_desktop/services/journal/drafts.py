"""Autosaved observation drafts: nothing a user typed is lost to a crash or power cut.

A draft belongs to its author and is never synced. Only creating and discarding a
draft are logged; the autosave ticks in between would flood the access log with
entries that say nothing about who saw which child.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from ...domain.enums import AuditAction
from ...domain.errors import NotFoundError
from ...store.models import Child, ObservationDraft
from ..security import audit
from ..security.access import require_child
from ..context import AppContext


@dataclass(frozen=True)
class DraftInfo:
    id: uuid.UUID
    child_id: uuid.UUID | None
    child_name: str
    observation_id: uuid.UUID | None  # set when the draft edits an existing observation
    payload: dict
    updated_at: datetime

    @property
    def preview(self) -> str:
        text = " ".join(str(self.payload.get("text", "")).split())
        return text[:80] + ("…" if len(text) > 80 else "")


def save_draft(ctx: AppContext, payload: dict, *, draft_id: uuid.UUID | None = None,
               child_id: uuid.UUID | None = None,
               observation_id: uuid.UUID | None = None) -> uuid.UUID:
    """Create or overwrite the user's draft; returns its id (keep it for the next save)."""
    body = json.dumps(payload, ensure_ascii=False, default=str)
    with ctx.db.transaction() as s:
        if child_id is not None:
            require_child(s, ctx, child_id)
        draft = s.get(ObservationDraft, draft_id) if draft_id else None
        if draft is not None and draft.user_id == ctx.user.id:
            draft.payload, draft.child_id = body, child_id
            draft.observation_id = observation_id
            draft.updated_at = ctx.now()
            return draft.id
        draft = ObservationDraft(user_id=ctx.user.id, child_id=child_id,
                                 observation_id=observation_id, payload=body)
        s.add(draft)
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, "observation_draft", draft.id,
                     child_id=child_id)
        return draft.id


def list_drafts(ctx: AppContext) -> list[DraftInfo]:
    """The user's unsaved drafts, newest first (offered back after a crash)."""
    with ctx.db.transaction() as s:
        rows = s.execute(
            select(ObservationDraft, Child.first_name, Child.last_name)
            .outerjoin(Child, Child.id == ObservationDraft.child_id)
            .where(ObservationDraft.user_id == ctx.user.id)
            .order_by(ObservationDraft.updated_at.desc())).all()
        infos = [DraftInfo(d.id, d.child_id, f"{first or ''} {last or ''}".strip(),
                           d.observation_id, json.loads(d.payload), d.updated_at)
                 for d, first, last in rows]
        # Drafts of other editors (minutes, notes) come back in their own editor.
        return [info for info in infos if "editor" not in info.payload]


def discard_draft_if_present(ctx: AppContext, draft_id: uuid.UUID) -> None:
    """After a save: the draft goes; already gone (a save tried again) is fine."""
    try:
        discard_draft(ctx, draft_id)
    except NotFoundError:
        pass


def discard_draft(ctx: AppContext, draft_id: uuid.UUID) -> None:
    """Remove the draft for real: once saved or thrown away, no stray copy of the text stays."""
    with ctx.db.transaction() as s:
        draft = s.get(ObservationDraft, draft_id)
        if draft is None or draft.user_id != ctx.user.id:
            raise NotFoundError("Kladden findes ikke længere.")
        child_id = draft.child_id
        s.execute(delete(ObservationDraft).where(ObservationDraft.id == draft_id))
        audit.record(s, ctx, AuditAction.DELETE, "observation_draft", draft_id,
                     child_id=child_id)
