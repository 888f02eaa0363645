"""The main window: navigation on the left, pages in the middle, who and where below."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QStackedWidget, QWidget)

from .. import APP_NAME
from .context import GuiContext
from .pages.base import Page
from .pages.children import ChildrenPage
from .pages.homes import HomesPage
from .pages.overview import OverviewPage
from .pages.placeholder import PlaceholderPage
from .pages.settings import SettingsPage
from .resources import icon

NAVIGATION_WIDTH = 210
NAVIGATION_ITEM_HEIGHT = 40
MIN_COMFORTABLE = QSize(1280, 800)
MAX_SIZE = QSize(1680, 1050)
PAGE_NAMES = ("Oversigt", "Børn", "Kalender", "Møder", "Dagplejehjem", "Synkronisering",
              "Udskrifter", "Indstillinger")


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        user = gui.session.user
        self.setWindowTitle(f"{APP_NAME} – {user.display_name}")
        self.setWindowIcon(icon("app"))
        self.pages: dict[str, Page] = self._make_pages()
        self.navigation = self._make_navigation()
        self.stack = QStackedWidget()
        self.stack.setAccessibleName("Indhold")
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
        for number in range(1, len(PAGE_NAMES) + 1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self,
                      activated=lambda n=number: self.show_page(PAGE_NAMES[n - 1]))
        self.navigation.currentRowChanged.connect(self._on_navigation)
        self.pages["Oversigt"].open_child_requested.connect(self.open_child)
        self._fit_to_screen()
        self.navigation.setCurrentRow(0)

    def _make_pages(self) -> dict[str, Page]:
        pages: dict[str, Page] = {
            "Oversigt": OverviewPage(self.gui),
            "Børn": ChildrenPage(self.gui),
            "Dagplejehjem": HomesPage(self.gui),
            "Indstillinger": SettingsPage(self.gui),
        }
        for name in ("Kalender", "Møder", "Synkronisering", "Udskrifter"):
            pages[name] = PlaceholderPage(self.gui, name)
        return pages

    def _make_navigation(self) -> QListWidget:
        navigation = QListWidget()
        navigation.setObjectName("navigation")
        navigation.setAccessibleName("Navigation")
        navigation.setFixedWidth(NAVIGATION_WIDTH)
        navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        navigation.setSpacing(1)
        for number, name in enumerate(PAGE_NAMES, start=1):
            item = QListWidgetItem(name)
            item.setSizeHint(QSize(NAVIGATION_WIDTH - 16, NAVIGATION_ITEM_HEIGHT))
            item.setToolTip(f"{name} (Ctrl+{number})")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            navigation.addItem(item)
        return navigation

    def _make_status_bar(self) -> None:
        user = self.gui.session.user
        who = QLabel(f"Logget ind som {user.display_name} ({user.role.label})")
        who.setObjectName("statusUser")
        where = QLabel(f"Data: {self.gui.data_location}")
        where.setObjectName("statusLocation")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        if self.gui.demo:
            demo = QLabel("Demodata – ikke rigtige børn")
            demo.setObjectName("statusDemo")
            bar.addWidget(demo)
        bar.addWidget(who)
        bar.addPermanentWidget(where)

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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.gui.runner.shutdown()
        self.gui.session.close()
        super().closeEvent(event)
        self.closed.emit()
