"""Photos and documents on the observation form: chosen now, stored when the form is saved.

Files are checked against the service's rules (size, type) the moment they are chosen,
so a too-big photo is refused with the service's own Danish message while the user is
still at the form. Removing an attachment that is already stored also waits for "Gem".
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from shiboken6 import isValid
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from ..operations.observations import AttachmentInfo, check_attachment
from ..operations.runner import OperationRunner, user_message

@dataclass(frozen=True)
class NewFile:
    path: str
    name: str
    content: bytes


def describe_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{size / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def read_checked(path: str) -> NewFile:
    """Read a chosen file, refusing it by the service's rules before reading a huge one."""
    file = Path(path)
    check_attachment(file.name, file.stat().st_size)
    content = file.read_bytes()
    check_attachment(file.name, len(content))  # it may have changed since stat()
    return NewFile(path, file.name, content)


class AttachmentList(QWidget):
    changed = Signal()

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.existing: dict[uuid.UUID, AttachmentInfo] = {}
        self.removed: list[uuid.UUID] = []
        self.new_files: dict[str, NewFile] = {}
        self.reading: list[str] = []  # paths being checked and read
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Bilag"))
        self.list.setMaximumHeight(86)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Vedhæft foto eller dokument …"))
        self.add_button.setAccessibleName(self.tr("Vedhæft foto eller dokument"))
        self.remove_button = QPushButton(self.tr("Fjern bilag"))
        self.remove_button.setAccessibleName(self.tr("Fjern det valgte bilag"))
        self.error = QLabel()
        self.error.setObjectName("attachmentError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Fejl ved bilag"))
        self.error.setVisible(False)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(buttons)
        column.addWidget(self.list)
        column.addWidget(self.error)
        self._refresh()

    # -- what the form saves --------------------------------------------------------------

    def new_file_paths(self) -> tuple[str, ...]:
        """Including files still being read, so an autosave meanwhile keeps them."""
        return tuple(self.new_files) + tuple(p for p in self.reading if p not in self.new_files)

    def removed_ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(self.removed)

    def set_existing(self, infos: list[AttachmentInfo], removed=()) -> None:
        self.existing = {a.id: a for a in infos}
        self.removed = [a for a in removed if a in self.existing]
        self._refresh()

    # -- adding and removing ---------------------------------------------------------------

    def choose_files(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Vælg foto eller dokument"),
                                                start, self.tr(
            "Billeder og dokumenter (*.png *.jpg *.jpeg *.gif *.webp *.heic *.pdf *.txt "
            "*.doc *.docx);;Alle filer (*)"))
        self.add_files(paths)

    def add_files(self, paths, *, resumed: bool = False) -> None:
        """Check and read the files off the GUI thread; refusals appear under the list."""
        self._show_error("")
        for path in paths:
            if path in self.new_files or path in self.reading:
                continue
            self.reading.append(path)
            self._runner.run_file(lambda p=path: read_checked(p), self._file_read,
                                  lambda exc, p=path: self._file_refused(p, exc, resumed))

    def _file_read(self, new_file: NewFile) -> None:
        if not isValid(self):  # the form was closed while the file was read
            return
        self.reading.remove(new_file.path)
        self.new_files[new_file.path] = new_file
        self._refresh(select=new_file.path)
        self.changed.emit()

    def _file_refused(self, path: str, exc: BaseException, resumed: bool) -> None:
        if not isValid(self):
            return
        self.reading.remove(path)
        name = Path(path).name
        if isinstance(exc, FileNotFoundError):
            text = self.tr("Filen »%1« findes ikke længere og er ikke vedhæftet.")
        elif isinstance(exc, OSError):
            text = self.tr("Filen »%1« kan ikke læses.")
        else:
            text = user_message(exc)
        self._show_error(text.replace("%1", name))
        if resumed:
            self.changed.emit()  # the draft no longer lists the file

    def remove_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(key, uuid.UUID):
            self.removed.append(key)
        else:
            self.new_files.pop(key, None)
        self._refresh()
        self.changed.emit()

    # -- display ------------------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _refresh(self, select: object = None) -> None:
        self.list.clear()
        rows = [(a.id, a.filename, a.size, "") for a in self.existing.values()
                if a.id not in self.removed]
        rows += [(f.path, f.name, len(f.content), self.tr(" – ny")) for f in self.new_files.values()]
        for key, name, size, note in rows:
            item = QListWidgetItem(f"{name}  ({describe_size(size)}){note}")
            item.setToolTip(self.tr("Gemmes sammen med observationen, når du trykker Gem.")
                            if note else name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
            if key == select:
                self.list.setCurrentItem(item)
        if not rows:
            placeholder = QListWidgetItem(self.tr("Ingen bilag."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        item = self.list.currentItem()
        self.remove_button.setEnabled(
            item is not None and item.data(Qt.ItemDataRole.UserRole) is not None)
