"""A new mini-childminder's own laptop, from set-up to her first package back.

The office is made in the test (services on its own installation); the childminder works
in the GUI: she shares her card, pairs the office's card, reads the first package, sees
only her own day (no office functions), the office's planned visit to her home and no
false supervision alarm, and is asked before closing with a change the office lacks.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from dagpleje_desktop.domain.enums import ProfessionalRole, UserRole, VisitKind
from dagpleje_desktop.gui.lazy_pages import PAGE_NAMES
from dagpleje_desktop.gui.pages.meetings import VISITS_TAB
from dagpleje_desktop.services.records import children, homes, placements, professionals
from dagpleje_desktop.services.exchange import devices, sync
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.meeting_cycle import visits
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.context import LOCAL_TZ
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.services.journal.observations import ObservationInput

from gui_support import log_in
from sync_steps import (OFFICE_HOME, OFFICE_PASSWORD, OFFICE_USER, WAIT_MS,  # noqa: F401
                        FileDialogs, answer, click, confirm_pairing, import_by_button,
                        message_box, office_installation, office_template, open_pairing,
                        open_sync_page, settle, share_card)

pytestmark = pytest.mark.gui

MINDER, MINDER_USER, MINDER_PASSWORD = "Mette Madsen", "mette", "solsort-paa-taget"
OFFICE_FUNCTIONS = ("Visitation", "Registrér tilsyn …", "Registrér hjemmebesøg …",
                    "Planlæg møde …", "Planlæg næste møde …", "Dagplejehjem")


@pytest.fixture
def office_with_her_home(office_installation):
    """The office: Alma placed in Mette's home, a visit held there and one planned."""
    ctx = office_installation.login(OFFICE_USER, OFFICE_PASSWORD)
    now, today = ctx.now(), ctx.today()
    home = next(h for h in homes.list_homes(ctx) if h.name == OFFICE_HOME)
    kirsten = professionals.create_professional(ctx, "Kirsten Konsulent",
                                                ProfessionalRole.MINI_CONSULTANT)
    alma = children.create_child(ctx, ChildInput("Alma", "Andersen"))
    placements.place_child(ctx, alma.id, home.id, 2, today - timedelta(days=30))
    visits.record_visit(ctx, visits.VisitInput(
        VisitKind.SUPERVISION, now - timedelta(days=6), home_id=home.id,
        consultant_id=kirsten.id, notes="Konsulentens egen note"))
    planned = now + timedelta(days=9)
    visits.record_visit(ctx, visits.VisitInput(VisitKind.SUPERVISION, planned, home_id=home.id,
                                               consultant_id=kirsten.id))
    assert not next(s for s in visits.supervision_due(ctx) if s.home_id == home.id).overdue
    yield ctx, home, alma, planned
    ctx.close()


def _visible_texts(window) -> list[str]:
    found = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QPushButton)
             if w.isVisible()]
    navigation = window.navigation
    found += [navigation.item(row).text() for row in range(navigation.count())
              if not navigation.item(row).isHidden()]
    return found


def _open(qtbot, window, name: str) -> None:
    navigation = window.navigation
    rect = navigation.visualItemRect(navigation.item(PAGE_NAMES.index(name)))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, window)


def _overview(qtbot, window):
    """Open Oversigt (from another page) and wait for its data."""
    page = window.pages["Oversigt"]
    if window.current_page_name() == "Oversigt":
        _open(qtbot, window, "Børn")
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        _open(qtbot, window, "Oversigt")
    # the cards shown before are deleted on the next turn of the event loop
    qtbot.waitUntil(lambda: len(page.findChildren(QLabel, "greeting")) <= 1
                    and len(page.findChildren(QLabel, "firstDayStep1")) <= 1, timeout=WAIT_MS)
    return page


def _ticks(page) -> list[bool]:
    return [bool(page.findChild(QLabel, f"firstDayStep{n}").property("done"))
            for n in (1, 2, 3)]


