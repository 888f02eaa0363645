"""Eksportér til Outlook (.ics): a period or the chosen items, initials only unless the
user ticks "Medtag fulde navne"; the file is written off the GUI thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QDialog, QGridLayout, QHBoxLayout, QPushButton,
                               QRadioButton, QVBoxLayout, QWidget)

from ...domain.errors import ValidationError
from ..context import GuiContext
from ..messages import error_text
from ..operations import calendar_export as export_ops
from ..operations.calendar import CalendarItem
from ..operations.runner import user_message
from ..resources import icon
from ..widgets.feedback import set_busy, show_field_error
from ..widgets.pdf_saver import ask_save_path
from ..widgets.text import label
from ..widgets.when_fields import date_edit


class CalendarExportDialog(QDialog):
    """Emits ``exported(ExportResult)`` after the file is written."""

    exported = Signal(object)

    def __init__(self, gui: GuiContext, start: date, end: date,
                 selected: list[CalendarItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui, self.selected = gui, [i for i in selected if i.kind != "holiday"]
        self.setWindowTitle(self.tr("Eksportér til Outlook"))
        self.setWindowIcon(icon("app"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Eksportér til Outlook (.ics)"), "sectionTitle"))
        layout.addWidget(label(self.tr("Filen kan åbnes i Outlook, Google Kalender og Apple "
                                       "Kalender. Tiderne står i dansk tid, også hen over "
                                       "skift til og fra sommertid."), "muted"))
        self.period_choice = QRadioButton(self.tr("En periode"))
        self.period_choice.setObjectName("exportPeriod")
        self.items_choice = QRadioButton(self.tr("De valgte punkter i kalenderen ({n})").format(
            n=len(self.selected)))
        self.items_choice.setObjectName("exportSelected")
        self.items_choice.setEnabled(bool(self.selected))
        (self.items_choice if self.selected else self.period_choice).setChecked(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.start = date_edit(start, accessible_name=self.tr("Fra"))
        self.start.setObjectName("exportFrom")
        self.end = date_edit(end, accessible_name=self.tr("Til"))
        self.end.setObjectName("exportTo")
        grid.addWidget(self.period_choice, 0, 0, 1, 4)
        grid.addWidget(label(self.tr("Fra"), "fieldLabel"), 1, 0)
        grid.addWidget(self.start, 1, 1)
        grid.addWidget(label(self.tr("til"), "fieldLabel"), 1, 2)
        grid.addWidget(self.end, 1, 3)
        grid.addWidget(self.items_choice, 2, 0, 1, 4)
        grid.setColumnStretch(4, 1)
        layout.addLayout(grid)
        self.full_names = QCheckBox(self.tr("Medtag fulde navne"))
        self.full_names.setObjectName("includeNames")
        self.full_names.setChecked(False)
        layout.addWidget(self.full_names)
        layout.addWidget(label(self.tr("Uden flueben står kun mødetype og initialer i filen "
                                       "(fx »Statusmøde – Å.Ø.«): ingen navne, steder eller "
                                       "mål. Filen er ikke krypteret; del den kun sikkert."),
                               "hint"))
        self.error = label("", "error", object_name="exportError")
        show_field_error(self.error)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuller"))
        self.export_button = QPushButton(self.tr("Eksportér …"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setProperty("role", "primary")
        self.export_button.setDefault(True)
        row.addWidget(self.cancel_button)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.period_choice.toggled.connect(self._choice_changed)
        self.cancel_button.clicked.connect(self.reject)
        self.export_button.clicked.connect(self._export)
        self._choice_changed()
        self.setMinimumWidth(560)

    def _choice_changed(self) -> None:
        period = self.period_choice.isChecked()
        self.start.setEnabled(period)
        self.end.setEnabled(period)

    def _inputs(self) -> list[QWidget]:
        return [self.period_choice, self.items_choice, self.start, self.end, self.full_names,
                self.export_button, self.cancel_button]

    def _export(self) -> None:
        show_field_error(self.error)
        if self.period_choice.isChecked():
            try:
                start, end = self.start.checked_value(), self.end.checked_value()
            except ValidationError as exc:
                show_field_error(self.error, error_text(exc))
                return
            if end < start:
                show_field_error(self.error, self.tr("Perioden slutter før den begynder."))
                return
            what = (start, end)
            name = f"kalender-{start:%Y-%m-%d}-{end:%Y-%m-%d}.ics"
        else:
            what, name = list(self.selected), "kalender-udvalgte.ics"
        path = ask_save_path(self, self.tr("Gem kalenderfil"), name,
                             self.tr("iCalendar-filer (*.ics)"))
        if path is None:
            return
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        set_busy(self._inputs(), [], True)
        export_ops.export_ics(self.gui.runner, self.gui.session, what, path,
                              self.full_names.isChecked(), self._done, self._failed)

    def _done(self, result) -> None:
        set_busy(self._inputs(), [], False)
        self.exported.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        set_busy(self._inputs(), [], False)
        show_field_error(self.error, user_message(exc))
