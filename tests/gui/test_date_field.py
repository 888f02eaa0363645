"""The one date field, typed into like a person does, on several "today"s (month ends, a
leap day, the day main's CI failed): what is typed is the date kept, an impossible date is
shown as an error and never replaced, the calendar picks, and no other date editor is left
anywhere in the app."""

from __future__ import annotations

import ast
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit, QLineEdit, QVBoxLayout, QWidget

import dagpleje_desktop.gui as gui_package
from dagpleje_desktop.gui.forms import load_form
from dagpleje_desktop.package_data import form_names
from dagpleje_desktop.gui.widgets import date_field
from dagpleje_desktop.gui.widgets.date_field import DateField
from dagpleje_desktop.services.records import absences
from dagpleje_desktop.services.context import LOCAL_TZ
from dagpleje_desktop.services.installation import Installation

from consultant_steps import PAGE_NAMES, click_navigation, click_tab, start_app
from gui_support import DATA, PASSWORD, USERNAME
from office_steps import WAIT, choose, click, replace_text, wait_closed

pytestmark = pytest.mark.gui

TODAYS = [date(2026, 12, 7), date(2027, 2, 28), date(2028, 2, 29), date(2026, 12, 31)]
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(params=TODAYS, ids=str)
def today(request):
    """The date fields' clock frozen at one of the days; put back afterwards."""
    date_field.use_clock(lambda: request.param)
    yield request.param
    date_field.use_clock(date.today)


@pytest.fixture
def form(qtbot, today):
    """A window with a text box and a date field after it, as in the app's forms."""
    window = QWidget()
    layout = QVBoxLayout(window)
    before = QLineEdit()
    field = DateField(day=today, accessible_name="Fra")
    layout.addWidget(before)
    layout.addWidget(field)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus, timeout=WAIT)
    announced = []
    field.dateChanged.connect(lambda day: announced.append(day.toPython()))
    yield before, field, announced
    window.close()


@pytest.mark.parametrize("typed", ["22-02-2027", "22.02.2027", "22/2-27", "22.2.27", "220227"])
def test_a_whole_date_typed_over_the_shown_one_is_the_date_kept(qtbot, form, typed):
    _before, field, announced = form
    replace_text(qtbot, field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: field.text() == "22-02-2027", timeout=WAIT)
    assert field.date() == QDate(2027, 2, 22)
    assert field.feedback.text() == "mandag 22. februar 2027"
    assert announced[-1] == date(2027, 2, 22)


def test_tabbing_into_the_field_and_typing_replaces_the_date_without_selecting(qtbot, form):
    before, field, _announced = form
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.waitUntil(field.hasFocus, timeout=WAIT)
    qtbot.keyClicks(field.line_edit, "22-02-2027")
    assert field.date() == QDate(2027, 2, 22)


def test_clicking_into_the_field_and_typing_replaces_the_date(qtbot, form, today):
    _before, field, _announced = form
    qtbot.mouseClick(field.line_edit, LEFT)
    qtbot.waitUntil(lambda: field.line_edit.selectedText() == f"{today:%d-%m-%Y}",
                    timeout=WAIT)
    qtbot.keyClicks(field.line_edit, "1.3.28")
    assert field.date() == QDate(2028, 3, 1)
    assert field.feedback.text() == "onsdag 1. marts 2028"


def test_i_morgen_is_the_day_after_today(qtbot, form, today):
    _before, field, _announced = form
    replace_text(qtbot, field, "i morgen")
    assert field.value() == today + timedelta(days=1)


def test_an_impossible_date_is_an_error_beside_the_field_and_is_never_replaced(qtbot, form,
                                                                               today):
    _before, field, announced = form
    replace_text(qtbot, field, "30-02-2027")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "februar 2027 har 28 dage" in field.feedback.text(), timeout=WAIT)
    assert field.feedback.isVisible() and field.feedback.property("role") == "error"
    assert field.text() == "30-02-2027", "what was typed stays"
    assert not field.date().isValid() and field.value() is None
    assert announced == [], "no other date was taken instead"
    with pytest.raises(Exception) as refused:
        field.checked_value()
    assert str(refused.value).startswith("Fra: ")


