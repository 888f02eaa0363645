"""Udskrifter: choose a document and what it is about, see it, edit the folder's texts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dagpleje_desktop.gui.dialogs.folder_texts import FolderTextsDialog
from dagpleje_desktop.gui.main_window import MainWindow
from dagpleje_desktop.gui.pages.prints import PrintsPage
from dagpleje_desktop.gui.printing import DocumentKind
from dagpleje_desktop.services.security import audit

from print_support import (CHILD, OTHER, choose, combo_texts, gone, pdf_text,  # noqa: F401
                           world)

pytestmark = pytest.mark.gui


def type_lines(qtbot, widget, *lines: str) -> None:
    for number, line in enumerate(lines):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(widget, line)


def open_page(qtbot, world) -> PrintsPage:
    page = PrintsPage(world.gui)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: not page.busy_loading, timeout=10_000)
    return page


def pick(qtbot, page: PrintsPage, kind: str, child: str = CHILD) -> None:
    choose(qtbot, page.kind_combo, kind)
    choose(qtbot, page.child_combo, child)
    qtbot.waitUntil(lambda: not page.busy_loading, timeout=10_000)


def click_show(qtbot, page: PrintsPage):
    opened = []
    page.preview_opened.connect(opened.append)
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=5_000)
    dialog = opened[0]
    qtbot.waitUntil(lambda: dialog.loaded or dialog.retry_button.isVisible(), timeout=30_000)
    return dialog


def test_the_document_list_offers_every_kind_for_a_consultant(qtbot, world):
    page = open_page(qtbot, world)
    assert combo_texts(page.kind_combo) == [
        "Handleplan", "Dagsorden", "Referat", "Tilsynsrapport", "Overleveringspakke",
        "Folder", "Barnets mappe", "Taskeseddel", "Statusbeskrivelse", "TOPI-ark",
        "Samtykkeerklæring", "Tilbagekaldelse af samtykke", "Invitation til møde",
        "Tjekliste til tilsyn", "Overgangsbeskrivelse", "Forløbspapir", "Brev om gæstepleje",
        "Brev om afgørelse", "Tilsyn i en måned"]
    # Danish order; children not active say so.
    assert combo_texts(page.child_combo)[0].startswith(CHILD)


def test_each_kind_offers_the_childs_own_plans_meetings_and_visits(qtbot, world):
    page = open_page(qtbot, world)
    pick(qtbot, page, "Handleplan")
    assert page.item_label.text() == "Version"
    assert [t.split(" ")[:3] for t in combo_texts(page.item_combo)] == \
        [["Version", "1", "–"]] and "godkendt" in page.item_combo.currentText()

    choose(qtbot, page.kind_combo, "Dagsorden")
    qtbot.waitUntil(lambda: not page.busy_loading, timeout=10_000)
    meetings = combo_texts(page.item_combo)
    assert len(meetings) == 2 and all(t.startswith("Statusmøde") for t in meetings)
    assert page.item_combo.currentText().endswith("planlagt")  # the next meeting

    choose(qtbot, page.kind_combo, "Referat")
    qtbot.waitUntil(lambda: not page.busy_loading, timeout=10_000)
    assert [t.endswith("afholdt") for t in combo_texts(page.item_combo)] == [True]

    choose(qtbot, page.kind_combo, "Tilsynsrapport")
    qtbot.waitUntil(lambda: not page.busy_loading, timeout=10_000)
    assert page.item_label.text() == "Besøg"
    visits = combo_texts(page.item_combo)
    assert len(visits) == 1 and visits[0].startswith("Tilsyn") and "Solstrålen" in visits[0]

    # The other child has no plan: the page says so and there is nothing to show.
    choose(qtbot, page.kind_combo, "Handleplan")
    choose(qtbot, page.child_combo, f"Zoë {OTHER}")
    qtbot.waitUntil(lambda: not page.busy_loading, timeout=10_000)
    assert combo_texts(page.item_combo) == ["Ingen handleplaner"]
    assert "ingen handleplan endnu" in page.item_note.text()
    assert not page.show_button.isEnabled()


def test_vis_udskrift_shows_the_chosen_minutes_of_this_child(qtbot, world):
    page = open_page(qtbot, world)
    pick(qtbot, page, "Referat")
    dialog = click_show(qtbot, page)
    assert dialog.loaded, dialog.message.text()
    assert dialog.windowTitle().startswith("Referat, statusmøde")
    text = pdf_text(dialog.data)
    assert "Referat" in text and CHILD in text
    assert "Łucja fortsætter i Mini-dagplejen i et halvt år mere." in text
    assert OTHER not in text
    assert dialog.request.suggested_file_name.startswith("referat-łucja-nguyễn-")
    events = audit.list_events(world.gui.session, child_id=world.case.child_id)
    assert any(e.action == "print" and e.entity == "minutes" for e in events)


def test_case_folder_takes_a_purpose_and_the_folder_needs_no_child(qtbot, world):
    page = open_page(qtbot, world)
    pick(qtbot, page, "Barnets mappe")
    assert page.purpose_edit.isVisible() and not page.item_combo.isVisible()
    qtbot.keyClicks(page.purpose_edit, "Forældrenes anmodning om indsigt")
    dialog = click_show(qtbot, page)
    assert dialog.loaded and dialog.page_count() > 2
    assert "Forældrenes anmodning om indsigt" in pdf_text(dialog.data)
    dialog.close()

    choose(qtbot, page.kind_combo, "Folder")
    assert page.edit_texts_button.isVisible() and not page.purpose_edit.isVisible()
    dialog = click_show(qtbot, page)
    assert dialog.loaded and dialog.page_count() == 2
    assert CHILD not in pdf_text(dialog.data)


def test_edited_folder_text_is_in_the_regenerated_folder_until_restored(qtbot, world):
    page = open_page(qtbot, world)
    choose(qtbot, page.kind_combo, "Folder")
    qtbot.mouseClick(page.edit_texts_button, Qt.MouseButton.LeftButton)
    editor = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, FolderTextsDialog) and w.isVisible())
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    row = [editor.panels.item(i).text() for i in range(editor.panels.count())].index(
        "Inderside, midten")
    qtbot.mouseClick(editor.panels.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.panels.visualItemRect(editor.panels.item(row)).center())
    assert editor.panel_title.text() == "Inderside, midten"
    editor.editor.selectAll()
    type_lines(qtbot, editor.editor, "# Åbent hus", "",
               "Vi holder åbent hus hver torsdag kl. 9-11.")
    assert editor.panels.item(row).text().endswith("egen tekst")
    assert editor.restore_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gone(editor), timeout=10_000)
    assert "Folderens tekster er gemt" in page.feedback.text()

    dialog = click_show(qtbot, page)
    text = pdf_text(dialog.data)
    assert "Vi holder åbent hus hver torsdag kl. 9-11." in text
    dialog.close()

    editor = page.edit_folder_texts()
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    editor.select_panel("inside_middle")
    assert "åbent hus" in editor.editor.toPlainText()
    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)
    assert not editor.restore_button.isEnabled()
    assert not editor.panels.item(row).text().endswith("egen tekst")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gone(editor), timeout=10_000)
    dialog = click_show(qtbot, page)
    assert "åbent hus" not in pdf_text(dialog.data)


def test_a_too_long_folder_text_is_refused_and_nothing_is_saved(qtbot, world):
    page = open_page(qtbot, world)
    editor = page.edit_folder_texts()
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    editor.select_panel("front")
    editor.editor.setPlainText("x" * 5001)
    assert editor.count.text() == "5001 af 5000 tegn"
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(editor.error.isVisible, timeout=10_000)
    assert "for lang" in editor.error.text() and editor.isVisible()


def test_other_pages_can_ask_the_main_window_for_a_preview(qtbot, world):
    window = MainWindow(world.gui)
    qtbot.addWidget(window)
    window.show_page("Udskrifter")
    assert window.stack.currentWidget() is window.pages["Udskrifter"]
    dialog = window.preview_document(DocumentKind.ACTION_PLAN.value, plan_id=world.case.plan_id,
                                     title="Handleplan for Łucja")
    qtbot.waitUntil(lambda: dialog.loaded, timeout=30_000)
    assert "Handleplan" in pdf_text(dialog.data)
    assert dialog.windowTitle() == "Handleplan for Łucja – vis udskrift"
    dialog.close()
