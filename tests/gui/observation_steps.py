"""Steps shared by the observation form, draft and lock tests: what a person does."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QMessageBox,
                               QRadioButton, QToolBar)

from dagpleje_desktop.services.records import children

from gui_support import log_in

WAIT_MS = 30_000


def start_app(qtbot, controller, installation):
    ctl = controller(installation)
    ctl.start()
    return log_in(qtbot, ctl)


def child_id(window, name: str):
    return next(c.id for c in children.list_children(window.gui.session) if c.name == name)


def activate(qtbot, widget) -> None:
    """Shortcuts of a window only work while it is the active window."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=WAIT_MS)


def wait_ready(qtbot, form):
    qtbot.waitUntil(lambda: form.is_ready, timeout=WAIT_MS)
    activate(qtbot, form)
    return form


def open_form_with_toolbar(qtbot, window):
    before = list(window.observation_forms.forms)
    button = _toolbar_button(window)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.observation_forms.forms) > len(before), timeout=WAIT_MS)
    return wait_ready(qtbot, window.observation_forms.forms[-1])


def _toolbar_button(window):
    toolbar = window.findChild(QToolBar, "actionsToolbar")
    return toolbar.widgetForAction(window.new_observation_action)


def click(qtbot, button: QAbstractButton) -> None:
    """Click where a person would: on the box of a check box, the middle of a button."""
    if isinstance(button, (QCheckBox, QRadioButton)):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_child(qtbot, form, first_letters: str) -> None:
    """Type into the closed combo box, as the keyboard search of a list works."""
    combo = form.ui.childChoice
    combo.setFocus()
    qtbot.keyClicks(combo, first_letters)
    qtbot.waitUntil(lambda: form.is_ready, timeout=WAIT_MS)


def message_box(qtbot, object_name: str) -> QMessageBox:
    found: list[QMessageBox] = []

    def visible() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == object_name
                    and w.isVisible()]
        return bool(found)
    qtbot.waitUntil(visible, timeout=WAIT_MS)
    return found[0]


def answer(qtbot, box: QMessageBox, button_name: str) -> None:
    button = next(b for b in box.buttons() if b.objectName() == button_name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_closed(qtbot, window, form) -> None:
    qtbot.waitUntil(lambda: form not in window.observation_forms.forms, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.gui.runner.busy, timeout=WAIT_MS)
