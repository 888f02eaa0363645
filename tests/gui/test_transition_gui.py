"""The consultant writes the transition description on the child's page: the planned
start and the sections are stored (as versions), the Oversigt reminds her while no
consent lets it go to the kindergarten, and typed text survives closing the dialog."""

from __future__ import annotations

from datetime import timedelta

import pytest
from child_page_support import child_installation, child_template, open_child_page, start  # noqa: F401
from office_steps import replace_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from dagpleje_desktop.gui.dialogs.transition_editor import TransitionEditorDialog

pytestmark = pytest.mark.gui
WAIT = 30_000


def _open_editor(qtbot, detail) -> TransitionEditorDialog:
    qtbot.mouseClick(detail.transition_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(detail.transition_dialog, TransitionEditorDialog)
                    and detail.transition_dialog.save_button.isEnabled(), timeout=WAIT)
    return detail.transition_dialog


def test_sections_and_start_are_saved_and_the_overview_reminds(qtbot, controller,
                                                               child_installation):
    window, seed = start(qtbot, controller, child_installation)
    detail = open_child_page(qtbot, window, "Maja")
    dialog = _open_editor(qtbot, detail)
    assert "intet gyldigt samtykke" in dialog.consent_note.text()
    starts_on = window.gui.session.today() + timedelta(days=40)
    replace_text(qtbot, dialog.start.line_edit, f"{starts_on:%d-%m-%Y}")
    replace_text(qtbot, dialog.fields["styrker"], "Maja er nysgerrig og holder af sang.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)

    again = _open_editor(qtbot, detail)
    assert again.fields["styrker"].toPlainText() == "Maja er nysgerrig og holder af sang."
    assert again.start.value() == starts_on
    history = again.findChildren(QWidget)
    assert any("Version 1" in getattr(w, "text", lambda: "")() for w in history)
    again.reject()

    window.show_page("Oversigt")
    overview = window.pages["Oversigt"]
    qtbot.waitUntil(lambda: overview.findChild(QWidget, "dashboardTransitions") is not None,
                    timeout=WAIT)
    card = overview.findChild(QWidget, "dashboardTransitions")
    texts = " ".join(w.text() for w in card.findChildren(QPushButton))
    assert "Maja" in texts


def test_typed_text_is_kept_as_a_draft_when_the_dialog_is_closed(qtbot, controller,
                                                                 child_installation):
    window, seed = start(qtbot, controller, child_installation)
    detail = open_child_page(qtbot, window, "Maja")
    dialog = _open_editor(qtbot, detail)
    replace_text(qtbot, dialog.fields["leg"], "Leger helst med klodser.")
    qtbot.keyClick(dialog.fields["leg"], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.guard.question is not None, timeout=WAIT)
    box: QMessageBox = dialog.guard.question
    keep = box.findChild(QPushButton, "keepDraft")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)

    again = _open_editor(qtbot, detail)
    qtbot.waitUntil(lambda: again.fields["leg"].toPlainText() == "Leger helst med klodser.",
                    timeout=WAIT)
    assert QApplication.activeModalWidget() in (None, again)
