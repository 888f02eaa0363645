""""Glemt adgangskode?": the recovery key gives a user a new password (local database).

Opened from the login window. The reset runs on the database worker (Argon2); a wrong
key changes nothing. On PostgreSQL there is no recovery key: the dialog says so and
tells the person to ask the office.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLineEdit, QProgressBar,
                               QPushButton, QVBoxLayout, QWidget)

from ...domain.errors import AuthenticationError
from ..operations import accounts as account_ops
from ..operations.runner import OperationRunner, user_message
from ..operations.session import Installation
from ..resources import icon
from ..widgets.feedback import set_busy, show_field_error
from ..widgets.password_fields import NewPasswordFields
from ..widgets.text import label, page_title


class ForgotPasswordDialog(QDialog):
    """Emits ``password_reset(username)`` once the new password is in force."""

    password_reset = Signal(str)

    def __init__(self, installation: Installation, runner: OperationRunner, username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._installation, self._runner = installation, runner
        self.setWindowTitle(self.tr("Glemt adgangskode – Dagpleje Desktop"))
        self.setWindowIcon(icon("app"))
        self.setMinimumWidth(560)
        body = QVBoxLayout(self)
        body.setContentsMargins(28, 24, 28, 22)
        body.addWidget(page_title(self.tr("Glemt adgangskode?")))
        self.on_postgres = installation.database_url is not None
        if self.on_postgres:
            self._make_postgres_note(body)
            return
        body.addWidget(label(self.tr(
            "Skriv gendannelsesnøglen, som blev vist, da programmet blev sat op (eller da "
            "der sidst blev lavet en ny), og vælg en ny adgangskode."), "muted"))
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(6)
        self.username = QLineEdit(username)
        self.username.setObjectName("resetUsername")
        self.username.setAccessibleName(self.tr("Brugernavn"))
        self.recovery_key = QLineEdit()
        self.recovery_key.setObjectName("recoveryKey")
        self.recovery_key.setAccessibleName(self.tr("Gendannelsesnøgle"))
        self.recovery_key.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        form.addRow(self.tr("Brugernavn"), self.username)
        form.addRow(self.tr("Gendannelsesnøgle"), self.recovery_key)
        body.addLayout(form)
        self.fields = NewPasswordFields(lambda: self.username.text().strip(), self)
        body.addWidget(self.fields)
        self.error = label("", "error", object_name="resetError")
        self.error.setAccessibleName(self.tr("Fejlbesked"))
        show_field_error(self.error)
        body.addWidget(self.error)
        row = QHBoxLayout()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumSize(140, 10)
        self.busy_label = label(self.tr("Nulstiller …"), "muted", wrap=False)
        row.addWidget(self.busy)
        row.addWidget(self.busy_label)
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuller"))
        self.cancel_button.setObjectName("resetCancelButton")
        self.reset_button = QPushButton(self.tr("Nulstil adgangskode"))
        self.reset_button.setObjectName("resetButton")
        self.reset_button.setProperty("role", "primary")
        self.reset_button.setDefault(True)
        row.addWidget(self.cancel_button)
        row.addWidget(self.reset_button)
        body.addLayout(row)
        self._set_busy(False)
        self.cancel_button.clicked.connect(self.reject)
        self.reset_button.clicked.connect(self._submit)
        self.username.textChanged.connect(self.fields.refresh)
        (self.recovery_key if username else self.username).setFocus()

    def _make_postgres_note(self, body: QVBoxLayout) -> None:
        body.addWidget(label(self.tr(
            "Data ligger på en PostgreSQL-server, og dér er der ingen gendannelsesnøgle. "
            "Kontakt dagplejekontoret: de kan give dig en ny adgangskode."),
            object_name="postgresNote"))
        close = QPushButton(self.tr("Luk"))
        close.setObjectName("resetCancelButton")
        close.clicked.connect(self.reject)
        self.cancel_button = close
        body.addWidget(close)

    def _set_busy(self, busy: bool) -> None:
        set_busy([self.username, self.recovery_key, self.fields, self.reset_button,
                  self.cancel_button], [self.busy, self.busy_label], busy)

    def _submit(self) -> None:
        username = self.username.text().strip()
        if not username:
            show_field_error(self.error, self.tr("Skriv dit brugernavn."))
            self.username.setFocus()
            return
        if not self.recovery_key.text().strip():
            show_field_error(self.error, self.tr("Skriv gendannelsesnøglen."))
            self.recovery_key.setFocus()
            return
        problem = self.fields.problem()
        if problem:
            show_field_error(self.error, problem)
            self.fields.password.setFocus()
            return
        show_field_error(self.error)
        self._set_busy(True)
        account_ops.reset_password(self._runner, self._installation, self.recovery_key.text(),
                                   username, self.fields.text(), on_done=self._done,
                                   on_error=self._failed)

    def _done(self, _result) -> None:
        self._set_busy(False)
        self.password_reset.emit(self.username.text().strip())
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_field_error(self.error, user_message(exc))
        if isinstance(exc, AuthenticationError):
            self.recovery_key.selectAll()
            self.recovery_key.setFocus()
