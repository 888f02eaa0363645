"""Udskrifter: the practice documents are chosen and previewed like the others."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dagpleje_desktop.gui.pages.prints import PrintsPage
from dagpleje_desktop.services.security import audit

from print_support import CHILD, OTHER, choose, combo_texts, pdf_text, world  # noqa: F401

pytestmark = pytest.mark.gui


def _page(qtbot, world) -> PrintsPage:
    page = PrintsPage(world.gui)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: not page.busy_loading, timeout=10_000)
    return page


def _show(qtbot, page: PrintsPage):
    opened = []
    page.preview_opened.connect(opened.append)
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=5_000)
    dialog = opened[0]
    qtbot.waitUntil(lambda: dialog.loaded or dialog.retry_button.isVisible(), timeout=30_000)
    return dialog


def test_status_description_is_previewed_from_udskrifter(qtbot, world):
    page = _page(qtbot, world)
    choose(qtbot, page.kind_combo, "Statusbeskrivelse")
    choose(qtbot, page.child_combo, CHILD)
    qtbot.waitUntil(lambda: not page.busy_loading, timeout=10_000)
    assert not page.item_combo.isVisible()          # the child is all it needs
    dialog = _show(qtbot, page)
    assert dialog.loaded, dialog.message.text()
    text = pdf_text(dialog.data)
    assert "Statusbeskrivelse" in text and CHILD in text and OTHER not in text
    assert "Mål og evaluering indtil nu" in text
    assert dialog.request.suggested_file_name.startswith("statusbeskrivelse-łucja-nguyễn")
    events = audit.list_events(world.gui.session, child_id=world.case.child_id)
    assert any(e.action == "print" and e.entity == "status_description" for e in events)


def test_the_invitation_offers_only_planned_meetings(qtbot, world):
    page = _page(qtbot, world)
    choose(qtbot, page.kind_combo, "Invitation til møde")
    choose(qtbot, page.child_combo, CHILD)
    qtbot.waitUntil(lambda: not page.busy_loading, timeout=10_000)
    meetings = combo_texts(page.item_combo)
    assert len(meetings) == 1 and meetings[0].endswith("planlagt")
    dialog = _show(qtbot, page)
    assert dialog.loaded, dialog.message.text()
    text = pdf_text(dialog.data)
    assert "Invitation til statusmøde" in text and "Kopi til" in text


def test_the_transition_description_is_previewed_for_the_parents(qtbot, world):
    page = _page(qtbot, world)
    choose(qtbot, page.kind_combo, "Overgangsbeskrivelse")
    choose(qtbot, page.child_combo, CHILD)
    qtbot.waitUntil(lambda: not page.busy_loading, timeout=10_000)
    assert page.recipient_edit.isVisible() and not page.item_combo.isVisible()
    dialog = _show(qtbot, page)
    assert dialog.loaded, dialog.message.text()
    text = pdf_text(dialog.data)
    assert "Overgangsbeskrivelse" in text and CHILD in text and OTHER not in text


def test_a_recipient_without_a_consent_gets_no_status_description(qtbot, world):
    page = _page(qtbot, world)
    choose(qtbot, page.kind_combo, "Statusbeskrivelse")
    choose(qtbot, page.child_combo, CHILD)
    qtbot.waitUntil(lambda: not page.busy_loading, timeout=10_000)
    qtbot.keyClicks(page.recipient_edit, "Ukendt Fysioterapeut")
    dialog = _show(qtbot, page)
    assert not dialog.loaded
    assert "samtykke" in dialog.message.text().lower()
    events = audit.list_events(world.gui.session, child_id=world.case.child_id)
    assert not any(e.action == "disclose" for e in events)


def test_the_month_overview_of_supervision_needs_no_child(qtbot, world):
    page = _page(qtbot, world)
    choose(qtbot, page.kind_combo, "Tilsyn i en måned")
    qtbot.waitUntil(lambda: not page.busy_loading and page.item_combo.count() > 1,
                    timeout=10_000)
    assert not page.child_combo.isVisible()
    months = combo_texts(page.item_combo)
    today = world.gui.session.today()
    assert months[0].endswith(str(today.year)) and len(months) == 13
    dialog = _show(qtbot, page)
    assert dialog.loaded, dialog.message.text()
    assert "Tilsyn" in pdf_text(dialog.data)
