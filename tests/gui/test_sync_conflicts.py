"""Synkronisering: conflicts from concurrent edits (badge, child marker, the three ways
to settle one), a large delete that asks first, and "Annuller" during a package."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.exchange import sync as sync_service
from dagpleje_desktop.sync.errors import OperationCancelled

from gui_support import DATA
from sync_steps import (FileDialogs, answer, child_id_by_name, click,  # noqa: F401
                        emil_input, export_package, import_by_button, message_box,
                        office_installation, office_template, open_sync_page, pair_both_ways,
                        settle, start_two, synced_windows, wait_reloaded)

pytestmark = pytest.mark.gui
WAIT_MS = 30_000


@pytest.fixture
def synced(qtbot, controller, gui_installation, office_installation, monkeypatch, tmp_path):
    """Laptop and office paired through the dialogs; the office holds the laptop's data."""
    paired = synced_windows(qtbot, controller, gui_installation, office_installation,
                            monkeypatch, tmp_path)
    assert not paired.page_b.transfer.result.is_error
    return paired


def card_for(page, field_label: str):
    return next(c for c in page.conflicts.cards if c.conflict.field_label == field_label)


def test_concurrent_edits_show_conflicts_with_badge_and_marker_and_each_button_settles_one(
        qtbot, synced, tmp_path):
    laptop, office, page_a, page_b, dialogs = synced
    emil = child_id_by_name(office.gui.session, "Emil Jensen")
    children.update_child(laptop.gui.session, emil, emil_input(
        allergies="Jordbær", routines="Sover kl. 11", languages="Dansk"))
    children.update_child(office.gui.session, emil, emil_input(
        allergies="Kiwi", routines="Sover kl. 12", languages="Dansk og tysk"))
    assert office.conflict_badge() == 0

    import_by_button(qtbot, page_b, dialogs,
                     export_package(qtbot, page_a, dialogs, tmp_path / "edits.dgsync"))

    assert page_b.transfer.result.summary == "3 konflikter"
    assert office.conflict_badge() == 3
    assert len(page_b.conflicts.cards) == 3
    allergies = card_for(page_b, "Allergier")
    assert allergies.conflict.record_title == "Barn: Emil Jensen"
    def text_of(name: str) -> str:
        return allergies.findChild(type(page_b.feedback), name).text()
    assert text_of("localOrigin").startswith("Kontoret Odense (Dagplejekontor) · ")
    assert text_of("remoteOrigin").startswith("Hanne Sørensen")
    captions = [text_of("localCaption"), text_of("remoteCaption")]
    assert captions[0].startswith("Din værdi") and captions[1].startswith("Den anden værdi")
    assert sum(text.endswith("gælder nu") for text in captions) == 1
    assert (text_of("localValue"), text_of("remoteValue")) == ("Kiwi", "Jordbær")

    # The child's page says so, and its marker leads to the child's conflicts.
    office.open_child(emil)
    marker = office.pages["Børn"].detail_view.conflict_marker
    qtbot.waitUntil(marker.isVisible, timeout=WAIT_MS)
    assert "3 konflikter" in marker.text()
    click(qtbot, marker)
    assert office.current_page_name() == "Synkronisering"
    assert page_b.conflicts.child_filter == emil and len(page_b.conflicts.cards) == 3

    before = page_b.loads
    click(qtbot, card_for(page_b, "Allergier").keep_local)
    wait_reloaded(qtbot, page_b, before)
    assert office.conflict_badge() == 2 and len(page_b.conflicts.cards) == 2
    assert children.get_child(office.gui.session, emil).allergies == "Kiwi"

    before = page_b.loads
    click(qtbot, card_for(page_b, "Rutiner").keep_remote)
    wait_reloaded(qtbot, page_b, before)
    assert office.conflict_badge() == 1
    assert [c.conflict.field_label for c in page_b.conflicts.cards] == ["Sprog"]
    assert children.get_child(office.gui.session, emil).routines == "Sover kl. 11"

    click(qtbot, card_for(page_b, "Sprog").merge)
    dialog = page_b.merge_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    dialog.editor.selectAll()
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Delete)
    click(qtbot, dialog.save_button)  # nothing written: said, and nothing changes
    assert "Skriv den flettede værdi" in dialog.error.text()
    qtbot.keyClicks(dialog.editor, "Dansk og tysk, lidt engelsk")
    before = page_b.loads
    click(qtbot, dialog.save_button)
    wait_reloaded(qtbot, page_b, before)

    assert office.conflict_badge() == 0
    assert page_b.conflicts.cards == [] and page_b.conflicts.empty.isVisible()
    assert children.get_child(office.gui.session, emil).languages == \
        "Dansk og tysk, lidt engelsk"
    qtbot.waitUntil(lambda: marker.count == 0, timeout=WAIT_MS)
    assert not marker.isVisibleTo(marker.parentWidget())


