"""Logging in: the main window opens; mistakes are explained in Danish and keep the dialog."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from gui_support import FULL_NAME, PASSWORD, USERNAME, log_in

from dagpleje_desktop.domain.enums import UserRole
from dagpleje_desktop.services.security import users

pytestmark = pytest.mark.gui


def test_correct_password_opens_main_window_with_user_and_data_location(
        qtbot, controller, gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    assert ctl.login_dialog.isVisible()

    window = log_in(qtbot, ctl)

    assert not ctl.login_dialog.isVisible()
    status = window.findChild(QLabel, "statusUser").text()
    assert FULL_NAME in status and "Mini-dagplejekonsulent" in status
    assert str(gui_installation.data_dir) in window.findChild(QLabel, "statusLocation").text()
    assert window.current_page_name() == "Oversigt"
    assert FULL_NAME in window.findChild(QLabel, "greeting").text()


def test_wrong_password_shows_danish_error_and_keeps_dialog(qtbot, controller,
                                                            gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    dialog = ctl.login_dialog
    qtbot.keyClicks(dialog.ui.username, USERNAME)
    qtbot.keyClicks(dialog.ui.password, "forkert-kodeord")
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.ui.passwordError.text() != "", timeout=30_000)
    assert dialog.ui.passwordError.text() == "Forkert brugernavn eller adgangskode."
    assert dialog.isVisible() and ctl.main_window is None
    assert dialog.ui.loginButton.isEnabled()  # she can try again

    assert dialog.ui.username.text() == USERNAME  # kept, only the password is retyped
    dialog.ui.password.clear()
    log_in(qtbot, ctl)
    assert ctl.main_window.isVisible()


def test_locked_account_says_how_many_seconds_to_wait(qtbot, controller, gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    dialog = ctl.login_dialog
    qtbot.keyClicks(dialog.ui.username, USERNAME)
    for attempt in range(3):
        dialog.ui.password.clear()
        qtbot.keyClicks(dialog.ui.password, f"forkert-{attempt}")
        qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.ui.loginButton.isEnabled() and not ctl.runner.busy,
                        timeout=30_000)

    dialog.ui.password.clear()
    qtbot.keyClicks(dialog.ui.password, PASSWORD)  # even the right password must wait
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ctl.runner.busy, timeout=30_000)

    assert "For mange forkerte forsøg. Prøv igen om" in dialog.ui.passwordError.text()
    assert "sekunder" in dialog.ui.passwordError.text()
    assert ctl.main_window is None


def test_empty_fields_are_pointed_out_without_trying(qtbot, controller, gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    dialog = ctl.login_dialog
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)

    assert dialog.ui.usernameError.text() == "Skriv dit brugernavn."
    assert dialog.ui.passwordError.text() == "Skriv din adgangskode."
    assert not ctl.runner.busy


def test_damaged_database_is_explained(qtbot, controller, gui_installation):
    gui_installation.db_path.write_bytes(b"this is not a database" * 500)
    ctl = controller(gui_installation)
    ctl.start()
    dialog = ctl.login_dialog
    qtbot.keyClicks(dialog.ui.username, USERNAME)
    qtbot.keyClicks(dialog.ui.password, PASSWORD)
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.ui.formError.text() != "", timeout=30_000)
    assert "Databasen kan ikke åbnes" in dialog.ui.formError.text()
    assert dialog.isVisible() and ctl.main_window is None


def test_demo_mode_prefills_user_and_tells_the_password(qtbot, controller, gui_installation):
    ctl = controller(gui_installation, demo=True)
    ctl.show_login()  # the demo data itself is the demo service's business
    dialog = ctl.login_dialog
    assert dialog.ui.username.text() == "demo"
    assert not dialog.ui.demoHint.isHidden()
    assert "»demo«" in dialog.ui.demoHint.text()


def test_a_key_file_changed_behind_the_programs_back_is_shown_after_login(
        qtbot, controller, gui_installation):
    ctx = gui_installation.login(USERNAME, PASSWORD)
    try:
        users.create_user(ctx, "bo", "Bo Berg", UserRole.OFFICE, "bo-har-en-lang-kode")
        before = json.loads(gui_installation.keys_path.read_text())
        users.disable_user(ctx, "bo")
    finally:
        ctx.close()
    edited = json.loads(gui_installation.keys_path.read_text())
    edited["users"]["bo"] = before["users"]["bo"]  # his old key back, from a copy
    gui_installation.keys_path.write_text(json.dumps(edited))
    ctl = controller(gui_installation)
    ctl.start()

    log_in(qtbot, ctl)

    qtbot.waitUntil(lambda: ctl.login_dialog.warning_box is not None
                    and ctl.login_dialog.warning_box.isVisible(), timeout=10_000)
    box = ctl.login_dialog.warning_box
    assert "Nøglefilen er ændret uden om programmet" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert ctl.main_window.isVisible()
