"""Synkronisering: pairing by device card, packages out and in, refusals, revocation.

Two real installations in one test: the consultant's laptop (the GUI fixture) and the
office. People click and type; file dialogs answer with paths in the test's folder.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from dagpleje_desktop.gui.models.sync_devices_model import HOME, LAST_IN, LAST_OUT, NAME, STATE
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.exchange import devices
from dagpleje_desktop.sync.errors import RevokedSender, TamperedPackage

from gui_support import DATA, FULL_NAME
from sync_steps import (OFFICE_HOME, OFFICE_NAME, FileDialogs, answer, click,  # noqa: F401
                        confirm_pairing, drop_file, export_package, import_by_button,
                        message_box, minder_card, office_installation, office_template,
                        open_pairing, open_sync_page, pair_both_ways, paired_windows, settle,
                        share_card,
                        start_two, wait_transfer_done)

pytestmark = pytest.mark.gui


def cell(page, row: int, column: int) -> str:
    model = page.table.model()
    return model.index(row, column).data()


def dump(ctx) -> dict[str, list]:
    """Every table of the encrypted file, to prove a refusal changed nothing."""
    out = {}
    with ctx.db.engine.connect() as conn:
        names = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for name in names:
            out[name] = sorted(repr(tuple(r)) for r in
                               conn.exec_driver_sql(f'SELECT * FROM "{name}"'))
    return out


def test_this_device_shows_its_fingerprint_and_shares_a_card_with_the_same_one(
        qtbot, controller, gui_installation, monkeypatch, tmp_path):
    dialogs = FileDialogs(monkeypatch)
    ctl = controller(gui_installation)
    ctl.start()
    from gui_support import log_in  # noqa: PLC0415
    page = open_sync_page(qtbot, log_in(qtbot, ctl))

    shown = page.this_device.fingerprint.text()
    assert len(shown.split()) == 6 and all(len(group) == 4 for group in shown.split())
    assert FULL_NAME in page.this_device.name.text()
    assert page.no_devices.isVisible() and not page.table.isVisible()
    assert not page.export_button.isEnabled()
    assert not page.revoke_button.isVisible()  # only the office can revoke

    dialogs.will_choose(tmp_path / "kort")  # no suffix typed
    click(qtbot, page.this_device.share_button)
    card = tmp_path / "kort.dgcard"
    qtbot.waitUntil(card.exists, timeout=30_000)
    settle(qtbot, page.window())

    assert devices.read_card(card).fingerprint == shown
    assert "Enhedskortet er gemt" in page.feedback.text()


def test_pairing_through_the_dialogs_then_a_package_out_and_in_by_button(
        qtbot, controller, gui_installation, office_installation, monkeypatch, tmp_path):
    dialogs = FileDialogs(monkeypatch)
    laptop, office = start_two(qtbot, controller, gui_installation, office_installation)
    page_a, page_b = open_sync_page(qtbot, laptop), open_sync_page(qtbot, office)

    card_a = share_card(qtbot, page_a, dialogs, tmp_path / "laptop.dgcard")
    dialog = open_pairing(qtbot, page_b, dialogs, card_a)
    assert dialog.findChild(QLabel, "pairingFingerprint").text() == \
        page_a.this_device.fingerprint.text()
    assert dialog.home_choice is None  # a consultant's laptop serves no single home
    assert not dialog.pair_button.isEnabled()  # not before the fingerprints were compared
    confirm_pairing(qtbot, page_b, dialog)

    assert cell(page_b, 0, NAME) == page_a.this_device.name.text()
    assert (cell(page_b, 0, LAST_IN), cell(page_b, 0, LAST_OUT)) == ("Endnu ingen",) * 2
    assert cell(page_b, 0, STATE) == "Parret"
    assert "er parret" in page_b.feedback.text()

    card_b = share_card(qtbot, page_b, dialogs, tmp_path / "office.dgcard")
    confirm_pairing(qtbot, page_a, open_pairing(qtbot, page_a, dialogs, card_b))
    assert page_a.export_button.text() == f"Lav pakke til {OFFICE_NAME} (Dagplejekontor) …"

    package = export_package(qtbot, page_a, dialogs, tmp_path / "til-kontoret")
    assert package.suffix == ".dgsync"
    assert dialogs.asked[-1][1].endswith("-00001.dgsync")  # the suggested file name
    assert "-til-kontoret-odense-" in dialogs.asked[-1][1]  # readable, in the devices' words
    result = page_a.transfer.result
    assert result.title == f"Pakken til {OFFICE_NAME} (Dagplejekontor) er gemt"
    assert "3 nye børn" in result.summary and "2 nye observationer" in result.summary
    assert cell(page_a, 0, LAST_OUT) != "Endnu ingen"

    import_by_button(qtbot, page_b, dialogs, package)

    report = page_b.transfer.result
    assert report.title.startswith(f"Pakken fra {FULL_NAME}")
    assert not report.is_error
    # records in people's words, not operations: the children and their observations
    assert report.summary.startswith("3 nye børn, 2 nye observationer"), report.summary
    assert "ændrede" not in report.summary and "konflikt" not in report.summary
    assert cell(page_b, 0, LAST_IN) != "Endnu ingen"
    names = [c.name for c in children.list_children(office.gui.session)]
    assert DATA.child_name in names


def test_a_package_dropped_on_the_page_is_read_and_the_same_one_twice_changes_nothing(
        qtbot, controller, gui_installation, office_installation, monkeypatch, tmp_path):
    laptop, office, page_a, page_b, dialogs = paired_windows(
        qtbot, controller, gui_installation, office_installation, monkeypatch, tmp_path)
    package = export_package(qtbot, page_a, dialogs, tmp_path / "p1.dgsync")

    before = page_b.transfer.finished_count
    assert drop_file(page_b, package)
    wait_transfer_done(qtbot, page_b, before)
    assert page_b.transfer.result.title.startswith(f"Pakken fra {FULL_NAME}")
    assert "nye" in page_b.transfer.result.summary

    before = page_b.transfer.finished_count
    assert drop_file(page_b, package)
    wait_transfer_done(qtbot, page_b, before)
    result = page_b.transfer.result  # a calm note, not an error
    assert not result.is_error
    assert result.title == "Pakken var allerede indlæst – intet at gøre"


def test_a_tampered_package_is_refused_in_danish_and_changes_nothing(
        qtbot, controller, gui_installation, office_installation, monkeypatch, tmp_path):
    laptop, office, page_a, page_b, dialogs = paired_windows(
        qtbot, controller, gui_installation, office_installation, monkeypatch, tmp_path)
    package = export_package(qtbot, page_a, dialogs, tmp_path / "p1.dgsync")
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0x01  # one flipped bit in the encrypted body
    tampered = tmp_path / "p1-aendret.dgsync"
    tampered.write_bytes(bytes(data))
    settle(qtbot, office)
    before = dump(office.gui.session)

    import_by_button(qtbot, page_b, dialogs, tampered)

    result = page_b.transfer.result
    assert result.is_error and result.title == "Pakken blev ikke indlæst"
    assert result.lines == [TamperedPackage.default_message]
    assert dump(office.gui.session) == before
    assert office.conflict_badge() == 0


def test_office_pairs_a_childminders_laptop_for_one_home_and_can_revoke_a_device(
        qtbot, controller, gui_installation, office_installation, minder_card, monkeypatch,
        tmp_path):
    dialogs = FileDialogs(monkeypatch)
    laptop, office = start_two(qtbot, controller, gui_installation, office_installation)
    page_a, page_b = open_sync_page(qtbot, laptop), open_sync_page(qtbot, office)
    assert page_b.revoke_button.isVisible()

    dialog = open_pairing(qtbot, page_b, dialogs, minder_card)
    click(qtbot, dialog.matches)
    click(qtbot, dialog.pair_button)  # no home chosen yet
    assert dialog.isVisible()
    assert "Vælg det dagplejehjem" in dialog.error.text()
    dialog.home_choice.setFocus()
    qtbot.keyClicks(dialog.home_choice, OFFICE_HOME[:3])
    assert dialog.home_choice.currentText().startswith(OFFICE_HOME)
    before = page_b.loads
    click(qtbot, dialog.pair_button)
    qtbot.waitUntil(lambda: page_b.loads > before, timeout=30_000)
    settle(qtbot, office)
    row = page_b.devices_model.row_of(dialog.card.device_id)
    assert cell(page_b, row, HOME) == OFFICE_HOME
    assert OFFICE_HOME in page_b.feedback.text()

    pair_both_ways(qtbot, page_a, page_b, dialogs, tmp_path)
    laptop_row = page_b.devices_model.row_of(page_a.overview.me.id)
    page_b.table.selectRow(laptop_row)
    click(qtbot, page_b.revoke_button)
    answer(qtbot, message_box(qtbot, "revokeQuestion"), "cancelRevoke")
    settle(qtbot, office)
    assert cell(page_b, laptop_row, STATE) == "Parret"
    before = page_b.loads
    click(qtbot, page_b.revoke_button)
    answer(qtbot, message_box(qtbot, "revokeQuestion"), "confirmRevoke")
    qtbot.waitUntil(lambda: page_b.loads > before, timeout=30_000)
    settle(qtbot, office)
    assert cell(page_b, laptop_row, STATE) == "Spærret"
    assert not page_b.export_button.isEnabled()

    package = export_package(qtbot, page_a, dialogs, tmp_path / "efter-spaerring.dgsync")
    import_by_button(qtbot, page_b, dialogs, package)
    assert page_b.transfer.result.lines == [RevokedSender.default_message]
