"""Synkronisering: the same child registered on the consultant's laptop and at the office
arrives as "Muligt dubletbarn" with both records side by side. "Det er samme barn – behold
denne" merges them after a confirmation (and the merge reaches the laptop); "Det er to
forskellige børn" keeps both."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dagpleje_desktop.gui.main_window import PAGE_NAMES
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.journal.observations import ObservationInput

from sync_steps import (FileDialogs, answer, click, export_package,  # noqa: F401
                        import_by_button, message_box, office_installation, office_template,
                        open_sync_page, paired_windows, settle, start_two, wait_reloaded)

pytestmark = pytest.mark.gui
WAIT_MS = 30_000
CPR = "050523-4321"


@pytest.fixture
def registered_twice(qtbot, controller, gui_installation, office_installation, monkeypatch,
                     tmp_path):
    """Laptop and office paired through the dialogs; both register Ida Lindqvist (same
    CPR number, one observation each) before the laptop's package reaches the office."""
    laptop, office, page_a, page_b, dialogs = paired_windows(
        qtbot, controller, gui_installation, office_installation, monkeypatch, tmp_path)
    ids = {}
    for window, first_name, note in ((office, "Ida", "Ida byggede et tårn"),
                                     (laptop, "Idah", "Idah sang en sang")):
        ctx = window.gui.session
        child = children.create_child(ctx, children.ChildInput(first_name, "Lindqvist",
                                                               cpr=CPR))
        observations.create_observation(ctx, ObservationInput(child.id, note))
        ids[first_name] = child.id
    listed_names(qtbot, office)  # the office's list is shown before the package arrives
    open_sync_page(qtbot, office)
    import_by_button(qtbot, page_b, dialogs,
                     export_package(qtbot, page_a, dialogs, tmp_path / "laptop.dgsync"))
    assert not page_b.transfer.result.is_error
    return laptop, office, page_a, page_b, dialogs, ids


def listed_names(qtbot, window) -> list[str]:
    """The names in the Børn list, as shown after clicking "Børn" in the navigation."""
    navigation = window.navigation
    rect = navigation.visualItemRect(navigation.item(PAGE_NAMES.index("Børn")))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_name() == "Børn"
    view = window.pages["Børn"].list_view
    settle(qtbot, window)
    view.model.fetch_all()
    return sorted(view.proxy.index(row, 0).data() for row in range(view.proxy.rowCount()))


def duplicate_card(page):
    [card] = [c for c in page.conflicts.cards if c.conflict.duplicate]
    return card


def test_the_notice_shows_both_children_and_merging_keeps_one_with_everything(
        qtbot, registered_twice, tmp_path):
    laptop, office, page_a, page_b, dialogs, ids = registered_twice
    assert office.conflict_badge() == 1
    assert "Ida Lindqvist" in listed_names(qtbot, office)
    assert "Idah Lindqvist" in listed_names(qtbot, office)
    open_sync_page(qtbot, office)
    card = duplicate_card(page_b)
    assert card.findChild(type(page_b.feedback), "conflictTitle").text().startswith(
        "Muligt dubletbarn")
    here, arrived = card.side_text("local"), card.side_text("remote")
    assert "Ida Lindqvist" in here and "Idah Lindqvist" in arrived
    for side in (here, arrived):
        assert "050523-XXXX" in side and "4321" not in side
        assert "5. maj 2023" in side
        assert "1 observation" in side
    assert "Kontoret Odense" in here and "Hanne Sørensen" in arrived
    assert not hasattr(card, "merge")  # no "Flet …" for two children

    # "Annuller" in the confirmation changes nothing.
    click(qtbot, card.keep_local)
    question = message_box(qtbot, "mergeChildrenQuestion")
    assert "Idah Lindqvist" in question.informativeText()
    assert "kan ikke fortrydes" in question.informativeText()
    answer(qtbot, question, "cancelMergeChildren")
    settle(qtbot, office)
    assert office.conflict_badge() == 1 and len(children.list_children(office.gui.session)) \
        == len(children.list_children(laptop.gui.session)) + 1

    # The received record's page is open behind the Synkronisering page.
    office.open_child(ids["Idah"])
    settle(qtbot, office)
    open_sync_page(qtbot, office)
    before = page_b.loads
    click(qtbot, duplicate_card(page_b).keep_local)
    answer(qtbot, message_box(qtbot, "mergeChildrenQuestion"), "confirmMergeChildren")
    wait_reloaded(qtbot, page_b, before)
    assert office.conflict_badge() == 0 and page_b.conflicts.cards == []
    assert "lagt sammen" in page_b.conflicts_feedback.text()
    kept = ids["Ida"]
    detail = office.pages["Børn"].detail_view
    qtbot.waitUntil(lambda: detail.child_id == kept, timeout=WAIT_MS)  # now the kept child
    settle(qtbot, office)
    assert detail.name_label.text() == "Ida Lindqvist"
    names = listed_names(qtbot, office)
    assert names.count("Ida Lindqvist") == 1 and "Idah Lindqvist" not in names
    texts = sorted(o.text for o in observations.list_observations(office.gui.session, kept))
    assert texts == ["Ida byggede et tårn", "Idah sang en sang"]

    # The merge travels to the laptop with the next package.
    open_sync_page(qtbot, office)
    import_by_button(qtbot, page_a, dialogs,
                     export_package(qtbot, page_b, dialogs, tmp_path / "office.dgsync"))
    assert not page_a.transfer.result.is_error
    names = listed_names(qtbot, laptop)
    assert names.count("Ida Lindqvist") == 1 and "Idah Lindqvist" not in names
    texts = sorted(o.text for o in observations.list_observations(laptop.gui.session, kept))
    assert texts == ["Ida byggede et tårn", "Idah sang en sang"]
    assert laptop.conflict_badge() == 0


def test_two_different_children_keeps_both(qtbot, registered_twice):
    _, office, _, page_b, _, _ = registered_twice
    before = page_b.loads
    click(qtbot, duplicate_card(page_b).kept_apart)
    wait_reloaded(qtbot, page_b, before)
    assert office.conflict_badge() == 0 and page_b.conflicts.cards == []
    assert "to forskellige børn" in page_b.conflicts_feedback.text()
    names = listed_names(qtbot, office)
    assert "Ida Lindqvist" in names and "Idah Lindqvist" in names
