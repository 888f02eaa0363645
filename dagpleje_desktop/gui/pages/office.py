"""Visitation: the office's and the consultants' work with referrals and the visitation
committee, childminders' absences and guest care, and courses.

Three tabs on one page (Ctrl+9) rather than spread over Dagplejehjem and Møder: the
office works through them together (a grant needs a home with room, an absence needs
guest homes with room), and the pages others are building stay as they are. A mini-
childminder sees only her own absences and courses; the committee is not her work.
"""

from __future__ import annotations

from collections.abc import Callable

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


class _LazyTab(QWidget):
    """A tab whose view is built the first time it is shown or asked for: the page opens
    with only the tab the person sees (four views of tables and forms cost a visit)."""

    def __init__(self, make: Callable[[], QWidget]) -> None:
        super().__init__()
        self._make = make
        self.view: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.view is None:
            self.view = self._make()
            self._layout.addWidget(self.view)
        return self.view


class OfficePage(Page):
    title = "Visitation"
    changed = Signal()  # absences, guest care, meetings or courses changed (calendar)
    open_child_requested = Signal(object)  # a referral's child, double-clicked

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(gui, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 16)
        layout.setSpacing(4)
        role = gui.session.user.role
        layout.addWidget(page_title(self.tr("Fravær, gæstepleje og forløb")
                                    if role == UserRole.CHILDMINDER
                                    else self.tr("Visitation, fravær og forløb")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("officeTabs")
        self.tabs.setDocumentMode(True)
        self._referrals = self._absences = self._courses = self._retention = None
        if role != UserRole.CHILDMINDER:
            self._referrals = self._add_tab(self._make_referrals, self.tr("Visitationssager"))
        self._absences = self._add_tab(lambda: self._make_view(AbsencesView),
                                       self.tr("Fravær og gæstepleje"))
        self._courses = self._add_tab(lambda: self._make_view(CoursesView), self.tr("Forløb"))
        if role == UserRole.OFFICE:
            self._retention = self._add_tab(lambda: self._make_view(RetentionView),
                                            self.tr("Sletning efter opbevaringsfrist"))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _: self.activate())

    def _add_tab(self, make: Callable[[], QWidget], title: str) -> _LazyTab:
        holder = _LazyTab(make)
        self.tabs.addTab(holder, title)
        return holder

    def _make_referrals(self) -> ReferralsView:
        view = ReferralsView(self.gui)
        view.panel.changed.connect(lambda _: self.changed.emit())
        view.open_child_requested.connect(self.open_child_requested)
        return view

    def _make_view(self, view_class):
        """A tab whose changes the page passes on (absences, courses, retention)."""
        view = view_class(self.gui)
        view.changed.connect(self.changed)
        return view

    @property
    def referrals_view(self) -> ReferralsView | None:
        return self._referrals.ensure() if self._referrals else None

    @property
    def absences_view(self) -> AbsencesView:
        return self._absences.ensure()

    @property
    def courses_view(self) -> CoursesView:
        return self._courses.ensure()

    @property
    def retention_view(self) -> RetentionView | None:
        return self._retention.ensure() if self._retention else None

    def current_view(self) -> QWidget | None:
        holder = self.tabs.currentWidget()
        return holder.ensure() if holder is not None else None

    def activate(self) -> None:
        """Reload the tab that shows (the others load when they are chosen)."""
        view = self.current_view()
        if view is not None:
            view.reload()

    def show_tab(self, view: QWidget) -> None:
        for index in range(self.tabs.count()):
            holder = self.tabs.widget(index)
            if view is holder or view is holder.view:
                self.tabs.setCurrentIndex(index)
