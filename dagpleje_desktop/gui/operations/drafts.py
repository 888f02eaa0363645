"""Drafts, stored, fetched and dropped on the database worker: the observation form's
(``*_observation_draft``, ``list_observation_drafts``) and those of the other editors
(minutes, decisions, notes)."""

from __future__ import annotations

import uuid

from ...services.journal import drafts, editor_drafts
from ...services.context import AppContext
from ...services.journal.drafts import DraftInfo
from ...services.journal.editor_drafts import EditorDraft, meeting_minutes_key
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["DraftInfo", "EditorDraft", "discard", "discard_observation_draft",
           "list_observation_drafts", "load", "meeting_minutes_key", "store",
           "store_observation_draft", "store_now"]


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


def store_observation_draft(runner: OperationRunner, ctx: AppContext, payload: dict,
                            draft_id: uuid.UUID | None, child_id: uuid.UUID | None,
                            observation_id: uuid.UUID | None, on_done: DoneCallback,
                            on_error: ErrorCallback) -> int:
    """Create or overwrite the observation form's draft; on_done receives its id."""
    return runner.run_db(lambda: drafts.save_draft(ctx, payload, draft_id=draft_id,
                                                   child_id=child_id,
                                                   observation_id=observation_id),
                         on_done, on_error)


def list_observation_drafts(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                            on_error: ErrorCallback) -> int:
    """on_done receives the user's unsaved observation drafts (DraftInfo), newest first."""
    return runner.run_db(lambda: drafts.list_drafts(ctx), on_done, on_error)


def discard_observation_draft(runner: OperationRunner, ctx: AppContext, draft_id: uuid.UUID,
                              on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """Remove the draft for good; one already gone is the wanted result, not an error."""
    return runner.run_db(lambda: drafts.discard_draft_if_present(ctx, draft_id),
                         on_done, on_error)