def test_her_first_day_from_card_to_package_with_only_her_own_screens(
        qtbot, controller, office_with_her_home, monkeypatch, tmp_path):
    office, home, alma, planned = office_with_her_home
    dialogs = FileDialogs(monkeypatch)
    laptop = Installation(data_dir=tmp_path / "mette")
    laptop.create(role=UserRole.CHILDMINDER, name=MINDER, username=MINDER_USER,
                  password=MINDER_PASSWORD)
    ctl = controller(laptop)
    ctl.start()
    window = log_in(qtbot, ctl, MINDER_USER, MINDER_PASSWORD)

    overview = _overview(qtbot, window)
    assert overview.findChild(QLabel, "firstDayStep1").isVisible()
    assert _ticks(overview) == [False, False, False]

    # 1) her card to the office, which pairs it for her home
    page = open_sync_page(qtbot, window)
    card = share_card(qtbot, page, dialogs, tmp_path / "mette.dgcard")
    devices.pair_device(office, card, home_id=home.id)
    assert _ticks(_overview(qtbot, window)) == [True, False, False]

    # 2) the office's card on her laptop
    office_card = devices.write_card(office, tmp_path / "kontoret.dgcard")
    page = open_sync_page(qtbot, window)
    confirm_pairing(qtbot, page, open_pairing(qtbot, page, dialogs, office_card))
    assert _ticks(_overview(qtbot, window)) == [True, True, False]

    # 3) the office's first package
    package = tmp_path / "fra-kontoret.dgsync"
    sync.export_package(office, uuid.UUID(window.gui.session.device_id), package)
    page = open_sync_page(qtbot, window)
    import_by_button(qtbot, page, dialogs, package)
    result = page.transfer.result
    assert not result.is_error and "1 nyt barn" in result.summary, result.summary
    overview = _overview(qtbot, window)
    assert _ticks(overview) == [True, True, True]
    assert overview.findChild(QLabel, "firstDayReady").isVisible()

    # her day only: no office or consultant function anywhere she looks
    upcoming = overview.findChild(QLabel, "upcomingTitle")
    texts = _visible_texts(window)
    assert "Intet planlagt besøg." not in texts
    assert any(OFFICE_HOME in t for t in texts)  # the next visit: the office's, to her home
    _open(qtbot, window, "Møder")
    meetings_page = window.pages["Møder"]
    tab_bar = meetings_page.tabs.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton,
                     pos=tab_bar.tabRect(VISITS_TAB).center())
    settle(qtbot, window)
    view = meetings_page.visits_view
    shown = [view.visits_table.item(r, 0).text() for r in range(view.visits_table.rowCount())]
    when = planned.astimezone(LOCAL_TZ).strftime("%d-%m-%Y")  # as the app shows it
    assert any(t.startswith(when) for t in shown), shown
    assert "Planlagt" in [view.visits_table.item(r, 5).text()
                          for r in range(view.visits_table.rowCount())]
    assert not view.warning.isVisible() and view.office_knows.isVisible()
    assert "Kontoret har de seneste tilsyn" in view.office_knows_text.text()
    all_texts = _visible_texts(window)
    assert not any("overskredet" in t.lower() for t in all_texts)
    assert "Konsulentens egen note" not in all_texts
    for function in OFFICE_FUNCTIONS:
        assert function not in all_texts, function
    _open(qtbot, window, "Kalender")
    _open(qtbot, window, "Visitation")  # shown to her as her absences and guest care
    all_texts = _visible_texts(window)
    for function in OFFICE_FUNCTIONS:
        assert function not in all_texts, function
    assert "Fravær og gæstepleje" in all_texts
    assert upcoming is not None

    # one observation, not yet with the office: the sync page and the close both say so
    observations.create_observation(window.gui.session, ObservationInput(
        alma.id, "Alma byggede et tårn af klodser",
        observed_at=datetime.now(timezone.utc) - timedelta(hours=1)))
    page = open_sync_page(qtbot, window)
    # her observation, and her own name and organisation from the set-up
    assert page.unsent_label.text() == "3 ændringer er ikke sendt til kontoret endnu."
    assert "1 ny observation" in page.unsent_label.toolTip()
    window.unsent_guard.ask_always = True  # as when she closes the window herself
    window.close()
    box = message_box(qtbot, "unsentQuestion")
    assert "3 ændringer er ikke sendt til kontoret endnu" in box.text()
    answer(qtbot, box, "cancelClose")
    qtbot.waitUntil(lambda: window.unsent_guard.question is None, timeout=WAIT_MS)
    assert window.isVisible()
    window.unsent_guard.ask_always = False

    # her package: "1 ny observation" on her side and on the office's
    dialogs.will_choose(tmp_path / "til-kontoret.dgsync")
    before = page.transfer.finished_count
    click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: page.transfer.finished_count > before, timeout=WAIT_MS)
    settle(qtbot, window)
    made = page.transfer.last_export
    assert made is not None, page.transfer.result.lines
    assert "1 ny observation" in page.transfer.result.summary
    assert "fra-mette-madsen-til-kontoret-odense" in dialogs.asked[-1][1]
    report = sync.import_package(office, made.path, backup=False)
    assert "1 ny observation" in report.words
    # the page reads the count again after the export: nothing left to ask about
    qtbot.waitUntil(lambda: window.unsent_guard.count == 0, timeout=WAIT_MS)
    assert "ikke bekræftet" in page.unsent_label.text()
