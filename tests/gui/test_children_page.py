"""Finding a child and reading her page, as a guest childminder would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel

from gui_support import DATA, log_in

pytestmark = pytest.mark.gui


def texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def open_children(qtbot, ctl):
    window = log_in(qtbot, ctl)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "Børn"
    page = window.pages["Børn"]
    qtbot.waitUntil(lambda: page.list_view.loaded)  # the list is read in the background
    return window, page


def test_filter_and_enter_opens_the_child_page(qtbot, controller, gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    window, page = open_children(qtbot, ctl)
    view = page.list_view
    assert view.proxy.rowCount() == 3

    qtbot.keyClicks(view.search, "maj")
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)
    assert "1 af 3" in view.count_label.text()
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # moves to the first match
    qtbot.keyClick(view.table, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: page.showing_child)
    detail = page.detail_view
    assert detail.name_label.text() == DATA.child_name
    assert "150322-XXXX" in detail.facts_label.text()
    assert "150322-4018" not in "".join(texts(detail))
    assert DATA.home in detail.facts_label.text()
    box = detail.findChild(QFrame, "whatWorksBox")
    assert DATA.allergy in texts(box)
    assert DATA.routine in texts(box)
    page_texts = texts(detail)
    assert DATA.guardian in page_texts
    timeline = detail.timeline  # cards are painted by a delegate: read what they say
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 2)
    cards = [timeline.model.index(row).data() for row in range(2)]
    assert any(card.startswith("4. marts 2025 kl. 10.15")  # Danish time
               and "Social udvikling" in card and "Finmotorik" in card
               and DATA.observation in card for card in cards)


def test_what_works_box_comes_before_everything_else(qtbot, controller, gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    _, page = open_children(qtbot, ctl)
    page.list_view.search.setText("Maja")
    qtbot.waitUntil(lambda: page.list_view.proxy.rowCount() == 1)
    page.list_view.table.setCurrentIndex(page.list_view.proxy.index(0, 0))
    qtbot.keyClick(page.list_view.table, Qt.Key.Key_Enter)

    qtbot.waitUntil(lambda: page.showing_child)
    first_section = page.detail_view.sections_layout.itemAt(0).widget()
    assert first_section.objectName() == "whatWorksBox"


def test_double_click_opens_child_and_back_button_returns(qtbot, controller,
                                                          gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    _, page = open_children(qtbot, ctl)
    view = page.list_view
    qtbot.keyClicks(view.search, "Emil")
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)
    table = view.table
    rect = table.visualRect(view.proxy.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    qtbot.waitUntil(lambda: page.showing_child)
    assert page.detail_view.name_label.text() == "Emil Jensen"
    assert "Ikke registreret" in texts(page.detail_view.findChild(QFrame, "whatWorksBox"))
    qtbot.waitUntil(lambda: "Der er endnu ingen observationer." in texts(page.detail_view))

    back = page.detail_view.back_button
    qtbot.waitUntil(lambda: back.width() > 0)  # laid out, as the user sees it
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert not page.showing_child
    assert view.search.text() == "Emil"  # the search is kept


def test_search_matches_danish_letters_regardless_of_case(qtbot, controller,
                                                          gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    _, page = open_children(qtbot, ctl)
    qtbot.keyClicks(page.list_view.search, "åse ø")
    proxy = page.list_view.proxy
    qtbot.waitUntil(lambda: proxy.rowCount() == 1)
    assert proxy.index(0, 0).data() == "Åse Ørsted"
    assert proxy.index(0, 3).data() == "Indstillet"
