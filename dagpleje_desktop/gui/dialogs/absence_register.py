"""Registrér fravær: a childminder's illness, holiday, course or time off for a period."""

from __future__ import annotations

import uuid
from datetime import timedelta
from functools import partial

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit

from ...domain.enums import AbsenceReason
from ...domain.errors import ValidationError
from ..context import GuiContext
from ..domain_labels import label as domain_label
from ..operations import absences as absence_ops
from ..operations.absences import AbsenceInput, HomeInfo
from ..widgets.text import label
from ..widgets.when_fields import date_edit, from_qdate
from .office_form import OfficeDialog


class AbsenceDialog(OfficeDialog):
    """Emits ``done(AbsenceInfo)``."""

    def __init__(self, gui: GuiContext, home_id: uuid.UUID | None = None, parent=None) -> None:
        super().__init__(gui, self.tr("Registrér fravær"), self.tr(
            "Børnene i hjemmet skal have gæstepleje i perioden. Når fraværet er gemt, ser du "
            "de berørte børn og forslag til gæstehjem."), parent=parent, min_width=560)
        today = gui.session.today()
        self.home = QComboBox()
        self.home.addItem(self.tr("Vælg dagplejehjem"), None)
        self.add_row(self.tr("Dagplejehjem"), self.home, name="absenceHome")
        period = QHBoxLayout()
        period.setSpacing(8)
        self.start = date_edit(today + timedelta(days=1), accessible_name=self.tr("Fra"))
        self.start.setObjectName("absenceFrom")
        self.end = date_edit(today + timedelta(days=1), accessible_name=self.tr("Til og med"))
        self.end.setObjectName("absenceTo")
        period.addWidget(self.start)
        period.addWidget(label(self.tr("til og med"), wrap=False))
        period.addWidget(self.end)
        period.addStretch(1)
        self.add_inputs(self.start, self.end)
        self.add_row(self.tr("Periode"), period)
        self.reason = QComboBox()
        for reason in AbsenceReason:
            self.reason.addItem(domain_label(reason), reason.value)
        self.add_row(self.tr("Årsag"), self.reason, name="absenceReason")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("fx aftalt med forældrene"))
        self.add_row(self.tr("Bemærkning"), self.note, name="absenceNote")
        self.finish(self.tr("Registrér fraværet"))
        self.start.dateChanged.connect(self._keep_order)
        self.load_choices(partial(absence_ops.list_homes, gui.runner, gui.session),
                          lambda found: self._fill_homes(found, home_id))

    def _fill_homes(self, found: list[HomeInfo], home_id: uuid.UUID | None) -> None:
        for home in found:
            self.home.addItem(f"{home.name} ({domain_label(home.kind).lower()})", str(home.id))
        if home_id is not None:
            self.home.setCurrentIndex(max(self.home.findData(str(home_id)), 0))

    def _keep_order(self, start) -> None:
        """Moving the first day past the last moves the last day along (a one-day absence)."""
        end = self.end.value()
        if end is not None and end < from_qdate(start):
            self.end.setDate(start)

    def submit(self):
        chosen = self.home.currentData()
        if not chosen:
            raise ValidationError(self.tr("Vælg dagplejehjemmet, hvor dagplejeren er "
                                          "fraværende."))
        data = AbsenceInput(uuid.UUID(chosen), self.start.checked_value(),
                            self.end.checked_value(), AbsenceReason(self.reason.currentData()),
                            self.note.text())
        return partial(absence_ops.register_absence, self.gui.runner, self.gui.session, data)
