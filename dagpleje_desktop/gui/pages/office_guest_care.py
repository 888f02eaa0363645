"""The children an absence affects and guest care for each: ordinary homes with room on
every day of the period (nearest first), a warning that the child's special needs cannot
be met the same way there, booking, and the taskeseddel for the guest childminder."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.enums import UserRole
from ..context import GuiContext
from ..dialogs.pdf_preview import show_preview
from ..domain_labels import label as domain_label
from ..operations import guest_care as guest_care_ops
from ..operations.absences import AbsenceInfo
from ..operations.guest_care import (AbsenceChildren, AffectedChild, ChildProposals,
                                     GuestCareInput, needs_warning)
from ..operations.runner import user_message
from ..messages import service_text
from ..printing import DocumentKind, DocumentRequest, file_name_part
from ..widgets.text import label, section_title
from ..widgets.when_fields import short_date
from .office_referrals import small_table

ID_ROLE = Qt.ItemDataRole.UserRole
WARNING_STYLE = ("QFrame#needsWarning { background: #fff6d6; border: 1px solid #e8d48a;"
                 " border-left: 5px solid #f9a825; border-radius: 4px; }"
                 " QFrame#needsWarning QLabel { background: transparent; color: #5c4700; }")


def period_text(start, end) -> str:
    return f"{short_date(start)} – {short_date(end)}"


class GuestCarePanel(QWidget):
    changed = Signal()  # guest care was booked or cancelled (calendars may be stale)

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.absence: AbsenceInfo | None = None
        self.wanted: AbsenceInfo | None = None  # the absence last asked for
        self.affected: list[AffectedChild] = []
        self.proposals: dict[uuid.UUID, ChildProposals] = {}
        self.preview = None
        self.loaded = 0  # absences shown with their children, so tests can wait for them
        self.can_propose = gui.session.user.role != UserRole.CHILDMINDER
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        heading = section_title(self.tr("Berørte børn"))
        layout.addWidget(heading)
        self.summary = label("", "muted", object_name="absenceSummary")
        layout.addWidget(self.summary)
        self.children_list = QListWidget()
        self.children_list.setObjectName("affectedChildren")
        self.children_list.setAccessibleName(self.tr("Berørte børn"))
        self.children_list.setFixedHeight(80)
        self.children_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.children_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.children_list)

        self.warning = QFrame()
        self.warning.setObjectName("needsWarning")
        self.warning.setStyleSheet(WARNING_STYLE)
        warning_layout = QVBoxLayout(self.warning)
        warning_layout.setContentsMargins(12, 8, 12, 8)
        self.warning_text = label("", object_name="needsWarningText")
        warning_layout.addWidget(self.warning_text)
        layout.addWidget(self.warning)

        self.proposal_heading = label(self.tr("Forslag til gæstehjem (plads alle dage, "
                                              "nærmeste først)"), "fieldLabel")
        layout.addWidget(self.proposal_heading)
        self.homes_table = small_table(
            [self.tr("Gæstehjem"), self.tr("Ledige pladser"), self.tr("Afstand"),
             self.tr("Adresse")], "guestHomes", self.tr("Forslag til gæstehjem"))
        layout.addWidget(self.homes_table, 1)
        self.booked = label("", object_name="bookedText")
        layout.addWidget(self.booked)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Udskriv taskeseddel …"))
        self.print_button.setObjectName("printGuestSheet")
        self.cancel_button = QPushButton(self.tr("Aflys gæsteplejen"))
        self.cancel_button.setObjectName("cancelGuestCare")
        self.book_button = QPushButton(self.tr("Book gæstepleje"))
        self.book_button.setObjectName("bookGuestCare")
        self.book_button.setProperty("role", "primary")
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.book_button)
        layout.addLayout(buttons)
        self.feedback = label("", "muted", object_name="guestCareFeedback", selectable=True)
        self.feedback.setVisible(False)
        layout.addWidget(self.feedback)
        for widget in (self.proposal_heading, self.homes_table, self.book_button):
            widget.setVisible(self.can_propose)
        if not self.can_propose:  # the office proposes guest homes; keep the rest at the top
            layout.addStretch(1)
        self.cancel_button.setVisible(False)

        self.children_list.currentRowChanged.connect(lambda _: self._show_child())
        self.homes_table.itemSelectionChanged.connect(self._update_buttons)
        self.book_button.clicked.connect(self.book)
        self.cancel_button.clicked.connect(self.cancel)
        self.print_button.clicked.connect(self.print_sheet)
        self.show_absence(None)

    # -- loading -----------------------------------------------------------------------

    def show_absence(self, absence: AbsenceInfo | None, child_id: uuid.UUID | None = None) -> None:
        """Show the absence once its children are read; the panel keeps the last one
        until then (an absence chosen meanwhile wins)."""
        self.wanted = absence
        if absence is None:
            self._show(None, AbsenceChildren(None, (), {}), child_id)
            return
        guest_care_ops.load_absence_children(
            self.gui.runner, self.gui.session, absence.id, with_proposals=self.can_propose,
            on_done=lambda found: self._arrived(absence, found, child_id),
            on_error=lambda exc: self._failed_load(absence, exc))

    def _arrived(self, absence: AbsenceInfo, found: AbsenceChildren,
                 child_id: uuid.UUID | None) -> None:
        if absence is self.wanted:
            self._show(absence, found, child_id)

    def _failed_load(self, absence: AbsenceInfo, exc: BaseException) -> None:
        if absence is self.wanted:
            self.say(user_message(exc), error=True)

    def _show(self, absence: AbsenceInfo | None, found: AbsenceChildren,
              child_id: uuid.UUID | None) -> None:
        if absence is None or self.absence is None or absence.id != self.absence.id:
            self.feedback.setVisible(False)
        self.absence = absence
        self.affected, self.proposals = list(found.affected), dict(found.proposals)
        if absence is None:
            self.summary.setText(self.tr("Vælg et fravær for at se de børn, det berører."))
        elif not self.affected:
            self.summary.setText(self.tr("{home}, {reason} {period}: ingen børn er indskrevet "
                                         "i perioden.").format(
                home=absence.home_name, reason=domain_label(absence.reason).lower(),
                period=period_text(absence.starts_on, absence.ends_on)))
        else:
            self.summary.setText(self.tr("{home}, {reason} {period}: {n} børn skal passes "
                                         "andetsteds.").format(
                home=absence.home_name, reason=domain_label(absence.reason).lower(),
                period=period_text(absence.starts_on, absence.ends_on), n=len(self.affected)))
        if absence is not None and absence.note:
            self.summary.setText(self.summary.text() + "\n" + self.tr("Bemærkning: {note}")
                                 .format(note=" ".join(absence.note.split())))
        self.children_list.blockSignals(True)
        self.children_list.clear()
        for child in self.affected:
            item = QListWidgetItem(self._child_line(child))
            item.setData(ID_ROLE, str(child.child_id))
            item.setToolTip(item.text())
            self.children_list.addItem(item)
        self.children_list.blockSignals(False)
        wanted = next((i for i, c in enumerate(self.affected) if c.child_id == child_id), 0)
        self.children_list.setCurrentRow(wanted if self.affected else -1)
        self._show_child()
        self.loaded += 1

    def _child_line(self, child: AffectedChild) -> str:
        """Name and where the child goes; the days only when they are not the whole absence
        (a placement that starts or ends inside it)."""
        where = (self.tr("gæstepleje hos {home}").format(
            home=", ".join(g.guest_home_name for g in child.guest_care))
            if child.guest_care else self.tr("mangler gæstepleje"))
        parts = [child.child_name, where]
        if (child.starts_on, child.ends_on) != (self.absence.starts_on, self.absence.ends_on):
            parts.insert(1, period_text(child.starts_on, child.ends_on))
        return " · ".join(parts)

    def current_child(self) -> AffectedChild | None:
        row = self.children_list.currentRow()
        return self.affected[row] if 0 <= row < len(self.affected) else None

    def _show_child(self) -> None:
        child = self.current_child()
        proposal = self.proposals.get(child.child_id) if child else None
        self.warning.setVisible(child is not None)
        if child is not None:
            text = service_text(proposal.warning if proposal
                                else needs_warning(child.child_name))
            if child.special_needs:
                text += "\n" + self.tr("Særlige behov: {needs}").format(needs=child.special_needs)
            self.warning_text.setText(text)
        homes = proposal.homes if proposal else []
        self.homes_table.setColumnHidden(2, all(h.distance_km is None for h in homes))
        self.homes_table.setRowCount(len(homes))
        for row, home in enumerate(homes):
            distance = "" if home.distance_km is None else \
                f"{home.distance_km:.1f} km".replace(".", ",")
            for column, value in enumerate((home.home_name, str(home.free_places), distance,
                                            home.address)):
                cell = QTableWidgetItem(value)
                cell.setData(ID_ROLE, str(home.home_id))
                self.homes_table.setItem(row, column, cell)
        if child is not None and self.can_propose and not homes:
            self.proposal_heading.setText(self.tr("Intet almindeligt dagplejehjem har plads "
                                                  "alle dage i perioden."))
        else:
            self.proposal_heading.setText(self.tr("Forslag til gæstehjem (plads alle dage, "
                                                  "nærmeste først)"))
        booked = child.guest_care if child else []
        self.booked.setText("\n".join(
            self.tr("Booket: gæstepleje hos {home} {period}").format(
                home=g.guest_home_name, period=period_text(g.starts_on, g.ends_on))
            for g in booked))
        self.booked.setVisible(bool(booked))
        self.cancel_button.setVisible(bool(booked) and self.can_propose)
        if homes and not booked:
            self.homes_table.selectRow(0)
        else:
            self.homes_table.clearSelection()
        self._update_buttons()

    def _update_buttons(self) -> None:
        child = self.current_child()
        self.print_button.setEnabled(child is not None)
        self.book_button.setEnabled(child is not None and not child.guest_care
                                    and self.selected_home_id() is not None)

    def selected_home_id(self) -> uuid.UUID | None:
        rows = self.homes_table.selectionModel().selectedRows()
        return uuid.UUID(self.homes_table.item(rows[0].row(), 0).data(ID_ROLE)) if rows else None

    def select_home(self, name: str) -> None:
        row = next(r for r in range(self.homes_table.rowCount())
                   if self.homes_table.item(r, 0).text() == name)
        self.homes_table.selectRow(row)

    def proposed_home_names(self) -> list[str]:
        return [self.homes_table.item(r, 0).text() for r in range(self.homes_table.rowCount())]

    def say(self, text: str, *, error: bool = False) -> None:
        self.feedback.setProperty("role", "error" if error else "muted")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))

    # -- actions -----------------------------------------------------------------------

    def book(self) -> None:
        child, home_id = self.current_child(), self.selected_home_id()
        if child is None or home_id is None or self.absence is None:
            return
        data = GuestCareInput(self.absence.id, child.child_id, home_id)
        self.book_button.setEnabled(False)
        guest_care_ops.book_guest_care(self.gui.runner, self.gui.session, data, self._booked,
                                       self._failed)

    def _booked(self, info) -> None:
        self.show_absence(self.absence, info.child_id)
        self.say(self.tr("{child} er booket i gæstepleje hos {home} {period}. Giv "
                         "gæstedagplejeren taskesedlen.").format(
            child=info.child_name, home=info.guest_home_name,
            period=period_text(info.starts_on, info.ends_on)))
        self.changed.emit()

    def cancel(self) -> None:
        child = self.current_child()
        if child is None or not child.guest_care:
            return
        guest_care_ops.cancel_guest_care(self.gui.runner, self.gui.session,
                                         child.guest_care[0].id,
                                         lambda _: self._cancelled(child), self._failed)

    def _cancelled(self, child: AffectedChild) -> None:
        self.show_absence(self.absence, child.child_id)
        self.say(self.tr("Gæsteplejen for {child} er aflyst.").format(child=child.child_name))
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.say(user_message(exc), error=True)
        self._update_buttons()

    def print_sheet(self):
        child = self.current_child()
        if child is None:
            return None
        request = DocumentRequest(
            DocumentKind.GUEST_SHEET, child_id=child.child_id,
            title=self.tr("Taskeseddel – {child}").format(child=child.child_name),
            file_name=f"taskeseddel-{file_name_part(child.child_name)}")
        self.preview = show_preview(self.gui, request, self.window())
        return self.preview