def test_a_large_delete_asks_first_and_is_read_only_after_yes(qtbot, synced, monkeypatch,
                                                              tmp_path):
    laptop, office, page_a, page_b, dialogs = synced
    monkeypatch.setattr(sync_service, "LARGE_DELETE_MIN", 1)  # one deletion counts as many
    monkeypatch.setattr(sync_service, "LARGE_DELETE_SHARE", 0.0)
    maja = child_id_by_name(office.gui.session, DATA.child_name)
    [observation] = [o for o in observations.list_observations(laptop.gui.session, maja)
                     if o.text == DATA.observation]
    observations.delete_observation(laptop.gui.session, observation.id)
    package = export_package(qtbot, page_a, dialogs, tmp_path / "deletes.dgsync")

    dialogs.will_choose(package)
    click(qtbot, page_b.transfer.import_button)
    answer(qtbot, message_box(qtbot, "largeDeleteQuestion"), "cancelLargeDelete")
    settle(qtbot, office)
    assert page_b.transfer.result.lines == ["Intet er ændret. Du kan indlæse pakken senere."]
    assert len(observations.list_observations(office.gui.session, maja)) == 2

    before = page_b.transfer.finished_count
    dialogs.will_choose(package)
    click(qtbot, page_b.transfer.import_button)
    answer(qtbot, message_box(qtbot, "largeDeleteQuestion"), "confirmLargeDelete")
    qtbot.waitUntil(lambda: page_b.transfer.finished_count > before + 1, timeout=WAIT_MS)
    settle(qtbot, office)
    assert page_b.transfer.result.summary == "1 barn, 1 slettet observation"
    assert len(observations.list_observations(office.gui.session, maja)) == 1


def test_cancel_stops_a_package_being_made_and_says_nothing_changed(
        qtbot, synced, monkeypatch, tmp_path):
    laptop, office, page_a, page_b, dialogs = synced
    started = threading.Event()

    def slow_export(ctx, device_id, path, progress=None, cancel=None):
        progress(0, 3, "Samler ændringer")
        started.set()
        for _ in range(3000):  # until "Annuller" (or half a minute)
            if cancel.cancelled:
                raise OperationCancelled()
            threading.Event().wait(0.01)
        raise AssertionError("never cancelled")
    monkeypatch.setattr(sync_service, "export_package", slow_export)

    before = page_a.transfer.finished_count
    dialogs.will_choose(tmp_path / "stopped.dgsync")
    click(qtbot, page_a.export_button)
    qtbot.waitUntil(lambda: page_a.transfer.busy.isVisible()
                    and page_a.transfer.busy.bar.maximum() == 3, timeout=WAIT_MS)
    assert not page_a.export_button.isEnabled()
    assert not page_a.transfer.import_button.isEnabled()
    click(qtbot, page_a.transfer.busy.cancel_button)
    qtbot.waitUntil(lambda: page_a.transfer.finished_count > before, timeout=WAIT_MS)

    result = page_a.transfer.result
    assert result.title == "Pakken blev ikke lavet"
    assert result.lines == ["Handlingen blev annulleret. Intet er ændret."]
    assert not page_a.transfer.busy.isVisible() and page_a.export_button.isEnabled()
    assert not (tmp_path / "stopped.dgsync").exists()
