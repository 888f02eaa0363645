"""The transition description (overgangsbeskrivelse) for the kindergarten: read it,
save what was written (every changed section and the planned start in one transaction,
with the draft dropped in it), and print it."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from ...services.journal import editor_drafts
from ...services.documents import printing
from ...services.records import transition
from ...services.context import AppContext
from ...services.records.transition import TransitionInfo, TransitionSectionInfo
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["TransitionInfo", "TransitionSectionInfo", "draft_key", "load", "print_pdf", "save"]


def draft_key(child_id: uuid.UUID) -> str:
    return f"transition:{child_id}"


def load(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
         on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the TransitionInfo."""
    return runner.run_db(lambda: transition.transition_overview(ctx, child_id),
                         on_done, on_error)


def save(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID, *,
         planned_start: date | None, kindergarten: str, start_changed: bool,
         sections: dict[str, str], on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """Every changed section as its next version, and the start when it changed: all or
    nothing. on_done receives the TransitionInfo as saved."""
    def work() -> TransitionInfo:
        with ctx.db.transaction():
            if start_changed:
                transition.set_planned_start(ctx, child_id, planned_start,
                                             kindergarten=kindergarten or None)
            for code, text in sections.items():
                transition.save_section(ctx, child_id, code, text)
            editor_drafts.discard_editor_draft(ctx, draft_key(child_id))
        return transition.transition_overview(ctx, child_id)
    return runner.run_db(work, on_done, on_error)


def print_pdf(ctx: AppContext, child_id: uuid.UUID, recipient: str = ""):
    """A function that writes the PDF to a path (for PdfSaver / the preview)."""
    def produce(path: Path) -> Path:
        return printing.print_transition(ctx, child_id, path, recipient=recipient)
    return produce
