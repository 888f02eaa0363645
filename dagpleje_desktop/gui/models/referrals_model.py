"""Referrals as table rows: received, child, referrer, places, status, next step (a short
list, loaded whole)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.enums import ReferralStatus
from ..operations.referrals import ReferralInfo
from ..domain_labels import label
from ..messages import service_text
from ..style import MUTED
from ..widgets.when_fields import short_date

RECEIVED, CHILD, REFERRER, PLACES, STATUS, NEXT_STEP = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CLOSED = QColor(MUTED)  # 5.8:1 on white (was #8a959e, 3.1:1)
STATUS_COLOURS = {ReferralStatus.RECEIVED: QColor("#8a4b00"),
                  ReferralStatus.IN_VISITATION: QColor("#2f6f9f"),
                  ReferralStatus.GRANTED: QColor("#2e7d32")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferralsTableModel", text)


def places_text(referral: ReferralInfo) -> str:
    if referral.granted_places:
        return _tr("{n} bevilget").format(n=referral.granted_places)
    return _tr("{n} ønsket").format(n=referral.requested_places)


class ReferralsTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ReferralInfo] = []
        self._columns = (_tr("Modtaget"), _tr("Barn"), _tr("Indstillet af"), _tr("Pladser"),
                         _tr("Status"), _tr("Næste skridt"))

    def set_referrals(self, found: list[ReferralInfo]) -> None:
        self.beginResetModel()
        self._rows = list(found)
        self.endResetModel()

    def referral(self, row: int) -> ReferralInfo:
        return self._rows[row]

    def row_of(self, referral_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == referral_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        referral, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (short_date(referral.received_on), referral.child_name,
                      label(referral.referrer_type), places_text(referral),
                      label(referral.status), service_text(referral.progress.next_step))
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return referral.referrer if column == REFERRER else self.data(index)
        if role == ID_ROLE:
            return str(referral.id)
        if role == SORT_ROLE:
            if column == RECEIVED:
                return referral.received_on.toordinal()
            return str(self.data(index))  # CollatingProxy orders text
        if role == Qt.ItemDataRole.ForegroundRole:
            if referral.status in (ReferralStatus.REJECTED, ReferralStatus.WITHDRAWN):
                return QBrush(CLOSED)
            if column == STATUS:
                return QBrush(STATUS_COLOURS[referral.status])
        return None
