"""Samtykker on the Udskrifter page: one child's consents, and what was given to whom.

Register a consent, withdraw it (the guardian's right at any time) or let it expire; both
ask first and take effect today, so a handover packet under that consent is refused at
once. Below the consents: every disclosure (handover packet) made for the child.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication,
                            QModelIndex, Qt, Signal)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QMessageBox,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from ...domain.enums import ConsentPurpose, UserRole
from ..domain_labels import named_with_role
from ..context import GuiContext
from ..dialogs.consent_record import ConsentDialog
from ..dialogs.consent_scope import ConsentScopeDialog
from ..document_labels import categories_text
from ..domain_labels import label as domain_label
from ..formatting import format_datetime
from ..messages import service_text
from ..operations import prints as print_ops
from ..operations.prints import ChildConsents, ConsentInfo
from ..operations.runner import user_message
from ..operations.runner import guarded
from ..widgets.text import clear_layout, label, section_title
from ..widgets.when_fields import short_date

COLUMNS = (QT_TRANSLATE_NOOP("ConsentTable", "Formål"),
           QT_TRANSLATE_NOOP("ConsentTable", "Modtagere"),
           QT_TRANSLATE_NOOP("ConsentTable", "Forælder"),
           QT_TRANSLATE_NOOP("ConsentTable", "Givet"),
           QT_TRANSLATE_NOOP("ConsentTable", "Udløber"),
           QT_TRANSLATE_NOOP("ConsentTable", "Tilbagekaldt"),
           QT_TRANSLATE_NOOP("ConsentTable", "Form"),
           QT_TRANSLATE_NOOP("ConsentTable", "Status"),
           QT_TRANSLATE_NOOP("ConsentTable", "Omfatter"))
(PURPOSE, RECIPIENTS, GUARDIAN, GIVEN, EXPIRES, WITHDRAWN, FORM, STATE,
 CATEGORIES) = range(len(COLUMNS))
NOT_CHOSEN = QT_TRANSLATE_NOOP("ConsentTable", "Ikke angivet – dækker ingen oplysninger")
STATE_COLOURS = {"valid": "#2e7d32", "pending": "#8a6d00", "expired": "#5b6770",
                 "withdrawn": "#b3261e"}
ID_ROLE = Qt.ItemDataRole.UserRole
SHOWN_DISCLOSURES = 8
MIN_VISIBLE_ROWS, MAX_VISIBLE_ROWS = 2, 8
ROW_AIR = 8


def _short(day) -> str:
    return short_date(day) if day else ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConsentTable", text)


def needs_categories(consent: ConsentInfo) -> bool:
    """An earlier consent a person can still say the scope of."""
    return (not consent.categories and consent.purpose is not ConsentPurpose.PHOTOS
            and consent.state in ("valid", "pending"))


def _covers(consent: ConsentInfo) -> str:
    if consent.categories:
        return categories_text(consent.categories)
    return "" if consent.purpose is ConsentPurpose.PHOTOS else _tr(NOT_CHOSEN)


class ConsentTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.consents: list[ConsentInfo] = []

    def set_consents(self, rows: list[ConsentInfo]) -> None:
        self.beginResetModel()
        self.consents = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.consents)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        consent, column = self.consents[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            guardian = named_with_role(consent.guardian_name, consent.guardian_relation)
            return (domain_label(consent.purpose), ", ".join(consent.recipients), guardian,
                    _short(consent.given_on), _short(consent.expires_on),
                    _short(consent.withdrawn_on), domain_label(consent.form),
                    service_text(consent.state_label), _covers(consent))[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            return QColor(STATE_COLOURS[consent.state])
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr("Samtykke {ref}\nOmfatter: {what}\nModtagere: {to}\nNote: {note}").format(
                ref=consent.reference, what=_covers(consent),
                to="\n  ".join(consent.recipients) or "–", note=consent.information or "–")
        if role == ID_ROLE:
            return consent.id
        return None


class ConsentsPanel(QWidget):
    """Consents and disclosures of one child; ``changed`` after any change made here."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.child_id: uuid.UUID | None = None
        self.child_name = ""
        self._loads = 0
        may_change = gui.session.user.role is not UserRole.CHILDMINDER
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        heading = QHBoxLayout()
        self.title = section_title(self.tr("Samtykker"))
        heading.addWidget(self.title, 1)
        self.register_button = QPushButton(self.tr("Registrér samtykke …"))
        self.register_button.setObjectName("registerConsent")
        self.withdraw_button = QPushButton(self.tr("Tilbagekald …"))
        self.withdraw_button.setObjectName("withdrawConsent")
        self.withdraw_button.setToolTip(self.tr("Forælderen trækker samtykket tilbage fra i dag"))
        self.expire_button = QPushButton(self.tr("Udløb …"))
        self.expire_button.setObjectName("expireConsent")
        self.expire_button.setToolTip(self.tr("Samtykkets periode slutter i dag"))
        self.scope_button = QPushButton(self.tr("Angiv oplysninger …"))
        self.scope_button.setObjectName("consentScope")
        self.scope_button.setToolTip(self.tr("Sæt kryds ved det, et tidligere samtykke "
                                             "omfatter"))
        for button in (self.register_button, self.scope_button, self.withdraw_button,
                       self.expire_button):
            heading.addWidget(button)
            button.setVisible(may_change)
        layout.addLayout(heading)
        self.summary = label("", "muted", object_name="consentSummary")
        layout.addWidget(self.summary)
        self.model = ConsentTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("consentTable")
        self.table.setAccessibleName(self.tr("Samtykker"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)  # every recipient readable, not cut off
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RECIPIENTS, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.detail = label("", "muted", object_name="consentDetail", selectable=True)
        layout.addWidget(self.detail)
        self.feedback = label("", "muted", object_name="consentFeedback")
        self.feedback.setVisible(False)
        layout.addWidget(self.feedback)
        layout.addSpacing(6)
        layout.addWidget(section_title(self.tr("Givet videre")))
        self.disclosure_rows = QVBoxLayout()
        self.disclosure_rows.setSpacing(3)
        layout.addLayout(self.disclosure_rows)

        self.register_button.clicked.connect(self.register)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.expire_button.clicked.connect(self.expire_selected)
        self.scope_button.clicked.connect(self.state_scope)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    # -- loading --------------------------------------------------------------------------

    def set_child(self, child_id: uuid.UUID | None, child_name: str = "") -> None:
        self.child_id, self.child_name = child_id, child_name
        self.title.setText(self.tr("Samtykker for {child}").format(child=child_name)
                           if child_name else self.tr("Samtykker"))
        self.register_button.setEnabled(child_id is not None)
        self.reload()

    def reload(self) -> None:
        self._loads += 1
        number, child_id = self._loads, self.child_id
        if child_id is None:
            self._show(number, ChildConsents(None, (), ()))
            return
        print_ops.load_consents_and_disclosures(
            self.gui.runner, self.gui.session, child_id,
            guarded(self, lambda result: self._show(number, result)),
            guarded(self, lambda exc: self._load_failed(number, exc)))

    def _show(self, number: int, result: ChildConsents) -> None:
        if number != self._loads:
            return  # another child was chosen meanwhile
        rows, disclosures = list(result.consents), list(result.disclosures)
        keep = self.selected()
        self.model.set_consents(rows)
        self._fit_table()
        if keep is not None:  # a refresh does not lose the user's choice
            self.select_consent(keep.id)
        valid = sum(1 for c in rows if c.is_valid)
        if self.child_id is None:
            self.summary.setText(self.tr("Vælg et barn for at se samtykkerne."))
        elif not rows:
            self.summary.setText(self.tr("Der er ikke registreret samtykker for barnet."))
        else:
            self.summary.setText(self.tr("{count} samtykker, heraf {valid} gyldige i dag.")
                                 .format(count=len(rows), valid=valid))
        self._show_disclosures(disclosures)
        self._selection_changed()
        self.loaded.emit()

    def _fit_table(self) -> None:
        """As tall as its rows (two at least, eight before it scrolls): no empty box."""
        self.table.resizeRowsToContents()
        for row in range(self.model.rowCount()):  # air around wrapped lines
            self.table.setRowHeight(row, self.table.rowHeight(row) + ROW_AIR)
        rows = [self.table.rowHeight(r) for r in range(self.model.rowCount())]
        default = self.table.verticalHeader().defaultSectionSize()
        shown = rows[:MAX_VISIBLE_ROWS] + [default] * max(0, MIN_VISIBLE_ROWS - len(rows))
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + sum(shown) + 2 * self.table.frameWidth() + 2)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_table()  # wrapped recipients take more lines in a narrow window

    def _load_failed(self, number: int, exc: BaseException) -> None:
        if number == self._loads:
            self.model.set_consents([])
            self._say(user_message(exc), error=True)

    def _show_disclosures(self, disclosures) -> None:
        clear_layout(self.disclosure_rows)
        if not disclosures:
            self.disclosure_rows.addWidget(label(
                self.tr("Intet er givet videre til andre om barnet.") if self.child_id
                else "", "muted", object_name="noDisclosures"))
            return
        for item in disclosures[:SHOWN_DISCLOSURES]:
            line = self.tr("{when}: til {recipient} under samtykke {ref} ({who})").format(
                when=format_datetime(item.disclosed_at), recipient=item.recipient,
                ref=item.consent_reference or "–", who=item.disclosed_by)
            row = label(line, object_name="disclosure", selectable=True)
            row.setToolTip(item.what)
            self.disclosure_rows.addWidget(row)
        if len(disclosures) > SHOWN_DISCLOSURES:
            self.disclosure_rows.addWidget(label(
                self.tr("… og {n} tidligere (se barnets mappe).").format(
                    n=len(disclosures) - SHOWN_DISCLOSURES), "muted"))

    # -- selection ------------------------------------------------------------------------

    def selected(self) -> ConsentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.consents[rows[0].row()] if rows else None

    def select_consent(self, consent_id: uuid.UUID) -> None:
        for row, consent in enumerate(self.model.consents):
            if consent.id == consent_id:
                self.table.selectRow(row)
                return

    def _selection_changed(self, *_args) -> None:
        consent = self.selected()
        active = consent is not None and consent.state in ("valid", "pending")
        self.withdraw_button.setEnabled(active)
        self.expire_button.setEnabled(active)
        self.scope_button.setEnabled(consent is not None and needs_categories(consent))
        if consent is None:
            self.detail.setText(self.tr("Vælg et samtykke for at se, hvad det omfatter.")
                                if self.model.consents else "")
            return
        text = self.tr("Samtykke {ref} omfatter: {what}").format(
            ref=consent.reference, what=_covers(consent) or consent.information)
        if consent.recipient_role:
            text += self.tr(" Modtagerens rolle: {role}.").format(role=consent.recipient_role)
        if consent.information and consent.categories:
            text += self.tr(" Note: {note}").format(note=consent.information)
        self.detail.setText(text)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.feedback.setProperty("role", "error" if error else "muted")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))

    # -- changes --------------------------------------------------------------------------

    def register(self) -> None:
        if self.child_id is None:
            return
        dialog = ConsentDialog(self.gui, self.child_id, self.child_name, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._recorded)
        dialog.open()

    def state_scope(self) -> ConsentScopeDialog | None:
        consent = self.selected()
        if consent is None or not needs_categories(consent):
            return None
        dialog = ConsentScopeDialog(self.gui, consent, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda info: self._changed(
            info, self.tr("Samtykket omfatter nu: {what}.").format(
                what=categories_text(info.categories))))
        dialog.open()
        return dialog

    def _recorded(self, info: ConsentInfo) -> None:
        self._say(self.tr("Samtykket er registreret ({ref}).").format(ref=info.reference))
        self.loaded.connect(self._select_after_load(info.id))
        self.reload()
        self.changed.emit()

    def _select_after_load(self, consent_id: uuid.UUID):
        def select_when_loaded() -> None:
            self.loaded.disconnect(select_when_loaded)
            self.select_consent(consent_id)
        return select_when_loaded

    def _describe(self, consent: ConsentInfo) -> str:
        to = ", ".join(consent.recipients)
        what = domain_label(consent.purpose).lower()
        return self.tr("{what} til {to}").format(what=what, to=to) if to else what

    def _confirm(self, title: str, text: str, yes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(self.tr("Annuller"),
                                           QMessageBox.ButtonRole.RejectRole))
        box.exec()
        return box.clickedButton() is accept

    def withdraw_selected(self) -> None:
        consent = self.selected()
        if consent is None:
            return
        if not self._confirm(self.tr("Tilbagekald samtykke"), self.tr(
                "Vil du registrere, at {guardian} har trukket samtykket til {what} tilbage "
                "fra i dag?\n\nDer kan ikke længere gives oplysninger videre under det."
                ).format(guardian=consent.guardian_name or self.tr("forælderen"),
                         what=self._describe(consent)),
                self.tr("Tilbagekald samtykket")):
            return
        self._change(print_ops.withdraw_consent, consent.id,
                     self.tr("Samtykket er trukket tilbage fra i dag."))

    def expire_selected(self) -> None:
        consent = self.selected()
        if consent is None:
            return
        if not self._confirm(self.tr("Lad samtykket udløbe"), self.tr(
                "Vil du lade samtykket til {what} udløbe i dag?\n\nDer kan ikke længere "
                "gives oplysninger videre under det.").format(what=self._describe(consent)),
                self.tr("Lad det udløbe")):
            return
        self._change(print_ops.expire_consent, consent.id,
                     self.tr("Samtykket er udløbet i dag."))

    def _change(self, operation, consent_id: uuid.UUID, done_text: str) -> None:
        for button in (self.withdraw_button, self.expire_button):
            button.setEnabled(False)
        operation(self.gui.runner, self.gui.session, consent_id,
                  guarded(self, lambda info: self._changed(info, done_text)),
                  guarded(self, self._change_failed))

    def _changed(self, info: ConsentInfo, text: str) -> None:
        self._say(text)
        self.loaded.connect(self._select_after_load(info.id))
        self.reload()
        self.changed.emit()

    def _change_failed(self, exc: BaseException) -> None:
        self._say(user_message(exc), error=True)
        self._selection_changed()