def test_arrow_keys_step_a_day_and_the_calendar_picks_monday_first(qtbot, form, today):
    _before, field, _announced = form
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.value() == today + timedelta(days=1)
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=WAIT)
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert calendar.verticalHeaderFormat() == QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers
    assert calendar.locale().name() == "da_DK"
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible(), timeout=WAIT)
    assert field.value() == today + timedelta(days=2)


# -- in the app, with the app's own clock frozen ----------------------------------------


def frozen(installation: Installation, day: date) -> Installation:
    moment = datetime.combine(day, time(10, 0), LOCAL_TZ)
    return Installation(data_dir=installation.data_dir, now=lambda: moment)


def test_an_absence_typed_in_the_app_is_stored_with_the_typed_dates(qtbot, controller,
                                                                    gui_installation, today):
    installation = frozen(gui_installation, today)
    _ctl, window = start_app(qtbot, controller, installation)
    assert window.gui.session.today() == today
    click_navigation(qtbot, window, "Visitation")
    page = window.pages["Visitation"]
    click_tab(qtbot, page.tabs, "Fravær og gæstepleje")
    click(qtbot, page.absences_view.new_button)
    dialog = page.absences_view.dialog
    first, last = today + timedelta(days=3), today + timedelta(days=9)
    choose(qtbot, dialog.home, DATA.home)
    replace_text(qtbot, dialog.start, f"{first.day}.{first.month}.{first:%y}")
    replace_text(qtbot, dialog.end, f"{last:%d%m%y}")
    click(qtbot, dialog.action_button)
    wait_closed(qtbot, dialog)
    ctx = installation.login(USERNAME, PASSWORD)
    try:
        stored = [(a.starts_on, a.ends_on) for a in absences.list_absences(ctx)]
    finally:
        ctx.close()
    assert (first, last) in stored


def test_an_impossible_date_in_a_dialog_is_refused_and_nothing_is_saved(qtbot, controller,
                                                                        gui_installation):
    installation = frozen(gui_installation, date(2027, 2, 1))
    _ctl, window = start_app(qtbot, controller, installation)
    click_navigation(qtbot, window, "Visitation")
    page = window.pages["Visitation"]
    click_tab(qtbot, page.tabs, "Fravær og gæstepleje")
    click(qtbot, page.absences_view.new_button)
    dialog = page.absences_view.dialog
    choose(qtbot, dialog.home, DATA.home)
    replace_text(qtbot, dialog.start, "30-02-2027")
    click(qtbot, dialog.action_button)
    qtbot.waitUntil(lambda: "februar 2027 har 28 dage" in dialog.error.text(), timeout=WAIT)
    assert dialog.isVisible() and dialog.start.text() == "30-02-2027"
    ctx = installation.login(USERNAME, PASSWORD)
    try:
        assert absences.list_absences(ctx) == []
    finally:
        ctx.close()


# -- one date editor everywhere ------------------------------------------------------------


def date_editors(widget: QWidget) -> list[QWidget]:
    """Qt's section-editing date editors (a time-only QTimeEdit is not one)."""
    date_sections = QDateTimeEdit.Section.DateSections_Mask
    return [edit for edit in widget.findChildren(QDateTimeEdit)
            if edit.displayedSections() & date_sections]


def test_every_page_uses_the_one_date_field(qtbot, controller, gui_installation):
    _ctl, window = start_app(qtbot, controller, gui_installation)
    for name in PAGE_NAMES:
        click_navigation(qtbot, window, name)
    qtbot.waitUntil(lambda: not window.gui.runner.busy, timeout=WAIT)
    assert date_editors(window) == []
    assert window.findChildren(DateField), "the pages' date fields are DateFields"


def test_every_form_and_dialog_uses_the_one_date_field(qtbot):
    for name in form_names():
        form = load_form(name)
        qtbot.addWidget(form)
        assert date_editors(form) == [], name
    package = Path(gui_package.__file__).parent
    for source in package.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)} | {
            alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
            for alias in node.names}
        assert not names & {"QDateEdit", "QDateTimeEdit"}, source.relative_to(package)
