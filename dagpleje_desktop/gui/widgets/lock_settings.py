"""The auto-lock setting: minutes without use before the app locks (0 = never).

A card for the Indstillinger page: ``body.addWidget(LockSettingsCard())``. The value is
stored at once in QSettings (``lock/minutes``) and the lock reads it at every check.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QWidget

from ..lock import lock_minutes, set_lock_minutes
from .text import card, label, section_title

MAX_MINUTES = 240


class LockSettingsCard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame, body = card(self)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        body.addWidget(section_title(self.tr("Automatisk lås")))
        body.addWidget(label(self.tr(
            "Programmet låser sig selv, når det ikke har været brugt i et stykke tid. "
            "Det, du er i gang med, bliver liggende, til du låser op med din adgangskode."),
            "muted"))
        row = QHBoxLayout()
        prompt = label(self.tr("&Lås efter"), "fieldLabel", wrap=False)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("lockMinutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" minutter"))
        self.minutes.setSpecialValueText(self.tr("aldrig"))
        self.minutes.setAccessibleName(self.tr("Lås efter antal minutter uden brug"))
        self.minutes.setValue(lock_minutes())
        prompt.setBuddy(self.minutes)
        row.addWidget(prompt)
        row.addWidget(self.minutes)
        row.addWidget(label(self.tr("uden brug (0 = aldrig)"), "muted", wrap=False))
        row.addStretch(1)
        body.addLayout(row)
        self.minutes.valueChanged.connect(set_lock_minutes)
