"""What the locked app shows: a calm panel in the main window and the password dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ... import APP_NAME
from ..widgets.feedback import show_field_error
from .text import label


class LockedPanel(QWidget):
    """Stands in for the main window's content while the app is locked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockedPanel")
        self.setAccessibleName(self.tr("Programmet er låst"))
        column = QVBoxLayout(self)
        column.addStretch(1)
        title = label(self.tr("%1 er låst").replace("%1", APP_NAME), "pageTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(title)
        hint = label(self.tr("Skriv din adgangskode for at fortsætte."), "muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(hint)
        column.addStretch(2)


class UnlockDialog(QDialog):
    """Asks for the password; ``password_entered(str)``. Esc and the close button do nothing."""

    password_entered = Signal(str)
    quit_requested = Signal()

    def __init__(self, display_name: str, username: str, minutes: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Låst – %1").replace("%1", APP_NAME))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(460)
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 22, 28, 20)
        column.setSpacing(8)
        column.addWidget(label(self.tr("Programmet er låst"), "pageTitle"))
        why = (self.tr("Det blev låst efter %1 minutter uden brug.").replace("%1", str(minutes))
               if minutes else self.tr("Det blev låst."))
        column.addWidget(label(why + " " + self.tr(
            "Det, du var i gang med, er ikke lukket – det kommer frem igen, når du låser op."),
            "muted"))
        prompt = QLabel(self.tr("&Adgangskode for %1 (%2)").replace("%1", display_name)
                        .replace("%2", username))
        prompt.setProperty("role", "fieldLabel")
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        # The name says what the label says (WCAG 2.5.3): whose password it asks for.
        self.password.setAccessibleName(prompt.text().replace("&", ""))
        prompt.setBuddy(self.password)
        self.error = label("", "error", object_name="unlockError")
        self.error.setAccessibleName(self.tr("Fejlbesked"))
        show_field_error(self.error)
        column.addWidget(prompt)
        column.addWidget(self.password)
        column.addWidget(self.error)
        buttons = QHBoxLayout()
        self.quit_button = QPushButton(self.tr("Luk programmet"))
        self.quit_button.setAccessibleName(self.tr("Luk programmet (gemmer kladder)"))
        self.quit_button.setAutoDefault(False)
        self.busy = label(self.tr("Kontrollerer …"), "muted")
        self.busy.setVisible(False)
        self.unlock_button = QPushButton(self.tr("Lås &op"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setAccessibleName(self.tr("Lås op"))
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.setDefault(True)
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.busy)
        buttons.addWidget(self.unlock_button)
        column.addSpacing(6)
        column.addLayout(buttons)
        self.unlock_button.clicked.connect(self._submit)
        self.quit_button.clicked.connect(self.quit_requested)
        self.password.setFocus()

    def _submit(self) -> None:
        if not self.password.text():
            self.refuse(self.tr("Skriv din adgangskode."))
            return
        self.set_busy(True)
        self.password_entered.emit(self.password.text())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.password, self.unlock_button, self.quit_button):
            widget.setEnabled(not busy)

    def refuse(self, message: str) -> None:
        self.set_busy(False)
        show_field_error(self.error, message)
        self.password.selectAll()
        self.password.setFocus()

    def reject(self) -> None:  # Esc must not unlock
        pass

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        event.ignore()
