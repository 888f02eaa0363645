"""Møder: the consultant's meetings, the children's goals and plans, and supervision.

Three tabs (Møder, Mål og handleplaner, Tilsyn og hjemmebesøg); opening a meeting shows
it in the same place with its three steps, like a child's page under Børn.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedLayout, QTabWidget, QVBoxLayout, QWidget

from ..context import GuiContext
from ..dialogs.goal_edit import GoalDialog
from ..dialogs.meeting_plan import MeetingDraft, PlanMeetingDialog
from ..operations import meetings as meeting_ops
from ..operations.meetings import ChildSummary
from ..operations.runner import guarded
from ..widgets.feedback import show_error_box
from ..widgets.text import page_title
from .base import Page
from .meetings_goals import GoalsView
from .meetings_list import MeetingListView
from .meetings_workspace import MeetingWorkspace
from .visits import VisitsView

MEETINGS_TAB, GOALS_TAB, VISITS_TAB = range(3)


class MeetingsPage(Page):
    title = "Møder"
    changed = Signal()  # meetings or visits changed (the calendar may be stale)

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(gui, parent)
        self.plan_dialog: PlanMeetingDialog | None = None
        self.overview = QWidget()
        layout = QVBoxLayout(self.overview)
        layout.setContentsMargins(24, 26, 24, 20)
        layout.setSpacing(6)
        layout.addWidget(page_title(self.tr("Møder")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.tabs.setDocumentMode(True)
        self.list_view = MeetingListView(gui)
        self.goals_view = GoalsView(gui)
        self.visits_view = VisitsView(gui)
        self.tabs.addTab(self.list_view, self.tr("Møder"))
        self.tabs.addTab(self.goals_view, self.tr("Mål og handleplaner"))
        self.tabs.addTab(self.visits_view, self.tr("Tilsyn og hjemmebesøg"))
        layout.addWidget(self.tabs, 1)
        self._workspace: MeetingWorkspace | None = None  # made when a meeting is first opened
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.overview)

        self.list_view.open_requested.connect(self.open_meeting)
        self.list_view.plan_requested.connect(lambda: self.plan_meeting())
        self.visits_view.changed.connect(self.changed)
        self.tabs.currentChanged.connect(lambda _: self._load_tab())

    @property
    def workspace(self) -> MeetingWorkspace:
        """The meeting's three steps: built on first use, as most visits only list meetings."""
        if self._workspace is None:
            self._workspace = MeetingWorkspace(self.gui)
            self.stack.addWidget(self._workspace)
            self._workspace.back_requested.connect(self.show_list)
            self._workspace.opened.connect(self._meeting_opened)
            self._workspace.changed.connect(self._meeting_changed)
            self._workspace.plan_next_requested.connect(self.plan_meeting)
        return self._workspace

    def keep_unsaved_work(self) -> None:
        if self._workspace is not None:
            self._workspace.holding.store_draft(now=True)
            self._workspace.conclusion.keep_unsaved_work()
        for dialog in self.findChildren(GoalDialog):  # an open goal dialog's typing too
            dialog.keep_unsaved_work()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Navigating away: what was typed is stored as drafts at once."""
        if not self.gui.runner.closed and self._workspace is not None:
            # at close keep_unsaved_work stores it
            self._workspace.holding.store_draft()
            self._workspace.conclusion.store_draft()
        super().hideEvent(event)

    def activate(self) -> None:
        meeting_ops.load_children(self.gui.runner, self.gui.session,
                                  guarded(self, self._children_arrived),
                                  guarded(self, lambda exc: show_error_box(
                                      self, exc, self.tr("Kunne ikke vise siden"))))

    def _children_arrived(self, found: list[ChildSummary]) -> None:
        self.list_view.set_children(found)
        self.goals_view.set_children(found)
        self._load_tab()

    def _load_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index == MEETINGS_TAB:
            self.list_view.reload()
        elif index == GOALS_TAB:
            self.goals_view.reload()
        else:
            self.visits_view.reload()

    def show_tab(self, index: int) -> None:
        self.show_list()
        self.tabs.setCurrentIndex(index)

    def show_list(self) -> None:
        if self._workspace is not None:
            self._workspace.forget_pending()
        self.stack.setCurrentWidget(self.overview)
        self.list_view.table.setFocus()

    @property
    def showing_meeting(self) -> bool:
        return self._workspace is not None and self.stack.currentWidget() is self._workspace

    def open_meeting(self, meeting_id: uuid.UUID) -> None:
        """The meeting is shown once it is read; the list stays until then."""
        self.workspace.show_meeting(meeting_id)

    def _meeting_opened(self) -> None:
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.back_button.setFocus()

    def _meeting_changed(self) -> None:
        self.list_view.reload()
        self.changed.emit()

    def plan_meeting(self, draft: MeetingDraft | None = None, *,
                     day: date | None = None) -> PlanMeetingDialog:
        """Open "Planlæg møde"; the new meeting is selected in the list when saved."""
        if draft is None:
            draft = MeetingDraft(day=day, child_id=self.list_view.child_id())
        self.plan_dialog = PlanMeetingDialog(self.gui, draft, parent=self)
        self.plan_dialog.planned.connect(self._planned)
        self.plan_dialog.open()
        return self.plan_dialog

    def _planned(self, detail) -> None:
        self.changed.emit()
        if self.showing_meeting:
            self.workspace.conclusion.next_planned(detail)
            return
        self.list_view.reload(select=detail.summary.id)
