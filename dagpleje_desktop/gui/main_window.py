"""The main window: navigation on the left, pages in the middle, who and where below.

Pages are built the first time they are shown (or asked for through ``window.pages``),
and their modules imported only then: start-up builds the Oversigt page alone, which
keeps the way from login to an interactive window short.
"""

from __future__ import annotations

import importlib
import logging
import uuid

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QSizePolicy, QStackedWidget, QToolBar, QWidget)

from .. import APP_NAME
from ..domain.enums import UserRole
from .context import GuiContext
from .lazy_pages import PAGE_CLASSES, PAGE_NAMES, LazyPages, is_shown
from .lock import IdleLock
from .operations import accounts as account_ops
from .operations import drafts as draft_ops
from .operations import sync_counts
from .pages.base import Page
from .operations.runner import guarded
from .pages.search import SearchPlacement
from .pages.sync_markers import BADGE_ROLE, NavigationBadgeDelegate
from .resources import icon
from .unsent_close import UnsentGuard
from .widgets.busy_indicator import BusyIndicator
from .widgets.text import ElidedLabel
from .domain_labels import label as domain_label

log = logging.getLogger(__name__)

NAVIGATION_WIDTH = 210
NAVIGATION_ITEM_HEIGHT = 40
NAVIGATION_INSET = 28  # an item's padding (style sheet) and text margins
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
        self.navigation = self._make_navigation()
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Indhold"))
        self._observation_forms = None
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._make_status_bar()
        self._make_toolbar()
        self.idle_lock = IdleLock(self, gui)
        self.idle_lock.install()
        for number in range(1, len(PAGE_NAMES) + 1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self,
                      activated=lambda n=number: self.show_page(PAGE_NAMES[n - 1]))
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self,
                  activated=lambda: self.show_help())
        self.help_window = None
        self.pending_restore = None
        self.navigation.currentRowChanged.connect(self._on_navigation)
        self._search = SearchPlacement(self, lambda: self.pages["Børn"])
        self.pages = LazyPages(self._build_page, self._wire_page)
        self.observations_changed.connect(self._refresh_after_observation)
        self.drafts_changed.connect(self._refresh_overview_if_shown)
        self._fit_to_screen()
        self.navigation.setCurrentRow(0)
        self.refresh_conflict_badge()
        self.unsent_guard = UnsentGuard(self, gui, lambda: self.show_page("Synkronisering"))
        self.unsent_guard.refresh()

    def _build_page(self, name: str) -> Page:
        module, class_name = PAGE_CLASSES[name]
        page_class = getattr(importlib.import_module(f".pages.{module}", __package__),
                             class_name)
        page = page_class(self.gui)
        self.stack.addWidget(page)
        return page

    def _wire_page(self, name: str, page: Page) -> None:
        """Connect a page just built to the window and to the pages it works with."""
        if name == "Oversigt":
            page.open_child_requested.connect(self.open_child)
            page.resume_draft_requested.connect(self._resume_dashboard_draft)
            page.show_children_requested.connect(lambda: self.show_page("Børn"))
            page.show_sync_requested.connect(lambda: self.show_page("Synkronisering"))
        elif name == "Kalender":
            page.open_meeting_requested.connect(self.open_meeting)
        elif name == "Visitation":
            page.open_child_requested.connect(self.open_child)
        elif name == "Børn":
            self._connect_child_page(page)
        elif name == "Synkronisering":
            self._connect_sync_page(page)

    @property
    def observation_forms(self):
        """Opens and tracks observation forms (dialogs/observation_launcher.py); made on
        first use, so the form's modules are not imported before the window shows."""
        if self._observation_forms is None:
            from .dialogs.observation_launcher import ObservationForms
            forms = ObservationForms(self.gui, self, self.current_child_id)
            forms.observations_changed.connect(self.observations_changed)
            forms.drafts_changed.connect(self.drafts_changed)
            self._observation_forms = forms
        return self._observation_forms

    @property
    def search_view(self):
        """The search results on the Børn page (pages/search.py)."""
        return self._search.view()

    def _make_navigation(self) -> QListWidget:
        navigation = QListWidget()
        navigation.setObjectName("navigation")
        navigation.setAccessibleName(self.tr("Navigation"))
        navigation.setFixedWidth(NAVIGATION_WIDTH)
        navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        navigation.setSpacing(1)
        navigation.setWordWrap(True)  # a long name takes two lines, never "…" (large text)
        navigation.setTextElideMode(Qt.TextElideMode.ElideNone)
        shown = self.display_names()
        for number, key in enumerate(PAGE_NAMES, start=1):
            name = shown[key]
            item = QListWidgetItem(name)
            item.setSizeHint(QSize(NAVIGATION_WIDTH - 16, self._navigation_item_height(name)))
            item.setToolTip(f"{name} (Ctrl+{number})")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            navigation.addItem(item)
            item.setHidden(not is_shown(self.gui.session.user.role, key))  # not her work
        navigation.setItemDelegate(NavigationBadgeDelegate(navigation))
        return navigation

    def _navigation_item_height(self, name: str) -> int:
        """One line, or two for a name longer than the item is wide (at large text)."""
        metrics = self.fontMetrics()
        one_line = metrics.horizontalAdvance(name) <= NAVIGATION_WIDTH - 16 - NAVIGATION_INSET
        return max(NAVIGATION_ITEM_HEIGHT, (1 if one_line else 2) * metrics.lineSpacing() + 12)

    def display_names(self) -> dict[str, str]:
        """The navigation texts in the user's language; the page keys stay Danish."""
        return {"Oversigt": self.tr("Oversigt"), "Børn": self.tr("Børn"),
                "Kalender": self.tr("Kalender"), "Møder": self.tr("Møder"),
                "Dagplejehjem": self.tr("Dagplejehjem", "navigation: the homes page"),
                "Synkronisering": self.tr("Synkronisering"),
                "Udskrifter": self.tr("Udskrifter"), "Indstillinger": self.tr("Indstillinger"),
                "Visitation": self.tr("Fravær og gæstepleje") if self._is_childminder()
                else self.tr("Visitation")}

    def _is_childminder(self) -> bool:
        return self.gui.session.user.role == UserRole.CHILDMINDER

    def _make_status_bar(self) -> None:
        user = self.gui.session.user
        who = QLabel(self.tr("Logget ind som {name} ({role})").format(
            name=user.display_name, role=domain_label(user.role)))
        who.setObjectName("statusUser")
        # a long path is shortened in the middle rather than cut off at the window's edge
        where = ElidedLabel(self.tr("Data: {location}").format(location=self.gui.data_location))
        where.setObjectName("statusLocation")
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        if self.gui.demo:
            demo = QLabel(self.tr("Demodata – ikke rigtige børn"))
            demo.setObjectName("statusDemo")
            bar.addWidget(demo)
        bar.addWidget(who)
        self.busy_indicator = BusyIndicator(self.gui.runner.busy_changed)
        bar.addPermanentWidget(self.busy_indicator)
        bar.addPermanentWidget(where)

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Handlinger"))
        toolbar.setObjectName("actionsToolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.toggleViewAction().setEnabled(False)  # no way to lose the toolbar by accident
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setStyleSheet(TOOLBAR_STYLE)
        self.new_observation_action = QAction(self.tr("+  Ny observation"), self)
        self.new_observation_action.setObjectName("newObservationAction")
        self.new_observation_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_observation_action.setToolTip(self.tr("Skriv en ny observation (Ctrl+N)"))
        self.new_observation_action.triggered.connect(lambda: self.new_observation())
        toolbar.addAction(self.new_observation_action)
        self.addAction(self.new_observation_action)  # Ctrl+N also with the toolbar hidden
        toolbar.widgetForAction(self.new_observation_action).setAccessibleName(
            self.tr("Ny observation"))
        self._add_session_actions(toolbar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    # -- log out and switch user: the data is locked, the controller shows the login ------

    LOG_OUT, SWITCH_USER = "log_out", "switch_user"
    sign_out: str | None = None  # set when the window closes to log out, not to quit

    def _add_session_actions(self, toolbar: QToolBar) -> None:
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.switch_user_action = QAction(self.tr("Skift bruger"), self)
        self.switch_user_action.setObjectName("switchUserAction")
        self.switch_user_action.setToolTip(self.tr("Lås data, og log ind som en anden bruger"))
        self.switch_user_action.triggered.connect(lambda: self.log_out(switch_user=True))
        self.log_out_action = QAction(self.tr("Log ud"), self)
        self.log_out_action.setObjectName("logOutAction")
        self.log_out_action.setToolTip(self.tr("Lås data, og vend tilbage til login"))
        self.log_out_action.triggered.connect(lambda: self.log_out())
        for action in (self.switch_user_action, self.log_out_action):
            toolbar.addAction(action)
            toolbar.widgetForAction(action).setAccessibleName(action.text())
        for action in (self.new_observation_action, self.switch_user_action,
                       self.log_out_action):  # Tab stops too, not only the mouse's (WCAG 2.1.1)
            toolbar.widgetForAction(action).setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def restore_after_logout(self, request) -> None:
        """Indstillinger chose a backup to restore: log out first (the session must let go
        of the files), then the controller restores it and shows the login window."""
        self.pending_restore = request
        self.log_out()

    def log_out(self, *, switch_user: bool = False) -> None:
        """Log the logout (after the work already queued), then close: the session closes
        and the database is locked; the controller shows the login window again."""
        if self.sign_out is not None:
            return
        self.sign_out = self.SWITCH_USER if switch_user else self.LOG_OUT
        self.switch_user_action.setEnabled(False)
        self.log_out_action.setEnabled(False)
        account_ops.log_out(self.gui.runner, self.gui.session, switch_user=switch_user,
                            on_done=lambda _: self.close(), on_error=lambda _: self.close())

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
        current = self.stack.currentWidget()
        return next((name for name in PAGE_NAMES if self.pages.built(name) is current),
                    PAGE_NAMES[max(self.navigation.currentRow(), 0)])

    def show_page(self, name: str) -> None:
        if not is_shown(self.gui.session.user.role, name):
            return  # e.g. Ctrl+5 on a mini-childminder's laptop
        self.navigation.setCurrentRow(PAGE_NAMES.index(name))

    def _on_navigation(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[PAGE_NAMES[row]]
        self.stack.setCurrentWidget(page)
        page.activate()

    def show_help(self, chapter: str = "") -> None:
        """The user guide (F1), at ``chapter`` or at the chapter for the page shown."""
        from .dialogs.help_window import HelpWindow  # loaded when first asked for
        from .operations.help import chapter_for_page
        if self.help_window is None:
            self.help_window = HelpWindow(self.gui.runner, self)
        self.help_window.show_chapter(chapter or chapter_for_page(self.current_page_name()))
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()

    def open_child(self, child_id: uuid.UUID) -> None:
        self.show_page("Børn")
        self.pages["Børn"].open_child(child_id)

    # -- observations (the form is documented in dialogs/observation_form.py) ---------------

    def current_child_id(self) -> uuid.UUID | None:
        """The child whose page is showing, if any: a new observation is about that child."""
        page = self.pages.built("Børn")
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
        """After login: the drafts are listed first, so the observation form's modules
        load only when there is one to offer (not in every start-up)."""
        draft_ops.list_observation_drafts(
            self.gui.runner, self.gui.session, guarded(self, self._offer_drafts_found),
            lambda exc: log.warning("drafts not listed: %s", type(exc).__name__))

    def _offer_drafts_found(self, found) -> None:
        if found or self._observation_forms is not None:
            self.observation_forms.offer_drafts(found)

    # -- child page, search and dashboard --------------------------------------------------

    def _connect_child_page(self, children_page: Page) -> None:
        detail = children_page.detail_view
        detail.new_observation_requested.connect(self.new_observation)
        detail.edit_observation_requested.connect(self.edit_observation)
        detail.conflict_marker.conflicts_requested.connect(self.show_child_conflicts)
        # an erasure also removes the child's conflicts
        detail.child_erased.connect(lambda *_: self.refresh_conflict_badge())
        self._search.view()  # the search results live on this page

    def _resume_dashboard_draft(self, draft_id: uuid.UUID) -> None:
        draft = self.pages["Oversigt"].draft(draft_id)
        if draft is not None:
            self.observation_forms.resume_draft(draft)

    def _refresh_after_observation(self, child_id) -> None:
        self.unsent_guard.refresh()  # one more change the office has not got
        children_page = self.pages.built("Børn")
        detail = children_page.detail_view if children_page is not None else None
        if detail is not None and detail.child_id is not None and \
                child_id in (None, detail.child_id):
            detail.refresh_observations()
        self._refresh_overview_if_shown()

    def _refresh_overview_if_shown(self) -> None:
        if self.current_page_name() == "Oversigt":
            self.pages["Oversigt"].activate()

    def open_meeting(self, meeting_id: uuid.UUID) -> None:
        self.show_page("Møder")
        self.pages["Møder"].open_meeting(meeting_id)

    # -- sync (pages/sync.py): conflict badge, child marker, refresh after an import -------

    def _connect_sync_page(self, sync_page: Page) -> None:
        sync_page.conflicts_counted.connect(self.set_conflict_badge)
        sync_page.data_imported.connect(self._refresh_after_sync)
        sync_page.conflicts_resolved.connect(self._refresh_conflict_marker)
        sync_page.children_merged.connect(self._after_children_merged)
        sync_page.unsent_counted.connect(self.unsent_guard.set_unsent)

    def refresh_conflict_badge(self) -> None:
        """Count the open conflicts on the database worker; the badge follows."""
        sync_page = self.pages.built("Synkronisering")
        if sync_page is not None:
            sync_page.refresh_badge()
        else:  # the page is not built yet: count without it
            sync_counts.count_conflicts(self.gui.runner, self.gui.session, self.set_conflict_badge)

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
        children_page = self.pages.built("Børn")
        if children_page is None:
            return
        if children_page.showing_child:
            children_page.detail_view.reload_after_sync()
        else:
            children_page.detail_view.conflict_marker.refresh()

    def _after_children_merged(self, kept_id: uuid.UUID, gone_id: uuid.UUID) -> None:
        """Two records of one child became one: the list loses the merged record, and a
        page open on it shows the kept record instead."""
        children_page = self.pages.built("Børn")
        if children_page is None:  # read afresh when first shown
            return
        if children_page.list_view.loaded:  # else it is read when first shown
            children_page.list_view.reload()
        if children_page.showing_child and children_page.detail_view.child_id == gone_id:
            children_page.detail_view.show_child(kept_id)

    def _refresh_after_sync(self, _report) -> None:
        """An import may have changed any record: the open child page reads it again."""
        children_page = self.pages.built("Børn")
        if children_page is not None:
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
        from .printing import DocumentRequest
        return self.pages["Udskrifter"].preview(DocumentRequest(kind, **ids))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.sign_out is None and self.unsent_guard.blocks(event):
            return  # the person is asked about changes the office has not got yet
        if self._observation_forms is not None:
            self._observation_forms.close_all()  # open forms are kept as drafts
        self.idle_lock.uninstall()
        self.gui.runner.shutdown()
        for name in PAGE_NAMES:  # minutes and notes typed and not saved become drafts
            page = self.pages.built(name)
            if page is not None:
                try:
                    page.keep_unsaved_work()
                except Exception as exc:  # noqa: BLE001 - closing must not fail
                    log.error("unsaved work of %s not kept: %s", name, type(exc).__name__)
        self.gui.session.close()
        super().closeEvent(event)
        self.closed.emit()
