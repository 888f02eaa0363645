"""Samtykker on the Udskrifter page: register, withdraw and expire, each visible at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dagpleje_desktop.domain.enums import ConsentPurpose
from dagpleje_desktop.gui.dialogs.consent_record import ConsentDialog
from dagpleje_desktop.gui.dialogs.consent_scope import ConsentScopeDialog
from dagpleje_desktop.gui.pages.prints_consents import CATEGORIES, STATE, ConsentsPanel
from dagpleje_desktop.services.records import consents
from dagpleje_desktop.store.models import Consent

from print_support import (CHILD, RECIPIENT, answer_next_question, choose, gone,  # noqa: F401
                           world)

pytestmark = pytest.mark.gui


def open_panel(qtbot, world) -> ConsentsPanel:
    panel = ConsentsPanel(world.gui)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_child(world.case.child_id, CHILD)
    return panel


def consent_dialog() -> ConsentDialog:
    return next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, ConsentDialog) and w.isVisible())


def rows(panel) -> list[list[str]]:
    model = panel.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def register(qtbot, panel, *, guardian: str, recipients: list[str],
             purpose: str = "Overlevering", categories=("handleplan", "udvikling"),
             role: str = "") -> ConsentDialog:
    qtbot.mouseClick(panel.register_button, Qt.MouseButton.LeftButton)
    dialog = consent_dialog()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
    choose(qtbot, dialog.guardian, guardian)
    choose(qtbot, dialog.purpose, purpose)
    for number, name in enumerate(recipients):
        if number:
            qtbot.keyClick(dialog.recipients, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.recipients, name)
    if role:
        qtbot.keyClicks(dialog.recipient_role, role)
    for code in categories:
        qtbot.mouseClick(dialog.categories.boxes[code], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog


def test_a_child_without_consents_says_so(qtbot, world):
    panel = open_panel(qtbot, world)
    assert rows(panel) == []
    assert panel.summary.text() == "Der er ikke registreret samtykker for barnet."
    assert panel.title.text() == f"Samtykker for {CHILD}"
    assert not panel.withdraw_button.isEnabled() and not panel.expire_button.isEnabled()


def test_register_a_consent_from_the_mother_and_see_it_listed(qtbot, world):
    panel = open_panel(qtbot, world)
    dialog = register(qtbot, panel, guardian="Agnieszka", recipients=[RECIPIENT, "PPR Kolding"])
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.waitUntil(lambda: gone(dialog), timeout=10_000)
    [row] = rows(panel)
    assert row[:2] == ["Overlevering", f"{RECIPIENT}, PPR Kolding"]
    assert row[2].casefold() == "agnieszka nguyễn (mor)"
    assert row[5] == "" and row[6] == "Skriftligt" and row[STATE] == "Gyldigt"
    assert panel.summary.text() == "1 samtykker, heraf 1 gyldige i dag."
    assert "Samtykket er registreret" in panel.feedback.text()
    assert panel.selected() is not None  # the new consent is selected
    assert panel.detail.text().startswith(f"Samtykke {panel.selected().reference} omfatter:")
    assert panel.withdraw_button.isEnabled()


def test_a_father_without_custody_cannot_consent_and_nothing_is_saved(qtbot, world):
    panel = open_panel(qtbot, world)
    dialog = register(qtbot, panel, guardian="Minh Nguyễn (far) – uden forældremyndighed",
                      recipients=[RECIPIENT])
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "har ikke forældremyndighed" in dialog.error.text()
    assert dialog.isVisible()
    assert consents.list_consents(world.gui.session, world.case.child_id) == []


def test_a_handover_consent_without_recipient_is_refused_with_the_reason(qtbot, world):
    panel = open_panel(qtbot, world)
    dialog = register(qtbot, panel, guardian="Agnieszka", recipients=[])
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert dialog.error.text() == "Skriv hvem oplysningerne må gives til (modtager)."


def _given_consent(world):
    ctx = world.gui.session
    return consents.record_consent(ctx, consents.ConsentInput(
        world.case.child_id, world.case.mother_id, ConsentPurpose.HANDOVER, (RECIPIENT,),
        "Handleplan og udvalgte observationer", ctx.today(),
        categories=("handleplan", "observationer")))


def test_withdraw_asks_first_and_then_marks_the_consent_withdrawn(qtbot, world):
    _given_consent(world)
    panel = open_panel(qtbot, world)
    panel.table.selectRow(0)
    answer_next_question("Annuller")
    qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    assert rows(panel)[0][STATE] == "Gyldigt"  # the user said no: nothing changed

    answer_next_question("Tilbagekald samtykket")
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    row = rows(panel)[0]
    assert row[STATE] == "Trukket tilbage" and row[5] != ""
    assert panel.feedback.text() == "Samtykket er trukket tilbage fra i dag."
    assert not panel.withdraw_button.isEnabled() and not panel.expire_button.isEnabled()


def test_expire_ends_the_consent_today(qtbot, world):
    _given_consent(world)
    panel = open_panel(qtbot, world)
    panel.table.selectRow(0)
    answer_next_question("Lad det udløbe")
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.mouseClick(panel.expire_button, Qt.MouseButton.LeftButton)
    row = rows(panel)[0]
    assert row[STATE] == "Udløbet"
    assert row[4] != ""  # the expiry date is today
    assert panel.feedback.text() == "Samtykket er udløbet i dag."


def test_the_categories_are_ticked_shown_and_at_least_one_is_required(qtbot, world):
    panel = open_panel(qtbot, world)
    dialog = register(qtbot, panel, guardian="Agnieszka", recipients=[RECIPIENT], categories=())
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert dialog.error.text() == "Vælg mindst én slags oplysninger, som samtykket omfatter."
    assert consents.list_consents(world.gui.session, world.case.child_id) == []
    qtbot.keyClicks(dialog.recipient_role, "Kommende børnehave")
    qtbot.mouseClick(dialog.categories.boxes["udvikling"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.categories.boxes["trivsel"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [row] = rows(panel)
    assert row[CATEGORIES] == "Udviklingsvurderinger, TOPI/trivsel"
    [info] = consents.list_consents(world.gui.session, world.case.child_id)
    assert info.categories == ("udvikling", "trivsel")
    assert info.recipient_role == "Kommende børnehave"
    assert "Kommende børnehave" in panel.detail.text()
    assert not panel.scope_button.isEnabled()   # its scope was chosen when it was given


def test_an_earlier_consent_without_categories_gets_them_from_a_person(qtbot, world):
    info = _given_consent(world)
    with world.gui.session.db.transaction() as s:   # as the migration leaves it
        s.get(Consent, info.id).categories = ""
    panel = open_panel(qtbot, world)
    assert rows(panel)[0][CATEGORIES] == "Ikke angivet – dækker ingen oplysninger"
    panel.table.selectRow(0)
    assert panel.scope_button.isEnabled()
    qtbot.mouseClick(panel.scope_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ConsentScopeDialog) and w.isVisible())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)   # nothing ticked
    assert dialog.error.text() == "Vælg mindst én slags oplysninger, som samtykket omfatter."
    qtbot.mouseClick(dialog.categories.boxes["handleplan"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert rows(panel)[0][CATEGORIES] == "Mål og handleplan"
    assert panel.feedback.text() == "Samtykket omfatter nu: Mål og handleplan."
    assert not panel.scope_button.isEnabled()
