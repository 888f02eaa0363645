"""Indstillinger: the organisation's contact block and where the data lives (read-only)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from ... import __version__
from ...services import professionals
from ..context import GuiContext
from ..domain_labels import label as domain_label
from ..widgets.account_settings import AccountSettingsCard
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
        storage.addLayout(rows)
        self.body.addWidget(storage_card)
        self.role_settings = RoleSettingsCard(gui)  # until the first pairing only
        self.body.addWidget(self.role_settings)
        self.account_settings = AccountSettingsCard(gui)  # password and recovery key
        self.body.addWidget(self.account_settings)
        self.body.addWidget(LockSettingsCard())
        self.body.addWidget(LanguageSettingsCard())

    def activate(self) -> None:
        self.role_settings.reload()
        organisation = self.read(professionals.get_organisation, self.gui.session)
        clear_layout(self._organisation)
        self._organisation.addWidget(section_title(self.tr("Organisation")))
        if organisation is None:
            return
        block = label("\n".join(organisation.contact_lines), selectable=True,
                      object_name="organisationContact")
        block.setAccessibleName(self.tr("Organisationens kontaktoplysninger"))
        self._organisation.addWidget(block)
        if organisation.website:
            self._organisation.addWidget(label(organisation.website, selectable=True))
