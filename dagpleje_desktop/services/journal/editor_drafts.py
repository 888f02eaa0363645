"""Autosaved drafts of the other editors (minutes, decisions, notes): what a person typed
survives a crash, a closed window or a meeting opened again from the calendar.

Stored like observation drafts (local to the author's installation, never synced), with
the editor's key in the payload: ``{"editor": "meeting_minutes:<id>", "fields": {...}}``.
Only creating and discarding are logged, as for observation drafts.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from ...domain.enums import AuditAction
from ...store.models import ObservationDraft
from ..security import audit
from ..context import AppContext

EDITOR_KEY = "editor"


@dataclass(frozen=True)
class EditorDraft:
    key: str
    fields: dict
    updated_at: datetime


def is_editor_payload(payload: dict) -> bool:
    return EDITOR_KEY in payload


def meeting_minutes_key(meeting_id: uuid.UUID) -> str:
    return f"meeting_minutes:{meeting_id}"


def _find(session, ctx: AppContext, key: str) -> ObservationDraft | None:
    marker = json.dumps(key, ensure_ascii=False)
    for draft in session.scalars(select(ObservationDraft).where(
            ObservationDraft.user_id == ctx.user.id,
            ObservationDraft.payload.contains(marker))):
        if json.loads(draft.payload).get(EDITOR_KEY) == key:
            return draft
    return None


def save_editor_draft(ctx: AppContext, key: str, fields: dict, *,
                      child_id: uuid.UUID | None = None) -> None:
    """Create or overwrite this user's draft for the editor ``key``."""
    body = json.dumps({EDITOR_KEY: key, "fields": fields}, ensure_ascii=False, default=str)
    with ctx.db.transaction() as s:
        draft = _find(s, ctx, key)
        if draft is not None:
            draft.payload, draft.updated_at = body, ctx.now()
            return
        draft = ObservationDraft(user_id=ctx.user.id, child_id=child_id, payload=body)
        s.add(draft)
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, "editor_draft", draft.id, child_id=child_id,
                     detail=key.split(":")[0])


def editor_draft(ctx: AppContext, key: str) -> EditorDraft | None:
    with ctx.db.transaction() as s:
        draft = _find(s, ctx, key)
        if draft is None:
            return None
        return EditorDraft(key, json.loads(draft.payload).get("fields", {}), draft.updated_at)


def discard_editor_draft(ctx: AppContext, key: str) -> None:
    """Saved or thrown away: the draft goes for real (no stray copy of the text stays)."""
    with ctx.db.transaction() as s:
        draft = _find(s, ctx, key)
        if draft is None:
            return
        s.execute(delete(ObservationDraft).where(ObservationDraft.id == draft.id))
        audit.record(s, ctx, AuditAction.DELETE, "editor_draft", draft.id,
                     child_id=draft.child_id, detail=key.split(":")[0])
