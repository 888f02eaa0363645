"""Par ny enhed: compare the card's fingerprint by phone, and (office) name the home.

The dialog only asks; the page pairs once it is accepted. Pairing is refused until the
person confirms that the fingerprint read aloud matches, because a swapped card file is
the one way a stranger could get packages meant for a colleague.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from ..domain_labels import label as domain_label
from ..operations.devices import DeviceCard, HomeInfo
from ..formatting import sort_key
from ..widgets.feedback import show_field_error
from ..widgets.text import label
from ..style import points

FINGERPRINT_STYLE = ("font-family: 'DejaVu Sans Mono', 'Consolas', 'Menlo', monospace; "
                     "font-size: {size}; font-weight: 600; letter-spacing: 2px; "
                     "background: white; border: 1px solid #c9d2d9; border-radius: 6px; "
                     "padding: 12px 16px;")


def fingerprint_label(fingerprint: str, object_name: str) -> QLabel:
    """The fingerprint large and in groups of four, easy to read aloud by phone."""
    widget = label(fingerprint, wrap=False, selectable=True, object_name=object_name)
    widget.setStyleSheet(FINGERPRINT_STYLE.format(size=points(18)))  # grows with the text
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    widget.setAccessibleName(", ".join(fingerprint.split()))  # a screen reader reads groups
    return widget


class PairingDialog(QDialog):
    """``home_id`` holds the chosen home after ``accepted`` (None when not asked)."""

    def __init__(self, card: DeviceCard, homes: list[HomeInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.home_id: uuid.UUID | None = None
        self.setObjectName("pairingDialog")
        self.setWindowTitle(self.tr("Par ny enhed"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Enhedskortet er fra:"), "fieldLabel"))
        who = label(f"{card.name}  ·  {domain_label(card.role)}", "sectionTitle",
                    object_name="pairingDeviceName")
        layout.addWidget(who)
        layout.addSpacing(6)
        layout.addWidget(label(self.tr("Fingeraftryk"), "fieldLabel"))
        layout.addWidget(fingerprint_label(card.fingerprint, "pairingFingerprint"))
        layout.addWidget(label(self.tr(
            "Ring til ejeren af enheden, og bed om at få fingeraftrykket læst op fra siden "
            "Synkronisering under »Denne enhed«. Par kun enhederne, hvis alle seks grupper "
            "er ens – ellers er kortet ikke det rigtige."), "muted"))
        self.matches = QCheckBox(self.tr("Fingeraftrykket er det samme som det, der blev "
                                         "læst op"))
        self.matches.setObjectName("fingerprintMatches")
        layout.addWidget(self.matches)
        self.home_choice: QComboBox | None = None
        if homes:
            layout.addSpacing(6)
            layout.addLayout(self._home_question(homes))
        self.error = label("", "error", object_name="pairingError")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        layout.addLayout(self._buttons())
        self.matches.toggled.connect(self._update_buttons)
        self._update_buttons()

    def _home_question(self, homes: list[HomeInfo]) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        question = label(self.tr("Hvilket dagplejehjem bruger enheden?"), "fieldLabel")
        self.home_choice = QComboBox()
        self.home_choice.setObjectName("homeChoice")  # named by the question (buddy)
        self.home_choice.addItem(self.tr("Vælg dagplejehjem …"), None)
        for home in sorted(homes, key=lambda h: sort_key(h.name)):
            shown = f"{home.name} ({home.childminder_name})" if home.childminder_name \
                else home.name
            self.home_choice.addItem(shown, home.id)
        question.setBuddy(self.home_choice)
        column.addWidget(question)
        column.addWidget(self.home_choice)
        column.addWidget(label(self.tr("Enheden får kun oplysninger om de børn, der er "
                                       "indskrevet i dette dagplejehjem."), "hint"))
        return column

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuller"))
        self.cancel_button.setObjectName("cancelPairing")
        self.pair_button = QPushButton(self.tr("Par enhed"))
        self.pair_button.setObjectName("confirmPairing")
        self.pair_button.setProperty("role", "primary")
        self.pair_button.setDefault(True)
        row.addWidget(self.cancel_button)
        row.addWidget(self.pair_button)
        self.cancel_button.clicked.connect(self.reject)
        self.pair_button.clicked.connect(self._confirm)
        return row

    def _update_buttons(self) -> None:
        self.pair_button.setEnabled(self.matches.isChecked())

    def _confirm(self) -> None:
        if not self.matches.isChecked():
            return
        if self.home_choice is not None:
            self.home_id = self.home_choice.currentData()
            if self.home_id is None:
                show_field_error(self.error, self.tr(
                    "Vælg det dagplejehjem, enheden bruges i. Uden et hjem får enheden "
                    "ingen oplysninger om børn."))
                self.home_choice.setFocus()
                return
        show_field_error(self.error, "")
        self.accept()
