"""Forberedelse warns when a consent naming a partner was withdrawn: that partner is left
off the agenda, the minutes and the invitations."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dagpleje_desktop.domain.enums import ConsentPurpose
from dagpleje_desktop.gui.pages.meetings_preparation import PreparationView
from dagpleje_desktop.reports.dates import danish_date
from dagpleje_desktop.services.records import consents
from dagpleje_desktop.services.meeting_cycle import meetings

from print_support import world  # noqa: F401

pytestmark = pytest.mark.gui


def open_preparation(qtbot, world) -> PreparationView:
    view = PreparationView(world.gui)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.set_meeting(meetings.get_meeting(world.gui.session, world.case.next_meeting_id))
    return view


def test_the_preparation_warns_about_a_partner_whose_consent_was_withdrawn(qtbot, world):
    ctx = world.gui.session
    consent = consents.record_consent(ctx, consents.ConsentInput(
        world.case.child_id, world.case.mother_id, ConsentPurpose.SHARING, ("PPR Kolding",),
        "", ctx.today() - timedelta(days=20), categories=("statusbeskrivelse",)))
    view = open_preparation(qtbot, world)
    qtbot.waitUntil(lambda: not world.gui.runner.busy, timeout=10_000)
    assert not view.sharing_warning.isVisible()   # the consent is valid

    withdrawn = consents.withdraw_consent(ctx, consent.id)
    view = open_preparation(qtbot, world)
    qtbot.waitUntil(view.sharing_warning.isVisible, timeout=10_000)
    text = view.sharing_warning.text()
    assert "Peter Lund (PPR Kolding)" in text
    assert f"trukket tilbage den {danish_date(withdrawn.withdrawn_on)}" in text


def test_holding_the_meeting_and_previewing_its_agenda_warn_too(qtbot, world):
    from dagpleje_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog
    from dagpleje_desktop.gui.pages.meetings_holding import HoldingView
    from dagpleje_desktop.gui.printing import DocumentKind, DocumentRequest

    ctx = world.gui.session
    consent = consents.record_consent(ctx, consents.ConsentInput(
        world.case.child_id, world.case.mother_id, ConsentPurpose.SHARING, ("PPR Kolding",),
        "", ctx.today() - timedelta(days=20), categories=("statusbeskrivelse",)))
    consents.withdraw_consent(ctx, consent.id)
    meeting = meetings.get_meeting(ctx, world.case.next_meeting_id)

    holding = HoldingView(world.gui)
    qtbot.addWidget(holding)
    holding.show()
    holding.set_meeting(meeting)
    qtbot.waitUntil(holding.sharing_warning.isVisible, timeout=10_000)
    assert "Peter Lund (PPR Kolding)" in holding.sharing_warning.text()

    preview = PdfPreviewDialog(world.gui, DocumentRequest(DocumentKind.AGENDA,
                                                          meeting_id=meeting.summary.id))
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(preview.sharing_warning.isVisible, timeout=20_000)
    assert "Peter Lund (PPR Kolding)" in preview.sharing_warning.text()
    qtbot.waitUntil(lambda: not world.gui.runner.busy, timeout=20_000)
