"""Kalender: plan a meeting by double-clicking a day, move it, see holidays and week
numbers, and export to an .ics file that the icalendar parser reads."""

from __future__ import annotations

import warnings
from datetime import date, timedelta

import icalendar
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from dagpleje_desktop.domain.enums import MeetingStatus
from dagpleje_desktop.gui.dialogs.meeting_move import MoveMeetingDialog
from dagpleje_desktop.gui.dialogs.meeting_plan import PlanMeetingDialog
from dagpleje_desktop.gui.pages.calendar_items import MEETING_MIME
from dagpleje_desktop.services.meeting_cycle import meetings
from dagpleje_desktop.services.context import LOCAL_TZ

from consultant_steps import (at, choose, click, click_navigation, copenhagen_today,
                              plan_for_maja, retype,
                              seed, start_app, tick, type_date, type_time, wait_closed, wait_idle,
                              weekday_after)
from gui_support import DATA

pytestmark = pytest.mark.gui


def open_calendar(qtbot, controller, installation):
    ctl, window = start_app(qtbot, controller, installation)
    click_navigation(qtbot, window, "Kalender")
    return window, window.pages["Kalender"]


def show_day(qtbot, page, day: date) -> None:
    """Click "›" until the month view shows the day (as a person would), and wait for the
    period's items."""
    for _ in range(24):
        start, end = page.visible_range()
        if start <= day <= end:
            qtbot.waitUntil(lambda: not page.loading and
                            page.current_view().cell_for(day) is not None, timeout=30_000)
            return
        click(qtbot, page.next_button)
    raise AssertionError(f"{day} never shown")


def chip_titles(page, day: date) -> list[str]:
    return [chip.item.title for chip in page.current_view().cell_for(day).chips]


def wait_chips(qtbot, page, day: date, titles: list[str]) -> None:
    qtbot.waitUntil(lambda: chip_titles(page, day) == titles, timeout=30_000)


def invited(dialog) -> list[str]:
    return [dialog.ui.participants.item(r).text() for r in range(dialog.ui.participants.count())]


def test_planning_a_meeting_by_double_clicking_a_day(qtbot, controller, gui_installation):
    window, page = open_calendar(qtbot, controller, gui_installation)
    day = weekday_after(page.gui.session.today(), 9)
    show_day(qtbot, page, day)

    cell = page.month_view.cell_for(day)
    qtbot.mouseDClick(cell, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PlanMeetingDialog) and dialog.isVisible()
    assert dialog.ui.dateEdit.date().toPython() == day  # prefilled with the day clicked
    choose(qtbot, dialog.ui.childChoice, DATA.child_name)
    qtbot.waitUntil(lambda: invited(dialog) == [
        "Sara Nielsen – Mor", "Ahmed Nielsen – Far", f"{DATA.childminder} – Mini-dagplejer"],
        timeout=30_000)
    assert dialog.ui.agenda.item(0).text() == "Opfølgning på sidste aftaler"
    type_time(qtbot, dialog.ui.startTime, 13, 30)
    type_time(qtbot, dialog.ui.endTime, 14, 30)
    retype(qtbot, dialog.ui.place, "Dagplejekontoret")
    click(qtbot, dialog.ui.saveButton)
    wait_closed(qtbot, dialog)

    wait_chips(qtbot, page, day, ["Statusmøde – Maja Nielsen"])
    chip = page.month_view.cell_for(day).chips[0]
    assert chip.text_lines() == ["13.30 Statusmøde – Maja Nielsen"]
    click_navigation(qtbot, window, "Møder")
    listed = window.pages["Møder"].list_view
    qtbot.waitUntil(lambda: listed.proxy.rowCount() == 1, timeout=30_000)
    rows = [[listed.proxy.index(r, c).data() for c in range(5)]
            for r in range(listed.proxy.rowCount())]
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        ("Statusmøde", "Maja Nielsen", "Dagplejekontoret", "Planlagt")]
    assert f"{day:%d-%m-%Y} kl. 13.30–14.30" in rows[0][0]
    [saved] = seed(gui_installation, lambda ctx: meetings.list_meetings(ctx))
    assert saved.start == at(day, 13, 30) and len(
        seed(gui_installation, lambda ctx: meetings.get_meeting(ctx, saved.id)).participants) == 3


