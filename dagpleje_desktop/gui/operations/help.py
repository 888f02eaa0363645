"""The user guide: its chapters, and the guide saved as a PDF (on the file pool)."""

from __future__ import annotations

from pathlib import Path

from ...user_guide import GETTING_STARTED, Chapter, chapter_for_page, chapters
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["GETTING_STARTED", "Chapter", "chapter_for_page", "chapters", "save_guide_pdf"]


def save_guide_pdf(runner: OperationRunner, language: str, target: Path,
                   on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the path written."""
    def work() -> Path:
        from ...reports.user_guide import render_user_guide  # ReportLab only when printing
        target.write_bytes(render_user_guide(chapters(language), language))
        return target
    return runner.run_file(work, on_done, on_error)
