"""Paired devices for the Synkronisering page: a short list, loaded whole."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication

from ..operations.devices import DeviceInfo
from ..domain_labels import label
from ..formatting import LOCAL_TZ, format_datetime, format_short_date, format_time
from ..style import ERROR, MUTED

NAME, ROLE, HOME, FINGERPRINT, LAST_IN, LAST_OUT, STATE = range(7)
DEVICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncDevicesModel", text)


def column_titles() -> tuple[str, ...]:
    return (_tr("Enhed og ejer"), _tr("Rolle"), _tr("Dagplejehjem"), _tr("Fingeraftryk"),
            _tr("Sidste pakke\nind"), _tr("Sidste pakke\nud"), _tr("Status"))


def name_and_owner(device: DeviceInfo) -> str:
    """Installations name their device after the owner ("Hanne Sørensen (Konsulent)"),
    so the owner is added only when the name does not already say it."""
    if device.owner and device.owner not in device.name:
        return f"{device.name} – {device.owner}"
    return device.name


def two_lines(fingerprint: str) -> str:
    """Six groups as two rows of three: a narrow column, still easy to read aloud."""
    groups = fingerprint.split()
    half = (len(groups) + 1) // 2
    return " ".join(groups[:half]) + "\n" + " ".join(groups[half:])


def short_moment(value) -> str:
    """Two short lines for a narrow column: "23. nov. 2026" and "kl. 14.30"."""
    if value is None:
        return _tr("Endnu ingen")
    local = value.astimezone(LOCAL_TZ) if value.tzinfo else value
    return format_short_date(local.date()) + "\n" + \
        _tr("kl. {time}").format(time=format_time(local))


def _full_moment(value) -> str:
    return format_datetime(value) if value is not None else _tr("Endnu ingen")


def state_text(device: DeviceInfo) -> str:
    return _tr("Spærret") if device.revoked else _tr("Parret")


class SyncDevicesModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._devices: list[DeviceInfo] = []
        self._titles = column_titles()

    def set_devices(self, devices: list[DeviceInfo]) -> None:
        self.beginResetModel()
        self._devices = list(devices)
        self.endResetModel()

    def device_at(self, row: int) -> DeviceInfo | None:
        return self._devices[row] if 0 <= row < len(self._devices) else None

    def row_of(self, device_id: uuid.UUID) -> int:
        return next((row for row, d in enumerate(self._devices) if d.id == device_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._devices)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation,  # noqa: N802 - Qt override
                   role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        device, column = self._devices[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (name_and_owner(device), label(device.role), device.home_name,
                    two_lines(device.fingerprint), short_moment(device.last_in_at),
                    short_moment(device.last_out_at), state_text(device))[column]
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text when a column cuts it off
            return (name_and_owner(device), label(device.role), device.home_name or None,
                    device.fingerprint, _full_moment(device.last_in_at),
                    _full_moment(device.last_out_at), state_text(device))[column]
        if role == DEVICE_ID_ROLE:
            return device.id
        if role == Qt.ItemDataRole.ForegroundRole and device.revoked:
            return QColor(ERROR) if column == STATE else QColor(MUTED)
        if role == Qt.ItemDataRole.FontRole and column == FINGERPRINT:
            font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            font.setPointSizeF(QGuiApplication.font().pointSizeF())  # as big as the rest
            return font
        return None
