"""The main window: navigation on the left, pages in the middle, who and where below."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QStackedWidget, QToolBar, QWidget)

from .. import APP_NAME
from .context import GuiContext
from .dialogs.observation_launcher import ObservationForms
from .lock import IdleLock
from .pages.base import Page
from .pages.calendar import CalendarPage
from .pages.children import ChildrenPage
from .pages.homes import HomesPage
from .pages.meetings import MeetingsPage
from .pages.office import OfficePage
from .pages.overview import OverviewPage
from .pages.prints import PrintsPage
from .pages.search import install_search
from .pages.settings import SettingsPage
from .pages.sync import SyncPage
from .pages.sync_markers import BADGE_ROLE, NavigationBadgeDelegate
from .printing import DocumentRequest
from .resources import icon

NAVIGATION_WIDTH = 210
NAVIGATION_ITEM_HEIGHT = 40
MIN_COMFORTABLE = QSize(1280, 800)
MAX_SIZE = QSize(1680, 1050)
TOOLBAR_STYLE = """
QToolBar#actionsToolbar { border: none; border-bottom: 1px solid #d5dde3; padding: 6px 10px;
                          spacing: 8px; }
QToolBar#actionsToolbar QToolButton { background: white; color: #2f6f9f; font-weight: 600;
    border: 1px solid #b8c9d6; border-radius: 6px; padding: 5px 14px; }
