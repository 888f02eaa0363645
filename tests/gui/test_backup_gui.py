"""Indstillinger → Sikkerhedskopi: make a backup with progress, check it, and restore it
(after logging out), as the consultant; a mini-childminder does not see the card."""

from __future__ import annotations

import pytest
from gui_support import PASSWORD, log_in
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from dagpleje_desktop.gui.widgets import backup_settings
from dagpleje_desktop.services.records import children

pytestmark = pytest.mark.gui


def _card(qtbot, window):
    window.show_page("Indstillinger")
    page = window.pages["Indstillinger"]
    card = page.findChild(QWidget, "backupSettings")
    qtbot.waitUntil(lambda: card.isVisible())
    return card


def _press(qtbot, card, name: str) -> None:
    button = card.findChild(QPushButton, name)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _child_names(installation) -> set[str]:
    ctx = installation.login("hanne", PASSWORD)
    try:
        return {c.first_name for c in children.list_children(ctx)}
    finally:
        ctx.close()


def test_backup_check_and_restore_from_the_settings_page(qtbot, controller, gui_installation,
                                                         tmp_path, monkeypatch):
    target = tmp_path / "kopi.dagpleje-backup"
    monkeypatch.setattr(backup_settings, "ask_save_path", lambda *args: target)
    monkeypatch.setattr(backup_settings, "ask_backup_file", lambda *args: target)
    monkeypatch.setattr(backup_settings, "ask_password", lambda *args: PASSWORD)
    questions = []
    monkeypatch.setattr(backup_settings, "confirm_restore",
                        lambda parent, question: questions.append(question) or True)
    ctl = controller(gui_installation)
    ctl.start()
    window = log_in(qtbot, ctl)
    card = _card(qtbot, window)
    status = card.findChild(QWidget, "backupStatus")

    _press(qtbot, card, "makeBackup")
    qtbot.waitUntil(lambda: "er gemt i" in status.text(), timeout=60_000)
    assert target.is_file()

    _press(qtbot, card, "checkBackup")
    qtbot.waitUntil(lambda: "er i orden" in status.text(), timeout=60_000)

    # Work done after the backup is what a restore takes back.
    children.create_child(window.gui.session, children.ChildInput("Efterkommer", "Holm"))
    assert "Efterkommer" in _child_names(gui_installation)

    _press(qtbot, card, "restoreBackup")
    qtbot.waitUntil(lambda: ctl.main_window is None and ctl.login_dialog is not None
                    and ctl.login_dialog.isVisible(), timeout=60_000)
    assert "Det, der er skrevet siden" in questions[0]
    assert "er gendannet" in ctl.login_dialog.ui.notice.text()
    assert "Efterkommer" not in _child_names(gui_installation)
    aside = [p.name for p in gui_installation.data_dir.iterdir() if "before-restore" in p.name]
    assert aside, "the replaced database is kept under a dated name"


def test_a_wrong_password_for_the_backup_is_said_and_nothing_happens(qtbot, controller,
                                                                     gui_installation,
                                                                     tmp_path, monkeypatch):
    target = tmp_path / "kopi.dagpleje-backup"
    monkeypatch.setattr(backup_settings, "ask_save_path", lambda *args: target)
    monkeypatch.setattr(backup_settings, "ask_backup_file", lambda *args: target)
    ctl = controller(gui_installation)
    ctl.start()
    window = log_in(qtbot, ctl)
    card = _card(qtbot, window)
    status = card.findChild(QWidget, "backupStatus")
    _press(qtbot, card, "makeBackup")
    qtbot.waitUntil(lambda: "er gemt i" in status.text(), timeout=60_000)
    monkeypatch.setattr(backup_settings, "ask_password", lambda *args: "forkert-kode-her")
    _press(qtbot, card, "restoreBackup")
    qtbot.waitUntil(lambda: card.findChild(QPushButton, "restoreBackup").isEnabled()
                    and "orden" not in status.text() and status.text() != "", timeout=60_000)
    assert status.property("role") == "error"
    assert ctl.main_window is window and window.isVisible()