def test_a_meeting_ending_before_it_starts_is_refused_in_the_dialog(qtbot, controller,
                                                                    gui_installation):
    _, page = open_calendar(qtbot, controller, gui_installation)
    click(qtbot, page.plan_button)
    dialog = page.dialog
    choose(qtbot, dialog.ui.childChoice, DATA.child_name)
    qtbot.waitUntil(lambda: len(invited(dialog)) == 3, timeout=30_000)
    type_time(qtbot, dialog.ui.startTime, 14, 0)
    type_time(qtbot, dialog.ui.endTime, 13, 0)
    click(qtbot, dialog.ui.saveButton)
    wait_idle(qtbot, page.gui)

    assert dialog.isVisible()
    assert dialog.ui.formError.text().startswith("Mødet skal slutte efter det begynder")
    assert not dialog.ui.formError.isHidden()
    assert seed(gui_installation, lambda ctx: meetings.list_meetings(ctx)) == []


def test_moving_a_meeting_with_flyt_and_the_date_field(qtbot, controller, gui_installation):
    day = weekday_after(copenhagen_today(), 3)
    planned = seed(gui_installation, lambda ctx: plan_for_maja(ctx, day, 9))
    _, page = open_calendar(qtbot, controller, gui_installation)
    show_day(qtbot, page, day)
    assert not page.move_button.isEnabled()

    chip = page.month_view.cell_for(day).chips[0]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert chip.selected and page.move_button.isEnabled()
    click(qtbot, page.move_button)
    qtbot.waitUntil(lambda: isinstance(page.dialog, MoveMeetingDialog)
                    and page.dialog.isVisible(), timeout=30_000)
    dialog = page.dialog
    new_day = weekday_after(day, 2)
    type_date(qtbot, dialog.date, new_day)
    click(qtbot, dialog.action_button)
    wait_closed(qtbot, dialog)

    show_day(qtbot, page, new_day)
    qtbot.waitUntil(lambda: "Statusmøde – Maja Nielsen" in chip_titles(page, new_day),
                    timeout=30_000)
    if page.month_view.cell_for(day) is not None:
        assert "Statusmøde – Maja Nielsen" not in chip_titles(page, day)
    moved = seed(gui_installation, lambda ctx: meetings.get_meeting(ctx, planned.summary.id))
    assert (moved.summary.start, moved.summary.end) == (at(new_day, 9), at(new_day, 10))
    assert "flyttet" in page.status.text()


def test_dropping_a_meeting_on_another_day_moves_it_and_keeps_the_time(
        qtbot, controller, gui_installation):
    day = weekday_after(copenhagen_today(), 3)
    planned = seed(gui_installation, lambda ctx: plan_for_maja(ctx, day, 11))
    _, page = open_calendar(qtbot, controller, gui_installation)
    show_day(qtbot, page, day)
    target_day = day + timedelta(days=1)
    target = page.month_view.cell_for(target_day)
    mime = QMimeData()
    mime.setData(MEETING_MIME, str(planned.summary.id).encode())
    centre = target.rect().center()
    with warnings.catch_warnings():  # PySide marks the QPoint constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(centre, Qt.DropAction.MoveAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()  # the day takes a meeting
    drop = QDropEvent(QPointF(centre), Qt.DropAction.MoveAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    wait_idle(qtbot, page.gui)

    moved = seed(gui_installation, lambda ctx: meetings.get_meeting(ctx, planned.summary.id))
    assert moved.summary.start == at(target_day, 11)
    assert moved.summary.status == MeetingStatus.PLANNED
    qtbot.waitUntil(lambda: "Statusmøde – Maja Nielsen" in chip_titles(page, target_day),
                    timeout=30_000)


def test_month_and_week_views_have_danish_names_iso_weeks_and_holidays(
        qtbot, controller, gui_installation):
    _, page = open_calendar(qtbot, controller, gui_installation)
    page.show_month(2026, 12)
    qtbot.waitUntil(lambda: page.period_label.text() == "December 2026", timeout=30_000)
    grid = page.month_view.grid
    headers = [grid.itemAtPosition(0, c).widget().text() for c in range(8)]
    assert headers == ["Uge", "Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag",
                       "Søndag"]
    weeks = [grid.itemAtPosition(r, 0).widget().text() for r in range(1, 6)]
    assert weeks == ["49", "50", "51", "52", "53"]
    assert page.month_view.cell_for(date(2026, 12, 25)).holiday_label.text() == "Juledag"
    assert page.month_view.cell_for(date(2026, 12, 26)).holiday_label.text() == \
        "Anden juledag"
    assert page.month_view.cell_for(date(2026, 12, 23)).holiday_label is None

    click(qtbot, page.week_button)
    qtbot.waitUntil(lambda: page.period_label.text().startswith("Uge "), timeout=30_000)
    page.show_week(date(2027, 3, 24))
    qtbot.waitUntil(lambda: page.period_label.text() == "Uge 12 · 22.–28. marts 2027",
                    timeout=30_000)
    days = sorted(page.week_view.cells)
    assert days[0] == date(2027, 3, 22) and days[0].weekday() == 0 and len(days) == 7
    assert page.week_view.cell_for(date(2027, 3, 25)).holiday_label.text() == "Skærtorsdag"


def _export(qtbot, page, monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))
    click(qtbot, page.export_button)
    return page.dialog


