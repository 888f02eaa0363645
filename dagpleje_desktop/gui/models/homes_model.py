"""Childminder homes with their places: a small list, loaded whole."""

from __future__ import annotations

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            Qt)

from ..operations.homes import HomeInfo
from ..domain_labels import label

COLUMNS = (QT_TRANSLATE_NOOP("HomesTableModel", "Navn"),
           QT_TRANSLATE_NOOP("HomesTableModel", "Type"),
           QT_TRANSLATE_NOOP("HomesTableModel", "Pladser"),
           QT_TRANSLATE_NOOP("HomesTableModel", "Optaget"),
           QT_TRANSLATE_NOOP("HomesTableModel", "Ledige"),
           QT_TRANSLATE_NOOP("HomesTableModel", "Dagplejer"),
           QT_TRANSLATE_NOOP("HomesTableModel", "Adresse"))
NAME, KIND, PLACES, TAKEN, FREE, CHILDMINDER, ADDRESS = range(len(COLUMNS))
NUMERIC = {PLACES, TAKEN, FREE}
SORT_ROLE = Qt.ItemDataRole.UserRole


def _address(home: HomeInfo) -> str:
    town = f"{home.postal_code} {home.city}".strip()
    return ", ".join(part for part in (home.address, town) if part)


class HomesTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._homes: list[HomeInfo] = []

    def set_homes(self, homes: list[HomeInfo]) -> None:
        self.beginResetModel()
        self._homes = list(homes)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._homes)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("HomesTableModel", COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        home, column = self._homes[index.row()], index.column()
        values = (home.name, label(home.kind), home.places, home.taken, home.free,
                  home.childminder_name, _address(home))
        value = values[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == SORT_ROLE:
            return value if column in NUMERIC else str(value)  # CollatingProxy orders text
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column not in NUMERIC:
            # The whole text even when a narrow column cuts it off.
            if column == NAME and home.adaptations:
                return f"{home.name}\nTilpasninger: {home.adaptations}"
            return str(value) or None
        return None
