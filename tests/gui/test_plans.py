"""Afslutning: a held meeting becomes an approved action plan version; the previous one
is superseded but readable; the next meeting is planned with one click; a plan with no
goals is not approved."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from dagpleje_desktop.domain.enums import PlanStatus
from dagpleje_desktop.services.meeting_cycle import goals, meeting_minutes, meetings, plans
from dagpleje_desktop.services.meeting_cycle.goals import GoalInput
from dagpleje_desktop.services.meeting_cycle.meeting_minutes import HoldInput

from consultant_steps import (click, click_navigation, maja_id, plan_for_maja, retype, seed,
                              start_app, tick, wait_closed, wait_idle)
from gui_support import DATA

pytestmark = pytest.mark.gui


def _held_meeting_with_an_approved_plan(ctx):
    child, today = maja_id(ctx), ctx.today()
    walk = goals.create_goal(ctx, GoalInput(
        child, "gross_motor", "Går selv", signs_of_progress="Slipper bordet",
        measures="Leg på gulvet", measure_who="Mini-dagplejer", measure_how_often="Dagligt"))
    first = plans.create_plan(ctx, plans.PlanInput(
        child, background="Født for tidligt", goal_ids=(walk.id,),
        period_start=today - timedelta(days=120),
        next_evaluation=today - timedelta(days=30)))
    plans.approve_plan(ctx, first.id, today - timedelta(days=120), ["Sara Nielsen"])
    goals.create_goal(ctx, GoalInput(child, "language", "Siger ti ord",
                                     measures="Billedkort", measure_who="Alle",
                                     measure_how_often="Ved måltider"))
    meeting = plan_for_maja(ctx, today - timedelta(days=2))
    meeting_minutes.hold_meeting(ctx, meeting.summary.id, HoldInput(
        decisions="Forældrene øver ord ved aftensmaden"))
    return first.id, meeting.summary.id


def open_conclusion(qtbot, controller, installation):
    ctl, window = start_app(qtbot, controller, installation)
    click_navigation(qtbot, window, "Møder")
    page = window.pages["Møder"]
    page.list_view.show_choice.setCurrentIndex(page.list_view.show_choice.findText("Afholdte"))
    view = page.list_view
    qtbot.waitUntil(lambda: view.proxy.index(0, 4).data() == "Afholdt", timeout=30_000)
    view.table.selectRow(0)
    click(qtbot, view.open_button)
    qtbot.waitUntil(lambda: page.showing_meeting, timeout=30_000)
    workspace = page.workspace
    assert workspace.steps.currentWidget() is workspace.conclusion  # held: conclude it
    conclusion = workspace.conclusion
    qtbot.waitUntil(lambda: conclusion.create_button.isVisible(), timeout=30_000)
    return page, conclusion


def test_concluding_gives_an_approved_version_and_supersedes_the_previous_one(
        qtbot, controller, gui_installation):
    first_id, meeting_id = seed(gui_installation, _held_meeting_with_an_approved_plan)
    page, conclusion = open_conclusion(qtbot, controller, gui_installation)
    form = conclusion.form
    assert "Ny version 2" in conclusion.message.text()
    assert form.background.toPlainText() == "Født for tidligt"  # from version 1
    assert "Forældrene øver ord ved aftensmaden" in form.agreements.toPlainText()
    assert [(g.title, box.isChecked()) for g, box in form.goal_boxes] == [
        ("Går selv", True), ("Siger ti ord", True)]
    # Nothing is approved or signed until the person says so.
    assert not form.approve_now.isChecked()
    names = [person.name for person, *_ in form.signatories.rows]
    assert "Sara Nielsen" in names
    assert not any(box.isChecked() for _, box, _, _ in form.signatories.rows)
    retype(qtbot, form.resources, "Glad for musik og sang")
    tick(qtbot, form.approve_now)
    click(qtbot, conclusion.create_button)  # approve without anyone ticked: refused
    assert conclusion.error.text().startswith("Sæt flueben ved dem, der har underskrevet")
    form.signatories.tick("Sara Nielsen")

    click(qtbot, conclusion.create_button)
    qtbot.waitUntil(lambda: conclusion.plan is not None, timeout=30_000)

    assert conclusion.message.text().startswith("Handleplanen (version 2) er godkendt")
    text = conclusion.plan_text.toPlainText()
    assert "Glad for musik og sang" in text and "Siger ti ord" in text
    # SMTTE's tiltag in full: hvad, hvem, hvornår and hvor (what is missing says so)
    for part in ("Hvad: Billedkort", "Hvem: Alle", "Hvornår: Ved måltider", "Hvor: Ikke udfyldt"):
        assert part in text
    assert "Sara Nielsen (" in text and "underskrevet på papir" in text
    current = seed(gui_installation, lambda ctx: plans.current_plan(ctx, maja_id(ctx)))
    assert (current.version, current.status, current.meeting_id) == (
        2, PlanStatus.APPROVED, meeting_id)
    assert current.signatories == ("Sara Nielsen",)  # only who was ticked as signed
    old = seed(gui_installation, lambda ctx: plans.get_plan(ctx, first_id))
    assert old.status == PlanStatus.SUPERSEDED

    [version_row] = [conclusion.versions.itemAt(i).layout()
                     for i in range(conclusion.versions.count())]
    assert version_row.itemAt(0).widget().text().startswith("Version 1 – erstattet")
    click(qtbot, version_row.itemAt(1).widget())
    old_view = conclusion.dialog
    qtbot.waitUntil(lambda: "version 1" in old_view.browser.toPlainText(), timeout=30_000)
    old_text = old_view.browser.toPlainText()
    assert "version 1 (Erstattet)" in old_text and "erstattet af en nyere" in old_text
    assert "Går selv" in old_text and "Siger ti ord" not in old_text  # as it was signed
    old_view.accept()

    assert conclusion.next_button.isVisible()
    assert conclusion.next_label.text().startswith("Forslag ud fra handleplanens")
    click(qtbot, conclusion.next_button)
    dialog = page.plan_dialog
    proposal = seed(gui_installation, lambda ctx: meeting_minutes.propose_next_meeting(
        ctx, meeting_id))
    assert dialog.ui.dateEdit.date().toPython() == proposal.starts_at.date()
    qtbot.waitUntil(lambda: dialog.ui.childChoice.currentText() == DATA.child_name,
                    timeout=30_000)
    assert dialog.ui.participants.count() == 3
    click(qtbot, dialog.ui.saveButton)
    wait_closed(qtbot, dialog)
    assert conclusion.next_label.text().startswith("Næste møde er planlagt")
    assert not conclusion.next_button.isVisible()
    upcoming = seed(gui_installation, lambda ctx: [
        m for m in meetings.list_meetings(ctx) if m.start > ctx.now()])
    assert [m.start for m in upcoming] == [proposal.starts_at]


def test_a_plan_with_no_goals_is_not_approved_and_nothing_changes(qtbot, controller,
                                                                   gui_installation):
    first_id, meeting_id = seed(gui_installation, _held_meeting_with_an_approved_plan)
    _, conclusion = open_conclusion(qtbot, controller, gui_installation)
    for _, box in conclusion.form.goal_boxes:
        tick(qtbot, box)
    assert conclusion.form.goal_ids() == ()
    tick(qtbot, conclusion.form.approve_now)
    conclusion.form.signatories.tick("Sara Nielsen")

    click(qtbot, conclusion.create_button)
    wait_idle(qtbot, conclusion.gui)

    assert conclusion.error.text().startswith("Handleplanen har ingen mål")
    assert conclusion.plan is None
    versions = seed(gui_installation, lambda ctx: plans.list_plans(ctx, maja_id(ctx)))
    assert [(v.version, v.status) for v in versions] == [(1, PlanStatus.APPROVED)]
    assert seed(gui_installation,
                lambda ctx: meetings.get_meeting(ctx, meeting_id)).resulting_plan_id is None


def test_a_draft_is_approved_later_with_date_and_signatories(qtbot, controller,
                                                             gui_installation):
    seed(gui_installation, _held_meeting_with_an_approved_plan)
    _, conclusion = open_conclusion(qtbot, controller, gui_installation)
    assert not conclusion.form.approve_now.isChecked()  # a draft unless asked
    click(qtbot, conclusion.create_button)
    qtbot.waitUntil(lambda: conclusion.plan is not None, timeout=30_000)
    assert conclusion.plan.status == PlanStatus.DRAFT
    assert conclusion.plan.signatories == ()
    assert "er en kladde" in conclusion.message.text()
    qtbot.waitUntil(lambda: conclusion.signers_loaded, timeout=30_000)
    roles = {person.role for person, *_ in conclusion.draft_signatures.rows}
    assert {"Mini-dagplejer", "Mini-dagplejekonsulent"} <= roles  # always asked to sign

    click(qtbot, conclusion.approve_button)  # nobody ticked yet
    wait_idle(qtbot, conclusion.gui)
    assert conclusion.feedback.text() == "Skriv hvem der har underskrevet handleplanen."
    conclusion.draft_signatures.tick("Sara Nielsen")
    click(qtbot, conclusion.approve_button)
    qtbot.waitUntil(lambda: conclusion.plan.status == PlanStatus.APPROVED, timeout=30_000)
    assert conclusion.plan.signatories == ("Sara Nielsen",)


def test_a_goals_measure_is_corrected_from_the_plan_form(qtbot, controller, gui_installation):
    seed(gui_installation, _held_meeting_with_an_approved_plan)
    _, conclusion = open_conclusion(qtbot, controller, gui_installation)
    edit_buttons = [b for b in conclusion.form_page.findChildren(QPushButton)
                    if b.text() == "Ret mål …"]
    click(qtbot, edit_buttons[1])  # "Siger ti ord"
    dialog = conclusion.dialog
    assert dialog.ui.goalTitle.toPlainText() == "Siger ti ord"
    retype(qtbot, dialog.ui.measureHowOften, "Hver dag ved frokost")
    click(qtbot, dialog.ui.saveButton)
    wait_closed(qtbot, dialog)

    def details():
        return [label.text() for label in conclusion.form_page.findChildren(QLabel)
                if label.text().startswith("Sprog · ")]
    qtbot.waitUntil(lambda: details() == ["Sprog · Aktivt\n"
                                          "Indsats: Billedkort · Alle · Hver dag ved frokost"],
                    timeout=30_000)
    assert all(box.isChecked() for _, box in conclusion.form.goal_boxes)  # ticks kept
