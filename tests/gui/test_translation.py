"""Language: Danish by default, English when chosen in Indstillinger (applies at next start)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QApplication, QComboBox, QDialogButtonBox, QFileDialog, QLabel,
                               QPushButton, QScrollArea)

from dagpleje_desktop.gui import translation
from dagpleje_desktop.gui.main_window import PAGE_NAMES

from gui_support import log_in

pytestmark = pytest.mark.gui
WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def settings(monkeypatch, tmp_path, qapp):
    """The user's real settings stay untouched; the next test starts in Danish again."""
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(translation, "language_settings", lambda: store)
    yield store
    translation.remove_translators(qapp)


def start_in(language: str, settings, qapp, controller, installation):
    """The program starts with ``language`` stored, as after a restart."""
    settings.setValue(translation.SETTINGS_KEY, language)
    translation.install_translators(qapp)
    ctl = controller(installation)
    ctl.start()
    return ctl


def navigation_texts(window) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_qts_file_dialog_is_danish_in_the_danish_ui(qtbot, qapp):
    translation.install_translators(qapp, "da")
    dialog = QFileDialog(None, "Gem som PDF")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, not GTK's
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)

    labels = [label.text() for label in dialog.findChildren(QLabel)]
    buttons = [button.text() for button in dialog.findChildren(QPushButton) if button.text()]
    assert "&Kig i:" in labels and "&Filnavn:" in labels and "Filer af &type:" in labels
    assert "&Gem" in buttons and "Annuller" in buttons
    for english in ("Look in", "Files of", "File name", "Cancel", "Save"):
        assert not any(english in text for text in labels + buttons), english


def test_english_start_shows_english_login_and_navigation(qtbot, qapp, settings, controller,
                                                          gui_installation):
    ctl = start_in("en", settings, qapp, controller, gui_installation)
    dialog = ctl.login_dialog
    assert dialog.ui.usernameLabel.text() == "&Username"
    assert dialog.ui.passwordLabel.text() == "&Password"
    assert dialog.ui.loginButton.text() == "Log in"
    assert dialog.windowTitle() == "Log in – Dagpleje Desktop"

    window = log_in(qtbot, ctl)

    shown = navigation_texts(window)
    assert shown[:2] == ["Overview", "Children"]
    assert "Settings" in shown and "Oversigt" not in shown
    assert window.findChild(QLabel, "statusUser").text().startswith("Logged in as")
    window.show_page("Børn")  # the pages keep their Danish keys inside the program
    assert window.current_page_name() == "Børn"


def test_danish_is_the_default_and_shows_danish_navigation(qtbot, qapp, settings, controller,
                                                           gui_installation):
    settings.remove(translation.SETTINGS_KEY)
    assert translation.current_language() == "da"
    ctl = start_in("da", settings, qapp, controller, gui_installation)
    assert ctl.login_dialog.ui.usernameLabel.text() == "&Brugernavn"

    window = log_in(qtbot, ctl)

    assert navigation_texts(window) == list(PAGE_NAMES)
    assert navigation_texts(window)[:2] == ["Oversigt", "Børn"]


def test_choosing_english_in_settings_stores_it_for_next_start(qtbot, qapp, settings,
                                                               controller, gui_installation):
    window = log_in(qtbot, start_in("da", settings, qapp, controller, gui_installation))
    row = PAGE_NAMES.index("Indstillinger")
    navigation = window.navigation
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton,
                     pos=navigation.visualItemRect(navigation.item(row)).center())
    combo = window.pages["Indstillinger"].findChild(QComboBox, "languageChoice")
    assert combo.currentText() == "Dansk"
    notice = window.pages["Indstillinger"].findChild(QLabel, "languageNotice")
    assert notice.text() == "Sproget skiftes, næste gang programmet startes."

    window.pages["Indstillinger"].findChild(QScrollArea).ensureWidgetVisible(combo)
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=WAIT_MS)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # from "Dansk" to "English" in the open list
    qtbot.keyClick(view, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not view.isVisible(), timeout=WAIT_MS)
    assert combo.currentText() == "English"
    assert settings.value(translation.SETTINGS_KEY) == "en"
    assert translation.current_language() == "en"
    assert navigation_texts(window)[0] == "Oversigt"  # this run stays Danish until restart
    QApplication.processEvents()


def test_unknown_stored_language_falls_back_to_danish(settings):
    settings.setValue(translation.SETTINGS_KEY, "klingon")
    assert translation.current_language() == "da"
    with pytest.raises(ValueError):
        translation.set_language("klingon")


@pytest.mark.parametrize(("language", "cancel"), [("da", "Annuller"), ("en", "Cancel")])
def test_qt_standard_buttons_follow_the_language(qapp, settings, language, cancel):
    settings.setValue(translation.SETTINGS_KEY, language)
    translation.install_translators(qapp)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
