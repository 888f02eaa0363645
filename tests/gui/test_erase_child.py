"""Slet barnet helt (GDPR): the office erases a child from the child page.

The office works on the demo installation (7 children with a year of observations) and
logs in as the demo's office user; a consultant's installation checks that nobody else
is offered the erasure.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QPushButton

from dagpleje_desktop.gui.models.children_model import NAME
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.exchange import sync
from dagpleje_desktop.demo.demo import DEMO_PASSWORD, OFFICE_USERNAME, install_demo
from dagpleje_desktop.services.installation import Installation

from child_page_support import open_child_page, wait
from gui_support import log_in

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
CHILD = "Alma"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("erase-demo") / "data"
    install_demo(Installation(data_dir=data_dir))
    return data_dir


@pytest.fixture
def office_installation(demo_template, tmp_path) -> Installation:
    data_dir = tmp_path / "data"
    shutil.copytree(demo_template, data_dir)
    return Installation(data_dir=data_dir)


def office_window(qtbot, controller, installation):
    ctl = controller(installation)
    ctl.start()
    return log_in(qtbot, ctl, OFFICE_USERNAME, DEMO_PASSWORD)


def list_names(qtbot, view) -> list[str]:
    """Every name in the list, once the list is read (in the background) to its end."""
    wait(qtbot, lambda: view.loaded and not view.loading)
    view.model.fetch_all()
    wait(qtbot, lambda: view.model.complete)
    return [view.proxy.index(row, NAME).data() for row in range(view.proxy.rowCount())]


def choose_from_menu(qtbot, button: QPushButton, text: str) -> None:
    """Click the button; when its menu is open, click the entry (the menu has its own loop)."""
    clicked = []

    def click_entry() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, click_entry)
            return
        action = next(a for a in menu.actions() if a.text() == text)
        qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())
        clicked.append(action)
    QTimer.singleShot(0, click_entry)
    qtbot.mouseClick(button, LEFT)
    wait(qtbot, lambda: bool(clicked))


def search_hits_for(qtbot, window, word: str) -> list[str]:
    """Type in the search field and press Enter, as a person would; the hits' children."""
    field = window.search_field
    field.clear()
    qtbot.keyClicks(field, word)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    view = window.search_view
    wait(qtbot, lambda: not view.searching)
    return [hit.child_name for hit in view.model.hits]


def test_office_erases_a_child_after_typing_the_first_name(qtbot, controller,
                                                           office_installation):
    ctx = office_installation.login(OFFICE_USERNAME, DEMO_PASSWORD)
    try:
        child = next(c for c in children.list_children(ctx) if c.first_name == CHILD)
        # Before: the search finds her observations.
        assert any(h.child_name.startswith(CHILD) for h in observations.search(ctx, CHILD))
    finally:
        ctx.close()
    window = office_window(qtbot, controller, office_installation)
    page = window.pages["Børn"]
    detail = open_child_page(qtbot, window, CHILD)
    assert child.name in list_names(qtbot, page.list_view)

    choose_from_menu(qtbot, detail.more_button, "Slet barnet helt (GDPR) …")
    dialog = detail.erase_dialog
    wait(qtbot, dialog.isVisible)
    explained = " ".join(w.text() for w in dialog.findChildren(QLabel)
                         if w.objectName().startswith("erase"))
    assert f"Slet {child.name} helt?" in explained
    assert "kan ikke fortrydes" in explained and "hver enhed" in explained.lower()
    erase = dialog.erase_button
    assert not erase.isEnabled()

    qtbot.keyClicks(dialog.name_field, "Alm")  # not the whole name yet: still locked
    assert not erase.isEnabled()
    qtbot.keyClicks(dialog.name_field, "e")  # a wrong name does not unlock it either
    assert not erase.isEnabled()
    qtbot.keyClick(dialog.name_field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.name_field, "a")
    assert erase.isEnabled()
    qtbot.keyClick(dialog.name_field, Qt.Key.Key_Return)  # only a click on the button erases
    assert dialog.isVisible() and erase.isEnabled()
    qtbot.mouseClick(erase, LEFT)

    wait(qtbot, lambda: not dialog.isVisible())
    wait(qtbot, lambda: not page.showing_child)
    names = list_names(qtbot, page.list_view)
    assert child.name not in names and len(names) == 6
    notice = page.list_view.notice
    assert notice.isVisible()
    assert notice.text().startswith(f"{child.name} er slettet helt (")
    count = int(notice.text().split("(")[1].split(" ")[0])
    assert count > 10  # the child, her observations, goals, guardians ...

    qtbot.keyClicks(page.list_view.search, CHILD)
    assert page.list_view.proxy.rowCount() == 0
    assert not any(name.startswith(CHILD) for name in search_hits_for(qtbot, window, CHILD))

    ctx = office_installation.login(OFFICE_USERNAME, DEMO_PASSWORD)
    try:
        assert child.id not in {c.id for c in children.list_children(ctx,
                                                                     include_archived=True)}
    finally:
        ctx.close()


def test_cancel_keeps_the_child(qtbot, controller, office_installation):
    window = office_window(qtbot, controller, office_installation)
    page = window.pages["Børn"]
    detail = open_child_page(qtbot, window, CHILD)
    choose_from_menu(qtbot, detail.more_button, "Slet barnet helt (GDPR) …")
    dialog = detail.erase_dialog
    wait(qtbot, dialog.isVisible)
    qtbot.keyClicks(dialog.name_field, CHILD)
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    wait(qtbot, lambda: not dialog.isVisible())
    assert page.showing_child and detail.name_label.text().startswith(CHILD)
    qtbot.mouseClick(detail.back_button, LEFT)
    assert any(name.startswith(CHILD) for name in list_names(qtbot, page.list_view))


def test_a_consultant_is_not_offered_the_erasure(qtbot, controller, gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    window = log_in(qtbot, ctl)  # the shared GUI template's user is a consultant
    detail = open_child_page(qtbot, window, "Maja")
    assert detail.more_button is None and detail.erase_action is None
    texts = [b.text() for b in detail.findChildren(QPushButton)]
    texts += [a.text() for menu in detail.findChildren(QMenu) for a in menu.actions()]
    assert texts and not any("Slet barnet" in t for t in texts)


def test_a_refusal_is_shown_in_the_dialog_and_nothing_more_happens(qtbot, controller,
                                                                   office_installation):
    window = office_window(qtbot, controller, office_installation)
    page = window.pages["Børn"]
    detail = open_child_page(qtbot, window, CHILD)
    choose_from_menu(qtbot, detail.more_button, "Slet barnet helt (GDPR) …")
    dialog = detail.erase_dialog
    wait(qtbot, dialog.isVisible)
    # Meanwhile someone else at the office erased her (another window, the CLI).
    ctx = office_installation.login(OFFICE_USERNAME, DEMO_PASSWORD)
    try:
        sync.erase_child(ctx, detail.child_id)
    finally:
        ctx.close()
    qtbot.keyClicks(dialog.name_field, CHILD)
    qtbot.mouseClick(dialog.erase_button, LEFT)
    wait(qtbot, lambda: dialog.error.isVisible())
    assert "findes ikke" in dialog.error.text()
    assert dialog.isVisible() and page.showing_child and not page.list_view.notice.isVisible()
