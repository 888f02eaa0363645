"""Indstillinger: the organisation's contact block and where the data lives (read-only)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from ... import __version__
from ...domain.enums import UserRole
from ..context import GuiContext
from ..domain_labels import label as domain_label
from ..operations import installation_scope as scope_ops
from ..operations import settings as settings_ops
from ..operations.runner import user_message
from ..widgets.account_settings import AccountSettingsCard
from ..widgets.backup_settings import BackupSettingsCard
from ..widgets.language_settings import LanguageSettingsCard
from ..widgets.lock_settings import LockSettingsCard
from ..widgets.role_settings import RoleSettingsCard
from ..widgets.text import card, clear_layout, label, page_title, section_title
from .base import ScrollPage


class SettingsPage(ScrollPage):
    title = "Indstillinger"

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(gui, parent)
        self.body.addWidget(page_title(self.tr("Indstillinger")))
        self.body.addWidget(label(
            self.tr("Oplysningerne her bruges i programmet og på udskrifter."), "muted"))
        self._organisation_card, self._organisation = card()
        self.body.addWidget(self._organisation_card)
        storage_card, storage = card()
        storage.addWidget(section_title(self.tr("Data og bruger")))
        rows = QFormLayout()
        rows.setHorizontalSpacing(18)
        rows.setVerticalSpacing(8)
        user = gui.session.user
        rows.addRow(label(self.tr("Data ligger i"), "fieldLabel"),
                    label(gui.data_location, selectable=True, object_name="dataLocation"))
        rows.addRow(label(self.tr("Logget ind som"), "fieldLabel"),
                    label(f"{user.display_name} ({user.username}), {domain_label(user.role)}"))
        rows.addRow(label(self.tr("Version"), "fieldLabel"), label(__version__))
        self.scope_note = label("", "muted", object_name="installationScope")
        rows.addRow(label(self.tr("Installationen"), "fieldLabel"), self.scope_note)
        storage.addLayout(rows)
        self.body.addWidget(storage_card)
        self.role_settings = RoleSettingsCard(gui)  # until the first pairing only
        self.body.addWidget(self.role_settings)
        self.account_settings = AccountSettingsCard(gui)  # password and recovery key
        self.body.addWidget(self.account_settings)
        self.body.addWidget(BackupSettingsCard(
            gui, lambda request: self.window().restore_after_logout(request)))
        self.body.addWidget(LockSettingsCard())
        self.body.addWidget(LanguageSettingsCard())

    def activate(self) -> None:
        self.role_settings.reload()
        scope_ops.load_scope(self.gui.runner, self.gui.session, self._show_scope,
                             lambda exc: self.scope_note.setText(user_message(exc)))
        settings_ops.load_organisation(self.gui.runner, self.gui.session,
                                       self._show_organisation, self._organisation_failed)

    def _organisation_failed(self, exc: BaseException) -> None:
        clear_layout(self._organisation)
        self._organisation.addWidget(section_title(self.tr("Organisation")))
        self._organisation.addWidget(label(
            self.tr("Organisationens oplysninger kunne ikke hentes.") + " " + user_message(exc),
            object_name="organisationError"))

    def _show_organisation(self, organisation: settings_ops.OrganisationInfo) -> None:
        clear_layout(self._organisation)
        self._organisation.addWidget(section_title(self.tr("Organisation")))
        block = label("\n".join(organisation.contact_lines), selectable=True,
                      object_name="organisationContact")
        block.setAccessibleName(self.tr("Organisationens kontaktoplysninger"))
        self._organisation.addWidget(block)
        if organisation.website:
            self._organisation.addWidget(label(organisation.website, selectable=True))

    def _show_scope(self, scope: scope_ops.InstallationScope) -> None:
        """One installation, one scope: who may have an account here, in a sentence."""
        if scope.demo:
            text = self.tr("Demoinstallation med opdigtede data: de tre demobrugere deler den, "
                           "hvad en rigtig installation ikke må; en mini-dagplejer har sin "
                           "egen computer.")
        elif scope.device_role == UserRole.CHILDMINDER:
            text = self.tr("Rummer kun dit eget hjems børn, hentet ved synkronisering fra "
                           "kontoret.")
        else:
            text = self.tr("Rummer alle hjem. Mini-dagplejere kan ikke have en konto her; de "
                           "bruger deres egen computer, som får deres hjems data ved "
                           "synkronisering.")
        self.scope_note.setText(text)
