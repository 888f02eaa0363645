"""Drafts of the editors other than the observation form (minutes, decisions, notes):
stored, fetched and dropped on the database worker."""

from __future__ import annotations

import uuid

from ...services import editor_drafts
from ...services.context import AppContext
from ...services.editor_drafts import EditorDraft, meeting_minutes_key
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["EditorDraft", "discard", "load", "meeting_minutes_key", "store", "store_now"]


def store(runner: OperationRunner, ctx: AppContext, key: str, fields: dict,
          child_id: uuid.UUID | None, on_done: DoneCallback, on_error: ErrorCallback) -> int:
    return runner.run_db(lambda: editor_drafts.save_editor_draft(ctx, key, fields,
                                                                 child_id=child_id),
                         on_done, on_error)


def store_now(ctx: AppContext, key: str, fields: dict, child_id: uuid.UUID | None) -> None:
    """At close, when the worker is already stopped: a small write on the calling thread."""
    editor_drafts.save_editor_draft(ctx, key, fields, child_id=child_id)


def load(runner: OperationRunner, ctx: AppContext, key: str, on_done: DoneCallback,
         on_error: ErrorCallback) -> int:
    """on_done gets the EditorDraft or None."""
    return runner.run_db(lambda: editor_drafts.editor_draft(ctx, key), on_done, on_error)


def discard(runner: OperationRunner, ctx: AppContext, key: str, on_done: DoneCallback,
            on_error: ErrorCallback) -> int:
    return runner.run_db(lambda: editor_drafts.discard_editor_draft(ctx, key), on_done,
                         on_error)
