"""Views refresh from change records: what one page writes, the others show at once,
without a restart or reopening the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from consultant_steps import click_navigation, start_app
from office_steps import LEFT, WAIT, click, click_tab, type_text, wait_closed

pytestmark = pytest.mark.gui


def shown_names(list_view) -> list[str]:
    model = list_view.table.model()
    return [model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
            for row in range(model.rowCount())]


def test_a_child_registered_at_the_office_is_in_the_children_list_at_once(
        qtbot, controller, gui_installation):
    _ctl, window = start_app(qtbot, controller, gui_installation)
    click_navigation(qtbot, window, "Børn")
    list_view = window.pages["Børn"].list_view
    qtbot.waitUntil(lambda: list_view.loaded and bool(shown_names(list_view)), timeout=WAIT)
    count_before = list_view.count_label.text()
    assert "Liva Holm" not in " ".join(shown_names(list_view))

    click_navigation(qtbot, window, "Visitation")
    page = window.pages["Visitation"]
    click_tab(qtbot, page.tabs, "Visitationssager")
    view = page.referrals_view
    click(qtbot, view.new_button)
    dialog = view.dialog
    type_text(qtbot, dialog.referrer_name, "Hanne Ravn, Sundhedsplejen")
    type_text(qtbot, dialog.reason, "Spiser dårligt.")
    type_text(qtbot, dialog.first_name, "Liva")
    type_text(qtbot, dialog.last_name, "Holm")
    click(qtbot, dialog.action_button)
    wait_closed(qtbot, dialog)

    click_navigation(qtbot, window, "Børn")
    qtbot.waitUntil(lambda: any("Liva" in name for name in shown_names(list_view)),
                    timeout=WAIT)
    assert list_view.count_label.text() != count_before