QToolBar#actionsToolbar QToolButton:hover { background: #e8f1f8; }
QToolBar#actionsToolbar QToolButton:focus { border: 2px solid #2f6f9f; }
"""
PAGE_NAMES = ("Oversigt", "Børn", "Kalender", "Møder", "Dagplejehjem", "Synkronisering",
              "Udskrifter", "Indstillinger", "Visitation")  # Ctrl+1 … Ctrl+9


class MainWindow(QMainWindow):
    closed = Signal()
    observations_changed = Signal(object)  # child id: an observation was saved or deleted
    drafts_changed = Signal()  # an observation draft was stored or removed

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        user = gui.session.user
        self.setWindowTitle(f"{APP_NAME} – {user.display_name}")
        self.setWindowIcon(icon("app"))
        self.pages: dict[str, Page] = self._make_pages()
        self.navigation = self._make_navigation()
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Indhold"))
        for name in PAGE_NAMES:
            self.stack.addWidget(self.pages[name])
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._make_status_bar()
        self.observation_forms = ObservationForms(gui, self, self.current_child_id)
        self.observation_forms.observations_changed.connect(self.observations_changed)
        self.observation_forms.drafts_changed.connect(self.drafts_changed)
        self._make_toolbar()
        self.idle_lock = IdleLock(self, gui)
        self.idle_lock.install()
        for number in range(1, len(PAGE_NAMES) + 1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self,
                      activated=lambda n=number: self.show_page(PAGE_NAMES[n - 1]))
        self.navigation.currentRowChanged.connect(self._on_navigation)
        self.pages["Oversigt"].open_child_requested.connect(self.open_child)
        self.pages["Kalender"].open_meeting_requested.connect(self.open_meeting)
        self._connect_child_pages()
        self._connect_sync_page()
        self._fit_to_screen()
        self.navigation.setCurrentRow(0)

    def _make_pages(self) -> dict[str, Page]:
        pages: dict[str, Page] = {
            "Oversigt": OverviewPage(self.gui),
            "Børn": ChildrenPage(self.gui),
            "Kalender": CalendarPage(self.gui),
            "Møder": MeetingsPage(self.gui),
            "Dagplejehjem": HomesPage(self.gui),
            "Indstillinger": SettingsPage(self.gui),
        }
        pages["Udskrifter"] = PrintsPage(self.gui)
        pages["Visitation"] = OfficePage(self.gui)
        pages["Synkronisering"] = SyncPage(self.gui)
        return pages

    def _make_navigation(self) -> QListWidget:
        navigation = QListWidget()
        navigation.setObjectName("navigation")
        navigation.setAccessibleName(self.tr("Navigation"))
        navigation.setFixedWidth(NAVIGATION_WIDTH)
        navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        navigation.setSpacing(1)
        shown = self.display_names()
        for number, key in enumerate(PAGE_NAMES, start=1):
            name = shown[key]
            item = QListWidgetItem(name)
            item.setSizeHint(QSize(NAVIGATION_WIDTH - 16, NAVIGATION_ITEM_HEIGHT))
            item.setToolTip(f"{name} (Ctrl+{number})")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            navigation.addItem(item)
        navigation.setItemDelegate(NavigationBadgeDelegate(navigation))
        return navigation

    def display_names(self) -> dict[str, str]:
        """The navigation texts in the user's language; the page keys stay Danish."""
        return {"Oversigt": self.tr("Oversigt"), "Børn": self.tr("Børn"),
                "Kalender": self.tr("Kalender"), "Møder": self.tr("Møder"),
                "Dagplejehjem": self.tr("Dagplejehjem", "navigation: the homes page"),
                "Synkronisering": self.tr("Synkronisering"),
                "Udskrifter": self.tr("Udskrifter"), "Indstillinger": self.tr("Indstillinger"),
                "Visitation": self.tr("Visitation")}

    def _make_status_bar(self) -> None:
        user = self.gui.session.user
        who = QLabel(self.tr("Logget ind som {name} ({role})").format(
            name=user.display_name, role=user.role.label))
        who.setObjectName("statusUser")
        where = QLabel(self.tr("Data: {location}").format(location=self.gui.data_location))
        where.setObjectName("statusLocation")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        if self.gui.demo:
            demo = QLabel(self.tr("Demodata – ikke rigtige børn"))
            demo.setObjectName("statusDemo")
            bar.addWidget(demo)
        bar.addWidget(who)
        bar.addPermanentWidget(where)

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Handlinger"))
        toolbar.setObjectName("actionsToolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.toggleViewAction().setEnabled(False)  # no way to lose the toolbar by accident
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setStyleSheet(TOOLBAR_STYLE)
        self.new_observation_action = QAction(self.tr("＋  Ny observation"), self)
        self.new_observation_action.setObjectName("newObservationAction")
        self.new_observation_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_observation_action.setToolTip(self.tr("Skriv en ny observation (Ctrl+N)"))
        self.new_observation_action.triggered.connect(lambda: self.new_observation())
        toolbar.addAction(self.new_observation_action)
        self.addAction(self.new_observation_action)  # Ctrl+N also with the toolbar hidden
        toolbar.widgetForAction(self.new_observation_action).setAccessibleName(
            self.tr("Ny observation"))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _fit_to_screen(self) -> None:
        """Most of a big screen, centred; the whole screen on a small laptop."""
        self.setMinimumSize(900, 560)
        self.resize(MIN_COMFORTABLE)
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        if available.width() < MIN_COMFORTABLE.width() + 80 or \
                available.height() < MIN_COMFORTABLE.height() + 80:
            self.setGeometry(available)  # also right without a window manager
            self.setWindowState(Qt.WindowState.WindowMaximized)
            return
        self.resize(min(int(available.width() * 0.85), MAX_SIZE.width()),
                    min(int(available.height() * 0.85), MAX_SIZE.height()))
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())

    # -- navigation --------------------------------------------------------------

    def current_page_name(self) -> str:
        return PAGE_NAMES[self.stack.currentIndex()]

    def show_page(self, name: str) -> None:
        self.navigation.setCurrentRow(PAGE_NAMES.index(name))

    def _on_navigation(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[PAGE_NAMES[row]]
        self.stack.setCurrentWidget(page)
        page.activate()

    def open_child(self, child_id: uuid.UUID) -> None:
        self.show_page("Børn")
        self.pages["Børn"].open_child(child_id)

    # -- observations (the form is documented in dialogs/observation_form.py) ---------------

    def current_child_id(self) -> uuid.UUID | None:
        """The child whose page is showing, if any: a new observation is about that child."""
        page = self.pages["Børn"]
        if self.current_page_name() == "Børn" and getattr(page, "showing_child", False):
            return getattr(page.detail_view, "child_id", None)
        return None

    def new_observation(self, child_id: uuid.UUID | None = None):
        return self.observation_forms.new_observation(child_id)

    def edit_observation(self, obs_id: uuid.UUID) -> None:
        self.observation_forms.edit_observation(obs_id)

    def delete_observation(self, obs_id: uuid.UUID) -> None:
        self.observation_forms.delete_observation(obs_id)

    def offer_unsaved_drafts(self) -> None:
        self.observation_forms.offer_drafts()

    # -- child page, search and dashboard --------------------------------------------------

    def _connect_child_pages(self) -> None:
        detail = self.pages["Børn"].detail_view
        detail.new_observation_requested.connect(self.new_observation)
        detail.edit_observation_requested.connect(self.edit_observation)
        overview = self.pages["Oversigt"]
        overview.resume_draft_requested.connect(self._resume_dashboard_draft)
        self.observations_changed.connect(self._refresh_after_observation)
        self.drafts_changed.connect(self._refresh_overview_if_shown)
        install_search(self)

    def _resume_dashboard_draft(self, draft_id: uuid.UUID) -> None:
        draft = self.pages["Oversigt"].draft(draft_id)
        if draft is not None:
            self.observation_forms.resume_draft(draft)

    def _refresh_after_observation(self, child_id) -> None:
        detail = self.pages["Børn"].detail_view
        if detail.child_id is not None and child_id in (None, detail.child_id):
            detail.refresh_observations()
        self._refresh_overview_if_shown()

    def _refresh_overview_if_shown(self) -> None:
        if self.current_page_name() == "Oversigt":
            self.pages["Oversigt"].activate()

    def open_meeting(self, meeting_id: uuid.UUID) -> None:
        self.show_page("Møder")
        self.pages["Møder"].open_meeting(meeting_id)

    # -- sync (pages/sync.py): conflict badge, child marker, refresh after an import -------

    def _connect_sync_page(self) -> None:
        sync_page = self.pages["Synkronisering"]
        sync_page.conflicts_counted.connect(self.set_conflict_badge)
        sync_page.data_imported.connect(self._refresh_after_sync)
        sync_page.conflicts_resolved.connect(self._refresh_conflict_marker)
        sync_page.children_merged.connect(self._after_children_merged)
        marker = self.pages["Børn"].detail_view.conflict_marker
        marker.conflicts_requested.connect(self.show_child_conflicts)
        # an erasure also removes the child's conflicts
        self.pages["Børn"].detail_view.child_erased.connect(
            lambda *_: sync_page.refresh_badge())
        sync_page.refresh_badge()

    def conflict_badge(self) -> int:
        item = self.navigation.item(PAGE_NAMES.index("Synkronisering"))
        return item.data(BADGE_ROLE) or 0

    def set_conflict_badge(self, count: int) -> None:
        """The number of open conflicts on the Synkronisering entry (none shown at 0)."""
        number = PAGE_NAMES.index("Synkronisering") + 1
        item = self.navigation.item(number - 1)
        name = self.display_names()["Synkronisering"]
        item.setData(BADGE_ROLE, count)
        if count:
            described = self.tr("{name} – {count} konflikter venter").format(
                name=name, count=count) if count > 1 else \
                self.tr("{name} – 1 konflikt venter").format(name=name)
        else:
            described = name
        item.setToolTip(f"{described} (Ctrl+{number})")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, described)

    def show_child_conflicts(self, child_id: uuid.UUID) -> None:
        self.show_page("Synkronisering")
        self.pages["Synkronisering"].show_conflicts_for(child_id)

    def _refresh_conflict_marker(self) -> None:
        """A settled conflict may have changed the open child's record, not only its marker."""
        children_page = self.pages["Børn"]
        if children_page.showing_child:
            children_page.detail_view.reload_after_sync()
        else:
            children_page.detail_view.conflict_marker.refresh()

    def _after_children_merged(self, kept_id: uuid.UUID, gone_id: uuid.UUID) -> None:
        """Two records of one child became one: the list loses the merged record, and a
        page open on it shows the kept record instead."""
        children_page = self.pages["Børn"]
        if children_page.list_view.loaded:  # else it is read when first shown
            children_page.list_view.reload()
        if children_page.showing_child and children_page.detail_view.child_id == gone_id:
            children_page.detail_view.show_child(kept_id)

    def _refresh_after_sync(self, _report) -> None:
        """An import may have changed any record: the open child page reads it again."""
        children_page = self.pages["Børn"]
        if children_page.list_view.loaded:  # children may have arrived, left or been merged
            children_page.list_view.reload()
        if children_page.showing_child and children_page.detail_view.child_id is not None:
            children_page.detail_view.reload_after_sync()
        self._refresh_overview_if_shown()

    # -- printing (gui/printing.py, dialogs/pdf_preview.py) ------------------------------------

    def preview_document(self, kind: str, **ids):
        """Make a document off the GUI thread and show it to save or print, e.g.
        ``preview_document("action_plan", plan_id=...)`` or ``("agenda", meeting_id=...)``;
        the kinds are ``printing.DocumentKind``. Returns the preview dialog."""
        return self.pages["Udskrifter"].preview(DocumentRequest(kind, **ids))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.observation_forms.close_all()  # open forms are kept as drafts
        self.idle_lock.uninstall()
        self.gui.runner.shutdown()
        self.gui.session.close()
        super().closeEvent(event)
        self.closed.emit()
