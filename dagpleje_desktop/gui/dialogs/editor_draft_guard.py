"""Nothing typed in a dialog is lost: its free-text fields are kept as a draft.

A dialog attaches an ``EditorDraftGuard`` to its text fields with a key such as
``visit:new:<home id>``. The guard stores the text after a pause in typing (on the
database worker), brings a draft back when the same editor is opened again in a later
session or after a crash, and forgets it when the dialog's save operation has dropped the
draft. Closing with unsaved typing (Escape, Annullér/Fortryd, the window's X) asks
whether to discard the text, keep it as a draft or go back to the dialog: the dialog
calls ``may_close()`` from its ``reject``.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from ..context import GuiContext
from ..operations import drafts as drafts_ops
from ..operations.runner import user_message

DRAFT_AFTER_MS = 1500  # a pause in typing stores the draft

TextField = QLineEdit | QPlainTextEdit


def _text(field: TextField) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def _set_text(field: TextField, text: str) -> None:
    if isinstance(field, QLineEdit):
        field.setText(text)
    else:
        field.setPlainText(text)


class EditorDraftGuard(QObject):
    """Keeps ``fields`` ({name: field}) of ``dialog`` as the draft ``key``.

    ``dialog`` may also be a page that holds the fields; only a dialog asks when closed.
    """

    restored = Signal(object)  # the EditorDraft whose text went back into the fields
    problem = Signal(str)      # a draft could not be stored or read (Danish, for the dialog)

    def __init__(self, dialog: QWidget, gui: GuiContext, key: str,
                 fields: Mapping[str, TextField], *, child_id: uuid.UUID | None = None) -> None:
        super().__init__(dialog)
        self.dialog, self.gui, self.key = dialog, gui, key
        self.fields = dict(fields)
        self.child_id = child_id
        self.unsaved = False  # typed since the dialog opened or the draft came back
        self.question: QMessageBox | None = None
        self._filling = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_AFTER_MS)
        self._timer.timeout.connect(self.store)
        for field in self.fields.values():
            field.textChanged.connect(self._typed)
        drafts_ops.load(gui.runner, gui.session, key, self._loaded, self._failed)

    # -- keeping -----------------------------------------------------------------------

    def texts(self) -> dict[str, str]:
        return {name: _text(field) for name, field in self.fields.items()}

    def _typed(self) -> None:
        if self._filling:
            return
        self.unsaved = True
        self._timer.start()

    def store(self) -> None:
        """Keep what was typed now (also after a pause in typing)."""
        self._timer.stop()
        if not self.unsaved:
            return
        drafts_ops.store(self.gui.runner, self.gui.session, self.key, self.texts(),
                         self.child_id, lambda _none: None, self._failed)

    def _loaded(self, draft) -> None:
        """A draft from an earlier session: its text goes back, unless typing began."""
        if draft is None or draft.key != self.key or self.unsaved:
            return
        self._filling = True
        for name, field in self.fields.items():
            if name in draft.fields:
                _set_text(field, str(draft.fields[name]))
        self._filling = False
        self.unsaved = True
        self.restored.emit(draft)

    def _failed(self, exc: BaseException) -> None:
        self.problem.emit(self.tr("Kladden kunne ikke gemmes eller hentes: {reason}").format(
            reason=user_message(exc)))

    # -- saving ------------------------------------------------------------------------

    def hold(self) -> None:
        """The dialog saves: no draft may be stored after the save dropped it."""
        self._timer.stop()

    def resume(self) -> None:
        """The save was refused: the typing is still unsaved and kept as before."""
        if self.unsaved:
            self._timer.start()

    def saved(self) -> None:
        """The save operation dropped the draft in its transaction."""
        self._timer.stop()
        self.unsaved = False

    # -- closing -----------------------------------------------------------------------

    def may_close(self) -> bool:
        """True when the dialog may close at once; otherwise the question is shown and
        the dialog is closed (or not) by the answer."""
        if not self.unsaved:
            return True
        if not any(text.strip() for text in self.texts().values()):
            self.discard()  # everything typed was deleted again: nothing to keep
            return True
        if self.question is None:
            self._ask()
        return False

    def discard(self) -> None:
        self._timer.stop()
        self.unsaved = False
        drafts_ops.discard(self.gui.runner, self.gui.session, self.key, lambda _none: None,
                           self._failed)

    def _ask(self) -> None:
        box = QMessageBox(self.dialog)
        box.setObjectName("unsavedTextQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Teksten er ikke gemt"))
        box.setText(self.tr("Du har skrevet tekst, som ikke er gemt."))
        box.setInformativeText(self.tr(
            "Gem den som kladde, så den er her igen, næste gang du åbner vinduet, eller "
            "kassér den. Vælg »Tilbage« for at skrive videre."))
        discard = box.addButton(self.tr("Kassér teksten"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Gem som kladde"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Tilbage"), QMessageBox.ButtonRole.RejectRole)
        discard.setObjectName("discardText")
        keep.setObjectName("keepDraft")
        back.setObjectName("backToEditor")
        box.setDefaultButton(keep)
        box.setEscapeButton(back)

        def answered(_result: int) -> None:
            chosen = box.clickedButton()
            box.deleteLater()
            self.question = None
            if chosen is discard:
                self.discard()
                self.dialog.reject()
            elif chosen is keep:
                self.store()
                self.unsaved = False
                self.dialog.reject()
        box.finished.connect(answered)
        self.question = box
        box.open()
