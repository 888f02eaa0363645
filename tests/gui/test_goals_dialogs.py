"""Goals: create and change a goal from the "Mål og handleplaner" tab, see its history,
refuse a target date before the start, and add a new goal while holding a meeting."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dagpleje_desktop.domain.enums import GoalStatus
from dagpleje_desktop.services.meeting_cycle import goals

from consultant_steps import (choose, click, click_navigation, click_tab, copenhagen_today,
                              maja_id, plan_for_maja, seed, start_app, type_date,
                              wait_closed, wait_idle)
from gui_support import DATA

pytestmark = pytest.mark.gui


def open_goals(qtbot, controller, installation):
    ctl, window = start_app(qtbot, controller, installation)
    click_navigation(qtbot, window, "Møder")
    page = window.pages["Møder"]
    click_tab(qtbot, page.tabs, "Mål og handleplaner")
    view = page.goals_view
    choose(qtbot, view.child_choice, DATA.child_name)
    return page, view


def first_row(view) -> list[str]:
    table = view.goals_table
    return [table.item(0, c).text() for c in range(5)] if table.rowCount() else []


def test_a_new_goal_is_saved_changed_and_its_history_kept(qtbot, controller,
                                                          gui_installation):
    _, view = open_goals(qtbot, controller, gui_installation)
    assert view.goals_table.rowCount() == 0
    click(qtbot, view.new_button)
    dialog = view.dialog
    ui = dialog.ui
    assert ui.title.text() == "Nyt mål" and ui.childName.text() == f"For {DATA.child_name}"
    choose(qtbot, ui.domainChoice, "Kommunikation og sprog")
    qtbot.keyClicks(ui.goalTitle, "Maja bruger 10 ord om maden")
    qtbot.keyClicks(ui.signs, "Peger og siger ordet")
    qtbot.keyClicks(ui.measures, "Billedkort ved måltider")
    qtbot.keyClicks(ui.measureWho, "Mini-dagplejer og forældre")
    qtbot.keyClicks(ui.measureHowOften, "Ved hvert måltid")
    qtbot.keyClicks(ui.responsible, "Lise Mortensen")
    click(qtbot, ui.saveButton)
    wait_closed(qtbot, dialog)

    target = copenhagen_today() + timedelta(days=90)
    qtbot.waitUntil(lambda: first_row(view) == [
        "Kommunikation og sprog", "Maja bruger 10 ord om maden", f"{target:%d-%m-%Y}",
        "Aktivt", "0"], timeout=30_000)

    view.goals_table.selectRow(0)
    click(qtbot, view.edit_button)
    dialog = view.dialog
    assert dialog.ui.title.text() == "Ret mål"
    assert dialog.ui.measureWho.text() == "Mini-dagplejer og forældre"
    choose(qtbot, dialog.ui.statusChoice, "Justeret")
    qtbot.keyClicks(dialog.ui.evaluation, "Fem ord nu; målet justeres til 8 ord")
    click(qtbot, dialog.ui.saveButton)
    wait_closed(qtbot, dialog)
    qtbot.waitUntil(lambda: first_row(view)[3] == "Justeret", timeout=30_000)

    view.goals_table.selectRow(0)
    click(qtbot, view.history_button)
    history = view.dialog.table
    qtbot.waitUntil(lambda: history.rowCount() > 0, timeout=30_000)
    rows = [[history.item(r, c).text() for c in range(1, 5)] for r in range(history.rowCount())]
    assert rows[0] == ["Hanne Sørensen", "Oprettet", "", "Maja bruger 10 ord om maden"]
    assert ["Hanne Sørensen", "Ændret: Status", "Aktivt", "Justeret"] in rows
    assert ["Hanne Sørensen", "Ændret: Evaluering", "",
            "Fem ord nu; målet justeres til 8 ord"] in rows


def test_a_target_date_before_the_start_is_refused_with_the_message(qtbot, controller,
                                                                    gui_installation):
    _, view = open_goals(qtbot, controller, gui_installation)
    click(qtbot, view.new_button)
    dialog = view.dialog
    qtbot.keyClicks(dialog.ui.goalTitle, "Går selv")
    type_date(qtbot, dialog.ui.startDate, date(2027, 1, 10))
    type_date(qtbot, dialog.ui.targetDate, date(2027, 1, 1))
    click(qtbot, dialog.ui.saveButton)
    wait_idle(qtbot, view.gui)

    assert dialog.isVisible()
    assert dialog.ui.formError.text() == "Måldatoen ligger før startdatoen."
    assert seed(gui_installation, lambda ctx: goals.goals_for_child(ctx, maja_id(ctx))) == []


def test_a_new_goal_agreed_at_the_meeting_is_saved_with_the_minutes(qtbot, controller,
                                                                    gui_installation):
    meeting_id = seed(gui_installation, lambda ctx: plan_for_maja(
        ctx, ctx.today() - timedelta(days=1)).summary.id)
    page, _ = open_goals(qtbot, controller, gui_installation)
    page.open_meeting(meeting_id)
    qtbot.waitUntil(lambda: page.showing_meeting, timeout=30_000)
    holding = page.workspace.holding
    click(qtbot, holding.new_goals.add_button)
    dialog = holding.new_goals.dialog
    assert dialog.ui.saveButton.text() == "Tilføj mål"
    qtbot.keyClicks(dialog.ui.goalTitle, "Sidder selv ved bordet")
    type_date(qtbot, dialog.ui.startDate, date(2027, 2, 1))
    type_date(qtbot, dialog.ui.targetDate, date(2027, 1, 1))
    click(qtbot, dialog.ui.saveButton)
    assert dialog.isVisible()
    assert dialog.ui.formError.text() == "Måldatoen ligger før startdatoen."
    type_date(qtbot, dialog.ui.targetDate, date(2027, 4, 1))
    click(qtbot, dialog.ui.saveButton)
    wait_closed(qtbot, dialog)
    assert [g.title for g in holding.new_goals.goals()] == ["Sidder selv ved bordet"]
    assert seed(gui_installation, lambda ctx: goals.goals_for_child(ctx, maja_id(ctx))) == []

    click(qtbot, holding.save_button)
    qtbot.waitUntil(lambda: "1 nye mål" in holding.result.text(), timeout=30_000)
    [goal] = seed(gui_installation, lambda ctx: goals.goals_for_child(ctx, maja_id(ctx)))
    assert (goal.title, goal.status, goal.target_date) == (
        "Sidder selv ved bordet", GoalStatus.ACTIVE, date(2027, 4, 1))
    [created] = seed(gui_installation, lambda ctx: goals.goal_history(ctx, goal.id))
    assert created.meeting_id == meeting_id
    assert holding.new_goals.goals() == ()  # saved: not offered again
    # The goals to evaluate are read again in the background after the save.
    qtbot.waitUntil(lambda: [g.title for g, _, _ in holding.evaluations.rows]
                    == ["Sidder selv ved bordet"], timeout=30_000)
