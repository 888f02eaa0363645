"""Pakker: making and reading package files on the database worker, with progress.

``TransferCard`` holds "Indlæs pakke …", the progress bar with "Annuller" and the result
of the last transfer. The page hands it exports (for the chosen device) and dropped files.
A package that would delete a large share of the records asks first and is read again
only when the person says yes; every refusal is shown in Danish and changes nothing.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from ... import APP_SLUG
from ...sync.errors import AlreadyImported, LargeDeleteNeedsConfirmation, OperationCancelled
from ..context import GuiContext
from ..dialogs.pdf_preview_viewer import BusyBar
from ..operations import sync as sync_ops
from ..operations.runner import user_message
from ..widgets.pdf_saver import documents_folder
from ..widgets.text import label, section_title
from .sync_sections import ResultPanel

PACKAGE_SUFFIX = ".dgsync"
FOLDER_KEY = "sync/folder"  # QSettings: the folder last used for a package or a card


def last_folder() -> Path:
    """The folder the person last chose a package or card in (else Dokumenter)."""
    stored = QSettings("Dagpleje", APP_SLUG).value(FOLDER_KEY, "")
    folder = Path(str(stored)) if stored else None
    return folder if folder is not None and folder.is_dir() else documents_folder()


def remember_folder(path: Path) -> None:
    QSettings("Dagpleje", APP_SLUG).setValue(FOLDER_KEY, str(Path(path).parent))


class TransferCard(QFrame):
    imported = Signal(object)      # ImportReport
    exported = Signal(object)      # ExportResult
    busy_changed = Signal(bool)

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.progress: sync_ops.SyncProgress | None = None
        self.question: QMessageBox | None = None
        self.finished_count = 0  # transfers ended (done, refused or cancelled)
        self.last_export = None  # ExportResult of the last package made here
        self.setObjectName("transferCard")
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(10)
        layout.addWidget(section_title(self.tr("Pakker")))
        row = QHBoxLayout()
        row.setSpacing(14)
        self.import_button = QPushButton(self.tr("Indlæs pakke …"))
        self.import_button.setObjectName("importPackage")
        self.import_button.setProperty("role", "primary")
        self.import_button.setToolTip(self.tr("Vælg en pakkefil fra en anden enhed"))
        row.addWidget(self.import_button)
        row.addWidget(label(self.tr("… eller træk pakkefilen (.dgsync) hen på denne side. "
                                    "Pakker til andre enheder laver du under Parrede "
                                    "enheder."), "muted"), 1)
        layout.addLayout(row)
        self.busy = BusyBar()
        layout.addWidget(self.busy)
        self.result = ResultPanel()
        layout.addWidget(self.result)
        self.import_button.clicked.connect(self.choose_package)
        self.busy.cancel_button.clicked.connect(self.cancel)

    @property
    def working(self) -> bool:
        return self.progress is not None

    # -- progress ----------------------------------------------------------------------

    def _begin(self, text: str) -> sync_ops.SyncProgress:
        # no Qt parent: the worker may still emit on it while this page goes away; the
        # job keeps it alive and the runner frees it on the GUI thread
        self.progress = sync_ops.SyncProgress()
        self.progress.progressed.connect(self.busy.report)
        self.busy.start(text)
        self.import_button.setEnabled(False)
        self.busy_changed.emit(True)
        return self.progress

    def _end(self) -> None:
        self.progress = None
        self.busy.stop()
        self.import_button.setEnabled(True)
        self.finished_count += 1
        self.busy_changed.emit(False)

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()
            self.busy.cancel_button.setEnabled(False)
            self.busy.text.setText(self.tr("Annullerer …"))

    # -- export ------------------------------------------------------------------------

    def ask_export_path(self, device_name: str, suggested: str) -> Path | None:
        folder = last_folder()
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Gem pakke til {device}").format(device=device_name),
            str(folder / suggested), self.tr("Synkroniseringspakker (*.dgsync)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix != PACKAGE_SUFFIX:
            path = path.with_name(path.name + PACKAGE_SUFFIX)
        remember_folder(path)
        return path

    def start_export(self, device_id: uuid.UUID, device_name: str, path: Path) -> None:
        if self.working:
            return
        progress = self._begin(self.tr("Laver pakken til {device} …").format(device=device_name))
        sync_ops.export_package(self.gui.runner, self.gui.session, device_id, path, progress,
                                lambda result: self._exported(result, device_name),
                                self._export_failed)

    def _exported(self, result, device_name: str) -> None:
        self._end()
        self.last_export = result
        self.result.show_export(result, device_name)
        self.exported.emit(result)

    def _export_failed(self, exc: BaseException) -> None:
        self._end()
        if isinstance(exc, OperationCancelled):
            self.result.show_note(self.tr("Pakken blev ikke lavet"), user_message(exc))
        else:
            self.result.show_refusal(self.tr("Pakken kunne ikke laves"), user_message(exc))

    # -- import ------------------------------------------------------------------------

    def choose_package(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Vælg pakkefil"), str(last_folder()),
            self.tr("Synkroniseringspakker (*.dgsync);;Alle filer (*)"))
        if chosen:
            remember_folder(Path(chosen))
            self.start_import(Path(chosen))

    def start_import(self, path: Path, *, confirm_large_delete: bool = False) -> bool:
        """False when another transfer is running (the file is not read then)."""
        if self.working:
            self.result.show_note(self.tr("Vent et øjeblik"), self.tr(
                "En anden pakke er ved at blive behandlet. Prøv igen, når den er færdig."))
            return False
        progress = self._begin(self.tr("Indlæser {file} …").format(file=Path(path).name))
        sync_ops.import_package(self.gui.runner, self.gui.session, Path(path), progress,
                                self._imported, lambda exc: self._import_failed(path, exc),
                                confirm_large_delete=confirm_large_delete)
        return True

    def _imported(self, report) -> None:
        self._end()
        self.result.show_import(report)
        self.imported.emit(report)

    def _import_failed(self, path: Path, exc: BaseException) -> None:
        self._end()
        if isinstance(exc, LargeDeleteNeedsConfirmation):
            self._ask_large_delete(path, exc)
        elif isinstance(exc, AlreadyImported):  # nothing wrong: a calm note, not red
            self.result.show_note(self.tr("Pakken var allerede indlæst – intet at gøre"),
                                  self.tr("Alt i pakken er allerede på denne computer. Du "
                                          "behøver ikke gøre mere."))
        elif isinstance(exc, OperationCancelled):
            self.result.show_note(self.tr("Pakken blev ikke indlæst"), user_message(exc))
        else:
            self.result.show_refusal(self.tr("Pakken blev ikke indlæst"), user_message(exc))

    def _ask_large_delete(self, path: Path, exc: LargeDeleteNeedsConfirmation) -> None:
        box = QMessageBox(self)
        box.setObjectName("largeDeleteQuestion")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Mange sletninger"))
        box.setText(user_message(exc))
        box.setInformativeText(self.tr(
            "Det sker fx, når børn er flyttet til et andet dagplejehjem. Er du i tvivl, så "
            "spørg afsenderen, før du indlæser pakken."))
        go = box.addButton(self.tr("Indlæs og slet"), QMessageBox.ButtonRole.DestructiveRole)
        stop = box.addButton(self.tr("Indlæs ikke"), QMessageBox.ButtonRole.RejectRole)
        go.setObjectName("confirmLargeDelete")
        stop.setObjectName("cancelLargeDelete")
        box.setDefaultButton(stop)

        def answered(_result: int) -> None:
            confirmed = box.clickedButton() is go
            box.deleteLater()
            self.question = None
            if confirmed:
                self.start_import(path, confirm_large_delete=True)
            else:
                self.result.show_note(self.tr("Pakken blev ikke indlæst"),
                                      self.tr("Intet er ændret. Du kan indlæse pakken senere."))
        box.finished.connect(answered)
        self.question = box
        box.open()
