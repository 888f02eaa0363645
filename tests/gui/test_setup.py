"""First run: the set-up dialog creates the installation and shows the recovery key once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from dagpleje_desktop.gui.dialogs.recovery_key import RecoveryKeyDialog
from dagpleje_desktop.services.installation import Installation

pytestmark = pytest.mark.gui

KEY = "ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2-34567-89ABC-DEFGH"


def fill_setup(qtbot, dialog, *, repeat: str = "blomst-i-haven"):
    ui = dialog.ui
    ui.roleChoice.setCurrentIndex(ui.roleChoice.findText("Mini-dagplejer"))
    qtbot.keyClicks(ui.fullName, "Lise Mortensen")
    qtbot.keyClicks(ui.username, "lise")
    qtbot.keyClicks(ui.password, "blomst-i-haven")
    qtbot.keyClicks(ui.passwordRepeat, repeat)
    qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)


def test_continue_is_disabled_until_the_key_is_written_down(qtbot):
    dialog = RecoveryKeyDialog(KEY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "ABCDE-FGHJK" in dialog.ui.recoveryKey.text()
    assert not dialog.ui.continueButton.isEnabled()

    dialog.reject()  # Escape or the close button must not lose the only copy
    assert dialog.isVisible()

    qtbot.mouseClick(dialog.ui.confirmCheck, Qt.MouseButton.LeftButton)
    assert dialog.ui.confirmCheck.isChecked()
    assert dialog.ui.continueButton.isEnabled()
    qtbot.mouseClick(dialog.ui.continueButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_copy_puts_the_key_on_the_clipboard(qtbot):
    dialog = RecoveryKeyDialog(KEY)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.copyButton, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == KEY
    assert dialog.ui.copiedLabel.text().startswith("Kopieret")


def test_first_run_creates_installation_shows_key_then_main_window(qtbot, controller,
                                                                    tmp_path):
    installation = Installation(data_dir=tmp_path / "ny")
    ctl = controller(installation)
    ctl.start()
    assert ctl.login_dialog is None and ctl.setup_dialog.isVisible()

    fill_setup(qtbot, ctl.setup_dialog)
    qtbot.waitUntil(lambda: ctl.recovery_dialog is not None, timeout=30_000)

    key_dialog = ctl.recovery_dialog
    key_chars = [ch for ch in key_dialog.ui.recoveryKey.text() if ch.isalnum()]
    assert len(key_chars) == 40  # eight groups of five, shown once
    assert ctl.main_window is None
    assert not key_dialog.ui.continueButton.isEnabled()
    qtbot.mouseClick(key_dialog.ui.confirmCheck, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(key_dialog.ui.continueButton, Qt.MouseButton.LeftButton)

    assert ctl.main_window is not None and ctl.main_window.isVisible()
    status = ctl.main_window.findChild(QLabel, "statusUser").text()
    assert "Lise Mortensen" in status and "Mini-dagplejer" in status
    assert installation.exists()


def test_mismatched_passwords_are_explained_and_nothing_is_created(qtbot, controller,
                                                                   tmp_path):
    installation = Installation(data_dir=tmp_path / "ny")
    ctl = controller(installation)
    ctl.start()
    fill_setup(qtbot, ctl.setup_dialog, repeat="blomst-i-have")

    assert ctl.setup_dialog.ui.repeatError.text() == "De to adgangskoder er ikke ens."
    assert not ctl.runner.busy and not installation.exists()


def test_short_password_and_missing_name_are_explained(qtbot, controller, tmp_path):
    installation = Installation(data_dir=tmp_path / "ny")
    ctl = controller(installation)
    ctl.start()
    ui = ctl.setup_dialog.ui
    qtbot.keyClicks(ui.password, "kort")
    qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)

    assert ui.fullNameError.text() == "Skriv dit fulde navn."
    assert ui.passwordError.text() == "Adgangskoden skal være mindst 12 tegn (der mangler 8)."
    assert not installation.exists()


def test_the_role_is_asked_first_and_has_no_default(qtbot, controller, tmp_path):
    installation = Installation(data_dir=tmp_path / "ny")
    ctl = controller(installation)
    ctl.start()
    ui = ctl.setup_dialog.ui
    assert ui.roleChoice.currentIndex() == -1 and ui.roleChoice.currentData() is None
    assert ui.roleChoice.placeholderText() == "Vælg din rolle …"
    qtbot.keyClicks(ui.fullName, "Lise Mortensen")
    qtbot.keyClicks(ui.username, "lise")
    qtbot.keyClicks(ui.password, "blomst-i-haven")
    qtbot.keyClicks(ui.passwordRepeat, "blomst-i-haven")
    qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)

    assert ui.formError.text().startswith("Vælg din rolle")
    assert not ctl.runner.busy and not installation.exists()
    ui.roleChoice.setCurrentIndex(ui.roleChoice.findText("Mini-dagplejer"))
    assert "eget hjem" in ui.roleHint.text()
