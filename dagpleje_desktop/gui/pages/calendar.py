"""Kalender: month and week views of meetings, visits, absences, guest care, goal target
dates, plan evaluations and supervision due; Danish public holidays named.

Double-click a day to plan a meeting on it; drag a meeting to another day, or select it
and use "Flyt …", to move it; export a period or the chosen items to Outlook.
"""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from ...domain.enums import UserRole, VisitKind
from ..context import GuiContext
from ..dialogs.calendar_export import CalendarExportDialog
from ..dialogs.meeting_move import MoveMeetingDialog
from ..dialogs.meeting_plan import MeetingDraft, PlanMeetingDialog
from ..dialogs.visit_record import VisitDialog
from ..operations import calendar as calendar_ops
from ..operations import meetings as meeting_ops
from ..operations.calendar import CalendarItem, ItemKind
from ..operations.runner import user_message
from ..operations.runner import guarded
from ..widgets.text import label, page_title
from ..widgets.when_fields import local, local_datetime, month_name, span_text
from ..messages import service_text
from .base import Page
from .calendar_items import item_key, legend
from .calendar_views import MonthView, WeekView

MONTH, WEEK = range(2)
LEGEND_STYLE = "QLabel#legendSwatch {{ background: {colour}; border-radius: 3px; }}"


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_span(start: date, end: date) -> str:
    """"7.–13. december 2026", "28. december 2026 – 3. januar 2027"."""
    if start.year != end.year:
        return f"{start.day}. {month_name(start.month)} {start.year} – " \
               f"{end.day}. {month_name(end.month)} {end.year}"
    if start.month != end.month:
        return f"{start.day}. {month_name(start.month)} – {end.day}. {month_name(end.month)} " \
               f"{end.year}"
    return f"{start.day}.–{end.day}. {month_name(end.month)} {end.year}"


