"""Before the window closes: "3 ændringer er ikke sendt til kontoret endnu".

``UnsentGuard`` keeps the latest count of changes that are in no package to the office
(counted on the database worker after start-up, after each observation and whenever the
Synkronisering page loads), so closing never waits for the database. The question is
asked only when there are such changes and the person closes the window (a spontaneous
close: the title bar, Alt+F4) - never when code closes it (log out, tests, shutdown).
``ask_always`` lets a test stand in for the person.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox

from ..domain.enums import UserRole
from ..services.exchange.sync_pending import UnsentChanges
from .messages import service_text
from .context import GuiContext
from .operations import sync_counts


class UnsentGuard(QObject):
    def __init__(self, window: QMainWindow, gui: GuiContext,
                 show_sync: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.gui, self.show_sync = window, gui, show_sync
        self.unsent: UnsentChanges | None = None
        self.ask_always = False   # a test closing the window as a person would
        self.confirmed = False    # "Luk alligevel" was chosen
        self.question: QMessageBox | None = None

    @property
    def applies(self) -> bool:
        return self.gui.session.user.role != UserRole.OFFICE

    def refresh(self) -> None:
        if self.applies:
            sync_counts.count_unsent(self.gui.runner, self.gui.session, self.set_unsent,
                                  lambda _exc: None)

    def set_unsent(self, unsent: UnsentChanges) -> None:
        self.unsent = unsent

    @property
    def count(self) -> int:
        return self.unsent.unsent if self.unsent is not None else 0

    def blocks(self, event: QCloseEvent) -> bool:
        """True when the close waits for the person's answer (the event is then ignored)."""
        if self.confirmed or not self.count or not (event.spontaneous() or self.ask_always):
            return False
        event.ignore()
        if self.question is None:
            self._ask()
        return True

    def _ask(self) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("unsentQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Ændringer er ikke sendt"))
        box.setText(service_text(self.unsent.text()))
        if self.unsent.words:
            box.setDetailedText(service_text(self.unsent.words))
        box.setInformativeText(self.tr(
            "De er gemt på computeren og bliver ikke væk. Kontoret får dem først, når du "
            "laver en pakke til kontoret under Synkronisering og giver den til kontoret."))
        close = box.addButton(self.tr("Luk alligevel"), QMessageBox.ButtonRole.AcceptRole)
        to_sync = box.addButton(self.tr("Gå til Synkronisering"),
                                QMessageBox.ButtonRole.ActionRole)
        stay = box.addButton(self.tr("Annuller"), QMessageBox.ButtonRole.RejectRole)
        close.setObjectName("closeAnyway")
        to_sync.setObjectName("goToSync")
        stay.setObjectName("cancelClose")
        box.setDefaultButton(to_sync)

        def answered(_result: int) -> None:
            chosen = box.clickedButton()
            box.deleteLater()
            self.question = None
            if chosen is close:
                self.confirmed = True
                self.window.close()
            elif chosen is to_sync:
                self.show_sync()
        box.finished.connect(answered)
        self.question = box
        box.open()
