"""Registrér samtykke: a guardian's consent for one child, purpose, recipients (with the
recipient's role) and the categories of information it covers, ticked by the person
(at least one; nothing is pre-ticked). The free text is a note.

Only a guardian with custody can consent; the service refuses the others
with a message saying so, which the dialog shows under the form (nothing is saved then).
Guardians are listed all the same, marked, so the user sees why one cannot be chosen.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog,
                               QFormLayout, QHBoxLayout, QLayout, QLineEdit, QPlainTextEdit,
                               QPushButton, QRadioButton, QVBoxLayout, QWidget)

from ...domain.enums import ConsentForm, ConsentPurpose
from ...domain.errors import ValidationError
from ..context import GuiContext
from ..messages import error_text
from ..operations import consents as consent_ops
from ..domain_labels import label as domain_label
from ..operations.runner import user_message
from ..operations.runner import guarded
from ..resources import icon
from ..widgets.consent_categories import ConsentCategories
from ..widgets.feedback import show_field_error
from ..widgets.text import label
from ..widgets.date_field import DateField
from ..widgets.when_fields import date_edit
from ..domain_labels import named_with_role

DATE_FORMAT = "dd-MM-yyyy"
DEFAULT_VALIDITY_DAYS = 365
FIELD_WIDTH = 420
DEFAULT_INFORMATION = {  # a suggested note; what is covered is ticked, never suggested
    ConsentPurpose.PHOTOS: QT_TRANSLATE_NOOP(
        "ConsentDialog", "Billeder fra hverdagen i dagplejen"),
}


def named_date_edit(day: date, name: str) -> DateField:
    edit = date_edit(day)
    edit.setObjectName(name)
    return edit


class ConsentDialog(QDialog):
    """``recorded(ConsentInfo)`` when the consent is saved; the dialog then closes."""

    recorded = Signal(object)

    def __init__(self, gui: GuiContext, child_id: uuid.UUID, child_name: str,
                 purpose: ConsentPurpose | None = None, recipient: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui, self.child_id = gui, child_id
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Registrér samtykke – {child}").format(child=child_name))
        self.setWindowIcon(icon("app"))
        today = gui.session.today()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 18)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grow, never squeeze
        outer.setSpacing(12)
        outer.addWidget(label(self.tr(
            "Samtykket skal komme fra en forælder med forældremyndighed og sige, hvilke "
            "oplysninger der må gives til hvem og hvorfor. Det kan trækkes tilbage når som "
            "helst."), "muted"))
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        self.guardian = QComboBox()
        self.guardian.setObjectName("guardian")
        self.guardian.setAccessibleName(self.tr("Forælder"))
        self.guardian.addItem(self.tr("Henter forældre …"), None)
        self.purpose = QComboBox()
        self.purpose.setObjectName("purpose")
        self.purpose.setAccessibleName(self.tr("Formål"))
        for item in ConsentPurpose:
            self.purpose.addItem(domain_label(item), item.value)
        self.recipients = QPlainTextEdit()
        self.recipients.setObjectName("recipients")
        self.recipients.setAccessibleName(self.tr("Modtagere"))
        self.recipients.setTabChangesFocus(True)
        self.recipients.setFixedHeight(64)
        self.recipients.setPlaceholderText(self.tr("Én modtager pr. linje, fx Børnehaven "
                                                   "Solsikken"))
        self.information = QPlainTextEdit()
        self.information.setObjectName("information")
        self.information.setAccessibleName(self.tr("Note"))
        self.information.setTabChangesFocus(True)
        self.information.setFixedHeight(64)
        for edit in (self.recipients, self.information):  # sets the dialog's width too
            edit.setMinimumWidth(FIELD_WIDTH)
        self.recipient_role = QLineEdit()
        self.recipient_role.setObjectName("recipientRole")
        self.recipient_role.setAccessibleName(self.tr("Modtagerens rolle"))
        self.recipient_role.setPlaceholderText(self.tr("Fx kommende børnehave, sagsbehandler, "
                                                       "talehørekonsulent"))
        self.categories = ConsentCategories()
        self.categories.setAccessibleName(self.tr("Samtykket omfatter"))
        self.given_on = named_date_edit(today, "givenOn")
        self.given_on.setMaximumDate(today)
        self.given_on.setAccessibleName(self.tr("Givet den"))
        self.given_on.setMinimumWidth(150)
        self.has_expiry = QCheckBox(self.tr("Udløber den"))
        self.has_expiry.setObjectName("hasExpiry")
        self.expires_on = named_date_edit(today + timedelta(days=DEFAULT_VALIDITY_DAYS),
                                          "expiresOn")
        self.expires_on.setAccessibleName(self.tr("Udløbsdato"))
        self.expires_on.setEnabled(False)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.has_expiry)
        expiry_row.addWidget(self.expires_on)
        expiry_row.addStretch(1)
        self.forms = QButtonGroup(self)
        form_row = QHBoxLayout()
        self._form_of: dict[QRadioButton, ConsentForm] = {}
        for item in (ConsentForm.WRITTEN, ConsentForm.ORAL):
            button = QRadioButton(domain_label(item))
            button.setObjectName(f"form_{item.value}")
            self._form_of[button] = item
            self.forms.addButton(button)
            form_row.addWidget(button)
        form_row.addStretch(1)
        self.forms.buttons()[0].setChecked(True)
        form.addRow(self.tr("Forælder"), self.guardian)
        form.addRow(self.tr("Formål"), self.purpose)
        form.addRow(self.tr("Modtagere"), self.recipients)
        form.addRow(self.tr("Modtagerens rolle"), self.recipient_role)
        form.addRow(self.tr("Omfatter"), self.categories)
        form.addRow(self.tr("Note"), self.information)
        given_row = QHBoxLayout()
        given_row.addWidget(self.given_on)
        given_row.addStretch(1)
        form.addRow(self.tr("Givet den"), given_row)
        form.addRow(self.tr("Gyldighed"), expiry_row)
        form.addRow(self.tr("Form"), form_row)
        outer.addLayout(form)
        self.error = label("", "error", object_name="formError")
        show_field_error(self.error)
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuller"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Registrér samtykke"))
        self.save_button.setObjectName("saveConsent")
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)  # until the guardians are known
        self.save_button.clicked.connect(self._submit)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

        self.has_expiry.toggled.connect(self.expires_on.setEnabled)
        self.purpose.currentIndexChanged.connect(self._purpose_changed)
        if purpose is not None:
            self.purpose.setCurrentIndex(self.purpose.findData(ConsentPurpose(purpose).value))
        self._purpose_changed()
        if recipient.strip():
            self.recipients.setPlainText(recipient.strip())
        self._load_guardians()

    # -- loading --------------------------------------------------------------------------

    def _load_guardians(self) -> None:
        consent_ops.load_guardians(self.gui.runner, self.gui.session, self.child_id,
                                   guarded(self, self._show_guardians),
                                   guarded(self, self._load_failed))

    def _show_guardians(self, guardians) -> None:
        self.guardian.clear()
        first_with_custody = -1
        for guardian in guardians:
            text = named_with_role(guardian.name, guardian.relation) if guardian.relation \
                else guardian.name
            if not guardian.has_custody:
                text += self.tr(" – uden forældremyndighed")
            elif first_with_custody < 0:
                first_with_custody = self.guardian.count()
            self.guardian.addItem(text, guardian.id)
        if not guardians:
            self.guardian.addItem(self.tr("Ingen forældre registreret"), None)
            show_field_error(self.error, self.tr(
                "Der er ingen forældre registreret hos barnet. Tilføj forælderen på barnets "
                "side først."))
            return
        self.guardian.setCurrentIndex(max(first_with_custody, 0))
        self.save_button.setEnabled(True)

    def _load_failed(self, exc: BaseException) -> None:
        self.guardian.clear()
        show_field_error(self.error, user_message(exc))

    def _purpose_changed(self, *_args) -> None:
        """Suggest a note for photos, unless the user already wrote one; categories are
        for information (not photos) and are only ever ticked by the person."""
        purpose = self.chosen_purpose()
        self.categories.setEnabled(purpose is not ConsentPurpose.PHOTOS)
        current = self.information.toPlainText().strip()
        suggestions = {self.tr(text) for text in DEFAULT_INFORMATION.values()}
        if current and current not in suggestions:
            return
        self.information.setPlainText(self.tr(DEFAULT_INFORMATION.get(purpose, "")))

    # -- saving ---------------------------------------------------------------------------

    def chosen_purpose(self) -> ConsentPurpose:
        return ConsentPurpose(self.purpose.currentData())  # Qt hands the value back as str

    def chosen_form(self) -> ConsentForm:
        return self._form_of[self.forms.checkedButton()]

    def consent_input(self) -> consent_ops.ConsentInput | None:
        guardian_id = self.guardian.currentData()
        if guardian_id is None:
            show_field_error(self.error, self.tr("Vælg den forælder, der giver samtykket."))
            return None
        recipients = tuple(line.strip() for line in self.recipients.toPlainText().splitlines()
                           if line.strip())
        purpose = self.chosen_purpose()
        categories = self.categories.codes() if purpose is not ConsentPurpose.PHOTOS else ()
        if purpose is not ConsentPurpose.PHOTOS and not categories:
            show_field_error(self.error, self.tr(
                "Vælg mindst én slags oplysninger, som samtykket omfatter."))
            return None
        return consent_ops.ConsentInput(
            child_id=self.child_id, guardian_id=guardian_id, purpose=self.chosen_purpose(),
            recipients=recipients, information=self.information.toPlainText(),
            given_on=self.given_on.checked_value(),
            expires_on=self.expires_on.checked_value() if self.has_expiry.isChecked()
            else None, form=self.chosen_form(), categories=categories,
            recipient_role=self.recipient_role.text())

    def _submit(self) -> None:
        show_field_error(self.error)
        try:
            data = self.consent_input()
        except ValidationError as exc:
            show_field_error(self.error, error_text(exc))
            return
        if data is None:
            return
        self.save_button.setEnabled(False)
        consent_ops.record_consent(self.gui.runner, self.gui.session, data,
                                   guarded(self, self._saved), guarded(self, self._failed))

    def _saved(self, info) -> None:
        self.save_button.setEnabled(True)
        self.recorded.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_field_error(self.error, user_message(exc))
