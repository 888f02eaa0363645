"""Slet barnet helt (GDPR): the office erases a child and everything about the child.

The dialog says plainly what happens before anything does: everything about the child
goes on this computer and, with the next sync packages, on every device they reach; it
cannot be undone. The button stays disabled until the child's first name is typed, so a
slip of the mouse cannot erase anyone. The erasure runs on the database worker.

No backup is taken first: a fresh copy of the data being erased would defeat the
erasure (the erasure itself does not take one either). The dialog says so, and
that backups made earlier still hold the child until they are deleted.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..context import GuiContext
from ..operations import children as child_ops
from ..operations.runner import user_message
from ..resources import icon
from ..widgets.feedback import set_busy, show_field_error
from ..widgets.text import label

# Red, so the one irreversible button in the program never looks like an ordinary one.
ERASE_BUTTON_STYLE = """
QPushButton { background: #b3261e; color: white; border: 1px solid #8c1d18;
              border-radius: 4px; padding: 7px 20px; font-weight: 600; }
QPushButton:hover:!disabled { background: #8c1d18; }
QPushButton:disabled { background: #e3b9b6; border-color: #e3b9b6; }
"""


def matches_name(typed: str, first_name: str) -> bool:
    """The typed confirmation: the first name, ignoring case and surrounding spaces."""
    return bool(first_name.strip()) and typed.strip().casefold() == first_name.strip().casefold()


class EraseChildDialog(QDialog):
    """Explains the erasure, asks for the first name, then erases on the worker."""

    erased = Signal(str, int)  # the child's full name, the number of records erased

    def __init__(self, gui: GuiContext, child_id: uuid.UUID, first_name: str, full_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui, self.child_id = gui, child_id
        # A child without a first name is confirmed with the whole name instead.
        self.first_name = first_name.strip() or full_name.strip()
        self.full_name = full_name.strip() or self.first_name
        self.busy = False
        self.setObjectName("eraseChildDialog")
        self.setWindowTitle(self.tr("Slet barnet helt (GDPR)"))
        self.setWindowIcon(icon("app"))
        # Wider with larger text, so the explanation stays on a 1366×768 screen at 150 %.
        width = max(600, self.fontMetrics().averageCharWidth() * 80)
        self.setMinimumWidth(width)
        body = QVBoxLayout(self)
        body.setContentsMargins(24, 20, 24, 18)
        body.setSpacing(10)
        body.addWidget(label(self.tr("Slet {name} helt?").format(name=self.full_name),
                             "sectionTitle", object_name="eraseHeading"))
        body.addWidget(label(self._intro(), object_name="eraseIntro"))
        for number, text in enumerate(self._consequences(), start=1):
            body.addWidget(label(f"•  {text}", object_name=f"eraseConsequence{number}"))
        body.addSpacing(6)
        body.addWidget(self._confirmation_row())
        self.error = label("", "error", object_name="eraseError")
        show_field_error(self.error)
        body.addWidget(self.error)
        self.busy_label = label(self.tr("Sletter {first} … Vent et øjeblik.").format(
            first=self.first_name), "hint", object_name="eraseBusy")
        self.busy_label.setVisible(False)
        body.addWidget(self.busy_label)
        body.addLayout(self._buttons())
        self.resize(width, self.heightForWidth(width))

    def _intro(self) -> str:
        return self.tr(
            "Brug kun dette, når barnets oplysninger skal slettes efter "
            "databeskyttelsesreglerne (retten til sletning). Stopper barnet bare i "
            "dagplejen, skal sagen afsluttes i stedet. Så bliver oplysningerne gemt og "
            "slettet efter de almindelige regler for opbevaring.")

    def _consequences(self) -> list[str]:
        first = self.first_name
        return [
            self.tr("Alt om {first} slettes på denne computer: stamdata, observationer, "
                    "vurderinger, mål, planer, møder, samtykker, vedhæftede filer og kladder. "
                    "Forældre, der ikke har andre børn her, slettes også.").format(first=first),
            self.tr("Sletningen kommer med i de næste synkroniseringspakker, og hver enhed, "
                    "der modtager en af dem, sletter også {first} helt, uden at gemme gamle "
                    "værdier.").format(first=first),
            self.tr("Det kan ikke fortrydes. Programmet gemmer ingen kopi, og {first} kan ikke "
                    "hentes tilbage fra de andre enheder.").format(first=first),
            self.tr("Der tages ikke en sikkerhedskopi først, for så ville oplysningerne blive "
                    "gemt alligevel. Sikkerhedskopier, der er taget tidligere, indeholder "
                    "stadig {first}, indtil de bliver slettet.").format(first=first),
            self.tr("Selve sletningen bliver skrevet i loggen: hvem der slettede, og hvornår."),
        ]

    def _confirmation_row(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        prompt = label(self.tr("Skriv barnets fornavn, »{first}«, for at bekræfte:").format(
            first=self.first_name), "fieldLabel", object_name="eraseNamePrompt")
        self.name_field = QLineEdit()
        self.name_field.setObjectName("eraseNameField")  # named by its label (buddy)
        self.name_field.setMaximumWidth(320)
        prompt.setBuddy(self.name_field)
        column.addWidget(prompt)
        column.addWidget(self.name_field)
        self.name_field.textChanged.connect(self._name_typed)
        return holder

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuller"))
        self.cancel_button.setObjectName("eraseCancel")
        # Enter in the name field must never erase: the safe button is the default.
        self.cancel_button.setDefault(True)
        self.erase_button = QPushButton(self.tr("Slet for altid"))
        self.erase_button.setObjectName("eraseConfirm")
        self.erase_button.setAutoDefault(False)
        self.erase_button.setStyleSheet(ERASE_BUTTON_STYLE)
        self.erase_button.setAccessibleName(
            self.tr("Slet {name} for altid").format(name=self.full_name))
        self.erase_button.setEnabled(False)
        row.addWidget(self.cancel_button)
        row.addWidget(self.erase_button)
        self.cancel_button.clicked.connect(self.reject)
        self.erase_button.clicked.connect(self._erase)
        return row

    def _fit_height(self) -> None:
        """Tall enough for every wrapped line at the current width (a dialog's size hint
        ignores height-for-width, which would cut off the last line of a paragraph)."""
        needed = self.heightForWidth(self.width())
        if needed > 0:
            self.setMinimumHeight(needed)
            if self.height() < needed:
                self.resize(self.width(), needed)

    def _show_error(self, text: str = "") -> None:
        show_field_error(self.error, text)
        self._fit_height()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit_height()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_height()

    def _name_typed(self, text: str) -> None:
        self._show_error()
        self.erase_button.setEnabled(not self.busy and matches_name(text, self.first_name))

    # -- erasing -------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        set_busy([self.name_field, self.cancel_button, self.erase_button],
                 [self.busy_label], busy)
        self._fit_height()
        if not busy:
            self._name_typed(self.name_field.text())

    def _erase(self) -> None:
        if self.busy or not matches_name(self.name_field.text(), self.first_name):
            return
        self._show_error()
        self._set_busy(True)
        child_ops.erase_child(self.gui.runner, self.gui.session, self.child_id, self._erased,
                              self._failed, owner=self)

    def _erased(self, count: int) -> None:
        self.busy = False
        self.erased.emit(self.full_name, int(count))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_error(user_message(exc))

    def reject(self) -> None:
        """Escape or the window's close button do nothing while the erasure runs."""
        if not self.busy:
            super().reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Return in the name field would press the default button (Fortryd) and close the
        # dialog the user is filling in; keep it open instead.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.name_field.hasFocus():
            event.accept()
            return
        super().keyPressEvent(event)
