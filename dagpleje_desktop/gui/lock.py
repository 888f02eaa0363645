"""Idle auto-lock: after some minutes without mouse or keyboard, hide everything and ask
for the password. Unlocking brings every window back exactly as it was.

The number of minutes is the QSettings key ``lock/minutes`` (default 10; 0 turns the
lock off) and is read at every check, so a change applies at once. While locked:

- the main window's content is taken out and a "locked" panel stands in for it, its
  toolbars are hidden and its shortcuts and actions disabled;
- other windows (observation forms, their questions) are hidden, not closed, so their
  input stays; a dialog run with exec() is left open but covered and blocked, because
  hiding it would end its exec() as if the user had cancelled;
- the password is checked by ``services.unlock.verify_password`` off the GUI thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar, QWidget
from shiboken6 import isValid

from .. import APP_SLUG
from ..services.security import unlock
from .context import GuiContext
from .operations.runner import user_message
from .widgets.lock_screen import LockedPanel, UnlockDialog

log = logging.getLogger(__name__)

SETTINGS_KEY = "lock/minutes"
DEFAULT_MINUTES = 10
CHECK_INTERVAL_MS = 15_000
ACTIVITY = frozenset({
    QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress})


def lock_settings() -> QSettings:
    return QSettings("Dagpleje", APP_SLUG)


def lock_minutes() -> int:
    value = lock_settings().value(SETTINGS_KEY, DEFAULT_MINUTES)
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return DEFAULT_MINUTES


def set_lock_minutes(minutes: int) -> None:
    lock_settings().setValue(SETTINGS_KEY, max(0, int(minutes)))


class _Cover(QWidget):
    """An opaque sheet over a dialog that cannot be hidden."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.setAutoFillBackground(True)
        self.setGeometry(dialog.rect())
        dialog.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        return False


class IdleLock(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QMainWindow, gui: GuiContext,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window, self.gui, self.clock = window, gui, clock
        self.last_activity = clock()
        self.dialog: UnlockDialog | None = None
        self._content: QWidget | None = None
        self._hidden: list[QWidget] = []
        self._covers: list[tuple[QWidget, _Cover]] = []
        self._disabled: list[QObject] = []
        self._toolbars: list[QToolBar] = []
        self._focus: QWidget | None = None
        self._minutes_at_lock = 0
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def install(self) -> None:
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def uninstall(self) -> None:
        """The window closes: stop watching and put its content back (nothing shown)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self.is_locked:
            self._restore(show_windows=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in ACTIVITY and not self.is_locked:
            self.last_activity = self.clock()
        return False

    def idle_seconds(self) -> float:
        return self.clock() - self.last_activity

    def check(self) -> None:
        minutes = lock_minutes()
        if not self.is_locked and minutes and self.idle_seconds() >= minutes * 60:
            self.lock(minutes)

    # -- locking --------------------------------------------------------------------------

    def lock(self, minutes: int = 0) -> None:
        if self.is_locked or not isValid(self.window):
            return
        log.info("locking after %s idle minutes", minutes)
        self._minutes_at_lock = minutes
        self._focus = QApplication.focusWidget()
        self._hide_other_windows()
        window = self.window
        self._content = window.takeCentralWidget()
        window.setCentralWidget(LockedPanel())
        self._toolbars = [t for t in window.findChildren(QToolBar) if t.isVisible()]
        for toolbar in self._toolbars:
            toolbar.hide()
        self._disabled = [o for o in (*window.findChildren(QShortcut),
                                      *window.findChildren(QAction)) if o.isEnabled()]
        for item in self._disabled:
            item.setEnabled(False)
        user = self.gui.session.user
        self.dialog = UnlockDialog(user.display_name, user.username, minutes, window)
        self.dialog.password_entered.connect(self._verify)
        self.dialog.quit_requested.connect(self._quit)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.password.setFocus()
        self.locked.emit()

    def _hide_other_windows(self) -> None:
        self._hidden, self._covers = [], []
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible():
                continue
            if widget.windowModality() == Qt.WindowModality.ApplicationModal:
                self._covers.append((widget, _Cover(widget)))
            else:
                self._hidden.append(widget)
                widget.hide()

    # -- unlocking ------------------------------------------------------------------------

    def _verify(self, password: str) -> None:
        session = self.gui.session
        self.gui.runner.run_db(lambda: unlock.verify_password(session, password),
                               lambda _r: self.unlock(), self._refused)

    def _refused(self, exc: BaseException) -> None:
        if self.dialog is not None:
            self.dialog.refuse(user_message(exc))

    def unlock(self) -> None:
        """Called once the password is verified: everything back as it was."""
        if not self.is_locked:
            return
        self._restore(show_windows=True)
        self.last_activity = self.clock()
        self.unlocked.emit()

    def _restore(self, *, show_windows: bool) -> None:
        dialog, self.dialog = self.dialog, None
        dialog.accept()
        dialog.deleteLater()
        window = self.window
        panel = window.takeCentralWidget()
        window.setCentralWidget(self._content)
        self._content = None
        if panel is not None:
            panel.deleteLater()
        for item in self._disabled:
            if isValid(item):
                item.setEnabled(True)
        for toolbar in self._toolbars:
            toolbar.show()
        for widget, cover in self._covers:
            if isValid(cover):
                widget.removeEventFilter(cover)
                cover.deleteLater()
        self._disabled, self._toolbars, self._covers = [], [], []
        hidden, self._hidden = self._hidden, []
        if not show_windows:
            return
        # Forms before the questions they asked, so each question ends up on top.
        hidden.sort(key=_depth)
        for widget in hidden:
            if isValid(widget):
                widget.show()
        focus, self._focus = self._focus, None
        if focus is not None and isValid(focus) and focus.isVisible():
            focus.window().raise_()
            focus.window().activateWindow()
            focus.setFocus()

    def _quit(self) -> None:
        """"Luk programmet" on the lock screen: open forms are kept as drafts on close."""
        window = self.window
        self._restore(show_windows=False)
        window.close()


def _depth(widget: QWidget) -> int:
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth
