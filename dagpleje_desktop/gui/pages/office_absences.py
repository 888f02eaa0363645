"""Fravær og gæstepleje: the childminders' absences on the left, and for the chosen one the
children it affects with proposed guest homes on the right."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QPushButton, QScrollArea,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ..context import GuiContext
from ..dialogs.absence_register import AbsenceDialog
from ..domain_labels import label as domain_label
from ..operations import absences as absence_ops
from ..operations.absences import AbsenceInfo
from ..operations.runner import user_message
from ..widgets.reflow import ColumnReflow, scroll_bar_width
from ..widgets.text import label, section_title
from .office_guest_care import GuestCarePanel, period_text
from .office_referrals import small_table

ID_ROLE = Qt.ItemDataRole.UserRole
RECENT_DAYS = 31  # "Kommende" also shows last month's, so a finished week is still at hand
UPCOMING, EVERYTHING = "upcoming", "all"


class AbsencesView(QWidget):
    changed = Signal()  # an absence or guest care changed (the calendar may be stale)

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.absences: list[AbsenceInfo] = []
        self.dialog: AbsenceDialog | None = None
        self._loads = 0   # started loads; an older result is dropped
        self.loaded = 0   # finished loads, so callers and tests can wait for fresh data
        # The absences and the guest care stand side by side, or one above the other when
        # large text leaves no room (then the tab scrolls down, never sideways).
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 12, 0, 0)
        columns.setSpacing(18)
        left = QVBoxLayout()
        left.setSpacing(6)
        columns.addLayout(left, 2)
        top = QHBoxLayout()
        heading = section_title(self.tr("Fravær"))
        heading.setWordWrap(False)
        top.addWidget(heading)
        top.addStretch(1)
        self.show_choice = QComboBox()
        self.show_choice.setObjectName("absenceFilter")
        self.show_choice.setAccessibleName(self.tr("Vis fravær"))
        self.show_choice.addItem(self.tr("Kommende og seneste måned"), UPCOMING)
        self.show_choice.addItem(self.tr("Alle"), EVERYTHING)
        top.addWidget(self.show_choice)
        self.new_button = QPushButton(self.tr("Registrér fravær …"))
        self.new_button.setObjectName("newAbsence")
        self.new_button.setProperty("role", "primary")
        top.addWidget(self.new_button)
        left.addLayout(top)
        left.addWidget(label(self.tr("Når en dagplejer er syg, holder ferie, er på kursus eller "
                                     "har fri, skal hendes børn passes i gæstepleje hos en "
                                     "almindelig dagplejer."), "muted"))
        self.table = small_table([self.tr("Dagplejehjem"), self.tr("Periode"), self.tr("Årsag")],
                                 "absencesTable", self.tr("Fravær"), stretch=0)
        left.addWidget(self.table, 1)
        self.feedback = label("", "muted", object_name="absenceFeedback")
        self.feedback.setVisible(False)
        left.addWidget(self.feedback)
        self.panel = GuestCarePanel(gui)
        columns.addWidget(self.panel, 3)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: its content is
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.reflow = ColumnReflow(columns, scroll, reserve=scroll_bar_width(scroll))

        self.new_button.clicked.connect(lambda: self.register_absence())
        self.show_choice.currentIndexChanged.connect(lambda _: self.reload())
        self.table.itemSelectionChanged.connect(self._selected)
        self.panel.changed.connect(self._guest_care_changed)

    def reload(self, select: uuid.UUID | None = None) -> None:
        keep = select or (self.panel.absence.id if self.panel.absence else None)
        since = None if self.show_choice.currentData() == EVERYTHING else \
            self.gui.session.today() - timedelta(days=RECENT_DAYS)
        self._loads += 1
        number = self._loads
        absence_ops.list_absences(self.gui.runner, self.gui.session, since,
                                  lambda found: self._arrived(number, found, keep),
                                  lambda exc: self._failed(number, exc))

    def _failed(self, number: int, exc: BaseException) -> None:
        if number == self._loads:
            self._say(user_message(exc))

    def _arrived(self, number: int, found: list[AbsenceInfo], keep: uuid.UUID | None) -> None:
        if number != self._loads:
            return  # a newer load is on its way
        self.absences = found
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.absences))
        for row, absence in enumerate(self.absences):
            values = (absence.home_name, period_text(absence.starts_on, absence.ends_on),
                      domain_label(absence.reason))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(ID_ROLE, str(absence.id))
                cell.setToolTip(absence.note or value)
                self.table.setItem(row, column, cell)
        self.table.clearSelection()
        self.table.blockSignals(False)
        ids = [a.id for a in self.absences]
        if keep not in ids:
            upcoming = [a for a in self.absences if a.ends_on >= self.gui.session.today()]
            keep = upcoming[0].id if upcoming else (ids[-1] if ids else None)
        self.select_absence(keep)
        self.loaded += 1

    def select_absence(self, absence_id: uuid.UUID | None) -> None:
        row = next((i for i, a in enumerate(self.absences) if a.id == absence_id), -1)
        self.table.blockSignals(True)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
        self.table.blockSignals(False)
        self.panel.show_absence(self.absences[row] if row >= 0 else None)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.panel.show_absence(self.absences[rows[0].row()])

    def _say(self, text: str) -> None:
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))

    def register_absence(self, home_id: uuid.UUID | None = None) -> AbsenceDialog:
        self.dialog = AbsenceDialog(self.gui, home_id, parent=self.window())
        self.dialog.done.connect(self._registered)
        self.dialog.open()
        return self.dialog

    def _registered(self, absence: AbsenceInfo) -> None:
        self._say(self.tr("Fraværet i {home} {period} er registreret.").format(
            home=absence.home_name, period=period_text(absence.starts_on, absence.ends_on)))
        self.reload(select=absence.id)
        self.changed.emit()

    def _guest_care_changed(self) -> None:
        self.changed.emit()
