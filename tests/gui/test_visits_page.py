"""Tilsyn og hjemmebesøg: the once-a-month rule shown as a clear warning, recording a
supervision visit with follow-ups, and a home visit that needs a family."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QColor

from dagpleje_desktop.domain.enums import HomeKind, VisitKind
from dagpleje_desktop.services.records import homes
from dagpleje_desktop.services.meeting_cycle import visits

from consultant_steps import (at, click, click_navigation, click_tab, seed, start_app,
                              wait_closed, wait_idle)
from gui_support import DATA

pytestmark = pytest.mark.gui
WAIT = 20_000


def _visited(ctx, home_name: str, days_ago: int) -> None:
    home = next(h for h in homes.list_homes(ctx) if h.name == home_name)
    visits.record_visit(ctx, visits.VisitInput(
        VisitKind.SUPERVISION, at(ctx.today() - timedelta(days=days_ago), 12),
        home_id=home.id, notes="Alt vel"))


def _solsikken_31_days_ago_and_a_fresh_home(ctx) -> None:
    homes.create_home(ctx, homes.HomeInput("Mælkebøtten", HomeKind.MINI, 4))
    _visited(ctx, DATA.home, 31)
    _visited(ctx, "Mælkebøtten", 5)


def open_visits(qtbot, controller, installation):
    ctl, window = start_app(qtbot, controller, installation)
    click_navigation(qtbot, window, "Møder")
    page = window.pages["Møder"]
    click_tab(qtbot, page.tabs, "Tilsyn og hjemmebesøg")
    view = page.visits_view
    qtbot.waitUntil(lambda: view.loaded > 0, timeout=WAIT)
    return window, view


def open_dialog(qtbot, view, button):
    """Click the button; the dialog is ready once its homes and families are there."""
    click(qtbot, button)
    dialog = view.dialog
    qtbot.waitUntil(dialog.ui.saveButton.isEnabled, timeout=WAIT)
    return dialog


def rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_a_home_not_visited_for_31_days_is_shown_as_overdue(qtbot, controller,
                                                            gui_installation):
    seed(gui_installation, _solsikken_31_days_ago_and_a_fresh_home)
    window, view = open_visits(qtbot, controller, gui_installation)

    assert view.warning.isVisible()
    assert view.warning_text.text() == \
        f"Tilsyn er overskredet i 1 dagplejehjem: {DATA.home} (31 dage siden)."
    table = view.homes_table
    assert [r[0:2] + r[3:] for r in rows(table)] == [
        ["● Overskredet", DATA.home, "31"], ["● I orden", "Mælkebøtten", "5"]]
    assert table.item(0, 0).foreground().color() == QColor("#b3261e")  # red marker
    assert table.item(0, 1).background().color() == QColor("#fdecea")

    click_navigation(qtbot, window, "Kalender")
    calendar = window.pages["Kalender"]
    today = calendar.gui.session.today()

    def overdue_shown() -> bool:
        cell = calendar.current_view().cell_for(today)
        return cell is not None and \
            f"Tilsyn overskredet – {DATA.home}" in [c.item.title for c in cell.chips]
    qtbot.waitUntil(overdue_shown, timeout=WAIT)


def test_recording_a_supervision_visit_clears_the_warning(qtbot, controller,
                                                          gui_installation):
    seed(gui_installation, lambda ctx: _visited(ctx, DATA.home, 40))
    _, view = open_visits(qtbot, controller, gui_installation)
    assert view.warning.isVisible()
    view.homes_table.selectRow(0)
    dialog = open_dialog(qtbot, view, view.supervise_button)
    assert dialog.ui.title.text() == "Registrér tilsyn"
    assert dialog.ui.homeChoice.currentText() == DATA.home  # the chosen home
    qtbot.keyClicks(dialog.ui.notes, "Puderum indrettet; gennemgik sovetider")
    qtbot.keyClicks(dialog.follow_ups.description, "Bestille ny madras")
    qtbot.keyClicks(dialog.follow_ups.owner.lineEdit(), "Hanne Sørensen")
    click(qtbot, dialog.ui.saveButton)  # the typed follow-up is added, not lost
    wait_closed(qtbot, dialog)

    qtbot.waitUntil(lambda: not view.warning.isVisible(), timeout=WAIT)
    assert rows(view.homes_table)[0][0] == "● I orden"
    assert rows(view.homes_table)[0][3] == "0"
    latest = rows(view.visits_table)[0]
    assert latest[1:3] == ["Tilsyn", DATA.home] and latest[4] == "1 åben"
    assert latest[5] == "Puderum indrettet; gennemgik sovetider"
    [visit, _] = seed(gui_installation, lambda ctx: visits.list_visits(ctx))
    assert [f.description for f in visit.follow_ups] == ["Bestille ny madras"]
    assert "Tilsyn registreret" in view.feedback.text()


def test_a_home_visit_needs_a_family(qtbot, controller, gui_installation):
    _, view = open_visits(qtbot, controller, gui_installation)
    dialog = open_dialog(qtbot, view, view.home_visit_button)
    assert dialog.ui.title.text() == "Registrér hjemmebesøg"
    assert dialog.ui.childChoice.isVisible() and not dialog.ui.homeChoice.isVisible()
    qtbot.keyClicks(dialog.ui.notes, "Afklaring efter visitation")
    click(qtbot, dialog.ui.saveButton)
    wait_idle(qtbot, view.gui)
    assert dialog.isVisible()
    assert dialog.ui.formError.text() == "Vælg hvilket barns familie hjemmebesøget var hos."
    assert seed(gui_installation, lambda ctx: visits.list_visits(ctx)) == []

    dialog.ui.childChoice.setCurrentIndex(dialog.ui.childChoice.findText(DATA.child_name))
    click(qtbot, dialog.ui.saveButton)
    wait_closed(qtbot, dialog)
    qtbot.waitUntil(lambda: view.visits_table.rowCount() == 1, timeout=WAIT)
    assert rows(view.visits_table)[0][1:3] == ["Hjemmebesøg", f"Familien til {DATA.child_name}"]
