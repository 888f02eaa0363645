"""Overleveringspakke from the Udskrifter page: no packet without a valid consent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dagpleje_desktop.domain.enums import ConsentPurpose
from dagpleje_desktop.gui.dialogs.consent_record import ConsentDialog
from dagpleje_desktop.gui.dialogs.handover_packet import HandoverDialog
from dagpleje_desktop.gui.pages.prints import PrintsPage
from dagpleje_desktop.gui.pages.prints_consents import STATE
from dagpleje_desktop.services.records import consents
from dagpleje_desktop.services.documents import handover

from print_support import (CHILD, INTERNAL_OBSERVATION, OTHER, RECIPIENT,  # noqa: F401
                           SHARED_OBSERVATION, answer_next_question, choose, gone, pdf_text,
                           world)

pytestmark = pytest.mark.gui


def open_page(qtbot, world) -> PrintsPage:
    page = PrintsPage(world.gui)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: not page.busy_loading, timeout=10_000)
    choose(qtbot, page.kind_combo, "Overleveringspakke")
    choose(qtbot, page.child_combo, CHILD)
    qtbot.waitUntil(lambda: not page.busy_loading, timeout=10_000)
    return page


def top_level(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def open_handover(qtbot, page) -> HandoverDialog:
    assert page.show_button.text() == "Lav overleveringspakke …"
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    dialog = top_level(HandoverDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    return dialog


def type_recipient(qtbot, dialog, name: str) -> None:
    dialog.recipient.clear()
    qtbot.keyClicks(dialog.recipient, name)
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)


def observation_texts(dialog) -> list[str]:
    return [dialog.observation_list.item(i).text()
            for i in range(dialog.observation_list.count())]


def test_without_consent_the_dialog_names_the_missing_consent_and_cannot_make_it(qtbot, world):
    page = open_page(qtbot, world)
    dialog = open_handover(qtbot, page)
    assert dialog.windowTitle() == f"Overleveringspakke – {CHILD}"
    type_recipient(qtbot, dialog, RECIPIENT)
    status = dialog.consent_status.text()
    assert status.startswith("Der mangler samtykke til overlevering til "
                             f"»{RECIPIENT}« for {CHILD}.")
    assert dialog.consent_box.property("state") == "missing"
    assert not dialog.make_button.isEnabled()
    assert dialog.register_button.isVisible()
    # Only the observation marked for partners is offered; the internal note never is.
    texts = observation_texts(dialog)
    assert len(texts) == 1 and SHARED_OBSERVATION[:40] in texts[0]
    assert not any(INTERNAL_OBSERVATION[:30] in t for t in texts)
    assert dialog.selection_count.text() == "0 af 1 valgt"
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)  # disabled: nothing
    assert handover.list_disclosures(world.gui.session, world.case.child_id) == []


def test_consent_registered_in_the_dialog_lets_the_packet_be_made_and_recorded(qtbot, world):
    page = open_page(qtbot, world)
    dialog = open_handover(qtbot, page)
    type_recipient(qtbot, dialog, RECIPIENT)
    assert not dialog.make_button.isEnabled()

    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    consent_dialog = top_level(ConsentDialog)
    qtbot.waitUntil(consent_dialog.save_button.isEnabled, timeout=10_000)
    assert consent_dialog.chosen_purpose() is ConsentPurpose.HANDOVER
    assert consent_dialog.recipients.toPlainText() == RECIPIENT
    assert consent_dialog.guardian.currentText().casefold() == "agnieszka nguyễn (mor)"
    for code in ("handleplan", "observationer"):  # what the mother agreed to
        qtbot.mouseClick(consent_dialog.categories.boxes[code], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(consent_dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.make_button.isEnabled(), timeout=10_000)
    assert gone(consent_dialog)
    assert dialog.consent_box.property("state") == "valid"
    assert dialog.consent_status.text().startswith(
        "Pakken gives videre under samtykke ") and "Agnieszka Nguyễn (mor)" in \
        dialog.consent_status.text()

    qtbot.mouseClick(dialog.select_all, Qt.MouseButton.LeftButton)
    assert dialog.selection_count.text() == "1 af 1 valgt"
    opened = []
    page.preview_opened.connect(opened.append)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=5_000)
    preview = opened[0]
    qtbot.waitUntil(lambda: preview.loaded or preview.retry_button.isVisible(), timeout=30_000)
    assert preview.loaded, preview.message.text()
    assert preview.windowTitle().startswith(f"Overleveringspakke til {RECIPIENT} – {CHILD}")
    text = pdf_text(preview.data)
    assert SHARED_OBSERVATION in text and INTERNAL_OBSERVATION not in text
    assert OTHER not in text
    [disclosure] = handover.list_disclosures(world.gui.session, world.case.child_id)
    assert disclosure.recipient == RECIPIENT
    preview.close()
    # The page lists what was given, and to whom.
    qtbot.waitUntil(lambda: any(RECIPIENT in w.text() for w in page.consents.findChildren(
        type(page.consents.summary), "disclosure")), timeout=10_000)


def test_withdrawing_the_consent_blocks_the_next_packet_at_once(qtbot, world):
    ctx = world.gui.session
    consents.record_consent(ctx, consents.ConsentInput(
        world.case.child_id, world.case.mother_id, ConsentPurpose.HANDOVER, (RECIPIENT,),
        "Handleplan og udvalgte observationer", ctx.today(),
        categories=("handleplan", "observationer")))
    page = open_page(qtbot, world)
    dialog = open_handover(qtbot, page)
    type_recipient(qtbot, dialog, RECIPIENT)
    assert dialog.make_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    panel = page.consents
    qtbot.waitUntil(lambda: not world.gui.runner.busy, timeout=10_000)  # the page refreshed
    assert panel.model.rowCount() == 1
    panel.table.selectRow(0)
    answer_next_question("Tilbagekald samtykket")
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    assert panel.model.index(0, STATE).data() == "Trukket tilbage"

    dialog = open_handover(qtbot, page)
    type_recipient(qtbot, dialog, RECIPIENT)
    assert not dialog.make_button.isEnabled()
    assert "Det seneste samtykke blev trukket tilbage den" in dialog.consent_status.text()
    assert handover.list_disclosures(ctx, world.case.child_id) == []


def test_a_consent_for_another_recipient_does_not_count(qtbot, world):
    ctx = world.gui.session
    consents.record_consent(ctx, consents.ConsentInput(
        world.case.child_id, world.case.mother_id, ConsentPurpose.HANDOVER,
        ("Børnehuset Mælkebøtten",), "Handleplan", ctx.today(), categories=("handleplan",)))
    page = open_page(qtbot, world)
    dialog = open_handover(qtbot, page)
    # The valid consent's recipient is offered first...
    assert dialog.recipient.text() == "Børnehuset Mælkebøtten"
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)
    assert dialog.make_button.isEnabled()
    # ...and another name is refused, saying what there is consent to.
    type_recipient(qtbot, dialog, RECIPIENT)
    assert not dialog.make_button.isEnabled()
    assert "Der er gyldigt samtykke til: Børnehuset Mælkebøtten." in \
        dialog.consent_status.text()


def test_a_consent_without_observations_leaves_them_out_of_the_packet(qtbot, world):
    ctx = world.gui.session
    consents.record_consent(ctx, consents.ConsentInput(
        world.case.child_id, world.case.mother_id, ConsentPurpose.HANDOVER, (RECIPIENT,),
        "", ctx.today(), categories=("handleplan",)))
    page = open_page(qtbot, world)
    dialog = open_handover(qtbot, page)
    type_recipient(qtbot, dialog, RECIPIENT)
    qtbot.waitUntil(dialog.make_button.isEnabled, timeout=10_000)
    assert "Pakken indeholder kun: Mål og handleplan." in dialog.consent_status.text()
    assert "omfatter ikke observationer" in dialog.consent_status.text()
    assert not dialog.observation_list.isEnabled() and not dialog.select_all.isEnabled()
    opened = []
    page.preview_opened.connect(opened.append)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=5_000)
    preview = opened[0]
    qtbot.waitUntil(lambda: preview.loaded or preview.retry_button.isVisible(), timeout=30_000)
    assert preview.loaded, preview.message.text()
    text = pdf_text(preview.data)
    assert "Videregivne oplysninger" in text and SHARED_OBSERVATION not in text
    preview.close()
    [disclosure] = handover.list_disclosures(ctx, world.case.child_id)
    assert "Oplysninger: Mål og handleplan." in disclosure.what
    qtbot.waitUntil(lambda: any(RECIPIENT in w.text() for w in page.consents.findChildren(
        type(page.consents.summary), "disclosure")), timeout=10_000)
    qtbot.waitUntil(lambda: not world.gui.runner.busy, timeout=10_000)
