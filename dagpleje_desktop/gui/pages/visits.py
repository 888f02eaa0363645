"""Tilsyn og hjemmebesøg: the once-a-month rule per mini home, and the visits made.

Shown as a tab of Møder: visits are the consultant's appointments like her meetings,
and the calendar shows the same due dates.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.enums import UserRole, VisitKind
from ..context import GuiContext
from ..dialogs.visit_record import VisitDialog
from ..domain_labels import label as domain_label
from ..operations import visits as visit_ops
from ..operations.runner import user_message
from ..operations.visits import OVERDUE_AFTER_DAYS, SupervisionStatus, VisitInfo, VisitsOverview
from ..widgets.pdf_saver import PdfSaver
from ..widgets.text import label, section_title
from ..widgets.when_fields import local, short_date, typed_datetime

RECENT_DAYS = 183
ID_ROLE = Qt.ItemDataRole.UserRole
MARKER_COLOURS = {  # status: (text colour, row colour)
    "overdue": ("#b3261e", "#fdecea"),
    "due": ("#8a6d00", "#fff6d6"),
    "ok": ("#2e7d32", ""),
}
WARNING_STYLE = ("QFrame#supervisionWarning { background: #fdecea; border: 1px solid #e6b0ab;"
                 " border-left: 5px solid #c62828; border-radius: 4px; }"
                 " QFrame#supervisionWarning QLabel { background: transparent; color: #7a1c16; }")
OFFICE_KNOWS_STYLE = ("QFrame#officeKnows { background: #eef4f9; border: 1px solid #c8d8e6;"
                      " border-radius: 4px; } QFrame#officeKnows QLabel { background: transparent; }")


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class VisitsView(QWidget):
    changed = Signal()  # a visit was recorded (the calendar may want to refresh)

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.statuses: list[SupervisionStatus] = []
        self.recent: list[VisitInfo] = []
        self.dialog: VisitDialog | None = None
        self._loads = 0   # started loads; an older result is dropped
        self.loaded = 0   # finished loads, so callers and tests can wait for fresh data
        # A mini-childminder's laptop holds only the visits to her own home that the
        # office sent: no alarm about what only the office can know, no visits to record.
        self.childminder = gui.session.user.role == UserRole.CHILDMINDER
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)

        self.warning = QFrame()
        self.warning.setObjectName("supervisionWarning")
        self.warning.setStyleSheet(WARNING_STYLE)
        warning_layout = QVBoxLayout(self.warning)
        warning_layout.setContentsMargins(14, 10, 14, 10)
        self.warning_text = label("", object_name="supervisionWarningText")
        self.warning_text.setStyleSheet("font-weight: 600;")
        warning_layout.addWidget(self.warning_text)
        layout.addWidget(self.warning)
        self.office_knows = QFrame()
        self.office_knows.setObjectName("officeKnows")
        self.office_knows.setStyleSheet(OFFICE_KNOWS_STYLE)
        knows_layout = QVBoxLayout(self.office_knows)
        knows_layout.setContentsMargins(14, 10, 14, 10)
        self.office_knows_text = label(self.tr(
            "Kontoret har de seneste tilsyn. Her ser du de besøg i dit hjem – planlagte og "
            "holdte – som kontoret har sendt til din computer med sine pakker. Konsulentens "
            "egne noter bliver på kontoret."), object_name="officeKnowsText")
        knows_layout.addWidget(self.office_knows_text)
        self.office_knows.setVisible(self.childminder)
        layout.addWidget(self.office_knows)

        top = QHBoxLayout()
        heading = section_title(self.tr("Tilsyn – mindst én gang om måneden"))
        top.addWidget(heading, 1)  # wraps beside the buttons when the text is large
        self.supervise_button = QPushButton(self.tr("Registrér tilsyn …"))
        self.supervise_button.setObjectName("recordSupervision")
        self.supervise_button.setProperty("role", "primary")
        self.home_visit_button = QPushButton(self.tr("Registrér hjemmebesøg …"))
        self.home_visit_button.setObjectName("recordHomeVisit")
        top.addWidget(self.home_visit_button)
        top.addWidget(self.supervise_button)
        layout.addLayout(top)
        self.rule_text = label(self.tr(
            "Hvert mini-dagplejehjem skal have tilsyn mindst én gang om måneden. Rød: mere end "
            "{days} dage siden sidste tilsyn. Gul: tilsynet forfalder snart.").format(
                days=OVERDUE_AFTER_DAYS), "muted")
        layout.addWidget(self.rule_text)
        self.homes_table = _table([self.tr("Status"), self.tr("Dagplejehjem"),
                                   self.tr("Seneste tilsyn"), self.tr("Dage siden")],
                                  "supervisionTable")
        self.homes_table.setAccessibleName(self.tr("Tilsyn pr. dagplejehjem"))
        self.homes_table.setMaximumHeight(230)
        layout.addWidget(self.homes_table)

        recent_row = QHBoxLayout()
        recent_heading = section_title(self.tr("Besøg i dit hjem") if self.childminder
                                       else self.tr("Seneste besøg"))
        recent_heading.setWordWrap(False)
        recent_row.addWidget(recent_heading)
        recent_row.addStretch(1)
        self.print_button = QPushButton(self.tr("Udskriv besøgsrapport …"))
        self.print_button.setObjectName("printVisit")
        recent_row.addWidget(self.print_button)
        layout.addLayout(recent_row)
        self.visits_table = _table([self.tr("Tidspunkt"), self.tr("Type"), self.tr("Hvor"),
                                    self.tr("Konsulent"), self.tr("Opfølgning"),
                                    self.tr("Noter")], "visitsTable")
        self.visits_table.setAccessibleName(self.tr("Seneste besøg"))
        layout.addWidget(self.visits_table, 1)
        if self.childminder:  # her day: the visits to her home, not the office's work
            heading.setVisible(False)
            for widget in (self.supervise_button, self.home_visit_button, self.rule_text,
                           self.homes_table, self.print_button):
                widget.setVisible(False)
            self.visits_table.setHorizontalHeaderLabels([
                self.tr("Tidspunkt"), self.tr("Type"), self.tr("Hvor"), self.tr("Konsulent"),
                self.tr("Opfølgning"), self.tr("Status")])
            self.visits_table.setAccessibleName(self.tr("Besøg i dit hjem"))
        self.feedback = label("", "muted", object_name="visitsFeedback")
        self.feedback.setVisible(False)
        layout.addWidget(self.feedback)
        self.saver = PdfSaver(self, gui.runner, self.feedback)

        self.supervise_button.clicked.connect(lambda: self.record(VisitKind.SUPERVISION))
        self.home_visit_button.clicked.connect(lambda: self.record(VisitKind.HOME))
        self.homes_table.doubleClicked.connect(lambda _: self.record(VisitKind.SUPERVISION))
        self.visits_table.itemSelectionChanged.connect(self._update_buttons)
        self.print_button.clicked.connect(self._print)

    # -- loading ----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the homes' status and the visits; the tables keep what they show meanwhile."""
        self._loads += 1
        number = self._loads
        visit_ops.load_overview(self.gui.runner, self.gui.session, recent_days=RECENT_DAYS,
                                own_home=self.childminder,
                                on_done=lambda found: self._arrived(number, found),
                                on_error=lambda exc: self._failed(number, exc))

    def _arrived(self, number: int, overview: VisitsOverview) -> None:
        if number != self._loads:
            return  # a newer load is on its way
        self.statuses, self.recent = list(overview.statuses), list(overview.recent)
        self._show_statuses()
        self._show_recent(overview.child_names)
        self._update_buttons()
        self.loaded += 1

    def _failed(self, number: int, exc: BaseException) -> None:
        if number == self._loads:
            self.warning_text.setText(user_message(exc))
            self.warning.setVisible(True)

    @staticmethod
    def marker(status: SupervisionStatus) -> str:
        if status.overdue:
            return "overdue"
        return "due" if status.due else "ok"

    def marker_word(self, marker: str) -> str:
        return {"overdue": self.tr("Overskredet"), "due": self.tr("Forfalder snart"),
                "ok": self.tr("I orden")}[marker]

    def _show_statuses(self) -> None:
        overdue = [s for s in self.statuses if s.overdue]
        if overdue:
            names = ", ".join(self._overdue_text(s) for s in overdue)
            self.warning_text.setText(self.tr("Tilsyn er overskredet i {n} dagplejehjem: "
                                              "{names}.").format(n=len(overdue), names=names))
        self.warning.setVisible(bool(overdue))
        table = self.homes_table
        table.setRowCount(len(self.statuses))
        for row, status in enumerate(self.statuses):
            marker = self.marker(status)
            colour, background = MARKER_COLOURS[marker]
            values = ("● " + self.marker_word(marker), status.home_name,
                      short_date(status.last_visit) if status.last_visit else self.tr("Aldrig"),
                      str(status.days_since) if status.days_since is not None else "–")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, str(status.home_id))
                if background:
                    item.setBackground(QBrush(QColor(background)))
                if column == 0:
                    item.setForeground(QBrush(QColor(colour)))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        if self.statuses and table.currentRow() < 0:
            table.selectRow(0)

    def _overdue_text(self, status: SupervisionStatus) -> str:
        if status.days_since is None:
            return self.tr("{home} (aldrig besøgt)").format(home=status.home_name)
        return self.tr("{home} ({days} dage siden)").format(home=status.home_name,
                                                           days=status.days_since)

    def _show_recent(self, names: dict) -> None:
        table = self.visits_table
        table.setRowCount(len(self.recent))
        for row, visit in enumerate(self.recent):
            where = visit.home_name if visit.kind == VisitKind.SUPERVISION else \
                self.tr("Familien til {name}").format(name=names.get(visit.child_id, "?"))
            open_tasks = sum(1 for f in visit.follow_ups if f.is_open)
            tasks = (self.tr("1 åben") if open_tasks == 1 else
                     self.tr("{n} åbne").format(n=open_tasks)) if open_tasks else \
                (self.tr("Alle udført") if visit.follow_ups else "")
            notes = " ".join(visit.notes.split())
            if self.childminder:  # no notes reach her laptop: say whether it is still to come
                notes = self.tr("Planlagt") if visit.visited_at > self.gui.session.now() \
                    else self.tr("Holdt")
            values = (f"{local(visit.visited_at):%d-%m-%Y %H.%M}", domain_label(visit.kind), where,
                      visit.consultant_name or self.tr("Ikke oplyst"), tasks, notes)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, str(visit.id))
                if column == 5:
                    item.setToolTip(visit.notes)
                table.setItem(row, column, item)

    def _update_buttons(self) -> None:
        self.print_button.setEnabled(self.visits_table.currentRow() >= 0)

    # -- actions ----------------------------------------------------------------------

    def selected_home_id(self) -> uuid.UUID | None:
        row = self.homes_table.currentRow()
        if row < 0:
            return None
        return uuid.UUID(self.homes_table.item(row, 0).data(ID_ROLE))

    def record(self, kind: VisitKind, home_id: uuid.UUID | None = None) -> VisitDialog:
        if kind == VisitKind.SUPERVISION and home_id is None:
            home_id = self.selected_home_id()
        self.dialog = VisitDialog(self.gui, kind, home_id=home_id, parent=self)
        self.dialog.recorded.connect(self._recorded)
        self.dialog.open()
        return self.dialog

    def _recorded(self, visit: VisitInfo) -> None:
        self.feedback.setProperty("role", "muted")
        self.feedback.setText(self.tr("{kind} registreret {when}.").format(
            kind=domain_label(visit.kind), when=typed_datetime(visit.visited_at)))
        self.feedback.setVisible(True)
        self.reload()
        self.changed.emit()

    def _print(self) -> None:
        row = self.visits_table.currentRow()
        if row < 0:
            return
        visit_id = uuid.UUID(self.visits_table.item(row, 0).data(ID_ROLE))
        day = local(self.recent[row].visited_at).date()
        self.saver.save(self.tr("Gem besøgsrapport som PDF"), f"tilsyn-{day:%Y-%m-%d}.pdf",
                        visit_ops.supervision_report(self.gui.session, visit_id))