def test_ics_export_of_a_period_has_initials_and_copenhagen_times(
        qtbot, controller, gui_installation, tmp_path, monkeypatch):
    winter, summer = date(2027, 3, 26), date(2027, 3, 29)  # DST starts 28 March 2027
    seed(gui_installation, lambda ctx: (plan_for_maja(ctx, winter, 10),
                                        plan_for_maja(ctx, summer, 10)))
    _, page = open_calendar(qtbot, controller, gui_installation)
    target = tmp_path / "udlæst" / "marts.ics"
    target.parent.mkdir()
    dialog = _export(qtbot, page, monkeypatch, target)
    assert dialog.period_choice.isChecked() and not dialog.full_names.isChecked()
    type_date(qtbot, dialog.start, date(2027, 3, 22))
    type_date(qtbot, dialog.end, date(2027, 4, 4))
    click(qtbot, dialog.export_button)
    wait_closed(qtbot, dialog)

    raw = target.read_bytes()
    assert b"Maja" not in raw and b"Nielsen" not in raw and b"Solsikken" not in raw
    events = icalendar.Calendar.from_ical(raw).walk("VEVENT")
    meetings_found = sorted((e.decoded("dtstart"), str(e["summary"])) for e in events
                            if str(e["summary"]).startswith("Statusmøde"))
    assert [summary for _, summary in meetings_found] == ["Statusmøde – M.N."] * 2
    (first, _), (second, _) = meetings_found
    assert (first.hour, first.utcoffset()) == (10, timedelta(hours=1))
    assert (second.hour, second.utcoffset()) == (10, timedelta(hours=2))
    assert b"DTSTART;TZID=Europe/Copenhagen:20270326T100000" in raw
    assert str(target) in page.status.text()


def test_ics_export_of_selected_items_with_full_names(qtbot, controller, gui_installation,
                                                       tmp_path, monkeypatch):
    day = weekday_after(copenhagen_today(), 4)
    seed(gui_installation, lambda ctx: (plan_for_maja(ctx, day, 9, place="Engvej 3"),
                                        plan_for_maja(ctx, day, 13)))
    _, page = open_calendar(qtbot, controller, gui_installation)
    show_day(qtbot, page, day)
    first, second = page.month_view.cell_for(day).chips
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    dialog = _export(qtbot, page, monkeypatch, tmp_path / "valgte")
    assert dialog.items_choice.isChecked()
    tick(qtbot, dialog.full_names)
    assert dialog.full_names.isChecked()
    click(qtbot, dialog.export_button)
    wait_closed(qtbot, dialog)

    path = tmp_path / "valgte.ics"  # the extension is added
    [event] = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Statusmøde – Maja Nielsen"
    assert str(event["location"]) == "Engvej 3"
    assert event.decoded("dtstart").astimezone(LOCAL_TZ).hour == 9


def test_double_clicking_a_meeting_opens_it_on_the_meetings_page(qtbot, controller,
                                                                 gui_installation):
    day = weekday_after(copenhagen_today(), 2)
    planned = seed(gui_installation, lambda ctx: plan_for_maja(ctx, day, 10))
    window, page = open_calendar(qtbot, controller, gui_installation)
    show_day(qtbot, page, day)
    chip = page.month_view.cell_for(day).chips[0]
    qtbot.mouseDClick(chip, Qt.MouseButton.LeftButton)

    assert window.current_page_name() == "Møder"
    meetings_page = window.pages["Møder"]
    qtbot.waitUntil(lambda: meetings_page.showing_meeting, timeout=30_000)
    assert meetings_page.workspace.detail.summary.id == planned.summary.id
    assert meetings_page.workspace.title_label.text() == "Statusmøde – Maja Nielsen"
