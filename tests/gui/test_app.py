"""Starting the app: arguments, and the demo from empty folder to children on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from dagpleje_desktop.gui.app import installation_from_args, parse_args
from dagpleje_desktop.services.installation import Installation

pytestmark = pytest.mark.gui


def test_demo_uses_its_own_folder_unless_one_is_given(tmp_path, monkeypatch):
    monkeypatch.setenv("DAGPLEJE_DATA_DIR", str(tmp_path / "mine"))
    assert installation_from_args(parse_args(["--demo"])).data_dir == tmp_path / "mine" / "demo"
    assert installation_from_args(parse_args([])).data_dir == tmp_path / "mine"
    chosen = installation_from_args(parse_args(["--demo", "--data-dir", str(tmp_path / "x")]))
    assert chosen.data_dir == tmp_path / "x"


def test_data_dir_and_database_url_exclude_each_other():
    with pytest.raises(SystemExit):
        parse_args(["--data-dir", "a", "--database-url", "postgresql://x"])


def test_help_is_danish(capsys):
    with pytest.raises(SystemExit) as stop:
        parse_args(["--help"])

    out = capsys.readouterr().out
    assert stop.value.code == 0
    assert out.startswith("Brug: dagpleje-desktop")
    assert "vis denne hjælp og stop" in out and "tilvalg:" in out
    for english in ("usage:", "show this help message", "options:", "optional arguments"):
        assert english not in out


def test_wrong_use_is_one_danish_line(capsys):
    with pytest.raises(SystemExit) as stop:
        parse_args(["--ukendt"])

    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert err == ("Forkert brug af kommandoen: ukendte argumenter: --ukendt. "
                   "Se »dagpleje-desktop --help«.\n")


def test_demo_fills_data_and_logs_in_with_demo_password(qtbot, controller, tmp_path):
    ctl = controller(Installation(data_dir=tmp_path / "demo"), demo=True)
    ctl.start()
    qtbot.waitUntil(lambda: ctl.login_dialog is not None and ctl.login_dialog.isVisible(),
                    timeout=120_000)
    dialog = ctl.login_dialog
    assert dialog.ui.username.text() == "demo"
    qtbot.keyClicks(dialog.ui.password, "demo")
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctl.main_window is not None, timeout=30_000)

    window = ctl.main_window
    overview = window.pages["Oversigt"]
    qtbot.waitUntil(lambda: overview.data is not None, timeout=30_000)  # read off the GUI thread
    own_children = [b for b in overview.findChildren(QPushButton)
                    if b.accessibleName().startswith("Åbn ")]
    assert own_children, "the demo consultant works with some children"
    first = own_children[0]
    qtbot.waitUntil(lambda: first.width() > 0)
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert window.current_page_name() == "Børn"
    qtbot.waitUntil(lambda: window.pages["Børn"].detail_view.name_label.text() == first.text())

    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not window.pages["Børn"].showing_child
    qtbot.waitUntil(lambda: window.pages["Børn"].list_view.proxy.rowCount() > 0)
