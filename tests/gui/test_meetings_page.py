"""Møder: open a meeting from the list, build its preparation, record the minutes and
follow-ups, move and cancel it; bad input is refused with the service's message."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from dagpleje_desktop.domain.enums import Attendance, GoalStatus, MeetingStatus, WellbeingPosition
from dagpleje_desktop.services.meeting_cycle import goals, meeting_minutes, meetings
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.meeting_cycle.goals import GoalInput
from dagpleje_desktop.services.meeting_cycle.meeting_minutes import HoldInput
from dagpleje_desktop.services.context import LOCAL_TZ
from dagpleje_desktop.services.journal.observations import ObservationInput

from consultant_steps import (at, choose, click, click_navigation, copenhagen_today, maja_id,
                              plan_for_maja, retype, seed, start_app, type_date, type_time,
                              wait_closed, wait_idle, weekday_after)
from gui_support import DATA

pytestmark = pytest.mark.gui


def open_meetings(qtbot, controller, installation):
    ctl, window = start_app(qtbot, controller, installation)
    click_navigation(qtbot, window, "Møder")
    return window, window.pages["Møder"]


def child_rows(view, child_name: str) -> list[int]:
    return [r for r in range(view.proxy.rowCount())
            if view.proxy.index(r, 2).data() == child_name]


def open_row(qtbot, page, child_name: str = DATA.child_name) -> None:
    """Double-click the (first) row of the child's meeting in the list, once it is listed,
    and wait for the meeting to open."""
    view = page.list_view
    qtbot.waitUntil(lambda: child_rows(view, child_name) != [], timeout=30_000)
    row = child_rows(view, child_name)[0]
    table = view.table
    rect = table.visualRect(view.proxy.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.showing_meeting, timeout=30_000)


def _preparation_data(ctx):
    today, child = ctx.today(), maja_id(ctx)
    walk = goals.create_goal(ctx, GoalInput(child, "gross_motor", "Går selv",
                                            target_date=today + timedelta(days=20)))

    def observe(text, days_ago, **kw):
        observations.create_observation(ctx, ObservationInput(
            child, text, observed_at=at(today - timedelta(days=days_ago), 9), **kw))

    observe("Før sidste møde: kravlede op ad trappen", 100, goal_ids=(walk.id,),
            domains=("gross_motor",))
    last = plan_for_maja(ctx, today - timedelta(days=60))
    meeting_minutes.hold_meeting(ctx, last.summary.id, HoldInput(
        decisions="Forældrene øver trappen hjemme"))
    observe("Tog tre skridt alene", 40, goal_ids=(walk.id,), domains=("gross_motor",),
            position=WellbeingPosition.GREEN)
    observe("Sov uroligt til middag", 10)
    upcoming = plan_for_maja(ctx, weekday_after(today, 7))
    return last.summary.start, upcoming.summary.id


def test_preparation_shows_what_happened_since_the_last_status_meeting_and_notes_save(
        qtbot, controller, gui_installation):
    last_start, upcoming_id = seed(gui_installation, _preparation_data)
    _, page = open_meetings(qtbot, controller, gui_installation)
    # "kommende": only the planned meeting
    qtbot.waitUntil(lambda: page.list_view.count_label.text() == "1 møde", timeout=30_000)
    assert page.list_view.proxy.rowCount() == 1
    open_row(qtbot, page)
    workspace = page.workspace
    assert workspace.steps.currentWidget() is workspace.preparation
    preparation = workspace.preparation

    click(qtbot, preparation.build_button)
    qtbot.waitUntil(lambda: preparation.preparation is not None, timeout=30_000)

    text = preparation.summary.toPlainText()
    last_day = last_start.astimezone(LOCAL_TZ).date()
    assert f"Siden statusmødet {last_day.day}." in text
    assert "2 observationer i perioden" in text
    assert "Tog tre skridt alene" in text and "Sov uroligt til middag" in text
    assert "Før sidste møde" not in text and DATA.observation not in text
    by_goal = text[text.index("Observationer pr. mål"):text.index("Observationer pr. udv")]
    assert "Går selv" in by_goal and "Tog tre skridt alene" in by_goal
    assert "Sov uroligt til middag" not in by_goal
    by_domain = text[text.index("Observationer pr. udviklingsområde"):]
    assert "Grovmotorik" in by_domain and "Uden udviklingsområde" in by_domain
    assert "Forældrene øver trappen hjemme" in text
    trivsel = text[text.index("Trivsel i perioden"):]
    assert "Grøn" in trivsel
    assert "Går selv" in preparation.notes.toPlainText()  # a draft to start from

    retype(qtbot, preparation.notes, "Spørg til søvnen derhjemme")
    click(qtbot, preparation.save_button)
    qtbot.waitUntil(lambda: preparation.notes_status.text() == "Noterne er gemt.",
                    timeout=30_000)
    saved = seed(gui_installation, lambda ctx: meetings.prepare(ctx, upcoming_id))
    assert saved.notes == "Spørg til søvnen derhjemme"


def _held_yesterday(ctx):
    child = maja_id(ctx)
    goals.create_goal(ctx, GoalInput(child, "gross_motor", "Går selv"))
    return plan_for_maja(ctx, ctx.today() - timedelta(days=1)).summary.id


def test_recording_minutes_follow_ups_and_a_goal_evaluation(qtbot, controller,
                                                           gui_installation):
    meeting_id = seed(gui_installation, _held_yesterday)
    _, page = open_meetings(qtbot, controller, gui_installation)
    qtbot.waitUntil(lambda: page.list_view.proxy.index(0, 4).data() == "Mangler referat",
                    timeout=30_000)
    open_row(qtbot, page)
    workspace = page.workspace
    holding = workspace.holding
    assert workspace.steps.currentWidget() is holding  # the meeting has been: write minutes

    attendance = {person.name: choice for person, choice in holding.attendance}
    choose(qtbot, attendance["Sara Nielsen"], "Til stede")
    choose(qtbot, attendance["Ahmed Nielsen"], "Afbud")
    choose(qtbot, attendance[DATA.childminder], "Til stede")
    minutes = {item.title: text for item, text in holding.item_minutes}
    qtbot.keyClicks(minutes["Status fra forældre"], "Maja sover bedre om natten")
    qtbot.keyClicks(holding.decisions, "Fysioterapeut tilknyttes")
    editor = holding.follow_ups
    qtbot.keyClicks(editor.description, "Bestille fysioterapeut")
    qtbot.keyClicks(editor.owner.lineEdit(), "Hanne Sørensen")
    due = copenhagen_today() + timedelta(days=21)
    type_date(qtbot, editor.due, due)
    click(qtbot, editor.add_button)
    assert editor.table.item(0, 3).text() == "Ikke gemt endnu"
    qtbot.waitUntil(lambda: holding.evaluations.rows != [], timeout=30_000)
    goal, status, evaluation = holding.evaluations.rows[0]
    assert goal.title == "Går selv"
    choose(qtbot, status, "Opnået")
    qtbot.keyClicks(evaluation, "Går selv hele vejen i stuen")
    click(qtbot, holding.save_button)
    qtbot.waitUntil(lambda: "Referatet er gemt" in holding.result.text(), timeout=30_000)

    assert "Afholdt" in workspace.facts_label.text()
    assert "Sara Nielsen (mor) – til stede" in workspace.people_label.text()
    assert [editor.table.item(0, c).text() for c in range(4)] == [
        "Bestille fysioterapeut", "Hanne Sørensen", f"{due:%d-%m-%Y}", "Åben"]
    # The goal is achieved, no longer open (the goals are read again in the background).
    qtbot.waitUntil(lambda: holding.evaluations.rows == [], timeout=30_000)
    held = seed(gui_installation, lambda ctx: meetings.get_meeting(ctx, meeting_id))
    assert held.summary.status == MeetingStatus.HELD
    assert {p.name: p.attendance for p in held.participants} == {
        "Sara Nielsen": Attendance.PRESENT, "Ahmed Nielsen": Attendance.APOLOGIES,
        DATA.childminder: Attendance.PRESENT}
    assert {a.title: a.minutes for a in held.agenda}["Status fra forældre"] == \
        "Maja sover bedre om natten"
    assert held.decisions == "Fysioterapeut tilknyttes"
    assert [(f.description, f.owner, f.due_on) for f in held.follow_ups] == [
        ("Bestille fysioterapeut", "Hanne Sørensen", due)]
    [walk] = seed(gui_installation, lambda ctx: goals.goals_for_child(ctx, maja_id(ctx)))
    assert (walk.status, walk.evaluation) == (GoalStatus.ACHIEVED, "Går selv hele vejen i stuen")

    click(qtbot, workspace.back_button)
    choose(qtbot, page.list_view.show_choice, "Afholdte")
    qtbot.waitUntil(lambda: page.list_view.proxy.index(0, 4).data() == "Afholdt",
                    timeout=30_000)


def test_incomplete_follow_up_and_evaluation_without_status_are_refused(
        qtbot, controller, gui_installation):
    meeting_id = seed(gui_installation, _held_yesterday)
    _, page = open_meetings(qtbot, controller, gui_installation)
    open_row(qtbot, page)
    holding = page.workspace.holding
    editor = holding.follow_ups
    qtbot.keyClicks(editor.description, "Ring til lægen")
    click(qtbot, editor.add_button)
    assert editor.error.text() == "Skriv hvem der har ansvaret for »Ring til lægen«."
    assert editor.pending() == ()
    editor.description.clear()

    qtbot.waitUntil(lambda: holding.evaluations.rows != [], timeout=30_000)
    _, _, evaluation = holding.evaluations.rows[0]
    qtbot.keyClicks(evaluation, "Går lidt")
    click(qtbot, holding.save_button)
    wait_idle(qtbot, page.gui)

    assert holding.error.text().startswith("Vælg hvordan målet blev evalueret")
    still = seed(gui_installation, lambda ctx: meetings.get_meeting(ctx, meeting_id))
    assert still.summary.status == MeetingStatus.PLANNED and still.follow_ups == []


def test_moving_with_end_before_start_is_refused_and_cancelling_works(
        qtbot, controller, gui_installation):
    day = weekday_after(copenhagen_today(), 5)
    meeting_id = seed(gui_installation, lambda ctx: plan_for_maja(ctx, day, 10)).summary.id
    _, page = open_meetings(qtbot, controller, gui_installation)
    open_row(qtbot, page)
    workspace = page.workspace

    click(qtbot, workspace.move_button)
    move = workspace.dialog
    type_time(qtbot, move.start, 15, 0)
    assert move.end.time().hour() == 16  # the length is kept
    type_time(qtbot, move.end, 14, 0)
    click(qtbot, move.action_button)
    wait_idle(qtbot, page.gui)
    assert move.isVisible()
    assert move.error.text().startswith("Mødet skal slutte efter det begynder")
    unchanged = seed(gui_installation, lambda ctx: meetings.get_meeting(ctx, meeting_id))
    assert unchanged.summary.start == at(day, 10)
    move.reject()

    click(qtbot, workspace.cancel_button)
    cancel = workspace.dialog
    qtbot.keyClicks(cancel.reason, "Maja er syg")
    click(qtbot, cancel.action_button)
    wait_closed(qtbot, cancel)
    qtbot.waitUntil(lambda: "Aflyst" in workspace.facts_label.text(), timeout=30_000)
    assert not workspace.move_button.isEnabled() and not workspace.cancel_button.isEnabled()
    cancelled = seed(gui_installation, lambda ctx: meetings.get_meeting(ctx, meeting_id))
    assert cancelled.summary.status == MeetingStatus.CANCELLED
    assert cancelled.minutes == "Aflyst: Maja er syg"


def test_the_agenda_is_saved_as_a_pdf(qtbot, controller, gui_installation, tmp_path,
                                      monkeypatch):
    day = weekday_after(copenhagen_today(), 5)
    seed(gui_installation, lambda ctx: plan_for_maja(ctx, day, 10))
    target = tmp_path / "dagsorden.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    _, page = open_meetings(qtbot, controller, gui_installation)
    open_row(qtbot, page)
    workspace = page.workspace
    assert not workspace.minutes_button.isEnabled()  # no minutes before the meeting is held
    click(qtbot, workspace.agenda_button)
    qtbot.waitUntil(lambda: workspace.feedback.text().startswith("Gemt som PDF"),
                    timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF")
