"""A sorting proxy that puts text in the interface language's alphabetical order.

Qt's own proxy compares strings by their code points (Å before Æ, "Zoë" after "Åse" only
by luck); this one asks the collator (formatting.collator), and compares numbers,
dates and other values as Qt does.

Each column's sort keys are made once (one ``data()`` call and one collation key per
row) and kept until the source model changes: a comparison is then two list look-ups,
where asking the model and the collator in every comparison made sorting 8,500 meetings
take ~50 ms.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ..formatting import collator

_SOURCE_CHANGES = ("modelAboutToBeReset", "modelReset", "layoutAboutToBeChanged",
                   "layoutChanged", "rowsAboutToBeInserted", "rowsInserted",
                   "rowsAboutToBeRemoved", "rowsRemoved", "rowsMoved", "dataChanged")


def _key(value):
    """Strings by collation key, numbers by value, anything else as Qt compares it (None:
    no key, the comparison goes to Qt)."""
    if isinstance(value, str):
        return (2, collator().sortKey(value))
    if value is None:
        return (0, 0)
    if isinstance(value, (int, float)):  # bool is an int
        return (1, value)
    return None


class CollatingProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._keys: dict[tuple[int, int], list] = {}

    def setSourceModel(self, model) -> None:  # noqa: N802 - Qt's name
        old = self.sourceModel()
        if old is not None:
            for signal in _SOURCE_CHANGES:
                getattr(old, signal).disconnect(self._forget_keys)
        if model is not None:
            # Before the proxy's own connections, so the keys are gone before it sorts again.
            for signal in _SOURCE_CHANGES:
                getattr(model, signal).connect(self._forget_keys)
        super().setSourceModel(model)

    def _forget_keys(self, *_args) -> None:
        self._keys.clear()

    def _column_keys(self, column: int, role: int) -> list:
        keys = self._keys.get((column, role))
        if keys is None:
            source = self.sourceModel()
            keys = [_key(source.index(row, column).data(role))
                    for row in range(source.rowCount())]
            self._keys[(column, role)] = keys
        return keys

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,  # noqa: N802 - Qt's name
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        keys = self._column_keys(left.column(), self.sortRole())
        first, second = keys[left.row()], keys[right.row()]
        if first is None or second is None or first[0] != second[0] or first[0] == 0:
            return super().lessThan(left, right)
        return first[1] < second[1]
