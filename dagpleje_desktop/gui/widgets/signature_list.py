"""Who signed an action plan: one row per person who is to sign (custody holders, the
mini-childminder, the consultant, the meeting's participants). Nobody is ticked by
default; the person ticks those who signed and says how (on paper or in the app) and
when. Someone who already signed shows the recorded signature instead of a tick box."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QWidget

from ...domain.enums import SignatureMethod
from ..operations.plans import SignatureInput, Signer
from ..domain_labels import label as domain_label
from .rebuild import discard_layout
from .text import label
from .when_fields import date_edit, short_date


class SignatureList(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.rows: list[tuple[Signer, QCheckBox, QComboBox, QWidget]] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(3)

    def set_signers(self, signers: list[Signer]) -> None:
        discard_layout(self.grid)
        self.rows = []
        if not signers:
            self.grid.addWidget(label(self.tr("Ingen at underskrive."), "muted"), 0, 0)
        for index, person in enumerate(signers):
            who = person.name or self.tr("(navn mangler)")
            text = f"{who} – {person.role}" if person.role else who
            if person.signature is not None:
                sig = person.signature
                done = label(self.tr("{who}: {how} {day}").format(
                    who=text, how=domain_label(sig.method).lower(),
                    day=short_date(sig.signed_on)), object_name="recordedSignature")
                self.grid.addWidget(done, index, 0, 1, 3)
                continue
            box = QCheckBox(text)
            box.setObjectName("signedBox")
            box.setAccessibleName(self.tr("{who} har underskrevet").format(who=who))
            box.setEnabled(bool(person.name))
            method = QComboBox()
            method.setObjectName("signatureMethod")
            method.setAccessibleName(self.tr("Sådan underskrev {who}").format(who=who))
            for value in SignatureMethod:
                method.addItem(domain_label(value), value.value)
            day = date_edit(self.today, accessible_name=self.tr("Underskrevet den"))
            day.setObjectName("signedOn")
            for widget in (method, day):
                widget.setEnabled(False)
                box.toggled.connect(widget.setEnabled)
            self.grid.addWidget(box, index, 0)
            self.grid.addWidget(method, index, 1)
            self.grid.addWidget(day, index, 2)
            self.rows.append((person, box, method, day))
        self.grid.setColumnStretch(0, 1)

    def tick(self, name: str, checked: bool = True) -> None:
        for person, box, _method, _day in self.rows:
            if person.name == name:
                box.setChecked(checked)

    def signatures(self) -> list[SignatureInput]:
        """The ticked people as signatures (raises the date field's ValidationError)."""
        result = []
        for person, box, method, day in self.rows:
            if box.isChecked():
                result.append(SignatureInput(
                    person.name, day.checked_value(), SignatureMethod(method.currentData()),
                    person.role, person.guardian_id, person.professional_id))
        return result
