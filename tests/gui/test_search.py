"""Full-text search across the user's children, with the hits highlighted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from dagpleje_desktop.gui.pages.search import HIGHLIGHT, HTML_ROLE, snippet_html
from dagpleje_desktop.services.journal.observations import HIT_END, HIT_START

from child_page_support import (child_installation, child_template,  # noqa: F401
                                open_child_page, start, wait)

pytestmark = pytest.mark.gui


def highlighted_pixels(widget) -> int:
    image = widget.grab().toImage()
    wanted = QColor(HIGHLIGHT).rgb()
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixel(x, y) == wanted)


def test_finds_a_danish_word_in_another_child_and_opens_it_on_enter(qtbot, controller,
                                                                     child_installation):
    window, seed = start(qtbot, controller, child_installation)
    open_child_page(qtbot, window, "Maja")  # reading one child, searching all of them

    field = window.search_field
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert field.hasFocus()
    qtbot.keyClicks(field, "bjørn")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    view = window.search_view
    wait(qtbot, lambda: not view.searching and view.model.rowCount() == 1)
    assert window.current_page_name() == "Børn"
    hit = view.model.hits[0]
    assert hit.child_name == "Emil Jensen"
    assert view.summary.text().startswith("1 observation indeholder »bjørn«.")
    html = view.model.index(0).data(HTML_ROLE)
    assert f'{HIGHLIGHT}; font-weight:600;">bjørneunge</span>' in html  # the hit, marked
    assert "&lt;kat&gt;" in html and "<kat>" not in html  # the user's text, escaped
    assert "&amp;" in html
    wait(qtbot, lambda: highlighted_pixels(view.list.viewport()) > 20)  # yellow shows

    assert view.list.hasFocus()  # Enter again opens the child at the observation
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    page = window.pages["Børn"]
    wait(qtbot, lambda: page.showing_child)  # the child is read in the background
    detail = page.detail_view
    assert detail.name_label.text() == "Emil Jensen"
    timeline = detail.timeline
    wait(qtbot, lambda: timeline.list.currentIndex().isValid())
    current = timeline.model.observation(timeline.list.currentIndex().row())
    assert current.id == seed.by_text["emil"]


def test_nothing_found_says_so_and_back_returns_to_the_list(qtbot, controller,
                                                            child_installation):
    window, _seed = start(qtbot, controller, child_installation)
    qtbot.keyClicks(window.search_field, "elefantsnabel")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    view = window.search_view
    wait(qtbot, lambda: not view.searching)
    assert view.model.rowCount() == 0
    assert view.empty.text().startswith("Ingen observationer indeholder »elefantsnabel«")
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    page = window.pages["Børn"]
    assert page.stack.currentWidget() is page.list_view


def test_snippet_is_escaped_and_only_the_hits_are_marked():
    snippet = f"a <b>fed</b> & {HIT_START}rød{HIT_END} bil {HIT_START}uafsluttet"
    html = snippet_html(snippet)
    assert html.startswith("a &lt;b&gt;fed&lt;/b&gt; &amp; <span")
    assert ">rød</span> bil <span" in html
    assert html.endswith(">uafsluttet</span>")
