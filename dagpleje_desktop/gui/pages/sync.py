"""Synkronisering: this device, paired devices, package files, and conflicts to settle.

Every service call runs on the database worker (gui/operations/sync.py); the page only
shows what comes back. ``conflicts_counted`` feeds the badge on the navigation entry and
``data_imported`` tells the window that records may have changed everywhere.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView,
                               QMessageBox, QPushButton, QTableView, QWidget)

from ...domain.enums import UserRole
from ..context import GuiContext
from ..dialogs.conflict_merge import ConflictMergeDialog
from ..dialogs.pairing import PairingDialog
from ..messages import service_text
from ..models.sync_devices_model import NAME, SyncDevicesModel
from ..operations import devices as device_ops
from ..operations import sync as sync_ops
from ..operations import sync_counts
from ..operations.devices import DeviceInfo
from ..operations.runner import user_message
from ..widgets.text import label, page_title
from .base import ScrollPage
from .sync_conflicts import ConflictList
from .sync_duplicates import ask_merge
from .sync_sections import ThisDeviceCard, section_card
from .sync_transfer import TransferCard, last_folder, remember_folder

CARD_SUFFIX = ".dgcard"
TABLE_ROWS_SHOWN = 5  # the table grows to this many rows before it scrolls
COLUMN_AIR = 16
NAME_WIDTH_MAX = 300  # longer names are cut off; the tooltip has them whole


class SyncPage(ScrollPage):
    title = "Synkronisering"
    conflicts_counted = Signal(int)
    data_imported = Signal(object)   # ImportReport
    conflicts_resolved = Signal()
    children_merged = Signal(object, object)  # kept child id, merged (gone) child id
    unsent_counted = Signal(object)  # UnsentChanges: what the office has not got yet

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(gui, parent)
        self.overview: sync_ops.SyncOverview | None = None
        self.loads = 0  # finished loads, so tests and callers can wait for fresh data
        self.pairing_dialog: PairingDialog | None = None
        self.merge_dialog: ConflictMergeDialog | None = None
        self.question: QMessageBox | None = None
        self._resolving = False
        self._select_next: uuid.UUID | None = None  # a device just paired
        self.setAcceptDrops(True)
        self.body.addWidget(page_title(self.tr("Synkronisering")))
        self.body.addWidget(label(self.tr(
            "Computerne udveksler data med krypterede pakkefiler på USB-nøgle eller sikker "
            "e-mail. En pakke kan kun åbnes af den enhed, den er lavet til."), "muted"))
        self.unsent_label = label("", object_name="unsentChanges", selectable=True)
        self.unsent_label.setStyleSheet("font-weight: 600;")
        self.unsent_label.setVisible(False)
        self.body.addWidget(self.unsent_label)
        self.this_device = ThisDeviceCard()
        self.body.addWidget(self.this_device)
        self.body.addWidget(self._make_devices_card())
        self.transfer = TransferCard(gui)
        self.body.addWidget(self.transfer)
        self.conflicts_card, conflicts_layout = section_card(self.tr("Konflikter"))
        self.conflicts_title = conflicts_layout.itemAt(0).widget()
        self.conflicts_feedback = label("", "muted", object_name="conflictsFeedback",
                                        selectable=True)
        self.conflicts_feedback.setVisible(False)
        conflicts_layout.addWidget(self.conflicts_feedback)
        self.conflicts = ConflictList()
        conflicts_layout.addWidget(self.conflicts)
        self.body.addWidget(self.conflicts_card)
        self.this_device.share_button.clicked.connect(self.share_card)
        self.transfer.imported.connect(self._imported)
        self.transfer.exported.connect(lambda _result: self.reload())
        self.transfer.busy_changed.connect(lambda _busy: self._update_buttons())
        self.conflicts.resolve_requested.connect(self.resolve)
        self.conflicts.merge_requested.connect(self.merge)

    @property
    def is_office(self) -> bool:
        return self.gui.session.user.role == UserRole.OFFICE

    # -- layout --------------------------------------------------------------------------

    def _make_devices_card(self) -> QWidget:
        frame, layout = section_card(self.tr("Parrede enheder"))
        self.devices_model = SyncDevicesModel(self)
        self.table = QTableView()
        self.table.setObjectName("devicesTable")
        self.table.setAccessibleName(self.tr("Parrede enheder"))
        self.table.setModel(self.devices_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.no_devices = label(self.tr(
            "Ingen enheder er parret endnu. Få den anden enheds kort (en .dgcard-fil), og "
            "vælg »Par ny enhed …«."), "muted", object_name="noDevices")
        layout.addWidget(self.no_devices)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.pair_button = QPushButton(self.tr("Par ny enhed …"))
        self.pair_button.setObjectName("pairDevice")
        self.export_button = QPushButton(self.tr("Lav pakke til …"))
        self.export_button.setObjectName("exportPackage")
        self.export_button.setToolTip(self.tr("Lav en pakke med dine ændringer til den valgte "
                                              "enhed"))
        self.revoke_button = QPushButton(self.tr("Spær enhed"))
        self.revoke_button.setObjectName("revokeDevice")
        self.revoke_button.setToolTip(self.tr("En mistet eller udskiftet computer: dens pakker "
                                              "afvises fra nu af"))
        self.revoke_button.setVisible(self.is_office)
        for button in (self.pair_button, self.export_button, self.revoke_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.feedback = label("", "muted", object_name="syncFeedback", selectable=True)
        self.feedback.setVisible(False)
        layout.addWidget(self.feedback)
        self.pair_button.clicked.connect(self.pair_new_device)
        self.export_button.clicked.connect(self.export_to_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        return frame

    def _fit_table(self) -> None:
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        for column in range(self.devices_model.columnCount() - 1):
            width = self.table.columnWidth(column) + COLUMN_AIR
            self.table.setColumnWidth(column, min(width, NAME_WIDTH_MAX)
                                      if column == NAME else width)
        rows = min(self.devices_model.rowCount(), TABLE_ROWS_SHOWN)
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(rows))
        if self.table.horizontalHeader().length() > self.table.viewport().width():
            height += self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(height)

    # -- loading -------------------------------------------------------------------------

    def activate(self) -> None:
        self.conflicts.set_child_filter(None)  # the marker on a child's page sets it again
        self.reload()

    def reload(self) -> None:
        sync_ops.load_overview(self.gui.runner, self.gui.session, self._show_overview,
                               self._load_failed)

    def refresh_badge(self) -> None:
        sync_counts.count_conflicts(self.gui.runner, self.gui.session, self.conflicts_counted.emit)

    def _load_failed(self, exc: BaseException) -> None:
        self.loads += 1
        self._say(user_message(exc), error=True)

    def _show_overview(self, overview: sync_ops.SyncOverview) -> None:
        chosen = self.selected_device()
        self.overview = overview
        self.this_device.show_device(overview.me)
        self.devices_model.set_devices(overview.devices)
        has_devices = bool(overview.devices)
        self.table.setVisible(has_devices)
        self.no_devices.setVisible(not has_devices)
        if has_devices:
            self._fit_table()
            wanted = self._select_next or (chosen.id if chosen else overview.devices[0].id)
            self.select_device(wanted)
        self._select_next = None
        self.conflicts.set_conflicts(overview.conflicts)
        count = len(overview.conflicts)
        self.conflicts_title.setText(self.tr("Konflikter ({count})").format(count=count)
                                     if count else self.tr("Konflikter"))
        self._resolving = False
        self._show_unsent(overview.unsent)
        self._update_buttons()
        self.loads += 1
        self.conflicts_counted.emit(count)

    def _show_unsent(self, unsent) -> None:
        """"3 ændringer er ikke sendt til kontoret endnu" (in the attention colour)."""
        text = service_text(unsent.text()) if unsent is not None else ""
        self.unsent_label.setText(text)
        self.unsent_label.setStyleSheet("font-weight: 600; color: #8a4b00;"
                                        if unsent is not None and unsent.unsent
                                        else "font-weight: 600;")
        self.unsent_label.setVisible(bool(text))
        self.unsent_label.setToolTip(service_text(unsent.words) if unsent is not None else "")
        if unsent is not None:
            self.unsent_counted.emit(unsent)

    # -- devices -------------------------------------------------------------------------

    def selected_device(self) -> DeviceInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.devices_model.device_at(rows[0].row()) if rows else None

    def select_device(self, device_id: uuid.UUID) -> None:
        row = self.devices_model.row_of(device_id)
        if row < 0:
            row = 0
        self.table.selectRow(row)

    def _update_buttons(self) -> None:
        device = self.selected_device()
        usable = device is not None and not device.revoked
        working = self.transfer.working
        self.export_button.setEnabled(usable and not working)
        self.export_button.setText(self.tr("Lav pakke til {device} …").format(
            device=device.name) if usable else self.tr("Lav pakke til …"))
        self.revoke_button.setEnabled(usable and not working)
        self.pair_button.setEnabled(not working)
        self.conflicts.set_enabled(not working and not self._resolving)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.feedback.setProperty("role", "error" if error else "muted")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))

    def share_card(self) -> None:
        me = self.overview.me if self.overview else None
        suggested = f"enhedskort-{str(me.id)[:8]}{CARD_SUFFIX}" if me else f"enhedskort{CARD_SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Gem enhedskort"),
                                                str(last_folder() / suggested),
                                                self.tr("Enhedskort (*.dgcard)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix != CARD_SUFFIX:
            path = path.with_name(path.name + CARD_SUFFIX)
        remember_folder(path)
        device_ops.write_card(self.gui.runner, self.gui.session, path, self._card_saved,
                              lambda exc: self._say(user_message(exc), error=True))

    def _card_saved(self, path) -> None:
        self._say(self.tr("Enhedskortet er gemt som {path}. Giv det til den anden enhed, fx på "
                          "USB-nøgle, og læs fingeraftrykket op, når I parrer.").format(path=path))

    def pair_new_device(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Vælg den anden enheds kort"), str(last_folder()),
            self.tr("Enhedskort (*.dgcard);;Alle filer (*)"))
        if not chosen:
            return
        remember_folder(Path(chosen))
        choose_home = self.gui.session.user.role in (UserRole.OFFICE, UserRole.CONSULTANT)
        device_ops.read_card(self.gui.runner, self.gui.session, Path(chosen),
                             choose_home=choose_home, on_done=self._card_read,
                             on_error=lambda exc: self._say(user_message(exc), error=True))

    def _card_read(self, to_pair: device_ops.CardToPair) -> None:
        dialog = PairingDialog(to_pair.card, to_pair.homes, self)
        dialog.accepted.connect(lambda: self._pair(to_pair, dialog.home_id))
        self.pairing_dialog = dialog
        dialog.open()

    def _pair(self, to_pair: device_ops.CardToPair, home_id: uuid.UUID | None) -> None:
        device_ops.pair_device(self.gui.runner, self.gui.session, to_pair.path, home_id,
                               self._paired,
                               lambda exc: self._say(user_message(exc), error=True))

    def _paired(self, device: DeviceInfo) -> None:
        where = self.tr(" Den bruges i {home}.").format(home=device.home_name) \
            if device.home_name else ""
        self._say(self.tr("{device} er parret. Nu kan I sende pakker til hinanden.").format(
            device=device.name) + where)
        self._select_next = device.id
        self.reload()

    def revoke_selected(self) -> None:
        device = self.selected_device()
        if device is None or device.revoked or not self.is_office:
            return
        box = QMessageBox(self)
        box.setObjectName("revokeQuestion")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Spær enhed"))
        box.setText(self.tr("Vil du spærre {device}?").format(device=device.name))
        box.setInformativeText(self.tr(
            "Pakker fra enheden afvises fra nu af, og der kan ikke laves pakker til den. "
            "Det kan ikke fortrydes: en fundet computer skal installeres forfra og parres "
            "igen."))
        yes = box.addButton(self.tr("Spær enheden"), QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(self.tr("Annuller"), QMessageBox.ButtonRole.RejectRole)
        yes.setObjectName("confirmRevoke")
        no.setObjectName("cancelRevoke")
        box.setDefaultButton(no)

        def answered(_result: int) -> None:
            confirmed = box.clickedButton() is yes
            box.deleteLater()
            self.question = None
            if confirmed:
                device_ops.revoke_device(self.gui.runner, self.gui.session, device.id,
                                         self._revoked,
                                         lambda exc: self._say(user_message(exc), error=True))
        box.finished.connect(answered)
        self.question = box
        box.open()

    def _revoked(self, device: DeviceInfo) -> None:
        self._say(self.tr("{device} er spærret. Dens pakker afvises fra nu af.").format(
            device=device.name))
        self.reload()

    # -- packages ------------------------------------------------------------------------

    def export_to_selected(self) -> None:
        device = self.selected_device()
        if device is None or device.revoked or self.transfer.working:
            return
        sync_ops.suggested_filename(
            self.gui.runner, self.gui.session, device.id,
            lambda name: self._export(device, name),
            lambda exc: self.transfer.result.show_refusal(self.tr("Pakken kunne ikke laves"),
                                                          user_message(exc)))

    def _export(self, device: DeviceInfo, suggested: str) -> None:
        path = self.transfer.ask_export_path(device.name, suggested)
        if path is not None:
            self.transfer.start_export(device.id, device.name, path)

    def import_package(self, path: Path) -> bool:
        return self.transfer.start_import(Path(path))

    def _imported(self, report) -> None:
        self.reload()
        self.data_imported.emit(report)

    @staticmethod
    def _local_files(event) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._local_files(event) and not self.transfer.working:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        files = self._local_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_package(files[0])
        self.scroll_area.ensureWidgetVisible(self.transfer)

    # -- conflicts -----------------------------------------------------------------------

    def show_conflicts_for(self, child_id: uuid.UUID | None) -> None:
        """From the marker on a child's page: only that child's conflicts, in view."""
        self.conflicts.set_child_filter(child_id)
        self.scroll_area.ensureWidgetVisible(self.conflicts_card, 0, 0)

    def resolve(self, conflict, choice: str) -> None:
        if self._resolving:
            return
        if conflict.duplicate and choice in ("local", "remote"):
            self._confirm_merge(conflict, choice)
            return
        self._start_resolving(conflict, choice)

    def _start_resolving(self, conflict, choice: str) -> None:
        self._resolving = True
        self.conflicts.set_enabled(False)
        done = self._resolved
        if conflict.duplicate:
            done = lambda info: self._duplicate_settled(conflict, choice, info)  # noqa: E731
        sync_ops.resolve_conflict(self.gui.runner, self.gui.session, conflict.id, choice, None,
                                  done, self._resolve_failed)

    def _confirm_merge(self, conflict, choice: str) -> None:
        """Merging two records cannot be undone: say what moves, and ask."""
        def answered(confirmed: bool) -> None:
            self.question = None
            if confirmed and not self._resolving:
                self._start_resolving(conflict, choice)
        self.question = ask_merge(self, conflict, choice, answered)

    def _duplicate_settled(self, conflict, choice: str, info) -> None:
        here, arrived = conflict.duplicate
        if choice == "kept_apart":
            text = self.tr("»{a}« og »{b}« er noteret som to forskellige børn. Begge "
                           "beholdes.").format(a=here.name, b=arrived.name)
        else:
            keep, gone = (here, arrived) if choice == "local" else (arrived, here)
            text = self.tr("Registreringerne er lagt sammen: alt om barnet er nu samlet hos "
                           "»{keep}«. Sammenlægningen sendes med de næste pakker.").format(
                               keep=keep.name)
            self.children_merged.emit(keep.child_id, gone.child_id)
        self.conflicts_feedback.setText(text)
        self.conflicts_feedback.setVisible(True)
        self._resolved(info)

    def merge(self, conflict) -> None:
        dialog = ConflictMergeDialog(self.gui, conflict, self)
        dialog.resolved.connect(self._resolved)
        self.merge_dialog = dialog
        dialog.open()

    def _resolved(self, _info) -> None:
        self.reload()
        self.conflicts_resolved.emit()

    def _resolve_failed(self, exc: BaseException) -> None:
        self._resolving = False
        self._update_buttons()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Konflikten blev ikke løst"),
                          user_message(exc), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("resolveFailed")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.question = box
        box.open()
