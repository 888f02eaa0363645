"""Angiv oplysninger: a person states what an earlier consent covers.

Consents recorded before categories existed cover nothing until someone who knows what the
guardian agreed to ticks the categories here (nothing is guessed from the note). It can be
done once; a different scope needs a new consent.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLayout, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ..operations.consents import ConsentInfo
from ..context import GuiContext
from ..operations import consents as consent_ops
from ..operations.runner import user_message
from ..operations.runner import guarded
from ..resources import icon
from ..widgets.consent_categories import ConsentCategories
from ..widgets.feedback import show_field_error
from ..widgets.text import label


class ConsentScopeDialog(QDialog):
    """``saved(ConsentInfo)`` when the categories are stored; the dialog then closes."""

    saved = Signal(object)

    def __init__(self, gui: GuiContext, consent: ConsentInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui, self.consent = gui, consent
        self.setObjectName("consentScopeDialog")
        self.setWindowTitle(self.tr("Angiv oplysninger – samtykke {ref}").format(
            ref=consent.reference))
        self.setWindowIcon(icon("app"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 18)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        outer.setSpacing(12)
        note = consent.information or self.tr("(ingen note)")
        outer.addWidget(label(self.tr(
            "Samtykket til {to} fra {guardian} blev registreret uden at angive, hvilke "
            "oplysninger det omfatter, og dækker derfor ingen oplysninger. Sæt kryds ved "
            "det, forælderen har givet samtykke til. Noten på samtykket: »{note}«").format(
            to=", ".join(consent.recipients) or "–",
            guardian=consent.guardian_name or self.tr("forælderen"), note=note), "muted"))
        form = QFormLayout()
        self.categories = ConsentCategories()
        self.role = QLineEdit(consent.recipient_role)
        self.role.setObjectName("recipientRole")
        self.role.setAccessibleName(self.tr("Modtagerens rolle"))
        self.role.setPlaceholderText(self.tr("Fx kommende børnehave, sagsbehandler"))
        form.addRow(self.tr("Omfatter"), self.categories)
        form.addRow(self.tr("Modtagerens rolle"), self.role)
        outer.addLayout(form)
        self.error = label("", "error", object_name="formError")
        show_field_error(self.error)
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuller"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Gem oplysninger"))
        self.save_button.setObjectName("saveScope")
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._submit)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

    def _submit(self) -> None:
        show_field_error(self.error)
        codes = self.categories.codes()
        if not codes:
            show_field_error(self.error, self.tr(
                "Vælg mindst én slags oplysninger, som samtykket omfatter."))
            return
        self.save_button.setEnabled(False)
        consent_ops.set_categories(self.gui.runner, self.gui.session, self.consent.id, codes,
                                   self.role.text(), guarded(self, self._saved),
                                   guarded(self, self._failed))

    def _saved(self, info: ConsentInfo) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_field_error(self.error, user_message(exc))
