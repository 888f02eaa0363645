"""Shows the recovery key once; the user confirms she has written it down."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from ..forms import load_form
from .framing import frame_form


class RecoveryKeyDialog(QDialog):
    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = recovery_key
        self.ui = load_form("recovery_key", self)
        frame_form(self, self.ui, self.tr("Gendannelsesnøgle – Dagpleje Desktop"), min_width=700)
        self.ui.recoveryKey.setText(self._display(recovery_key))
        self.ui.continueButton.setEnabled(False)
        self.ui.confirmCheck.toggled.connect(self.ui.continueButton.setEnabled)
        self.ui.copyButton.clicked.connect(self._copy)
        self.ui.continueButton.clicked.connect(self.accept)

    @staticmethod
    def _display(key: str) -> str:
        """Two lines of four groups: easier to copy onto paper than one long line.

        The dashes only separate groups (they are ignored when the key is typed back).
        """
        groups = key.split("-")
        if len(groups) <= 4:
            return key
        half = (len(groups) + 1) // 2
        return "-".join(groups[:half]) + "\n" + "-".join(groups[half:])

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._key)
        self.ui.copiedLabel.setText(self.tr("Kopieret. Skriv den også ned på papir."))

    def reject(self) -> None:
        # Closing without confirming would lose the only copy of the key.
        if self.ui.confirmCheck.isChecked():
            super().reject()
