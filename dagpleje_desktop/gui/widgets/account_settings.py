"""Indstillinger: change your password, and make a new recovery key (local database only).

A card for the Indstillinger page: ``body.addWidget(AccountSettingsCard(gui))``. Both
actions ask for the current password and run on the database worker (Argon2); both are
audited by the services. A new recovery key is shown once, in the recovery-key dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from ..context import GuiContext
from ..operations import accounts as account_ops
from ..operations.runner import user_message
from .feedback import show_field_error
from .password_fields import NewPasswordFields
from .text import card, label, section_title


def _password_field(name: str, accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    return field


class AccountSettingsCard(QWidget):
    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.recovery_dialog = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        outer.addWidget(self._make_password_card())
        outer.addWidget(self._make_recovery_card())

    # -- change password -----------------------------------------------------------------

    def _make_password_card(self) -> QWidget:
        frame, body = card()
        body.addWidget(section_title(self.tr("Skift adgangskode")))
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        self.current_password = _password_field("currentPassword",
                                                self.tr("Nuværende adgangskode"))
        prompt = label(self.tr("N&uværende adgangskode"), "fieldLabel", wrap=False)
        prompt.setBuddy(self.current_password)
        form.addRow(prompt, self.current_password)
        body.addLayout(form)
        user = self.gui.session.user
        self.new_password = NewPasswordFields(lambda: user.username, self)
        body.addWidget(self.new_password)
        row = QHBoxLayout()
        self.password_status = label("", "muted", object_name="passwordStatus")
        self.password_error = label("", "error", object_name="passwordChangeError")
        show_field_error(self.password_error)
        self.change_button = QPushButton(self.tr("Skift adgangskode"))
        self.change_button.setObjectName("changePasswordButton")
        self.change_button.setProperty("role", "primary")
        row.addWidget(self.password_status, 1)
        row.addWidget(self.change_button)
        body.addWidget(self.password_error)
        body.addLayout(row)
        self.change_button.clicked.connect(self._change_password)
        return frame

    def _change_password(self) -> None:
        current = self.current_password.text()
        self.password_status.clear()
        if not current:
            show_field_error(self.password_error, self.tr("Skriv din nuværende adgangskode."))
            self.current_password.setFocus()
            return
        problem = self.new_password.problem()
        if problem:
            show_field_error(self.password_error, problem)
            self.new_password.password.setFocus()
            return
        show_field_error(self.password_error)
        self._busy_password(True)
        account_ops.change_password(self.gui.runner, self.gui.session, current,
                                    self.new_password.text(), on_done=self._password_changed,
                                    on_error=self._password_failed)

    def _busy_password(self, busy: bool) -> None:
        for widget in (self.current_password, self.new_password, self.change_button):
            widget.setEnabled(not busy)
        if busy:
            self.password_status.setText(self.tr("Skifter adgangskode …"))

    def _password_changed(self, _result) -> None:
        self._busy_password(False)
        self.current_password.clear()
        self.new_password.clear()
        self.password_status.setText(self.tr(
            "Adgangskoden er skiftet. Brug den nye, næste gang du logger ind."))

    def _password_failed(self, exc: BaseException) -> None:
        self._busy_password(False)
        self.password_status.clear()
        show_field_error(self.password_error, user_message(exc))
        self.current_password.selectAll()
        self.current_password.setFocus()

    # -- recovery key --------------------------------------------------------------------

    def _make_recovery_card(self) -> QWidget:
        frame, body = card()
        body.addWidget(section_title(self.tr("Gendannelsesnøgle")))
        if not self.gui.session.db.is_sqlite:
            body.addWidget(label(self.tr(
                "Data ligger på en PostgreSQL-server, og dér er der ingen gendannelsesnøgle: "
                "en glemt adgangskode nulstilles af dagplejekontoret."), "muted",
                object_name="recoveryUnavailable"))
            self.recovery_button = None
            return frame
        body.addWidget(label(self.tr(
            "Gendannelsesnøglen åbner data, hvis en adgangskode er glemt. Lav en ny, hvis den "
            "gamle er væk eller kan være set af andre; den gamle holder op med at virke."),
            "muted"))
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        self.recovery_password = _password_field("recoveryPassword",
                                                 self.tr("Din adgangskode"))
        prompt = label(self.tr("&Din adgangskode"), "fieldLabel", wrap=False)
        prompt.setBuddy(self.recovery_password)
        form.addRow(prompt, self.recovery_password)
        body.addLayout(form)
        self.recovery_error = label("", "error", object_name="recoveryError")
        show_field_error(self.recovery_error)
        body.addWidget(self.recovery_error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.recovery_button = QPushButton(self.tr("Lav ny gendannelsesnøgle"))
        self.recovery_button.setObjectName("newRecoveryKeyButton")
        row.addWidget(self.recovery_button)
        body.addLayout(row)
        self.recovery_button.clicked.connect(self._new_recovery_key)
        return frame

    def _new_recovery_key(self) -> None:
        password = self.recovery_password.text()
        if not password:
            show_field_error(self.recovery_error, self.tr("Skriv din adgangskode."))
            self.recovery_password.setFocus()
            return
        show_field_error(self.recovery_error)
        self.recovery_button.setEnabled(False)
        self.recovery_password.setEnabled(False)
        account_ops.new_recovery_key(self.gui.runner, self.gui.session, password,
                                     on_done=self._show_recovery_key,
                                     on_error=self._recovery_failed)

    def _show_recovery_key(self, key: str) -> None:
        from ..dialogs.recovery_key import RecoveryKeyDialog
        self.recovery_button.setEnabled(True)
        self.recovery_password.setEnabled(True)
        self.recovery_password.clear()
        self.recovery_dialog = RecoveryKeyDialog(key, self)
        self.recovery_dialog.open()

    def _recovery_failed(self, exc: BaseException) -> None:
        self.recovery_button.setEnabled(True)
        self.recovery_password.setEnabled(True)
        show_field_error(self.recovery_error, user_message(exc))
        self.recovery_password.selectAll()
        self.recovery_password.setFocus()
