"""Sletning efter opbevaringsfrist: the office sees what passed its retention period on the
Visitation page and deletes it after confirming."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar

from dagpleje_desktop.domain.enums import ChildStatus, UserRole
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.office import retention
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.store.models import Child

from consultant_steps import click_navigation, click_tab, seed, start_app
from gui_support import FULL_NAME, PASSWORD, USERNAME

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
TAB = "Sletning efter opbevaringsfrist"
WAIT = 20_000


@pytest.fixture
def office_installation(tmp_path) -> Installation:
    installation = Installation(data_dir=tmp_path / "data")
    installation.create(role=UserRole.OFFICE, name=FULL_NAME, username=USERNAME,
                        password=PASSWORD)

    def work(ctx):
        old = children.create_child(ctx, children.ChildInput("Gammel", "Sag"))
        children.create_child(ctx, children.ChildInput("Aktiv", "Sag",
                                                       status=ChildStatus.ACTIVE))
        with ctx.db.transaction() as s:
            row = s.get(Child, old.id)
            row.closed_on = ctx.today() - timedelta(days=6 * 366)
            row.status = ChildStatus.HANDED_OVER.value
    seed(installation, work)
    return installation


def _names(installation) -> set[str]:
    return seed(installation, lambda ctx: {c.name for c in children.list_children(
        ctx, include_archived=True)})


def test_the_office_deletes_what_passed_its_period_after_confirming(qtbot, controller,
                                                                   office_installation):
    _, window = start_app(qtbot, controller, office_installation)
    click_navigation(qtbot, window, "Visitation")
    page = window.pages["Visitation"]
    click_tab(qtbot, page.tabs, TAB)
    view = page.retention_view
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=WAIT)
    assert view.table.item(0, 0).text() == "Gammel Sag"
    assert view.table.item(0, 1).text() == "Slettes"
    assert "afsluttet" in view.table.item(0, 3).text()
    assert "Barnets sag: slettes 5 år efter sagens afslutning" in view.rules_label.text()
    assert view.delete_button.text() == "Slet 1 post …"

    # First the question; "Annuller" leaves everything as it was.
    qtbot.mouseClick(view.delete_button, LEFT)
    assert view.confirm_box.isVisible()
    assert "kan ikke fortrydes" in view.confirm_text.text()
    qtbot.mouseClick(view.cancel_button, LEFT)
    assert not view.confirm_box.isVisible()
    assert "Gammel Sag" in _names(office_installation)

    qtbot.mouseClick(view.delete_button, LEFT)
    qtbot.mouseClick(view.confirm_button, LEFT)
    qtbot.waitUntil(lambda: view.feedback.isVisible() and not view.deleting, timeout=WAIT)
    assert view.feedback.text().startswith("Slettet efter opbevaringsfristen: 1 barn")
    qtbot.waitUntil(lambda: view.table.rowCount() == 0 and not view.loading, timeout=WAIT)
    assert not view.delete_button.isEnabled()
    assert _names(office_installation) == {"Aktiv Sag"}
    assert seed(office_installation, retention.preview) == []


def test_only_the_office_has_the_tab(qtbot, controller, gui_installation):
    _, window = start_app(qtbot, controller, gui_installation)  # a consultant
    click_navigation(qtbot, window, "Visitation")
    page = window.pages["Visitation"]
    bar = page.tabs.findChild(QTabBar)
    assert TAB not in [bar.tabText(i) for i in range(bar.count())]
    assert page.retention_view is None
