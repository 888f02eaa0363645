"""Muligt dubletbarn: two records with the same CPR number, side by side, to decide on.

The same child may have been registered on two devices before they synced. Nothing is
joined by guessing: a consultant or the office looks at both records and says either
"the same child – keep this one" (the other is merged into it, on every device) or "two
different children" (both stay, the notice closes).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from ..formatting import format_date, format_datetime
from ..operations.sync import ConflictView, DuplicateSide
from ..style import points
from ..widgets.text import label

CARD_STYLE = ("QFrame#duplicateCard { background: #f6f9ff; border: 1px solid #9db7e0; "
              "border-radius: 8px; } QFrame#duplicateCard QLabel { background: transparent; }"
              " QFrame#duplicateSide { background: white; border: 1px solid #d5e0f2; "
              "border-radius: 6px; }")
SIDES = ("local", "remote")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DuplicateCard", text)


def observation_count_text(count: int) -> str:
    if count == 1:
        return _tr("1 observation")
    return _tr("{count} observationer").format(count=count)


def side_facts(side: DuplicateSide) -> list[tuple[str, str]]:
    """(caption, value) rows shown for one record, in the order a person compares them."""
    registered = side.created_device
    if side.created_at is not None:
        registered += f" · {format_datetime(side.created_at)}"
    return [(_tr("CPR-nummer"), side.cpr_masked or _tr("(intet)")),
            (_tr("Født"), format_date(side.birth_date) if side.birth_date else _tr("(ukendt)")),
            (_tr("Dagplejehjem"), side.home_name or _tr("(ikke indskrevet)")),
            (_tr("Observationer"), observation_count_text(side.observation_count)),
            (_tr("Registreret på"), registered)]


class DuplicateCard(QFrame):
    """One notice; ``resolve_requested`` carries "local", "remote" or "kept_apart"."""

    resolve_requested = Signal(object, str)  # ConflictView, choice

    def __init__(self, conflict: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        here, arrived = conflict.duplicate
        self.setObjectName("duplicateCard")
        self.setStyleSheet(CARD_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        title = label(self.tr("Muligt dubletbarn: to registreringer med samme CPR-nummer"),
                      object_name="conflictTitle")
        title.setStyleSheet("font-weight: 600;")
        layout.addWidget(title)
        layout.addWidget(label(self.tr(
            "Barnet er registreret både her og på en anden enhed. Er det samme barn, så "
            "behold den ene registrering: alt om den anden flyttes over til den. Er det to "
            "børn, beholdes begge."), "muted"))
        sides = QHBoxLayout()
        sides.setSpacing(12)
        self.keep_local = self._side(sides, "local", self.tr("Registreringen her"), here)
        self.keep_remote = self._side(sides, "remote", self.tr("Den modtagne registrering"),
                                      arrived)
        layout.addLayout(sides)
        row = QHBoxLayout()
        self.kept_apart = QPushButton(self.tr("Det er to forskellige børn"))
        self.kept_apart.setObjectName("keptApart")
        self.kept_apart.setToolTip(self.tr("Begge registreringer beholdes, og meddelelsen "
                                           "lukkes"))
        self.kept_apart.setAccessibleName(self.tr("Det er to forskellige børn: {a} og {b}")
                                          .format(a=here.name, b=arrived.name))
        self.kept_apart.clicked.connect(
            lambda: self.resolve_requested.emit(self.conflict, "kept_apart"))
        row.addWidget(self.kept_apart)
        row.addStretch(1)
        layout.addLayout(row)

    def _side(self, row: QHBoxLayout, side: str, caption: str,
              record: DuplicateSide) -> QPushButton:
        frame = QFrame()
        frame.setObjectName("duplicateSide")
        box = QVBoxLayout(frame)
        box.setContentsMargins(12, 10, 12, 10)
        box.setSpacing(4)
        box.addWidget(label(caption, "fieldLabel", object_name=f"{side}Caption"))
        name = label(record.name, selectable=True, object_name=f"{side}Name")
        name.setStyleSheet(f"font-size: {points(12)}; font-weight: 600;")
        box.addWidget(name)
        facts = QGridLayout()
        facts.setHorizontalSpacing(12)
        facts.setVerticalSpacing(2)
        for number, (fact, value) in enumerate(side_facts(record)):
            facts.addWidget(label(fact, "muted"), number, 0)
            facts.addWidget(label(value, selectable=True,
                                  object_name=f"{side}Fact{number}"), number, 1)
        facts.setColumnStretch(1, 1)
        box.addLayout(facts)
        box.addStretch(1)
        keep = QPushButton(self.tr("Det er samme barn – behold denne"))
        keep.setObjectName("keepLocalChild" if side == "local" else "keepRemoteChild")
        keep.setAccessibleName(self.tr("Det er samme barn – behold {name} ({where})").format(
            name=record.name, where=caption.lower()))
        keep.setEnabled(record.still_here)
        keep.clicked.connect(lambda: self.resolve_requested.emit(self.conflict, side))
        box.addWidget(keep)
        row.addWidget(frame, 1)
        return keep

    def side_text(self, side: str) -> str:
        """Everything shown about one record, as a person reads it (for tests and a11y)."""
        return "\n".join(w.text() for w in self.findChildren(QLabel)
                          if w.objectName().startswith(side))

    def set_enabled(self, enabled: bool) -> None:
        here, arrived = self.conflict.duplicate
        self.keep_local.setEnabled(enabled and here.still_here)
        self.keep_remote.setEnabled(enabled and arrived.still_here)
        self.kept_apart.setEnabled(enabled)


def merge_question(conflict: ConflictView, choice: str) -> tuple[str, str]:
    """(question, what happens) for the confirmation before a merge."""
    here, arrived = conflict.duplicate
    keep, gone = (here, arrived) if choice == "local" else (arrived, here)
    if gone.name == keep.name:
        question = _tr("Er de to registreringer af »{name}« samme barn?").format(
            name=keep.name)
    else:
        question = _tr("Er »{gone}« og »{keep}« samme barn?").format(gone=gone.name,
                                                                      keep=keep.name)
    details = _tr(
        "Registreringen »{keep}« ({keep_where}) beholdes. Alt om den anden registrering "
        "– {observations}, mål, planer, møder, forældre, samtykker og indskrivninger – "
        "flyttes over til den, og tomme felter udfyldes fra den anden. »{gone}« forsvinder "
        "fra listen over børn.\n\nSammenlægningen sendes med de næste pakker til de andre "
        "enheder og kan ikke fortrydes.").format(
            keep=keep.name, gone=gone.name,
            keep_where=_tr("her") if keep is here else _tr("den modtagne"),
            observations=observation_count_text(gone.observation_count))
    return question, details


def ask_merge(parent: QWidget, conflict: ConflictView, choice: str, answered) -> QMessageBox:
    """Open the confirmation; ``answered(True)`` only after "Ja, læg dem sammen"."""
    question, details = merge_question(conflict, choice)
    box = QMessageBox(parent)
    box.setObjectName("mergeChildrenQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Læg registreringerne sammen"))
    box.setText(question)
    box.setInformativeText(details)
    yes = box.addButton(_tr("Ja, læg dem sammen"), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(_tr("Annuller"), QMessageBox.ButtonRole.RejectRole)
    yes.setObjectName("confirmMergeChildren")
    no.setObjectName("cancelMergeChildren")
    box.setDefaultButton(no)

    def finished(_result: int) -> None:
        confirmed = box.clickedButton() is yes
        box.deleteLater()
        answered(confirmed)
    box.finished.connect(finished)
    box.open()
    return box
