"""The other pages: navigation, Oversigt, Dagplejehjem, Indstillinger, placeholders."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from dagpleje_desktop.gui.main_window import PAGE_NAMES

from gui_support import DATA, log_in

pytestmark = pytest.mark.gui


def texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def click_navigation(qtbot, window, name: str) -> None:
    navigation = window.navigation
    item = navigation.item(PAGE_NAMES.index(name))
    rect = navigation.visualItemRect(item)
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_every_page_is_reachable_by_click_and_by_ctrl_number(qtbot, controller,
                                                             gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    window = log_in(qtbot, ctl)
    for number, name in enumerate(PAGE_NAMES, start=1):
        click_navigation(qtbot, window, name)
        assert window.current_page_name() == name
        qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_name() == "Oversigt"
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_name() == name
        assert window.stack.currentWidget().accessibleName() == name


def test_homes_page_lists_places_taken_and_free(qtbot, controller, gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    window = log_in(qtbot, ctl)
    click_navigation(qtbot, window, "Dagplejehjem")
    table = window.pages["Dagplejehjem"].table
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)  # read off the GUI thread
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    assert row == [DATA.home, "Mini-dagplejehjem", "4", "2", "2", DATA.childminder,
                   "Engvej 3, 5000 Odense C"]


def test_settings_show_organisation_and_data_location(qtbot, controller, gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    window = log_in(qtbot, ctl)
    click_navigation(qtbot, window, "Indstillinger")
    page = window.pages["Indstillinger"]
    qtbot.waitUntil(lambda: page.findChild(QLabel, "organisationContact") is not None)
    assert "Mini-dagplejen" in page.findChild(QLabel, "organisationContact").text()
    assert page.findChild(QLabel, "dataLocation").text() == str(gui_installation.data_dir)


def test_overview_counts_children_and_homes(qtbot, controller, gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    window = log_in(qtbot, ctl)
    qtbot.waitUntil(lambda: window.pages["Oversigt"].data is not None)  # read off the GUI thread
    page_texts = texts(window.pages["Oversigt"])
    assert "Indskrevet: 1" in page_texts and "Indstillet: 2" in page_texts
    assert "1 dagplejehjem" in page_texts
    assert "4 pladser, 2 ledige i dag" in page_texts
