"""Idle auto-lock: locks after the set minutes, unlocks with the password, keeps all input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QToolBar, QWidget

from dagpleje_desktop.domain.enums import WellbeingPosition
from dagpleje_desktop.gui import lock
from dagpleje_desktop.gui.widgets.lock_screen import LockedPanel
from dagpleje_desktop.gui.widgets.lock_settings import LockSettingsCard

from gui_support import PASSWORD
from observation_steps import (activate, answer, choose_child, click, message_box,
                               open_form_with_toolbar, start_app)

pytestmark = pytest.mark.gui
WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def settings(monkeypatch, tmp_path):
    """The user's real settings stay untouched."""
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(lock, "lock_settings", lambda: store)
    return store


class FakeClock:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def window(qtbot, controller, gui_installation):
    window = start_app(qtbot, controller, gui_installation)
    window.idle_lock.clock = FakeClock()
    window.idle_lock.last_activity = window.idle_lock.clock()
    return window


def idle(window, seconds: float) -> None:
    """Time passes without anyone touching mouse or keyboard; the lock's timer looks."""
    window.idle_lock.clock.now += seconds
    window.idle_lock.check()


def type_password(qtbot, window, password: str) -> None:
    dialog = window.idle_lock.dialog
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_lock_after_idle_minutes_and_unlock_keeps_the_form_as_it_was(qtbot, window):
    lock.set_lock_minutes(2)
    form = open_form_with_toolbar(qtbot, window)
    choose_child(qtbot, form, "M")
    qtbot.keyClicks(form.ui.text, "Maja sov uroligt i dag")
    click(qtbot, form.domains.boxes["sleep_eating"])
    click(qtbot, form.position.buttons[WellbeingPosition.YELLOW])
    original_content = window.centralWidget()

    idle(window, 119)
    assert not window.idle_lock.is_locked
    idle(window, 2)
    assert window.idle_lock.is_locked
    assert not form.isVisible(), "what she wrote is hidden while she is away"
    assert isinstance(window.centralWidget(), LockedPanel)
    assert not window.findChild(QToolBar, "actionsToolbar").isVisible()
    activate(qtbot, window.idle_lock.dialog)
    qtbot.keyClick(window.idle_lock.dialog, Qt.Key.Key_Escape)
    assert window.idle_lock.is_locked, "Esc does not unlock"

    type_password(qtbot, window, "forkert-adgangskode")
    error = window.idle_lock.dialog.error
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    assert error.text() == "Adgangskoden er forkert. Prøv igen."
    assert window.idle_lock.is_locked and not form.isVisible()

    type_password(qtbot, window, PASSWORD)
    qtbot.waitUntil(lambda: not window.idle_lock.is_locked, timeout=WAIT_MS)
    assert form.isVisible()
    assert window.centralWidget() is original_content
    assert window.findChild(QToolBar, "actionsToolbar").isVisible()
    assert form.ui.text.toPlainText() == "Maja sov uroligt i dag"
    assert form.ui.childChoice.currentText() == "Maja Nielsen"
    assert form.domains.value() == ("sleep_eating",)
    assert form.position.value() == WellbeingPosition.YELLOW
    activate(qtbot, form)
    qtbot.keyClicks(form.ui.text, " og ville ikke spise")
    assert form.ui.text.toPlainText() == "Maja sov uroligt i dag og ville ikke spise"


def test_a_question_waiting_for_an_answer_comes_back_after_unlock(qtbot, window):
    form = open_form_with_toolbar(qtbot, window)
    qtbot.keyClicks(form.ui.text, "Halvt skrevet")
    qtbot.keyClick(form.ui.text, Qt.Key.Key_Escape)
    box = message_box(qtbot, "observationQuestion")
    window.idle_lock.lock()
    assert not box.isVisible() and not form.isVisible()
    type_password(qtbot, window, PASSWORD)
    qtbot.waitUntil(lambda: not window.idle_lock.is_locked, timeout=WAIT_MS)
    assert box.isVisible(), "hidden, not answered: nothing was thrown away"
    answer(qtbot, box, "continueButton")
    assert form.isVisible() and form.ui.text.toPlainText() == "Halvt skrevet"


def test_a_blocking_dialog_is_covered_not_closed(qtbot, window):
    """A dialog run with exec() would end if hidden; it stays, covered and blocked."""
    other = QDialog(window)
    other.setWindowModality(Qt.WindowModality.ApplicationModal)
    field = QLineEdit("Et andet vindues input", other)
    other.show()
    qtbot.waitUntil(other.isVisible)
    window.idle_lock.lock()
    covers = [c for c in other.children() if isinstance(c, QWidget) and c is not field]
    assert other.isVisible() and covers and covers[0].isVisible()
    assert covers[0].geometry() == other.rect()
    type_password(qtbot, window, PASSWORD)
    qtbot.waitUntil(lambda: not window.idle_lock.is_locked, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not any(isinstance(c, QWidget) and c is not field and c.isVisible()
                                    for c in other.children()), timeout=WAIT_MS)
    assert field.text() == "Et andet vindues input"
    other.close()


def test_while_locked_shortcuts_do_nothing(qtbot, window):
    window.idle_lock.lock()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.observation_forms.forms == []
    assert not window.new_observation_action.isEnabled()
    type_password(qtbot, window, PASSWORD)
    qtbot.waitUntil(lambda: not window.idle_lock.is_locked, timeout=WAIT_MS)
    assert window.new_observation_action.isEnabled()


def test_mouse_and_keyboard_use_postpone_the_lock(qtbot, window):
    lock.set_lock_minutes(1)
    idle(window, 50)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    idle(window, 50)
    assert not window.idle_lock.is_locked, "only 50 seconds since the last key"
    idle(window, 15)
    assert window.idle_lock.is_locked


def test_zero_minutes_turns_the_lock_off_and_the_setting_is_editable(qtbot, window):
    assert lock.lock_minutes() == 10, "ten minutes unless set"
    card = LockSettingsCard()
    qtbot.addWidget(card)
    card.minutes.selectAll()
    qtbot.keyClicks(card.minutes, "0")
    assert card.minutes.value() == 0 and card.minutes.specialValueText() == "aldrig"
    assert lock.lock_minutes() == 0
    idle(window, 24 * 3600)
    assert not window.idle_lock.is_locked
