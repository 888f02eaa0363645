"""Folder text operations (Ret tekster): the wording in force with the shipped
defaults, and storing the changed panels together, on the database worker."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ...services.documents import folder_texts
from ...services.context import AppContext
from ...services.documents.folder_texts import (MAX_PANEL_TEXT, PANEL_FILES, PANEL_LABELS,
                                                FolderTexts)
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["CONTACT", "MAX_PANEL_TEXT", "PANEL_FILES", "PANEL_LABELS", "FolderTexts",
           "StoredTexts", "load_texts", "save_texts"]

CONTACT = "contact"  # the key of the contact address among the panels' keys


@dataclass(frozen=True)
class StoredTexts:
    texts: FolderTexts           # as in force
    defaults: dict[str, str]     # each panel's shipped text


def load_texts(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
               on_error: ErrorCallback) -> int:
    """on_done receives StoredTexts."""
    def work() -> StoredTexts:
        return StoredTexts(folder_texts.get_folder_texts(ctx),
                           {key: folder_texts.default_text(key) for key in PANEL_FILES})
    return runner.run_db(work, on_done, on_error)


def save_texts(runner: OperationRunner, ctx: AppContext, changes: Mapping[str, str],
               on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """Store every changed panel ("" brings the default back), all or none."""
    chosen = dict(changes)

    def work() -> None:
        with ctx.db.transaction():
            for key, text in chosen.items():
                if key == CONTACT:
                    folder_texts.set_folder_contact(ctx, text)
                else:
                    folder_texts.set_folder_text(ctx, key, text)
    return runner.run_db(work, on_done, on_error)
