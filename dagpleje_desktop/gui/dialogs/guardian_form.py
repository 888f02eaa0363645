"""Add, correct or remove a child's guardian or other contact.

Relation from the fixed list (mor, far, plejemor, plejefar, værge, andet), custody,
address, phones, e-mail, language and whether an interpreter is needed. Removing keeps
the history: the link is tombstoned, and consents the guardian gave still name them.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from ...domain.child_record import GuardianRelation
from ...domain.errors import ValidationError
from ..operations.children import GuardianInfo, GuardianInput
from ..context import GuiContext
from ..domain_labels import label_text
from ..operations import children as ops
from ..operations.runner import guarded
from ..widgets.text import label
from .child_details import OperationDialog


def _line(value: str, name: str) -> QLineEdit:
    edit = QLineEdit(value)
    edit.setObjectName(name)
    return edit


class GuardianDialog(OperationDialog):
    """A new guardian (``guardian`` None) or corrections to one."""

    def __init__(self, gui: GuiContext, child_id: uuid.UUID, child_name: str,
                 guardian: GuardianInfo | None = None, parent: QWidget | None = None) -> None:
        title = (self.tr("Tilføj forælder eller kontakt") if guardian is None
                 else self.tr("Ret forælder eller kontakt"))
        super().__init__(gui, title, child_name, parent=parent, min_width=540)
        self.setObjectName("guardianDialog")
        self.child_id, self.guardian = child_id, guardian
        g = guardian
        self.sibling_parent = None
        self._known: dict = {}
        if g is None:  # a sibling's parent is linked, not typed twice
            self.sibling_parent = QComboBox()
            self.sibling_parent.setObjectName("siblingParent")
            self.sibling_parent.addItem(self.tr("Ny person"), None)
            self.sibling_parent.setEnabled(False)  # until the list is read
            self.add_row(self.tr("Samme som hos søskende"), self.sibling_parent)
            ops.known_guardians(gui.runner, gui.session, child_id,
                                guarded(self, self._known_loaded), lambda _exc: None)
            self.sibling_parent.currentIndexChanged.connect(self._sibling_chosen)
        self.name = _line(g.name if g else "", "guardianName")
        self.add_row(self.tr("Navn"), self.name)
        self.relation = QComboBox()
        self.relation.setObjectName("guardianRelation")
        self.relation.addItem(self.tr("Vælg …"), "")
        for member in GuardianRelation:
            self.relation.addItem(label_text(member.label), member.label)
        if g is not None:
            try:
                index = self.relation.findData(GuardianRelation.parse(g.relation).label)
            except ValueError:
                index = -1
            if index < 0:  # a relation typed before the fixed list existed
                self.relation.addItem(g.relation, g.relation)
                index = self.relation.count() - 1
            self.relation.setCurrentIndex(index)
        self.add_row(self.tr("Relation til barnet"), self.relation)
        self.custody = QCheckBox(self.tr("Har forældremyndighed"))
        self.custody.setObjectName("guardianCustody")
        self.custody.setAccessibleName(self.custody.text())  # the words a user sees
        self.custody.setChecked(g.has_custody if g else False)
        self.add_row(self.tr("Forældremyndighed"), self.custody)
        self.address = _line(g.address if g else "", "guardianAddress")
        self.phone = _line(g.phone if g else "", "guardianPhone")
        self.other_phone = _line(g.other_phone if g else "", "guardianOtherPhone")
        self.email = _line(g.email if g else "", "guardianEmail")
        self.language = _line(g.language if g else "", "guardianLanguage")
        self.interpreter = QCheckBox(self.tr("Har brug for tolk"))
        self.interpreter.setObjectName("guardianInterpreter")
        self.interpreter.setAccessibleName(self.interpreter.text())
        self.interpreter.setChecked(g.interpreter_needed if g else False)
        self.add_row(self.tr("Adresse"), self.address)
        self.add_row(self.tr("Telefon"), self.phone)
        self.add_row(self.tr("Anden telefon"), self.other_phone)
        self.add_row(self.tr("E-mail"), self.email)
        self.add_row(self.tr("Sprog"), self.language)
        self.add_row(self.tr("Tolk"), self.interpreter)
        if g is not None:
            self.body.addWidget(label(self.tr(
                "Adresse og telefon er de samme hos søskende, der har samme forælder."),
                "muted"))
        self.finish(self.tr("Tilføj") if g is None else self.tr("Gem"))

    def _known_loaded(self, known) -> None:
        self._known = {str(k.id): k for k in known}
        for k in known:
            self.sibling_parent.addItem(
                self.tr("{name} (hos {children})").format(name=k.name,
                                                        children=", ".join(k.children)),
                str(k.id))
        self.sibling_parent.setEnabled(bool(known))

    def _sibling_chosen(self, _index: int) -> None:
        """The sibling's parent: name, address and phones are theirs, shared by both
        children; relation and custody are this child's and chosen here."""
        chosen = self._known.get(self.sibling_parent.currentData() or "")
        for field in (self.name, self.address, self.phone, self.other_phone, self.email,
                      self.language):
            field.setEnabled(chosen is None)
        self.interpreter.setEnabled(chosen is None)
        if chosen is not None:
            self.name.setText(chosen.name)
            self.address.setText(chosen.address)
            self.phone.setText(chosen.phone)

    def data(self) -> GuardianInput:
        return GuardianInput(
            self.name.text(), self.relation.currentData() or "", self.custody.isChecked(),
            self.phone.text(), self.email.text(), self.address.text(), self.language.text(),
            self.other_phone.text(), self.interpreter.isChecked())

    def prepare(self):
        data, child_id = self.data(), self.child_id
        if not data.name.strip():
            raise ValidationError(self.tr("Skriv forælderens navn."))
        if not data.relation:
            raise ValidationError(self.tr("Vælg relationen til barnet (fx mor, far, "
                                          "plejemor)."))
        runner, session = self.gui.runner, self.gui.session
        sibling = self.sibling_parent.currentData() if self.sibling_parent else None
        if self.guardian is None and sibling:
            guardian_id = uuid.UUID(sibling)
            return lambda done, failed: ops.link_guardian(runner, session, child_id,
                                                          guardian_id, data, done, failed)
        if self.guardian is None:
            return lambda done, failed: ops.add_guardian(runner, session, child_id, data,
                                                         done, failed)
        guardian_id = self.guardian.id
        return lambda done, failed: ops.update_guardian(runner, session, child_id, guardian_id,
                                                        data, done, failed)


class RemoveGuardianDialog(OperationDialog):
    """Confirm removing a guardian from the child; the history stays."""

    def __init__(self, gui: GuiContext, child_id: uuid.UUID, guardian: GuardianInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(gui, self.tr("Fjern {name}").format(name=guardian.name),
                         parent=parent, min_width=480)
        self.setObjectName("removeGuardianDialog")
        self.child_id, self.guardian = child_id, guardian
        self.body.addWidget(label(self.tr(
            "{name} fjernes fra barnets forældre og kontakter. Samtykker, {name} har givet, "
            "bevares med deres historik.").format(name=guardian.name)))
        self.finish(self.tr("Fjern"), "removeButton")

    def prepare(self):
        runner, session = self.gui.runner, self.gui.session
        child_id, guardian_id = self.child_id, self.guardian.id
        return lambda done, failed: ops.remove_guardian(runner, session, child_id, guardian_id,
                                                        done, failed)
