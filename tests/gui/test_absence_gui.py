"""Absence and guest care in the app: register an absence, see the affected child and the
guest homes with room on every day (a home full on one day is left out), the warning about
the child's special needs, book guest care and print the taskeseddel."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dagpleje_desktop.domain.enums import HomeKind
from dagpleje_desktop.services.records import children, guest_care, homes, placements
from dagpleje_desktop.services.records.children import ChildInput

from gui_support import DATA
from office_steps import (WAIT, choose, click, click_row, column_texts, open_office,
                          ordinary_home, row_of, seed, type_text, wait_closed)

pytestmark = pytest.mark.gui

TAB = "Fravær og gæstepleje"
NEAR, FULL_ONE_DAY, ROOMY = "Anne-Mettes dagpleje", "Birgits dagpleje", "Zeyneps dagpleje"


@pytest.fixture
def town(gui_installation):
    """Ordinary homes around Solsikken: one with a single free place, one full on the third
    day of next week's absence, one with plenty of room."""
    def prepare(ctx):
        since, first = ctx.today() - timedelta(days=60), ctx.today() + timedelta(days=7)
        ordinary_home(ctx, NEAR, 4, since)
        busy = ordinary_home(ctx, FULL_ONE_DAY, 4, since)
        extra = children.create_child(ctx, ChildInput("Carl", "Dagsen"))
        third = first + timedelta(days=2)
        placements.place_child(ctx, extra.id, busy.id, 1, third, third)
        ordinary_home(ctx, ROOMY, 2, since)
        return first
    first = seed(gui_installation, prepare)
    return gui_installation, first, first + timedelta(days=4)


def register_absence(qtbot, view, start, end):
    click(qtbot, view.new_button)
    dialog = view.dialog
    choose(qtbot, dialog.home, DATA.home)
    dialog.start.setDate(start)
    dialog.end.setDate(end)
    choose(qtbot, dialog.reason, "Ferie")
    type_text(qtbot, dialog.note, "Sommerferie, aftalt med forældrene")
    shown = view.panel.loaded
    click(qtbot, dialog.action_button)
    wait_closed(qtbot, dialog)
    qtbot.waitUntil(lambda: view.panel.loaded > shown and view.panel.absence is not None,
                    timeout=WAIT)


def test_guest_care_is_proposed_only_where_there_is_room_every_day_and_can_be_booked(
        qtbot, controller, town):
    installation, first, last = town
    window, page = open_office(qtbot, controller, installation, TAB)
    view, panel = page.absences_view, page.absences_view.panel

    register_absence(qtbot, view, first, last)

    assert "er registreret" in view.feedback.text()
    assert column_texts(view.table) == [DATA.home]
    assert view.table.item(0, 2).text() == "Ferie"
    assert panel.children_list.count() == 1
    assert panel.children_list.item(0).text() == f"{DATA.child_name} · mangler gæstepleje"
    assert "2 børn" not in panel.summary.text() and "1 børn" in panel.summary.text()
    warning = panel.warning_text.text()
    assert "Maja Nielsens særlige behov kan derfor ikke tilgodeses på samme måde" in warning
    assert "Særlige behov: Brug for ro ved overgange" in warning
    assert panel.proposed_home_names() == [NEAR, ROOMY]  # by name: no coordinates
    assert FULL_ONE_DAY not in panel.proposed_home_names()
    table = panel.homes_table
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["1", "3"]

    click_row(qtbot, table, row_of(table, ROOMY))
    click(qtbot, panel.book_button)
    qtbot.waitUntil(lambda: panel.booked.isVisible(), timeout=WAIT)
    period = f"{first:%d-%m-%Y} – {last:%d-%m-%Y}"
    assert panel.booked.text() == f"Booket: gæstepleje hos {ROOMY} {period}"
    assert panel.children_list.item(0).text() == \
        f"{DATA.child_name} · gæstepleje hos {ROOMY}"
    assert "Giv gæstedagplejeren taskesedlen" in panel.feedback.text()
    assert not panel.book_button.isEnabled()

    ctx = window.gui.session
    roomy = next(h for h in homes.list_homes(ctx, HomeKind.ORDINARY) if h.name == ROOMY)
    solsikken = next(h for h in homes.list_homes(ctx, HomeKind.MINI) if h.name == DATA.home)
    for home in (roomy, solsikken):  # both homes' calendars see it
        (care,) = guest_care.list_guest_care(ctx, home_id=home.id)
        assert (care.child_name, care.starts_on, care.ends_on) == (DATA.child_name, first, last)

    click(qtbot, panel.print_button)
    preview = panel.preview
    qtbot.waitUntil(lambda: preview.loaded, timeout=60_000)
    assert preview.page_count() >= 1
    assert "Taskeseddel – Maja Nielsen" in preview.windowTitle()
    preview.close()


def test_a_home_full_on_one_day_comes_back_when_the_period_avoids_that_day(
        qtbot, controller, town):
    installation, first, _ = town
    window, page = open_office(qtbot, controller, installation, TAB)
    view, panel = page.absences_view, page.absences_view.panel

    register_absence(qtbot, view, first, first + timedelta(days=1))

    assert panel.proposed_home_names() == [NEAR, FULL_ONE_DAY, ROOMY]


def test_an_overlapping_absence_is_refused_in_the_dialog(qtbot, controller, town):
    installation, first, last = town
    window, page = open_office(qtbot, controller, installation, TAB)
    view = page.absences_view
    register_absence(qtbot, view, first, last)

    click(qtbot, view.new_button)
    dialog = view.dialog
    choose(qtbot, dialog.home, DATA.home)
    dialog.start.setDate(last)
    dialog.end.setDate(last + timedelta(days=2))
    click(qtbot, dialog.action_button)

    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT)
    assert "har allerede fravær" in dialog.error.text() and dialog.isVisible()
    assert view.table.rowCount() == 1
