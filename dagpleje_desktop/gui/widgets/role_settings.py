"""Indstillinger: correct the role chosen at set-up, until the first pairing.

Shown only while the service allows it (no device paired yet, one account); the change
runs on the database worker. The screens follow the new role at the next login.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.enums import UserRole
from ..context import GuiContext
from ..domain_labels import label as domain_label
from ..operations import sync as sync_ops
from ..operations.runner import user_message
from .text import label, section_title


class RoleSettingsCard(QFrame):
    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.setObjectName("roleSettings")
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(8)
        layout.addWidget(section_title(self.tr("Rolle på denne computer")))
        layout.addWidget(label(self.tr(
            "Valgte du en forkert rolle, da programmet blev sat op? Ret den her, før "
            "computeren parres med kontoret. Bagefter kan rollen ikke ændres."), "muted"))
        row = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setObjectName("roleCorrection")
        self.choice.setAccessibleName(self.tr("Rolle"))
        for role in (UserRole.CHILDMINDER, UserRole.CONSULTANT, UserRole.OFFICE):
            self.choice.addItem(domain_label(role), role.value)
        self.choice.setCurrentIndex(self.choice.findData(gui.session.user.role.value))
        self.save_button = QPushButton(self.tr("Ret rollen"))
        self.save_button.setObjectName("changeRole")
        row.addWidget(self.choice)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.feedback = label("", "muted", object_name="roleFeedback", selectable=True)
        self.feedback.setVisible(False)
        layout.addWidget(self.feedback)
        self.save_button.clicked.connect(self._save)
        self.setVisible(False)

    def reload(self) -> None:
        sync_ops.can_change_role(self.gui.runner, self.gui.session, self.setVisible,
                                 lambda _exc: self.setVisible(False))

    def _save(self) -> None:
        role = UserRole(self.choice.currentData())
        sync_ops.change_role(self.gui.runner, self.gui.session, role, self._changed,
                             self._failed)

    def _say(self, text: str, role: str) -> None:
        self.feedback.setProperty("role", role)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(text)
        self.feedback.setVisible(True)

    def _changed(self, role: UserRole) -> None:
        self._say(self.tr("Rollen er rettet til {role}. Log ud og ind igen, så programmet "
                          "viser skærmene for den rolle, og del derefter dit enhedskort "
                          "med kontoret.").format(role=domain_label(role)), "muted")

    def _failed(self, exc: BaseException) -> None:
        self._say(user_message(exc), "error")
