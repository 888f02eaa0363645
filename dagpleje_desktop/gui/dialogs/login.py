"""The login dialog (ui/login.ui): unlocks the database off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ...domain.errors import AuthenticationError
from ..domain_labels import label as domain_label
from ..messages import service_text
from ..forms import load_form
from ..operations import session as session_ops
from ..operations.session import DEMO_PASSWORD, DEMO_USERS, Installation
from ..operations.runner import OperationRunner, user_message
from ..widgets.feedback import set_busy, show_field_error
from .framing import frame_form

DEMO_USERNAME = DEMO_USERS[0][0]


class LoginDialog(QDialog):
    """Emits ``logged_in(AppContext)``; stays open and explains when login fails."""

    logged_in = Signal(object)

    def __init__(self, installation: Installation, runner: OperationRunner, *,
                 demo: bool = False, username: str = "", notice: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._installation, self._runner = installation, runner
        self.forgot_dialog = None
        self.warning_box = None  # shown after a login that found the key file changed
        self.ui = load_form("login", self)
        frame_form(self, self.ui, self.tr("Log ind – Dagpleje Desktop"), min_width=480)
        self.ui.demoHint.setVisible(demo)
        if demo:
            self.ui.demoHint.setText(self.demo_users_text())
        show_field_error(self.ui.notice, notice)
        self.ui.location.setText(self.tr("Data: {location}").format(
            location=installation.describe()))
        for label in (self.ui.usernameError, self.ui.passwordError, self.ui.formError):
            show_field_error(label)
        self._set_busy(False)
        if username or demo:
            self.ui.username.setText(username or DEMO_USERNAME)
            self.ui.password.setFocus()
        else:
            self.ui.username.setFocus()
        self.ui.loginButton.clicked.connect(self._submit)
        self.ui.forgotButton.clicked.connect(self.open_forgot_password)

    def demo_users_text(self) -> str:
        """The fictional demo's log-ins, one a line: user name and role."""
        lines = [self.tr("Demo: log ind som en af disse opdigtede brugere. Adgangskoden er "
                         "»{password}« for dem alle.").format(password=DEMO_PASSWORD)]
        lines += [self.tr("• {user} – {role}").format(user=user, role=domain_label(role))
                  for user, role in DEMO_USERS]
        return "\n".join(lines)

    def open_forgot_password(self) -> None:
        """"Glemt adgangskode?": reset with the recovery key (or, on PostgreSQL, whom to ask)."""
        from .forgot_password import ForgotPasswordDialog
        self.forgot_dialog = ForgotPasswordDialog(self._installation, self._runner,
                                                  self.ui.username.text().strip(), self)
        self.forgot_dialog.password_reset.connect(self._password_was_reset)
        self.forgot_dialog.open()

    def _password_was_reset(self, username: str) -> None:
        self.ui.username.setText(username)
        self.ui.password.clear()
        show_field_error(self.ui.passwordError)
        show_field_error(self.ui.notice, self.tr(
            "Adgangskoden er nulstillet. Log ind med den nye adgangskode."))
        self.ui.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        set_busy([self.ui.username, self.ui.password, self.ui.loginButton,
                  self.ui.forgotButton],
                 [self.ui.busy, self.ui.busyLabel], busy)

    def _submit(self) -> None:
        username, password = self.ui.username.text().strip(), self.ui.password.text()
        show_field_error(self.ui.usernameError,
                         "" if username else self.tr("Skriv dit brugernavn."))
        show_field_error(self.ui.passwordError,
                         "" if password else self.tr("Skriv din adgangskode."))
        show_field_error(self.ui.formError)
        if not username or not password:
            (self.ui.username if not username else self.ui.password).setFocus()
            return
        self._set_busy(True)
        session_ops.login(self._runner, self._installation, username, password,
                          on_done=self._succeeded, on_error=self._failed)

    def _succeeded(self, ctx) -> None:
        self._set_busy(False)
        self.logged_in.emit(ctx)
        self.accept()
        self._show_login_warnings(ctx.warnings)

    def _show_login_warnings(self, warnings: list[str]) -> None:
        """What the login found changed behind the program's back (the key file), as the
        command line says it at login: in a box that stays after this dialog closes."""
        if not warnings:
            return
        self.warning_box = QMessageBox(QMessageBox.Icon.Warning,
                                       self.tr("Advarsel – Dagpleje Desktop"),
                                       "\n\n".join(service_text(w) for w in warnings))
        self.warning_box.setObjectName("loginWarning")
        self.warning_box.open()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, AuthenticationError):
            show_field_error(self.ui.passwordError, user_message(exc))
            self.ui.password.selectAll()
            self.ui.password.setFocus()
        else:  # a damaged or unreachable database: not the user's typing
            show_field_error(self.ui.formError, user_message(exc))
