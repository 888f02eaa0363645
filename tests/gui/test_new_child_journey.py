"""A new child's whole way through the app, by clicking and typing: registered through a
referral, opened from the referral, completed, given a guardian with custody and a
sibling's parent, a consent recorded and a handover packet made — and the children list
shows her at once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from dagpleje_desktop.gui.dialogs.consent_record import ConsentDialog
from dagpleje_desktop.gui.dialogs.handover_packet import HandoverDialog
from dagpleje_desktop.gui.pages.child_detail import TAB_RECORD
from dagpleje_desktop.services.records import guardians

from child_page_support import click_tab, wait
from consultant_steps import click_navigation, start_app
from gui_support import DATA
from office_steps import LEFT, WAIT, click, type_text, wait_closed
from print_support import choose as pick, gone, pdf_text
from test_child_record_gui import open_dialog, retype, save, texts

pytestmark = pytest.mark.gui
RECIPIENT = "Børnehaven Solsikken"


def top_level(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind)
                and w.isVisible())


def list_names(window) -> list[str]:
    model = window.pages["Børn"].list_view.model
    return [model.summary(r).name for r in range(model.rowCount())]


def test_a_referred_child_is_completed_given_guardians_a_consent_and_a_handover_packet(
        qtbot, controller, gui_installation):
    _ctl, window = start_app(qtbot, controller, gui_installation)
    click_navigation(qtbot, window, "Børn")
    wait(qtbot, lambda: DATA.child_name in list_names(window))

    # 1. Registered through a referral at Visitation.
    click_navigation(qtbot, window, "Visitation")
    view = window.pages["Visitation"].referrals_view
    click(qtbot, view.new_button)
    dialog = view.dialog
    type_text(qtbot, dialog.referrer_name, "Hanne Ravn, Sundhedsplejen")
    type_text(qtbot, dialog.reason, "Spiser dårligt og er meget infektionsfølsom.")
    type_text(qtbot, dialog.first_name, "Liva")
    type_text(qtbot, dialog.last_name, "Holm")
    click(qtbot, dialog.action_button)
    wait_closed(qtbot, dialog)

    # 2. A double-click on her referral opens her page.
    table = view.table
    wait(qtbot, lambda: any(view.proxy.index(r, 1).data() == "Liva Holm"
                            for r in range(view.proxy.rowCount())))  # read in the background
    row = next(r for r in range(view.proxy.rowCount())
               if view.proxy.index(r, 1).data() == "Liva Holm")
    rect = table.visualRect(view.proxy.index(row, 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), LEFT, pos=rect.center())
    detail = window.pages["Børn"].detail_view
    wait(qtbot, lambda: window.current_page_name() == "Børn"
         and detail.name_label.text().startswith("Liva Holm"))

    # 3. Her details completed on the Stamdata tab.
    click_tab(qtbot, detail, TAB_RECORD)
    details = open_dialog(qtbot, detail, "editChildDetails")
    retype(qtbot, details, QPlainTextEdit, "whatWorks", "Faste rutiner og et roligt hjørne")
    retype(qtbot, details, QLineEdit, "doctorName", "Lægehuset ved Åen")
    save(qtbot, details)
    wait(qtbot, lambda: not details.isVisible())
    wait(qtbot, lambda: "Lægehuset ved Åen" in texts(detail.record_tab))

    # 4. Her mother, typed in, with custody.
    mother = open_dialog(qtbot, detail, "addGuardian")
    retype(qtbot, mother, QLineEdit, "guardianName", "Karin Holm")
    mother.findChild(QComboBox, "guardianRelation").setFocus()
    qtbot.keyClicks(mother.findChild(QComboBox, "guardianRelation"), "Mor")
    custody = mother.findChild(QCheckBox, "guardianCustody")
    qtbot.mouseClick(custody, LEFT, pos=QPoint(8, custody.height() // 2))
    save(qtbot, mother)
    wait(qtbot, lambda: not mother.isVisible())
    wait(qtbot, lambda: "Karin Holm" in texts(detail.record_tab))

    # 5. A sibling's parent is linked, not typed again.
    sibling_parent = next(g for g in guardians.known_guardians(window.gui.session,
                                                               detail.child_id))
    other = open_dialog(qtbot, detail, "addGuardian")
    picker = other.findChild(QComboBox, "siblingParent")
    wait(qtbot, picker.isEnabled)
    pick(qtbot, picker, sibling_parent.name)
    assert other.findChild(QLineEdit, "guardianName").text() == sibling_parent.name
    other.findChild(QComboBox, "guardianRelation").setFocus()
    qtbot.keyClicks(other.findChild(QComboBox, "guardianRelation"), "And")
    save(qtbot, other)
    wait(qtbot, lambda: not other.isVisible())
    wait(qtbot, lambda: sibling_parent.name in texts(detail.record_tab))
    assert len([g for g in guardians.known_guardians(window.gui.session, detail.child_id)
                if g.id == sibling_parent.id]) == 0, "one person, now linked to both children"

    # 6. The children list shows her, without a restart.
    qtbot.mouseClick(detail.back_button, LEFT)
    wait(qtbot, lambda: "Liva Holm" in list_names(window))

    # 7. A consent recorded and the handover packet made from Udskrifter.
    click_navigation(qtbot, window, "Udskrifter")
    page = window.pages["Udskrifter"]
    wait(qtbot, lambda: not page.busy_loading)
    pick(qtbot, page.kind_combo, "Overleveringspakke")
    pick(qtbot, page.child_combo, "Liva Holm")
    wait(qtbot, lambda: not page.busy_loading)
    qtbot.mouseClick(page.show_button, LEFT)
    handover = top_level(HandoverDialog)
    wait(qtbot, lambda: handover.loaded)
    handover.recipient.clear()
    qtbot.keyClicks(handover.recipient, RECIPIENT)
    wait(qtbot, lambda: not handover.checking)
    qtbot.mouseClick(handover.register_button, LEFT)
    consent = top_level(ConsentDialog)
    wait(qtbot, consent.save_button.isEnabled)
    assert "Karin Holm" in consent.guardian.currentText()
    for code in ("stamdata", "handleplan"):
        qtbot.mouseClick(consent.categories.boxes[code], LEFT)
    consent.given_on.setFocus()
    given = window.gui.session.today() - timedelta(days=1)
    qtbot.keyClick(consent.given_on, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(consent.given_on, f"{given:%d.%m.%y}")
    qtbot.mouseClick(consent.save_button, LEFT)
    wait(qtbot, lambda: handover.make_button.isEnabled())
    assert gone(consent)
    opened = []
    page.preview_opened.connect(opened.append)
    qtbot.mouseClick(handover.make_button, LEFT)
    wait(qtbot, lambda: bool(opened))
    preview = opened[0]
    wait(qtbot, lambda: preview.loaded or preview.retry_button.isVisible())
    assert preview.loaded, preview.message.text()
    text = pdf_text(preview.data)
    assert "Liva Holm" in text and RECIPIENT in text
    assert "Lægehuset ved Åen" not in text, "health is not in the consent"
    preview.close()
    qtbot.waitUntil(lambda: not window.gui.runner.busy, timeout=WAIT)
