"""Oversigt: the logged-in user's day at a glance.

Her children with their latest position and days since the last observation, goals
due within 30 days, the next meeting and visit, absences, unsaved drafts and, for
consultants, the homes due for supervision. Everything is read on the database worker.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from ...domain.enums import ChildStatus, UserRole
from ..context import GuiContext
from ..formatting import LOCAL_TZ, format_date, weekday_name
from ..operations import overview as overview_ops
from ..operations.overview import OverviewData
from ..operations.runner import user_message
from ..widgets.text import card, clear_layout, label, page_title, section_title
from . import overview_sections as sections
from .base import ScrollPage
from ..domain_labels import label as domain_label

MY_CHILDREN_TITLE = {
    UserRole.CHILDMINDER: QT_TRANSLATE_NOOP("OverviewPage", "Børn i din dagpleje"),
    UserRole.CONSULTANT: QT_TRANSLATE_NOOP("OverviewPage", "Børn du arbejder med"),
    UserRole.OFFICE: QT_TRANSLATE_NOOP("OverviewPage", "Indskrevne børn"),
}


def greeting(hour: int) -> str:
    if hour < 10:
        return QCoreApplication.translate("OverviewPage", "God morgen")
    if hour < 17:
        return QCoreApplication.translate("OverviewPage", "Goddag")
    return QCoreApplication.translate("OverviewPage", "God aften")


class OverviewPage(ScrollPage):
    title = "Oversigt"
    open_child_requested = Signal(uuid.UUID)
    resume_draft_requested = Signal(uuid.UUID)
    show_children_requested = Signal()  # "Se alle børn" under a long list
    show_sync_requested = Signal()  # "Gå til Synkronisering" on the "Kom i gang" panel
    loaded = Signal()

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(gui, parent)
        self.loading = False
        self.data: OverviewData | None = None
        self.heading = page_title("")
        self.heading.setObjectName("greeting")
        self.today_label = label("", "muted")
        self.status_label = label(self.tr("Henter oversigten …"), "muted",
                                  object_name="overviewStatus")
        self.body.addWidget(self.heading)
        self.body.addWidget(self.today_label)
        self.body.addWidget(self.status_label)
        columns = QGridLayout()
        columns.setHorizontalSpacing(14)
        columns.setColumnStretch(0, 3)
        columns.setColumnStretch(1, 2)
        self.left, self.right = QVBoxLayout(), QVBoxLayout()
        for column, layout in enumerate((self.left, self.right)):
            layout.setSpacing(14)
            columns.addLayout(layout, 0, column)
        # The user's own day first; the counts for the whole organisation below it,
        # in the same two columns.
        self.facts_left, self.facts_right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(self.facts_left, 1, 0)
        columns.addLayout(self.facts_right, 1, 1)
        columns.setVerticalSpacing(14)
        self.body.addLayout(columns)

    def activate(self) -> None:
        session = self.gui.session
        now = session.now().astimezone(LOCAL_TZ)
        self.heading.setText(self.tr("{greeting}, {name}").format(
            greeting=greeting(now.hour), name=session.user.display_name))
        self.today_label.setText(self.tr("I dag er det {weekday} den {date}.").format(
            weekday=weekday_name(now.date()), date=format_date(now.date())))
        if self.loading:
            return
        self.loading = True
        overview_ops.load_overview(self.gui.runner, session, self._arrived, self._failed)

    def _arrived(self, data: OverviewData) -> None:
        self.loading = False
        self.data = data
        self.status_label.setVisible(False)
        self._show_facts(data.info)
        self._show_board(data)
        self.loaded.emit()

    def _hide_first_day(self) -> None:
        overview_ops.hide_first_day(self.gui.runner, self.gui.session,
                                    lambda _: self.activate(), self._failed)

    def draft(self, draft_id: uuid.UUID):
        """The listed draft with this id (the main window resumes it), or None."""
        if self.data is None:
            return None
        return next((d for d in self.data.board.drafts if d.id == draft_id), None)

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.status_label.setText(self.tr("Oversigten kunne ikke hentes. ") + user_message(exc))
        self.status_label.setVisible(True)

    def _show_facts(self, info: overview_ops.OverviewInfo) -> None:
        clear_layout(self.facts_left)
        clear_layout(self.facts_right)
        children, children_layout = card()
        children_layout.addWidget(section_title(self.tr("Børn")))
        if info.total_children == 0:
            children_layout.addWidget(label(self.tr("Der er endnu ingen børn registreret."),
                                            "muted"))
        for status in ChildStatus:
            count = info.children_by_status.get(status, 0)
            if count:
                children_layout.addWidget(label(f"{domain_label(status)}: {count}"))
        homes, homes_layout = card()
        homes_layout.addWidget(section_title(self.tr("Dagplejehjem")))
        homes_layout.addWidget(label(self.tr("{n} dagplejehjem").format(n=info.homes)))
        homes_layout.addWidget(label(self.tr("{places} pladser, {free} ledige i dag").format(
            places=info.places, free=info.free_places)))
        self.facts_left.addWidget(children)
        self.facts_right.addWidget(homes)

    def _show_board(self, data: OverviewData) -> None:
        clear_layout(self.left)
        clear_layout(self.right)
        board = data.board
        title = self.tr(MY_CHILDREN_TITLE.get(self.gui.session.user.role, "Dine børn"))
        open_child = self.open_child_requested.emit
        steps = data.first_day
        if steps is not None and not steps.hidden:
            self.left.addWidget(sections.first_day_card(steps, self.show_sync_requested.emit,
                                                        self._hide_first_day))
        self.left.addWidget(sections.children_card(title, board.children, open_child,
                                                   self.show_children_requested.emit))
        if board.transitions:
            self.left.addWidget(sections.transitions_card(board.transitions, open_child))
        self.left.addWidget(sections.goals_card(board.goals_due, open_child))
        no_visit = self.tr("Intet planlagt besøg er sendt til din computer. Kontoret har de "
                           "seneste tilsyn.") \
            if self.gui.session.user.role == UserRole.CHILDMINDER else ""
        self.right.addWidget(sections.upcoming_card(board.next_meeting, board.next_visit,
                                                    no_visit))
        if board.drafts:
            self.right.addWidget(sections.drafts_card(board.drafts,
                                                      self.resume_draft_requested.emit))
        self.right.addWidget(sections.absences_card(board.absences))
        if data.supervision is not None:
            self.right.addWidget(sections.supervision_card(data.supervision))
        # A stretch below the cards, not a top alignment: aligned, a card gets the height
        # its wrapping titles ask for at their narrowest and shows empty lines around them.
        self.left.addStretch(1)
        self.right.addStretch(1)
