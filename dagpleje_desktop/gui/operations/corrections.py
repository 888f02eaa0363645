"""The earlier wordings of a corrected text, read on the database worker."""

from __future__ import annotations

import uuid

from ...services.journal import corrections
from ...services.context import AppContext
from ...services.journal.corrections import CorrectionInfo
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["CorrectionInfo", "load_corrections"]


def load_corrections(runner: OperationRunner, ctx: AppContext, row_id: uuid.UUID,
                     on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done gets the list of CorrectionInfo, oldest first."""
    return runner.run_db(lambda: corrections.corrections_for(ctx, row_id), on_done, on_error)
