"""Ny indstilling: who refers, which child (new, or one already known), why, how many
places, an optional committee meeting, and the documents sent with it.

Files are read on the database worker when the referral is saved, so a large PDF never
stalls the window; an unreadable file is refused with its name and nothing is saved.
"""

from __future__ import annotations

import uuid
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFileDialog, QGridLayout, QHBoxLayout,
                               QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from ...domain.enums import ReferrerType
from ...domain.errors import ValidationError
from ..context import GuiContext
from ..domain_labels import label as domain_label
from ..operations import referrals as referral_ops
from ..operations.referrals import ChildInput, ChildSummary, ReferralInput
from ..widgets.pdf_saver import documents_folder
from ..widgets.reflow import scrolling_columns
from ..widgets.text import label, section_title
from ..widgets.when_fields import OptionalDate, date_edit
from .office_form import OfficeDialog

PATH_ROLE = Qt.ItemDataRole.UserRole


class RegisterReferralDialog(OfficeDialog):
    """Emits ``done(ReferralDetail)``."""

    def __init__(self, gui: GuiContext, *, committee_date=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(gui, self.tr("Ny indstilling"), self.tr(
            "Indstillingen kommer på visitationsudvalgets liste, når du vælger et møde. Barnet "
            "står som indstillet, indtil det bliver indskrevet."), parent=parent, min_width=900)
        holder = QWidget()
        columns = QHBoxLayout(holder)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(28)
        left, right = QGridLayout(), QGridLayout()
        for grid in (left, right):
            grid.setHorizontalSpacing(12)
            grid.setVerticalSpacing(8)
            grid.setColumnStretch(1, 1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self._referrer_rows(left, committee_date)
        self._child_rows(right)
        # with large text the child's rows go under the referral's and the form scrolls
        self.body.addWidget(scrolling_columns(holder, columns, name="referralForm"), 1)
        self.finish(self.tr("Registrér indstillingen"))
        self.attach_draft(referral_ops.referral_key(None),
                          {"reason": self.reason, "special_needs": self.special_needs})
        self.load_choices(partial(referral_ops.list_children, gui.runner, gui.session),
                          self._fill_children)
        self.referrer_name.setFocus()

    def _fill_children(self, found: list[ChildSummary]) -> None:
        for child in found:
            self.child_choice.addItem(child.name, str(child.id))

    # -- the referrer and the referral -------------------------------------------------

    def _referrer_rows(self, grid: QGridLayout, committee_date) -> None:
        today = self.gui.session.today()
        grid.addWidget(section_title(self.tr("Indstillingen")), 0, 0, 1, 2)
        self.referrer_type = QComboBox()
        for kind in ReferrerType:
            self.referrer_type.addItem(domain_label(kind), kind.value)
        self.add_row(self.tr("Indstillet af"), self.referrer_type, name="referrerType",
                     grid=grid)
        self.referrer_name = QLineEdit()
        self.referrer_name.setPlaceholderText(self.tr("fx Hanne Ravn, Sundhedsplejen"))
        self.add_row(self.tr("Navn"), self.referrer_name, name="referrerName", grid=grid)
        self.received = date_edit(today)
        self.received.setMaximumWidth(160)
        self.add_row(self.tr("Modtaget"), self.received, name="receivedOn", grid=grid)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)  # Tab moves on (WCAG 2.1.2)
        self.reason.setPlaceholderText(self.tr("Hvorfor indstilles barnet? Hvad har barnet "
                                               "brug for i hverdagen?"))
        self.reason.setMinimumHeight(110)
        self.add_row(self.tr("Begrundelse"), self.reason, name="reason", grid=grid)
        self.places = QSpinBox()
        self.places.setRange(2, 4)
        self.places.setSuffix(self.tr(" pladser"))
        self.places.setMaximumWidth(140)
        self.add_row(self.tr("Ønskede pladser"), self.places, name="requestedPlaces", grid=grid)
        self.committee = OptionalDate(self.tr("Sæt på udvalgsmødet"), committee_date,
                                      default=committee_date or today)
        self.committee.setObjectName("committeeDate")
        self.add_row(self.tr("Visitation"), self.committee, grid=grid)

    # -- the child ---------------------------------------------------------------------

    def _child_rows(self, grid: QGridLayout) -> None:
        grid.addWidget(section_title(self.tr("Barnet")), 0, 0, 1, 2)
        choice = QHBoxLayout()
        self.new_child = QRadioButton(self.tr("Nyt barn"))
        self.new_child.setObjectName("newChild")
        self.known_child = QRadioButton(self.tr("Barn, der allerede er oprettet"))
        self.known_child.setObjectName("knownChild")
        group = QButtonGroup(self)
        group.addButton(self.new_child)
        group.addButton(self.known_child)
        self.new_child.setChecked(True)
        choice.addWidget(self.new_child)
        choice.addWidget(self.known_child)
        choice.addStretch(1)
        grid.addLayout(choice, 1, 0, 1, 2)
        self.add_inputs(self.new_child, self.known_child)

        # All rows share one grid so the fields line up; the choice shows one set of rows.
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.cpr = QLineEdit()
        self.cpr.setPlaceholderText(self.tr("DDMMÅÅ-XXXX (kan udfyldes senere)"))
        self.birth = OptionalDate(self.tr("Kendt"), None, default=self.gui.session.today())
        self.birth.setObjectName("birthDate")
        self.special_needs = QPlainTextEdit()
        self.special_needs.setTabChangesFocus(True)  # Tab moves on (WCAG 2.1.2)
        self.special_needs.setPlaceholderText(self.tr("fx lav smitterisiko, sondemad, "
                                                      "kørestol"))
        self.special_needs.setFixedHeight(64)
        self.new_rows = [
            (self.add_row(self.tr("Fornavn"), self.first_name, name="firstName", grid=grid),
             self.first_name),
            (self.add_row(self.tr("Efternavn"), self.last_name, name="lastName", grid=grid),
             self.last_name),
            (self.add_row(self.tr("CPR-nummer"), self.cpr, name="cpr", grid=grid), self.cpr),
            (self.add_row(self.tr("Fødselsdato"), self.birth, grid=grid), self.birth),
            (self.add_row(self.tr("Særlige behov"), self.special_needs, name="specialNeeds",
                          grid=grid), self.special_needs)]
        self.child_choice = QComboBox()
        self.child_choice.addItem(self.tr("Vælg barn"), None)
        self.known_row = (self.add_row(self.tr("Barn"), self.child_choice, name="childChoice",
                                       grid=grid), self.child_choice)
        self.new_child.toggled.connect(lambda _: self._show_child_rows())
        self._show_child_rows()

        files_row = grid.rowCount()
        grid.addWidget(label(self.tr("Bilag"), "fieldLabel"), files_row, 0,
                       Qt.AlignmentFlag.AlignTop)
        files = QVBoxLayout()
        self.attachments = QListWidget()
        self.attachments.setObjectName("attachments")
        self.attachments.setAccessibleName(self.tr("Bilag"))
        self.attachments.setFixedHeight(70)
        buttons = QHBoxLayout()
        self.add_file_button = QPushButton(self.tr("Tilføj fil …"))
        self.add_file_button.setObjectName("addAttachment")
        self.remove_file_button = QPushButton(self.tr("Fjern"))
        self.remove_file_button.setObjectName("removeAttachment")
        buttons.addWidget(self.add_file_button)
        buttons.addWidget(self.remove_file_button)
        buttons.addStretch(1)
        files.addWidget(self.attachments)
        files.addLayout(buttons)
        grid.addLayout(files, files_row, 1)
        self.add_inputs(self.attachments, self.add_file_button, self.remove_file_button)
        self.add_file_button.clicked.connect(self._choose_files)
        self.remove_file_button.clicked.connect(self._remove_file)

    def _show_child_rows(self) -> None:
        new = self.new_child.isChecked()
        for caption, field in self.new_rows:
            caption.setVisible(new)
            field.setVisible(new)
        for widget in self.known_row:
            widget.setVisible(not new)

    def _choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Vælg bilag"), str(documents_folder()),
            self.tr("Dokumenter og billeder (*.pdf *.png *.jpg *.jpeg *.txt *.doc *.docx);;"
                    "Alle filer (*)"))
        for name in chosen:
            self.add_attachment_path(Path(name))

    def add_attachment_path(self, path: Path) -> None:
        item = QListWidgetItem(path.name)
        item.setData(PATH_ROLE, str(path))
        item.setToolTip(str(path))
        self.attachments.addItem(item)

    def _remove_file(self) -> None:
        row = self.attachments.currentRow()
        if row >= 0:
            self.attachments.takeItem(row)

    # -- saving ------------------------------------------------------------------------

    def attachment_paths(self) -> list[Path]:
        return [Path(self.attachments.item(i).data(PATH_ROLE))
                for i in range(self.attachments.count())]

    def _child(self) -> tuple[uuid.UUID | None, ChildInput | None]:
        if self.known_child.isChecked():
            chosen = self.child_choice.currentData()
            if not chosen:
                raise ValidationError(self.tr("Vælg barnet, der indstilles."))
            return uuid.UUID(chosen), None
        if not self.first_name.text().strip():
            raise ValidationError(self.tr("Skriv barnets fornavn."))
        return None, ChildInput(self.first_name.text().strip(), self.last_name.text().strip(),
                                cpr=self.cpr.text().strip(), birth_date=self.birth.value(),
                                special_needs=self.special_needs.toPlainText().strip())

    def submit(self):
        child_id, new_child = self._child()
        values = dict(
            referrer_type=ReferrerType(self.referrer_type.currentData()),
            referrer_name=self.referrer_name.text(), reason=self.reason.toPlainText(),
            requested_places=self.places.value(), child_id=child_id, new_child=new_child,
            received_on=self.received.checked_value(), committee_date=self.committee.value())
        return partial(referral_ops.register_referral, self.gui.runner, self.gui.session,
                       ReferralInput(**values), self.attachment_paths(), self.draft_key)
