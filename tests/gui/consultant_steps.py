"""Steps shared by the consultant GUI tests (meetings, goals, plans, visits, calendar).

Data is put in place through the services before the app starts; the test then clicks
and types like a person.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDateTimeEdit, QTabBar

from dagpleje_desktop.domain.enums import MeetingKind
from dagpleje_desktop.gui.main_window import PAGE_NAMES
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.meeting_cycle import meetings
from dagpleje_desktop.services.context import LOCAL_TZ

from gui_support import DATA, PASSWORD, USERNAME, log_in

SECTION = QDateTimeEdit.Section


def seed(installation, work):
    """Run ``work(ctx)`` as the test user before the app starts; returns its result."""
    ctx = installation.login(USERNAME, PASSWORD)
    try:
        return work(ctx)
    finally:
        ctx.close()


def maja_id(ctx) -> uuid.UUID:
    return next(c.id for c in children.list_children(ctx) if c.name == DATA.child_name)


def copenhagen_today() -> date:
    return datetime.now(LOCAL_TZ).date()


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), LOCAL_TZ)


def plan_for_maja(ctx, day: date, hour: int = 10, kind=MeetingKind.STATUS, **kw):
    child_id = maja_id(ctx)
    return meetings.plan_meeting(ctx, meetings.MeetingInput(
        kind, at(day, hour), at(day, hour + 1), child_id=child_id,
        place=kw.pop("place", "Solsikken"),
        participants=tuple(meetings.candidate_participants(ctx, child_id)), **kw))


def weekday_after(day: date, days: int) -> date:
    """A Monday-Friday ``days`` or a little more after ``day``."""
    result = day + timedelta(days=days)
    while result.weekday() >= 5:
        result += timedelta(days=1)
    return result


def start_app(qtbot, controller, installation):
    ctl = controller(installation)
    ctl.start()
    return ctl, log_in(qtbot, ctl)


def click_navigation(qtbot, window, name: str) -> None:
    navigation = window.navigation
    rect = navigation.visualItemRect(navigation.item(PAGE_NAMES.index(name)))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_name() == name


def click_tab(qtbot, tabs, title: str) -> None:
    bar = tabs.findChild(QTabBar)
    index = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def click(qtbot, button) -> None:
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot, box) -> None:
    """Click a tick box on its box (a wide one does not react to a click far right)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def retype(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def type_date(qtbot, edit, day: date) -> None:
    """Select what the date field shows and type the date over it, as people write it."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, f"{day:%d-%m-%Y}")
    assert edit.date().toPython() == day


def type_time(qtbot, edit, hour: int, minute: int = 0) -> None:
    edit.setFocus()
    edit.setSelectedSection(SECTION.HourSection)
    qtbot.keyClicks(edit, f"{hour:02d}")
    edit.setSelectedSection(SECTION.MinuteSection)
    qtbot.keyClicks(edit, f"{minute:02d}")
    assert (edit.time().hour(), edit.time().minute()) == (hour, minute)


def choose(qtbot, combo, text: str) -> None:
    """Pick an entry of a drop-down by its text, as with the keyboard, once the entry is
    there (choices such as the children are read in the background)."""
    def offered():
        entries = [combo.itemText(i) for i in range(combo.count())]
        assert text in entries, f"{text!r} not in {entries}"
    qtbot.waitUntil(offered, timeout=30_000)
    combo.setFocus()
    combo.setCurrentIndex(combo.findText(text))


def wait_idle(qtbot, gui) -> None:
    qtbot.waitUntil(lambda: not gui.runner.busy, timeout=30_000)


def wait_closed(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
