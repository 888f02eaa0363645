"""Save a printout as PDF: ask where with a file dialog, render off the GUI thread,
and say in a label what happened (never a modal box that stops the work)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from ..operations.runner import OperationRunner, user_message


def documents_folder() -> Path:
    home = Path.home()
    for name in ("Dokumenter", "Documents"):
        if (home / name).is_dir():
            return home / name
    return home


def ask_save_path(parent: QWidget, title: str, suggested_name: str,
                  file_filter: str) -> Path | None:
    """The path the user chose, or None when she cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title,
                                            str(documents_folder() / suggested_name),
                                            file_filter)
    return Path(chosen) if chosen else None


class PdfSaver(QObject):
    """One per place with "Udskriv" buttons; ``saved(Path)`` when a file is written."""

    saved = Signal(object)

    def __init__(self, parent: QWidget, runner: OperationRunner, feedback: QLabel) -> None:
        super().__init__(parent)
        self._parent, self._runner, self._feedback = parent, runner, feedback

    def save(self, title: str, suggested_name: str, produce: Callable[[Path], Path]) -> None:
        path = ask_save_path(self._parent, title, suggested_name,
                             self.tr("PDF-filer (*.pdf)"))
        if path is None:
            return
        self._show(self.tr("Gemmer PDF-filen …"), error=False)
        self._runner.run_file(lambda: produce(path), self._done, self._failed)

    def _done(self, path) -> None:
        self._show(self.tr("Gemt som PDF: {path}").format(path=path), error=False)
        self.saved.emit(Path(path))

    def _failed(self, exc: BaseException) -> None:
        self._show(user_message(exc), error=True)

    def _show(self, text: str, *, error: bool) -> None:
        self._feedback.setProperty("role", "error" if error else "muted")
        self._feedback.style().unpolish(self._feedback)
        self._feedback.style().polish(self._feedback)
        self._feedback.setText(text)
        self._feedback.setVisible(True)
