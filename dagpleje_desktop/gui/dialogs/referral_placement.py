"""Find et mini-dagplejehjem og indskriv barnet: the suggested homes (room for the granted
places from the start date, best-matching adaptations first) and the other mini homes
below them. Choosing a home without room is refused by the service; its message names
the home, its places and what is taken, and shows here in red."""

from __future__ import annotations

import uuid
from datetime import timedelta
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem,
                               QWidget)

from ..context import GuiContext
from ..operations import referrals as referral_ops
from ..operations.referrals import PlacementHomes, ReferralInfo
from ..operations.runner import user_message
from ..style import MUTED
from ..widgets.text import label
from ..widgets.when_fields import date_edit
from .office_form import OfficeDialog

ID_ROLE = Qt.ItemDataRole.UserRole
NO_ROOM = QColor(MUTED)  # 5.8:1 on white (was #8a959e, 3.1:1)
MATCH = QColor("#2e7d32")
START_AFTER = timedelta(days=14)


class PlacementDialog(OfficeDialog):
    """Emits ``done(PlacementInfo)``."""

    def __init__(self, gui: GuiContext, referral: ReferralInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(gui, self.tr("Find dagplejehjem og indskriv"), self.tr(
            "{child} tæller for {places} pladser. Hjem med plads fra startdatoen står øverst, "
            "dem hvis indretning passer bedst til barnets behov først.").format(
                child=referral.child_name, places=referral.granted_places),
            parent=parent, min_width=860)
        self.referral = referral
        self._wanted_day = None
        self.start = date_edit(gui.session.today() + START_AFTER)
        self.start.setMaximumWidth(160)
        self.add_row(self.tr("Start i dagplejen"), self.start, name="placementStart")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("homeSuggestions")
        self.table.setAccessibleName(self.tr("Mini-dagplejehjem"))
        self.table.setHorizontalHeaderLabels([self.tr("Dagplejehjem"), self.tr("Ledige"),
                                              self.tr("Passer til behov"),
                                              self.tr("Indretning")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setMinimumHeight(200)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.summary = label("", "muted", object_name="suggestionSummary")
        self.body.addWidget(self.summary)
        self.body.addWidget(self.table, 1)
        self.add_inputs(self.table)
        self.finish(self.tr("Indskriv barnet"), "placeButton")
        self.start.dateChanged.connect(lambda _: self.reload())
        self.table.itemSelectionChanged.connect(self.refresh_state)
        self.reload()

    def reload(self) -> None:
        """Read the homes for the start date; the table keeps the last ones meanwhile."""
        day = self.start.value()
        if day is None:
            return  # the date field says why it cannot read the date
        self._wanted_day = day
        referral_ops.load_placement_homes(self.gui.runner, self.gui.session, self.referral.id,
                                          day, self._homes_arrived, self._homes_failed)

    def _homes_failed(self, exc: BaseException) -> None:
        self.show_error(user_message(exc))

    def _homes_arrived(self, homes: PlacementHomes) -> None:
        if homes.day != self._wanted_day:
            return  # the start date was changed again meanwhile
        suggested, every = homes.suggested, homes.every
        with_room = {s.home_id for s in suggested}
        rows = [(s.home_id, s.home_name, s.free, s.places, ", ".join(s.matched),
                 s.adaptations, True) for s in suggested]
        rows += [(h.home_id, h.home_name, h.free, h.places, "", h.adaptations, False)
                 for h in every if h.home_id not in with_room]
        self.table.setRowCount(len(rows))
        for row, (home_id, name, free, places, matched, adaptations, room) in enumerate(rows):
            free_text = self.tr("{free} af {places}").format(free=free, places=places)
            if not room:
                free_text += self.tr(" – ikke plads")
            values = (name, free_text, matched, " ".join(adaptations.split()))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, str(home_id))
                if column == 3:
                    item.setToolTip(adaptations)
                if not room:
                    item.setForeground(QBrush(NO_ROOM))
                elif column == 2:
                    item.setForeground(QBrush(MATCH))
                self.table.setItem(row, column, item)
        if suggested:
            self.table.selectRow(0)
            self.summary.setText(self.tr("{n} af {total} mini-dagplejehjem har plads til "
                                         "{child} fra startdatoen.").format(
                n=len(suggested), total=len(rows), child=self.referral.child_name))
        else:
            self.table.clearSelection()
            self.summary.setText(self.tr("Intet mini-dagplejehjem har plads til {places} "
                                         "pladser fra startdatoen. Vælg en senere startdato, "
                                         "eller tag sagen op på visitationsudvalgets næste "
                                         "møde.").format(places=self.referral.granted_places))
        self.refresh_state()

    def selected_home_id(self) -> uuid.UUID | None:
        row = self.table.currentRow()
        if row < 0 or not self.table.selectionModel().hasSelection():
            return None
        return uuid.UUID(self.table.item(row, 0).data(ID_ROLE))

    def select_home(self, name: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == name:
                self.table.selectRow(row)
                return
        raise LookupError(name)

    def refresh_state(self) -> None:
        if hasattr(self, "action_button"):
            self.action_button.setEnabled(self.selected_home_id() is not None)

    def submit(self):
        home_id = self.selected_home_id()
        day, session, referral_id = self.start.checked_value(), self.gui.session, \
            self.referral.id
        return partial(referral_ops.place_granted_child, self.gui.runner, session, referral_id,
                       home_id, day)
