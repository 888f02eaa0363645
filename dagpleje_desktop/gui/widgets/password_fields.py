"""A new password typed twice, with the reason it cannot be used shown as it is typed.

The rules are domain/passwords.py (through services/security/passwords.py, which holds the list of
common passwords): at least 12 characters, not the user name, not a common password.
Used by the forgotten-password dialog and Indstillinger; the set-up dialog shows the same
reasons with ``live_reason``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from ..messages import service_text
from ..operations.accounts import password_problem
from .feedback import show_field_error
from .text import label


def live_reason(password: str, username: str) -> str:
    """The Danish reason for the field under a new password; empty before anything is typed
    or when the password may be used."""
    return service_text(password_problem(password, username) or "") if password else ""


class NewPasswordFields(QWidget):
    """Two password fields in a form; ``changed`` whenever the verdict may have changed."""

    changed = Signal()

    def __init__(self, username: Callable[[], str], parent: QWidget | None = None, *,
                 prefix: str = "") -> None:
        super().__init__(parent)
        self._username = username
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(6)
        self.password = self._field(f"{prefix}newPassword", self.tr("Ny adgangskode"))
        self.reason = label("", "error", object_name=f"{prefix}newPasswordReason")
        self.reason.setAccessibleName(self.tr("Krav til adgangskoden"))
        self.ok = label(self.tr("Adgangskoden kan bruges."), "muted",
                        object_name=f"{prefix}newPasswordOk")
        self.repeat = self._field(f"{prefix}repeatPassword", self.tr("Gentag ny adgangskode"))
        self.repeat_error = label("", "error", object_name=f"{prefix}repeatPasswordError")
        form.addRow(self._buddy(self.tr("&Ny adgangskode"), self.password), self.password)
        form.addRow("", self.reason)
        form.addRow("", self.ok)
        form.addRow(self._buddy(self.tr("&Gentag ny adgangskode"), self.repeat), self.repeat)
        form.addRow("", self.repeat_error)
        hint = label(self.tr("Mindst 12 tegn, ikke dit brugernavn og ikke en almindelig "
                             "adgangskode. Flere ord, der ikke hører sammen, er lette at "
                             "huske."), "hint")
        form.addRow("", hint)
        self.password.textChanged.connect(self.refresh)
        self.repeat.textChanged.connect(self.refresh)
        self.refresh()

    def _field(self, name: str, accessible: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(accessible)
        return field

    @staticmethod
    def _buddy(text: str, field: QLineEdit) -> QLabel:
        prompt = label(text, "fieldLabel", wrap=False)
        prompt.setBuddy(field)
        return prompt

    def text(self) -> str:
        return self.password.text()

    def clear(self) -> None:
        self.password.clear()
        self.repeat.clear()

    def problem(self) -> str:
        """Why the form cannot be sent yet (empty when it can)."""
        reason = password_problem(self.password.text(), self._username())
        if reason:
            return service_text(reason)
        if self.repeat.text() != self.password.text():
            return self.tr("De to adgangskoder er ikke ens.")
        return ""

    def refresh(self) -> None:
        typed = self.password.text()
        reason = live_reason(typed, self._username())
        show_field_error(self.reason, reason)
        self.ok.setVisible(bool(typed) and not reason)
        mismatch = bool(self.repeat.text()) and self.repeat.text() != typed
        show_field_error(self.repeat_error,
                         self.tr("De to adgangskoder er ikke ens.") if mismatch else "")
        self.changed.emit()

    def acceptable(self) -> bool:
        return not self.problem()
