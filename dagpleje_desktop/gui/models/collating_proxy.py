"""A sorting proxy that puts text in the interface language's alphabetical order.

Qt's own proxy compares strings by their code points (Å before Æ, "Zoë" after "Åse" only
by luck); this one asks the collator (formatting.collator), and compares numbers,
dates and other values as Qt does.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ..formatting import collator


class CollatingProxy(QSortFilterProxyModel):
    def lessThan(self, left: QModelIndex | QPersistentModelIndex,  # noqa: N802 - Qt's name
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        role = self.sortRole()
        first, second = left.data(role), right.data(role)
        if isinstance(first, str) and isinstance(second, str):
            return collator().compare(first, second) < 0
        return super().lessThan(left, right)
