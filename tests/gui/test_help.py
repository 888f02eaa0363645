"""Help on F1: the user guide opens at the chapter for the page, and a new installation
starts with "Kom godt i gang"."""

from __future__ import annotations

import pytest
from gui_support import log_in
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pypdf import PdfReader

from dagpleje_desktop.services.installation import Installation

pytestmark = pytest.mark.gui


def _help_text(window) -> str:
    return window.help_window.text.toPlainText()


def test_f1_opens_the_guide_at_the_chapter_for_the_page(qtbot, controller,
                                                         gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    window = log_in(qtbot, ctl)
    window.show_page("Møder")
    qtbot.waitUntil(lambda: window.current_page_name() == "Møder")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help_window is not None and window.help_window.isVisible())
    help_window = window.help_window
    assert help_window.current_slug() == "konsulentens-moedecyklus"
    assert "Handleplanen følger SMTTE" in _help_text(window)

    # Choosing another chapter in the list shows it; the screenshots are found.
    row = next(r for r in range(help_window.contents.count())
               if help_window.contents.item(r).text() == "Mini-dagplejerens dag")
    rect = help_window.contents.visualItemRect(help_window.contents.item(row))
    qtbot.mouseClick(help_window.contents.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    qtbot.waitUntil(lambda: "Skriv en observation" in _help_text(window))
    document = help_window.text.document()
    image = document.resource(QTextDocument.ResourceType.ImageResource,
                              "screenshots/ny-observation.png")
    assert image is not None and not image.isNull()


def test_the_guide_is_saved_as_a_pdf_from_the_help_window(qtbot, controller,
                                                           gui_installation, tmp_path,
                                                           monkeypatch):
    ctl = controller(gui_installation)
    ctl.start()
    window = log_in(qtbot, ctl)
    window.show_help()
    target = tmp_path / "vejledning.pdf"
    monkeypatch.setattr("dagpleje_desktop.gui.dialogs.help_window.ask_save_path",
                        lambda *args: target)
    qtbot.mouseClick(window.help_window.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Gemt som PDF" in window.help_window.status.text(),
                    timeout=30_000)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    for title in ("Kom godt i gang", "Mini-dagplejerens dag", "Konsulentens mødecyklus",
                  "Kontoret", "Synkronisering og sikkerhed"):
        assert title in text


def test_a_new_installation_opens_with_getting_started(qtbot, controller, tmp_path):
    installation = Installation(data_dir=tmp_path / "ny")
    ctl = controller(installation)
    ctl.start()
    ui = ctl.setup_dialog.ui
    ui.roleChoice.setCurrentIndex(ui.roleChoice.findText("Mini-dagplejekonsulent"))
    qtbot.keyClicks(ui.fullName, "Lise Mortensen")
    qtbot.keyClicks(ui.username, "lise")
    qtbot.keyClicks(ui.password, "blomst-i-haven-om-foråret")
    qtbot.keyClicks(ui.passwordRepeat, "blomst-i-haven-om-foråret")
    qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctl.recovery_dialog is not None, timeout=30_000)
    key_dialog = ctl.recovery_dialog
    qtbot.mouseClick(key_dialog.ui.confirmCheck, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(key_dialog.ui.continueButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctl.main_window is not None and ctl.main_window.isVisible())
    window = ctl.main_window
    assert window.help_window is not None and window.help_window.isVisible()
    assert window.help_window.current_slug() == "kom-godt-i-gang"
    assert "Det første, du gør" in _help_text(window)