class CalendarPage(Page):
    title = "Kalender"
    open_meeting_requested = Signal(uuid.UUID)
    changed = Signal()  # a meeting or visit was planned or moved here

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(gui, parent)
        today = gui.session.today()
        self.anchor = today            # a day in the month or week shown
        self.items: list[CalendarItem] = []
        self.holidays: dict[date, str] = {}
        self.selected: dict[tuple, CalendarItem] = {}
        self.dialog = None
        self.loaded = False
        self.loading = False   # a period's items are on their way; the old ones stay shown
        self._request = 0      # only the newest request's items are shown
        self._opening: uuid.UUID | None = None  # the meeting being read for "Flyt …"
        self._message = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 26, 24, 14)
        layout.setSpacing(8)
        head = QHBoxLayout()
        head.addWidget(page_title(self.tr("Kalender")))
        head.addSpacing(18)
        self.previous_button = QPushButton("‹")
        self.previous_button.setObjectName("previousPeriod")
        self.previous_button.setAccessibleName(self.tr("Forrige"))
        self.today_button = QPushButton(self.tr("I dag"))
        self.next_button = QPushButton("›")
        self.next_button.setObjectName("nextPeriod")
        self.next_button.setAccessibleName(self.tr("Næste"))
        for button in (self.previous_button, self.today_button, self.next_button):
            head.addWidget(button)
        self.period_label = label("", "sectionTitle", wrap=False, object_name="periodLabel")
        head.addSpacing(10)
        head.addWidget(self.period_label)
        head.addStretch(1)
        self.month_button = QPushButton(self.tr("Måned"))
        self.week_button = QPushButton(self.tr("Uge"))
        self.view_group = QButtonGroup(self)
        for index, button in enumerate((self.month_button, self.week_button)):
            button.setCheckable(True)
            self.view_group.addButton(button, index)
            head.addWidget(button)
        self.month_button.setChecked(True)
        layout.addLayout(head)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.status = label("", "muted", object_name="calendarStatus")
        actions.addWidget(self.status, 1)
        self.move_button = QPushButton(self.tr("Flyt …"))
        self.move_button.setObjectName("moveSelected")
        self.move_button.setToolTip(self.tr("Flyt det valgte møde til en anden dag"))
        self.export_button = QPushButton(self.tr("Eksportér til Outlook (.ics) …"))
        self.export_button.setObjectName("exportCalendar")
        self.plan_button = QPushButton(self.tr("Planlæg møde …"))
        self.plan_button.setObjectName("calendarPlanMeeting")
        self.plan_button.setProperty("role", "primary")
        for button in (self.move_button, self.export_button, self.plan_button):
            actions.addWidget(button)
        for button in (self.move_button, self.plan_button):  # not a mini-childminder's work
            button.setVisible(gui.session.user.role != UserRole.CHILDMINDER)
        layout.addLayout(actions)

        self.views = QStackedWidget()
        self.month_view = MonthView()
        self.week_view = WeekView()
        self.views.addWidget(self.month_view)
        self.views.addWidget(self.week_view)
        layout.addWidget(self.views, 1)
        legend_row = QHBoxLayout()
        legend_row.setSpacing(4)
        for text, colour in legend():
            swatch = label("", object_name="legendSwatch")
            swatch.setFixedSize(12, 12)
            swatch.setStyleSheet(LEGEND_STYLE.format(colour=colour))
            legend_row.addWidget(swatch)
            legend_row.addWidget(label(text, "muted"))  # wraps rather than widen the page
            legend_row.addSpacing(10)
        legend_row.addStretch(1)
        layout.addLayout(legend_row)

        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(self._go_today)
        self.view_group.idClicked.connect(self._view_changed)
        self.move_button.clicked.connect(self.move_selected)
        self.export_button.clicked.connect(self.export)
        self.plan_button.clicked.connect(lambda: self.plan_meeting(None))
        for view in (self.month_view, self.week_view):
            view.day_double_clicked.connect(self.plan_meeting)
            view.meeting_dropped.connect(self._meeting_dropped)
            view.more_clicked.connect(self._show_week_of)
            view.chip_clicked.connect(self._chip_clicked)
            view.chip_activated.connect(self._chip_activated)
        self._update_buttons()

    # -- period -----------------------------------------------------------------------

    @property
    def mode(self) -> int:
        return self.views.currentIndex()

    def visible_range(self) -> tuple[date, date]:
        if self.mode == WEEK:
            start = week_start(self.anchor)
            return start, start + timedelta(days=6)
        weeks = calendar_ops.month_weeks(self.anchor.year, self.anchor.month)
        return weeks[0][1][0], weeks[-1][1][-1]

    def show_month(self, year: int, month: int) -> None:
        self.anchor = date(year, month, 1)
        self._set_mode(MONTH)

    def show_week(self, day: date) -> None:
        self.anchor = day
        self._set_mode(WEEK)

    def _set_mode(self, mode: int) -> None:
        self.views.setCurrentIndex(mode)
        (self.month_button if mode == MONTH else self.week_button).setChecked(True)
        self.reload()

    def _view_changed(self, mode: int) -> None:
        self._set_mode(mode)

    def _step(self, direction: int) -> None:
        if self.mode == WEEK:
            self.anchor += timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.reload()

    def _go_today(self) -> None:
        self.anchor = self.gui.session.today()
        self.reload()

    def _show_week_of(self, day: date) -> None:
        self.show_week(day)

    # -- loading ----------------------------------------------------------------------

    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the period shown; what is on screen stays until the items arrive."""
        start, end = self.visible_range()
        self._request += 1
        request = self._request
        self.loading = True
        calendar_ops.load_items(
            self.gui.runner, self.gui.session, start, end,
            guarded(self, lambda found: self._items_arrived(request, start, end, found)),
            guarded(self, lambda exc: self._items_failed(request, exc)))

    def _items_arrived(self, request: int, start: date, end: date,
                       found: list[CalendarItem]) -> None:
        if request != self._request:  # the person went on to another period meanwhile
            return
        self.loading = False
        self.loaded = True
        self.items = [i for i in found if i.kind != ItemKind.HOLIDAY]
        self.holidays = {i.start: i.title for i in found if i.kind == ItemKind.HOLIDAY}
        keys = {item_key(i): i for i in self.items}
        self.selected = {k: keys[k] for k in self.selected if k in keys}
        today = self.gui.session.today()
        if self.mode == WEEK:
            days = [start + timedelta(days=n) for n in range(7)]
            self.week_view.show_week(days, self.items, self.holidays, today, set(self.selected))
            self.period_label.setText(self.tr("Uge {week} · {span}").format(
                week=start.isocalendar().week, span=week_span(start, end)))
        else:
            weeks = calendar_ops.month_weeks(self.anchor.year, self.anchor.month)
            self.month_view.show_month(self.anchor.month, weeks, self.items, self.holidays,
                                       today, set(self.selected))
            self.period_label.setText(f"{month_name(self.anchor.month).capitalize()} "
                                      f"{self.anchor.year}")
        self._update_buttons()

    def _items_failed(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        self.loading = False
        self._say(user_message(exc))

    def current_view(self):
        return self.week_view if self.mode == WEEK else self.month_view

    # -- selection --------------------------------------------------------------------

    def _chip_clicked(self, item: CalendarItem, additive: bool) -> None:
        self._message = ""
        key = item_key(item)
        if additive:
            if key in self.selected:
                del self.selected[key]
            else:
                self.selected[key] = item
        else:
            self.selected = {key: item}
        self.current_view().mark_selected(set(self.selected))
        self._update_buttons()

    def selected_meeting(self) -> CalendarItem | None:
        chosen = list(self.selected.values())
        if len(chosen) == 1 and chosen[0].kind == ItemKind.MEETING:
            return chosen[0]
        return None

    def _update_buttons(self) -> None:
        self.move_button.setEnabled(self.selected_meeting() is not None
                                    and self._opening is None)
        count = len(self.selected)
        if count:
            self.status.setText(self.tr("{n} valgt. Ctrl-klik for at vælge flere; "
                                        "»Eksportér« kan tage de valgte med.").format(n=count))
        else:
            self.status.setText(self._message or self.tr(
                "Dobbeltklik på en dag for at planlægge et møde. Træk et møde til en anden "
                "dag, eller vælg det og klik »Flyt«, for at flytte det."))

    def _say(self, text: str) -> None:
        self._message = text
        self.status.setText(text)

    def _chip_activated(self, item: CalendarItem) -> None:
        if item.kind == ItemKind.MEETING and item.id is not None:
            self.open_meeting_requested.emit(item.id)
        elif item.kind == ItemKind.SUPERVISION_DUE and item.home_id is not None:
            self.dialog = VisitDialog(self.gui, VisitKind.SUPERVISION, home_id=item.home_id,
                                      parent=self)
            self.dialog.recorded.connect(lambda _: self._changed(self.tr("Tilsynet er "
                                                                         "registreret.")))
            self.dialog.open()

    # -- planning and moving ----------------------------------------------------------

    def plan_meeting(self, day: date | None) -> PlanMeetingDialog:
        self.dialog = PlanMeetingDialog(self.gui, MeetingDraft(day=day), parent=self)
        self.dialog.planned.connect(self._planned)
        self.dialog.open()
        return self.dialog

    def _planned(self, detail) -> None:
        summary = detail.summary
        self.anchor = local(summary.start).date()
        self._changed(self.tr("{title} er planlagt {when}.").format(
            title=service_text(summary.title), when=span_text(summary.start, summary.end)))

    def _changed(self, message: str) -> None:
        self.reload()
        self._say(message)
        self.changed.emit()

    def move_selected(self) -> None:
        """Read the meeting as it is now, then open "Flyt møde" for it."""
        item = self.selected_meeting()
        if item is None or self._opening is not None:
            return
        self._opening = item.id
        self._update_buttons()
        meeting_ops.load_meeting(self.gui.runner, self.gui.session, item.id,
                                 guarded(self, self._meeting_to_move),
                                 guarded(self, self._meeting_not_read))

    def _meeting_to_move(self, detail) -> None:
        opening, self._opening = self._opening, None
        self._update_buttons()
        chosen = self.selected_meeting()
        if chosen is None or chosen.id != opening:  # another chip was chosen meanwhile
            return
        self.dialog = MoveMeetingDialog(self.gui, detail.summary, parent=self)
        self.dialog.done.connect(self._moved)
        self.dialog.open()

    def _meeting_not_read(self, exc: BaseException) -> None:
        self._opening = None
        self._update_buttons()
        self._say(user_message(exc))

    def _moved(self, summary) -> None:
        self._changed(self.tr("{title} er flyttet til {when}.").format(
            title=service_text(summary.title), when=span_text(summary.start, summary.end)))

    def _meeting_dropped(self, meeting_id: str, day: date) -> None:
        """Same time of day on the new day; the service refuses e.g. a held meeting."""
        item = next((i for i in self.items
                     if i.kind == ItemKind.MEETING and str(i.id) == meeting_id), None)
        if item is None or local(item.start).date() == day:
            return
        start = local(item.start)
        starts_at = local_datetime(day, time(start.hour, start.minute))
        ends_at = starts_at + (item.end - item.start)
        meeting_ops.move_meeting(self.gui.runner, self.gui.session, item.id, starts_at, ends_at,
                                 None, self._moved,
                                 guarded(self, lambda exc: self._say(user_message(exc))))

    # -- export -----------------------------------------------------------------------

    def export(self) -> CalendarExportDialog:
        start, end = self.visible_range()
        if self.mode == MONTH:
            start = self.anchor.replace(day=1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        self.dialog = CalendarExportDialog(self.gui, start, end, list(self.selected.values()),
                                           parent=self)
        self.dialog.exported.connect(self._exported)
        self.dialog.open()
        return self.dialog

    def _exported(self, result) -> None:
        self._say(self.tr("{n} punkter er gemt i {path}").format(n=result.count,
                                                                  path=result.path))
