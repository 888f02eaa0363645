"""The questions the observation form asks before something is thrown away.

Message boxes are opened window-modal with ``open()`` and answer through a callback:
no nested event loop, so the idle lock can hide the form without answering for the user,
and an unanswered box (Esc, or closed) always means the safe choice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

DISCARD, KEEP_DRAFT, CONTINUE = "discard", "keep_draft", "continue"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ObservationQuestions", text)


def _box(parent: QWidget, title: str, text: str, informative: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    box.setObjectName("observationQuestion")
    return box


def _answer(box: QMessageBox, answers: dict[QPushButton, str], safe: str,
            on_answer: Callable[[str], None]) -> None:
    def finished(_result: int) -> None:
        on_answer(answers.get(box.clickedButton(), safe))
        box.deleteLater()
    box.finished.connect(finished)
    box.open()


def ask_discard_text(parent: QWidget, on_answer: Callable[[str], None]) -> QMessageBox:
    """Cancel with typed text: throw it away, keep it as a draft, or go back to writing."""
    box = _box(parent, _tr("Annuller observationen"), _tr("Vil du kassere teksten?"),
               _tr("Det, du har skrevet, er ikke gemt som observation. Beholder du det som "
                   "kladde, kan du fortsætte senere."))
    discard = box.addButton(_tr("Kassér teksten"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_tr("Behold som kladde"), QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(_tr("Fortsæt med at skrive"), QMessageBox.ButtonRole.RejectRole)
    discard.setObjectName("discardButton")
    keep.setObjectName("keepDraftButton")
    back.setObjectName("continueButton")
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    _answer(box, {discard: DISCARD, keep: KEEP_DRAFT, back: CONTINUE}, CONTINUE, on_answer)
    return box


def ask_delete(parent: QWidget, on_yes: Callable[[], None]) -> QMessageBox:
    """Deleting is a tombstone; the question says so."""
    box = _box(parent, _tr("Slet observationen"), _tr("Slet observationen?"),
               _tr("Den kan ikke gendannes her, men sletningen logges."))
    box.setIcon(QMessageBox.Icon.Warning)
    delete = box.addButton(_tr("Slet"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_tr("Behold observationen"), QMessageBox.ButtonRole.RejectRole)
    delete.setObjectName("confirmDeleteButton")
    keep.setObjectName("keepButton")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    _answer(box, {delete: "delete"}, "keep",
            lambda answer: answer == "delete" and on_yes())
    return box
