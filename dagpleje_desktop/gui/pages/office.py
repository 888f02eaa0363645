"""Visitation: the office's and the consultants' work with referrals and the visitation
committee, childminders' absences and guest care, and courses.

Three tabs on one page (Ctrl+9) rather than spread over Dagplejehjem and Møder: the
office works through them together (a grant needs a home with room, an absence needs
guest homes with room), and the pages others are building stay as they are. A mini-
childminder sees only her own absences and courses; the committee is not her work.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...domain.enums import UserRole
from ..context import GuiContext
from ..widgets.text import page_title
from .base import Page
from .office_absences import AbsencesView
from .office_courses import CoursesView
from .office_referrals import ReferralsView
from .office_retention import RetentionView


class OfficePage(Page):
    title = "Visitation"
    changed = Signal()  # absences, guest care, meetings or courses changed (calendar)
    open_child_requested = Signal(object)  # a referral's child, double-clicked

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(gui, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 16)
        layout.setSpacing(4)
        layout.addWidget(page_title(self.tr("Fravær, gæstepleje og forløb")
                                    if gui.session.user.role == UserRole.CHILDMINDER
                                    else self.tr("Visitation, fravær og forløb")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("officeTabs")
        self.tabs.setDocumentMode(True)
        self.referrals_view: ReferralsView | None = None
        if gui.session.user.role != UserRole.CHILDMINDER:
            self.referrals_view = ReferralsView(gui)
            self.tabs.addTab(self.referrals_view, self.tr("Visitationssager"))
            self.referrals_view.panel.changed.connect(lambda _: self.changed.emit())
            self.referrals_view.open_child_requested.connect(self.open_child_requested)
        self.absences_view = AbsencesView(gui)
        self.courses_view = CoursesView(gui)
        self.tabs.addTab(self.absences_view, self.tr("Fravær og gæstepleje"))
        self.tabs.addTab(self.courses_view, self.tr("Forløb"))
        self.retention_view: RetentionView | None = None
        if gui.session.user.role == UserRole.OFFICE:
            self.retention_view = RetentionView(gui)
            self.tabs.addTab(self.retention_view, self.tr("Sletning efter opbevaringsfrist"))
            self.retention_view.changed.connect(self.changed)
        layout.addWidget(self.tabs, 1)
        self.absences_view.changed.connect(self.changed)
        self.courses_view.changed.connect(self.changed)
        self.tabs.currentChanged.connect(lambda _: self.activate())

    def activate(self) -> None:
        """Reload the tab that shows (the others load when they are chosen)."""
        view = self.tabs.currentWidget()
        if view is not None:
            view.reload()

    def show_tab(self, view: QWidget) -> None:
        self.tabs.setCurrentWidget(view)
