"""Visitation in the app: a referral taken from received to placement and start meeting,
the committee list with free places, and a full home refused with its reason."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from dagpleje_desktop.domain.enums import ChildStatus, MeetingKind, ReferralStatus, ReferrerType
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.meeting_cycle import meetings
from dagpleje_desktop.services.office import referrals, visitation
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.office.referrals import ReferralInput
from dagpleje_desktop.services.office.visitation import DecisionInput

from gui_support import DATA
from office_steps import (LEFT, WAIT, click, click_row, column_texts, mini_home, open_office,
                          replace_text, row_of, seed, type_text, wait_closed, wait_error)

pytestmark = pytest.mark.gui

TAB = "Visitationssager"
QUIET = "Mælkebøtten"
OVERBOOKED = (f"{DATA.home} har 4 pladser, og 2 er optaget; der er ikke plads til et barn, "
              "der tæller for 3.")


@pytest.fixture
def installation(gui_installation):
    """Solsikken (4 places, Maja takes 2) and an empty mini home with quiet adaptations."""
    seed(gui_installation, lambda ctx: mini_home(ctx, QUIET, "Lav smitterisiko, rolige "
                                                       "rammer, sondemad"))
    return gui_installation


def _referral(view, child: str):
    return next(r for r in view.infos.values() if r.child_name == child)


def test_a_referral_goes_from_received_to_placement_and_start_meeting(
        qtbot, controller, installation, tmp_path):
    window, page = open_office(qtbot, controller, installation, TAB)
    view, panel = page.referrals_view, page.referrals_view.panel
    letter = tmp_path / "udtalelse.pdf"
    letter.write_bytes(b"%PDF-1.4 udtalelse fra sundhedsplejen")

    # Received: the health visitor's referral of a new child, put on today's meeting.
    click(qtbot, view.new_button)
    dialog = view.dialog
    type_text(qtbot, dialog.referrer_name, "Hanne Ravn, Sundhedsplejen Odense")
    type_text(qtbot, dialog.reason, "Spiser dårligt og er meget infektionsfølsom.")
    qtbot.keyClick(dialog.places, Qt.Key.Key_Up)
    type_text(qtbot, dialog.first_name, "Liva")
    type_text(qtbot, dialog.last_name, "Holm")
    type_text(qtbot, dialog.cpr, "010324-4568")
    type_text(qtbot, dialog.special_needs, "Lav smitterisiko og sondemad")
    qtbot.mouseClick(dialog.committee.enabled, LEFT)
    dialog.add_attachment_path(letter)
    click(qtbot, dialog.action_button)
    wait_closed(qtbot, dialog)

    qtbot.waitUntil(lambda: panel.title.text() == "Liva Holm", timeout=WAIT)
    assert "Til visitation" in panel.facts.text() and "1 bilag" in panel.facts.text()
    assert column_texts(view.committee_table) == ["Liva Holm"]
    assert view.committee_table.item(0, 2).text() == "3 ønsket"
    free = {view.capacity_table.item(r, 0).text(): view.capacity_table.item(r, 3).text()
            for r in range(view.capacity_table.rowCount())}
    assert free == {DATA.home: "2", QUIET: "4"}

    # The committee grants 3 places with a re-visitation date.
    click(qtbot, panel.decide_button)
    decision = panel.dialog
    assert decision.places.value() == 3
    type_text(qtbot, decision.note, "Bevilget efter samlet vurdering.")
    click(qtbot, decision.action_button)
    wait_closed(qtbot, decision)
    qtbot.waitUntil(lambda: "Bevilget 3 pladser, revisitation" in
                    panel.step_texts["grant"].text(), timeout=WAIT)
    assert view.committee_table.rowCount() == 0

    # The consultants' home visit.
    click(qtbot, panel.step_buttons["visit"])
    visit = panel.dialog
    type_text(qtbot, visit.notes, "Sondemad to gange dagligt; tåler ikke larm.")
    click(qtbot, visit.action_button)
    wait_closed(qtbot, visit)
    qtbot.waitUntil(lambda: panel.step_marks["visit"].text() == "✓", timeout=WAIT)
    assert not panel.step_buttons["meeting"].isEnabled()  # the meeting needs a home first

    # A home: the quiet one is suggested first; Solsikken has too little room and says so.
    click(qtbot, panel.step_buttons["place"])
    placing = panel.dialog
    table = placing.table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=WAIT)
    assert column_texts(table) == [QUIET, DATA.home]
    assert "smitterisiko" in table.item(0, 2).text()
    assert table.item(1, 1).text() == "2 af 4 – ikke plads"
    click_row(qtbot, table, row_of(table, DATA.home))
    click(qtbot, placing.action_button)
    wait_error(qtbot, placing.error, "ikke plads")
    assert placing.error.text() == OVERBOOKED and placing.isVisible()
    click_row(qtbot, table, row_of(table, QUIET))
    click(qtbot, placing.action_button)
    wait_closed(qtbot, placing)
    start = placing.start.date().toPython()
    qtbot.waitUntil(lambda: panel.step_texts["place"].text() ==
                    f"Indskrevet hos {QUIET} fra {start:%d-%m-%Y}", timeout=WAIT)

    # The start meeting at the mini-childminder's home.
    click(qtbot, panel.step_buttons["meeting"])
    meeting = panel.dialog
    click(qtbot, meeting.action_button)
    wait_closed(qtbot, meeting)
    qtbot.waitUntil(lambda: panel.step_marks["meeting"].text() == "✓", timeout=WAIT)
    assert "Opstartsmødet er planlagt" in panel.feedback.text()
    row = view.model.row_of(_referral(view, "Liva Holm").id)
    assert view.model.index(row, 5).data().startswith(f"Indskrevet hos {QUIET}; revisitation")

    ctx = window.gui.session
    liva = next(c for c in children.list_children(ctx) if c.name == "Liva Holm")
    (placement,) = children.get_child(ctx, liva.id).placements
    assert liva.status == ChildStatus.ACTIVE
    assert (placement.home_name, placement.places, placement.start_date) == (QUIET, 3, start)
    planned = [m for m in meetings.list_meetings(ctx, liva.id) if m.kind == MeetingKind.START]
    assert len(planned) == 1 and planned[0].place.startswith(QUIET)


def test_a_full_home_is_refused_in_the_dialog_and_nothing_changes(
        qtbot, controller, installation):
    def granted(ctx):
        detail = referrals.register_referral(ctx, ReferralInput(
            ReferrerType.SOCIAL_WORKER, "Ahmad Rahimi", "Behov for faste rammer", 3,
            new_child=ChildInput("Noah", "Berg"), committee_date=ctx.today()))
        return visitation.record_decision(ctx, detail.info.id, DecisionInput(
            ReferralStatus.GRANTED, places=3, revisitation_on=ctx.today() + timedelta(days=90)))
    referral = seed(installation, granted)
    window, page = open_office(qtbot, controller, installation, TAB)
    view = page.referrals_view
    click_row(qtbot, view.table, view.proxy.mapFromSource(
        view.model.index(view.model.row_of(referral.id), 0)).row())
    assert view.panel.title.text() == "Noah Berg"

    click(qtbot, view.panel.step_buttons["place"])
    placing = view.panel.dialog
    qtbot.waitUntil(lambda: placing.table.rowCount() > 0, timeout=WAIT)
    click_row(qtbot, placing.table, row_of(placing.table, DATA.home))
    click(qtbot, placing.action_button)

    wait_error(qtbot, placing.error, OVERBOOKED)
    assert placing.isVisible() and placing.action_button.isEnabled()
    ctx = window.gui.session
    assert children.get_child(ctx, referral.child_id).placements == []
    assert referrals.get_referral(ctx, referral.id).info.progress.home_id is None


def test_the_committee_list_shows_referrals_and_revisitations_due_with_free_places(
        qtbot, controller, installation):
    def prepare(ctx):
        today = ctx.today()
        maja = next(c for c in children.list_children(ctx) if c.name == DATA.child_name)
        old = referrals.register_referral(ctx, ReferralInput(
            ReferrerType.HEALTH_VISITOR, "Hanne Ravn", "Sprog", 2, child_id=maja.id,
            received_on=today - timedelta(days=200), committee_date=today - timedelta(days=190)))
        visitation.record_decision(ctx, old.info.id, DecisionInput(
            ReferralStatus.GRANTED, places=2, revisitation_on=today + timedelta(days=10),
            decided_on=today - timedelta(days=190)))
        ase = next(c for c in children.list_children(ctx) if c.first_name == "Åse")
        referrals.register_referral(ctx, ReferralInput(
            ReferrerType.COMMITTEE, "", "Revurdering af behov", 4, child_id=ase.id,
            committee_date=today + timedelta(days=14)))
    seed(installation, prepare)
    window, page = open_office(qtbot, controller, installation, TAB)
    view = page.referrals_view
    today = window.gui.session.today()

    # The committee date starts at the next meeting a referral is scheduled for.
    assert view.committee_day() == today + timedelta(days=14)
    rows = [(view.committee_table.item(r, 0).text(), view.committee_table.item(r, 1).text())
            for r in range(view.committee_table.rowCount())]
    revisit = f"Revisitation ({today + timedelta(days=10):%d-%m-%Y})"
    assert rows == [("Åse Ørsted", "Ny indstilling"), (DATA.child_name, revisit)]
    assert "1 indstilling, 1 revisitation" in view.summary.text()

    replace_text(qtbot, view.committee_date, f"{today + timedelta(days=5):%d-%m-%Y}")
    qtbot.waitUntil(lambda: view.committee_table.rowCount() == 0, timeout=WAIT)
    assert "0 indstillinger, 0 revisitationer" in view.summary.text()
