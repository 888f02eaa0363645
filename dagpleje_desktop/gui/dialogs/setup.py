"""First run: create the installation and its first user (ui/setup.ui)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ...domain.enums import UserRole
from ...domain.errors import ValidationError
from ..domain_labels import label as domain_label
from ..forms import load_form
from ..messages import error_text
from ..operations import session as session_ops
from ..operations.session import Installation, check_password_strength
from ..operations.runner import OperationRunner, user_message
from ..widgets.feedback import set_busy, show_field_error
from ..widgets.password_fields import live_reason
from .framing import frame_form

ROLE_HINTS = {
    UserRole.CHILDMINDER: QT_TRANSLATE_NOOP("SetupDialog",
                                            "Du passer et eller to børn i dit eget hjem."),
    UserRole.CONSULTANT: QT_TRANSLATE_NOOP(
        "SetupDialog", "Du fører tilsyn, holder statusmøder og skriver handleplaner."),
    UserRole.OFFICE: QT_TRANSLATE_NOOP("SetupDialog",
                                       "Du står for visitation, indskrivning og pladser."),
}


class SetupDialog(QDialog):
    """Emits ``created(NewInstallation)`` with the first user already logged in."""

    created = Signal(object)

    def __init__(self, installation: Installation, runner: OperationRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._installation, self._runner = installation, runner
        self.ui = load_form("setup", self)
        frame_form(self, self.ui, self.tr("Ny installation – Dagpleje Desktop"), min_width=640)
        for role in (UserRole.CHILDMINDER, UserRole.CONSULTANT, UserRole.OFFICE):
            self.ui.roleChoice.addItem(domain_label(role), role.value)  # Qt turns a StrEnum into str
        # The role is asked first and has no default: it decides what the office sends
        # this computer, and a wrong guess is what made the office refuse the card.
        self.ui.roleChoice.setPlaceholderText(self.tr("Vælg din rolle …"))
        self.ui.roleChoice.setCurrentIndex(-1)
        self.ui.roleChoice.currentIndexChanged.connect(self._show_role_hint)
        self._show_role_hint()
        for label in self._error_labels():
            show_field_error(label)
        self._set_busy(False)
        self.ui.createButton.clicked.connect(self._submit)
        self.ui.quitButton.clicked.connect(self.reject)
        # The password rules' reason shows while the password (or user name) is typed.
        self.ui.password.textChanged.connect(self._show_password_reason)
        self.ui.username.textChanged.connect(self._show_password_reason)
        self.ui.roleChoice.setFocus()

    def _error_labels(self):
        ui = self.ui
        return [ui.fullNameError, ui.usernameError, ui.passwordError, ui.repeatError,
                ui.formError]

    def _show_password_reason(self) -> None:
        show_field_error(self.ui.passwordError, live_reason(
            self.ui.password.text(), self.ui.username.text().strip()))

    def _role(self) -> UserRole | None:
        data = self.ui.roleChoice.currentData()
        return UserRole(data) if data else None

    def _show_role_hint(self) -> None:
        role = self._role()
        self.ui.roleHint.setText(self.tr(ROLE_HINTS[role]) if role else self.tr(
            "Vælg den rolle, du har. Den afgør, hvad denne computer modtager fra kontoret."))

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        set_busy([ui.roleChoice, ui.fullName, ui.username, ui.password, ui.passwordRepeat,
                  ui.createButton, ui.quitButton], [ui.busy, ui.busyLabel], busy)

    def _validate(self) -> dict[str, str]:
        """Danish problems per field; empty when the form can be submitted."""
        ui, problems = self.ui, {}
        if self._role() is None:
            problems["role"] = self.tr("Vælg din rolle øverst: mini-dagplejer, "
                                       "mini-dagplejekonsulent eller dagplejekontor.")
        if not ui.fullName.text().strip():
            problems["fullName"] = self.tr("Skriv dit fulde navn.")
        username = ui.username.text().strip()
        if not username:
            problems["username"] = self.tr("Vælg et brugernavn, fx dit fornavn.")
        elif any(ch.isspace() for ch in username):
            problems["username"] = self.tr("Brugernavnet må ikke indeholde mellemrum.")
        try:
            check_password_strength(ui.password.text(), username)
        except ValidationError as exc:
            problems["password"] = error_text(exc)
        if ui.password.text() != ui.passwordRepeat.text():
            problems["repeat"] = self.tr("De to adgangskoder er ikke ens.")
        return problems

    def _submit(self) -> None:
        ui, problems = self.ui, self._validate()
        show_field_error(ui.fullNameError, problems.get("fullName", ""))
        show_field_error(ui.usernameError, problems.get("username", ""))
        show_field_error(ui.passwordError, problems.get("password", ""))
        show_field_error(ui.repeatError, problems.get("repeat", ""))
        show_field_error(ui.formError, problems.get("role", ""))
        if problems:
            return
        self._set_busy(True)
        session_ops.create_installation(
            self._runner, self._installation, role=self._role(),
            name=ui.fullName.text().strip(), username=ui.username.text().strip(),
            password=ui.password.text(), on_done=self._succeeded, on_error=self._failed)

    def _succeeded(self, new_installation) -> None:
        self._set_busy(False)
        self.created.emit(new_installation)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_field_error(self.ui.formError, user_message(exc))
