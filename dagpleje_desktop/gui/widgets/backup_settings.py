"""The Sikkerhedskopi card in Indstillinger: make, check and restore a backup.

Shown to the office and consultants on an SQLCipher installation; on PostgreSQL it says
who makes backups there (the server's administrator). Making a backup shows its
progress; a restore is checked first, asked about in plain words (and once more if the
backup comes from another installation), and carried out after the window has logged
out, so no open session sits on the files being replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QInputDialog, QLineEdit,
                               QMessageBox, QProgressBar, QPushButton, QWidget)

from ..context import GuiContext
from ..formatting import format_datetime
from ..operations import backup as backup_ops
from ..operations.runner import user_message
from .pdf_saver import ask_save_path, documents_folder
from .text import card, label, section_title

BACKUP_FILTER = "*.dagpleje-backup"


def ask_backup_file(parent: QWidget, title: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, title, str(documents_folder()),
        parent.tr("Sikkerhedskopier ({pattern});;Alle filer (*)").format(
            pattern=BACKUP_FILTER))
    return Path(chosen) if chosen else None


def ask_password(parent: QWidget, text: str) -> str | None:
    password, ok = QInputDialog.getText(parent, parent.tr("Adgangskode"), text,
                                        QLineEdit.EchoMode.Password)
    return password if ok and password else None


def confirm_restore(parent: QWidget, question: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, parent.tr("Gendan sikkerhedskopi"), question,
                      parent=parent)
    restore = box.addButton(parent.tr("Gendan og log ud"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(parent.tr("Annuller"),
                                       QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is restore


class BackupSettingsCard(QWidget):
    """``request_restore`` is the main window's: log out, then restore, then log in."""

    def __init__(self, gui: GuiContext, request_restore: Callable[[object], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupSettings")
        self.gui, self.request_restore = gui, request_restore
        frame, body = card(self)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        body.addWidget(section_title(self.tr("Sikkerhedskopi")))
        session = gui.session
        self.setVisible(backup_ops.can_back_up(session))
        if backup_ops.is_postgres(session):
            body.addWidget(label(backup_ops.PG_BACKUP_MESSAGE, "muted"))
            self.buttons: list[QPushButton] = []
            return
        body.addWidget(label(self.tr(
            "En sikkerhedskopi er én krypteret fil med hele databasen. Gem den et sikkert "
            "sted, fx på kommunens drev. En eksisterende fil bliver aldrig overskrevet, og "
            "en gendannelse gemmer det, den erstatter, under et navn med dato."), "muted"))
        row = QHBoxLayout()
        self.make_button = QPushButton(self.tr("Tag sikkerhedskopi …"))
        self.make_button.setObjectName("makeBackup")
        self.make_button.clicked.connect(self._make)
        self.check_button = QPushButton(self.tr("Kontrollér sikkerhedskopi …"))
        self.check_button.setObjectName("checkBackup")
        self.check_button.clicked.connect(self._check)
        self.restore_button = QPushButton(self.tr("Gendan fra sikkerhedskopi …"))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self._restore)
        self.buttons = [self.make_button, self.check_button, self.restore_button]
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        body.addLayout(row)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("backupProgress")
        self.progress_bar.setAccessibleName(self.tr("Sikkerhedskopiens fremdrift"))
        self.progress_bar.setVisible(False)
        body.addWidget(self.progress_bar)
        self.status = label("", "muted", selectable=True, object_name="backupStatus")
        body.addWidget(self.status)
        self.progress = backup_ops.BackupProgress(self)
        self.progress.progressed.connect(self._progressed)

    # -- make ------------------------------------------------------------------------

    def _make(self) -> None:
        path = ask_save_path(self, self.tr("Gem sikkerhedskopi"), backup_ops.new_backup_name(),
                             self.tr("Sikkerhedskopier ({pattern})").format(
                                 pattern=BACKUP_FILTER))
        if path is None:
            return
        self._busy(self.tr("Tager sikkerhedskopi …"))
        backup_ops.make_backup(self.gui.runner, self.gui.session, path, self.progress,
                               self._made, self._failed)

    def _made(self, info: backup_ops.BackupInfo) -> None:
        self._idle(self.tr("Sikkerhedskopien er gemt i {path} ({size} MB).").format(
            path=info.path, size=f"{info.size / 1_000_000:.1f}".replace(".", ",")))

    # -- check -----------------------------------------------------------------------

    def _check(self) -> None:
        path = ask_backup_file(self, self.tr("Vælg sikkerhedskopien, der skal kontrolleres"))
        if path is None:
            return
        password = ask_password(self, self.tr(
            "Skriv din adgangskode for at åbne sikkerhedskopien:"))
        if password is None:
            return
        self._busy(self.tr("Kontrollerer sikkerhedskopien …"))
        backup_ops.check_backup(self.gui.runner, path, self.gui.session.user.username,
                                password, self._checked, self._failed)

    def _checked(self, info: backup_ops.BackupInfo) -> None:
        self._idle(self.tr("Sikkerhedskopien er i orden: lavet {when}, og den kan "
                           "gendannes.").format(when=format_datetime(info.created_at)))

    # -- restore ---------------------------------------------------------------------

    def _restore(self) -> None:
        path = ask_backup_file(self, self.tr("Vælg sikkerhedskopien, der skal gendannes"))
        if path is None:
            return
        password = ask_password(self, self.tr(
            "Skriv din adgangskode for at åbne sikkerhedskopien:"))
        if password is None:
            return
        self._busy(self.tr("Kontrollerer sikkerhedskopien …"))
        backup_ops.check_backup(self.gui.runner, path, self.gui.session.user.username,
                                password,
                                lambda info: self._ask_restore(path, password, info),
                                self._failed)

    def _ask_restore(self, path: Path, password: str, info: backup_ops.BackupInfo) -> None:
        when = format_datetime(info.created_at)
        self._idle(self.tr("Sikkerhedskopien fra {when} er i orden.").format(when=when))
        other = bool(info.device_id) and info.device_id.replace("-", "") != \
            str(self.gui.session.device_id).replace("-", "")
        question = self.tr(
            "Alt i programmet bliver erstattet af sikkerhedskopien fra {when}. Det, der er "
            "skrevet siden, findes kun i det, der erstattes; det gemmes under et navn med "
            "dato i datamappen. Du bliver logget ud, og du logger ind igen bagefter."
            ).format(when=when)
        if other:
            question += "\n\n" + self.tr(
                "Sikkerhedskopien er lavet af en anden installation. Gendannes den, bliver "
                "denne installation en kopi af den anden.")
        if not confirm_restore(self, question):
            self._idle(self.tr("Intet er gendannet."))
            return
        self.request_restore(backup_ops.RestoreRequest(
            path, self.gui.session.user.username, password, other, when))

    # -- shared ----------------------------------------------------------------------

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, total))
        if text:
            self.status.setText(text)

    def _busy(self, text: str) -> None:
        for button in self.buttons:
            button.setEnabled(False)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self.status.setText(text)

    def _idle(self, text: str) -> None:
        for button in self.buttons:
            button.setEnabled(True)
        self.progress_bar.setVisible(False)
        self.status.setProperty("role", "muted")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._idle(user_message(exc))
        self.status.setProperty("role", "error")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
