"""Month and week views: Monday first, ISO week numbers, Danish day names, public
holidays named in their cell. Double-click a day to plan a meeting there; drop a
meeting on a day to move it."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLayout, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from ..operations.calendar import CalendarItem
from ..style import OUTSIDE_MONTH_BACKGROUND, OUTSIDE_MONTH_TEXT
from ..widgets.rebuild import discard_layout
from ..widgets.text import label
from ..formatting import format_long_date, weekday_name, weekday_names
from ..widgets.when_fields import month_name
from .calendar_items import CHIP_LINE, HOLIDAY_COLOUR, MEETING_MIME, ItemChip, first_day, \
    item_key, last_day

CHIP_GAP = 3
MORE_HEIGHT = 16  # the "+ n flere" line
UNLAID_CHIPS = 6  # chips made for a month cell before its height is known (most fit 3-5)
CELL_STYLE = f"""
QFrame#dayCell {{ background: white; border: 1px solid #dde3e8; border-radius: 3px; }}
QFrame#dayCell[outside="true"] {{ background: {OUTSIDE_MONTH_BACKGROUND}; }}
QFrame#dayCell[holiday="true"] {{ background: #fdf3f2; }}
QFrame#dayCell[weekend="true"] {{ background: #f8fafb; }}
QFrame#dayCell[dropTarget="true"] {{ border: 2px dashed #2f6f9f; }}
QFrame#dayCell[today="true"] {{ border: 2px solid #2f6f9f; }}
QLabel#dayNumber {{ font-weight: 600; }}
QLabel#dayNumber[outside="true"] {{ color: {OUTSIDE_MONTH_TEXT}; font-weight: 400; }}
QLabel#holidayName {{ color: {HOLIDAY_COLOUR}; font-size: 9pt; font-weight: 600; }}
QPushButton#moreItems {{ border: none; color: #2f6f9f; text-align: left; padding: 0 2px;
                         font-size: 9pt; }}
QLabel#weekNumber {{ color: #5b6770; font-size: 9pt; }}
QLabel#weekdayHeader {{ color: #5b6770; font-weight: 600; }}
"""


def items_by_day(items: list[CalendarItem], start: date, end: date) -> dict[date, list]:
    """Each item on every day it covers within [start, end]; holidays are left out."""
    days: dict[date, list[CalendarItem]] = defaultdict(list)
    for item in items:
        if item.kind == "holiday":
            continue
        day, last = max(first_day(item), start), min(last_day(item), end)
        while day <= last:
            days[day].append(item)
            day += timedelta(days=1)
    return days


class DayCell(QFrame):
    """One day of the month or week view. In the month view only the chips that fit are
    made (a busy consultant's month holds hundreds of items); the rest are counted in
    "+ n flere" and made when the cell grows."""

    double_clicked = Signal(object)          # date
    meeting_dropped = Signal(str, object)    # meeting id, date
    more_clicked = Signal(object)            # date
    chip_clicked = Signal(object, bool)      # item, additive
    chip_activated = Signal(object)          # item

    def __init__(self, day: date, *, header: str, outside: bool = False, today: bool = False,
                 holiday: str = "", detailed: bool = False, fit: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day, self.detailed, self.fit = day, detailed, fit
        self.items: list[CalendarItem] = []
        self.chips: list[ItemChip] = []
        self._selected: set = set()
        self.setObjectName("dayCell")
        self.setProperty("outside", outside)
        self.setProperty("holiday", bool(holiday))
        self.setProperty("weekend", day.weekday() >= 5 and not holiday)
        self.setProperty("today", today)
        self.setAcceptDrops(True)
        self.setAccessibleName(format_long_date(day))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 3, 4, 3)
        layout.setSpacing(CHIP_GAP)
        if fit:
            # Every day of a month gets the same height whatever it holds; chips that do
            # not fit are hidden behind "+ n flere".
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.number = label(header, wrap=False, object_name="dayNumber")
        self.number.setProperty("outside", outside)
        layout.addWidget(self.number)
        self.holiday_label = None
        if holiday:
            # wraps: a long name ("Second Day of Christmas") is never cut in a narrow cell
            self.holiday_label = label(holiday, object_name="holidayName")
            self.holiday_label.setToolTip(holiday)
            layout.addWidget(self.holiday_label)
        self.chip_layout = QVBoxLayout()
        self.chip_layout.setSpacing(CHIP_GAP)
        layout.addLayout(self.chip_layout)
        self.more = QPushButton()
        self.more.setObjectName("moreItems")
        self.more.setFlat(True)
        self.more.setFixedHeight(MORE_HEIGHT)
        self.more.setVisible(False)
        self.more.clicked.connect(lambda: self.more_clicked.emit(self.day))
        layout.addWidget(self.more)
        layout.addStretch(1)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(120, 90) if self.fit else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(60, 48) if self.fit else super().minimumSizeHint()

    def set_items(self, items: list[CalendarItem], selected: set) -> None:
        discard_layout(self.chip_layout)
        self.items, self.chips, self._selected = list(items), [], selected
        self._make_chips(len(items) if not self.fit else min(len(items), UNLAID_CHIPS))
        self._fit_chips()

    def mark_selected(self, keys: set) -> None:
        self._selected = keys
        for chip in self.chips:
            chip.set_selected(item_key(chip.item) in keys)

    def _make_chips(self, count: int) -> None:
        for item in self.items[len(self.chips):count]:
            chip = ItemChip(item, detailed=self.detailed)
            chip.set_selected(item_key(item) in self._selected)
            chip.clicked.connect(self.chip_clicked)
            chip.activated.connect(self.chip_activated)
            self.chip_layout.addWidget(chip)
            self.chips.append(chip)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_chips()

    def _fit_chips(self) -> None:
        """Show as many chips as fit; "+ n flere" opens the week for the rest."""
        if not self.fit:
            return
        above = self.holiday_label or self.number
        top = above.geometry().bottom() if above.geometry().bottom() > 0 else \
            (40 if self.holiday_label else 22)
        available = self.height() - top - CHIP_GAP - 3  # 3: the bottom margin
        step = CHIP_LINE + 4 + CHIP_GAP
        count = len(self.items)
        shown = count if count * step <= available else max((available - MORE_HEIGHT) // step, 0)
        self._make_chips(shown)
        for index, chip in enumerate(self.chips):
            chip.setVisible(index < shown)
        hidden = count - shown
        self.more.setVisible(hidden > 0)
        if hidden:
            self.more.setText(self.tr("+ {n} flere").format(n=hidden))

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.double_clicked.emit(self.day)
        event.accept()

    def _set_drop_target(self, on: bool) -> None:
        self.setProperty("dropTarget", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(MEETING_MIME):
            event.acceptProposedAction()
            self._set_drop_target(True)

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._set_drop_target(False)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._set_drop_target(False)
        if not event.mimeData().hasFormat(MEETING_MIME):
            return
        meeting_id = bytes(event.mimeData().data(MEETING_MIME)).decode()
        event.acceptProposedAction()
        self.meeting_dropped.emit(meeting_id, self.day)


class DaysView(QWidget):
    """What the month and week views share: cells by day and the signals of their chips."""

    day_double_clicked = Signal(object)
    meeting_dropped = Signal(str, object)
    more_clicked = Signal(object)
    chip_clicked = Signal(object, bool)
    chip_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CELL_STYLE)
        self.cells: dict[date, DayCell] = {}

    def cell_for(self, day: date) -> DayCell | None:
        return self.cells.get(day)

    def chips(self) -> list[ItemChip]:
        return [chip for cell in self.cells.values() for chip in cell.chips]

    def mark_selected(self, keys: set) -> None:
        for cell in self.cells.values():
            cell.mark_selected(keys)

    def _connect(self, cell: DayCell, items: list[CalendarItem], selected: set) -> None:
        cell.double_clicked.connect(self.day_double_clicked)
        cell.meeting_dropped.connect(self.meeting_dropped)
        cell.more_clicked.connect(self.more_clicked)
        cell.chip_clicked.connect(self.chip_clicked)
        cell.chip_activated.connect(self.chip_activated)
        cell.set_items(items, selected)
        self.cells[cell.day] = cell


class MonthView(DaysView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(3)

    def show_month(self, month: int, weeks: list[tuple[int, list[date]]],
                   items: list[CalendarItem], holidays: dict[date, str], today: date,
                   selected: set) -> None:
        discard_layout(self.grid)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)  # a month of five weeks after one of six
        self.cells = {}
        self.grid.addWidget(label(self.tr("Uge"), wrap=False, object_name="weekdayHeader"), 0, 0)
        for column, name in enumerate(weekday_names(), start=1):
            header = label(name.capitalize(), wrap=False, object_name="weekdayHeader")
            self.grid.addWidget(header, 0, column)
        by_day = items_by_day(items, weeks[0][1][0], weeks[-1][1][-1])
        for row, (week_number, days) in enumerate(weeks, start=1):
            week = label(str(week_number), wrap=False, object_name="weekNumber")
            week.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            week.setAccessibleName(self.tr("Uge {n}").format(n=week_number))
            self.grid.addWidget(week, row, 0)
            for column, day in enumerate(days, start=1):
                header = f"{day.day}. {month_name(day.month)[:3]}" if day.day == 1 else \
                    str(day.day)
                cell = DayCell(day, header=header, outside=day.month != month,
                               today=day == today, holiday=holidays.get(day, ""))
                self._connect(cell, by_day.get(day, []), selected)
                self.grid.addWidget(cell, row, column)
            self.grid.setRowStretch(row, 1)
        for column in range(1, 8):
            self.grid.setColumnStretch(column, 1)
        self.grid.setColumnMinimumWidth(0, 30)


class WeekView(DaysView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: its content is
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll)
        self.holder = QWidget()
        self.row = QHBoxLayout(self.holder)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(3)
        self.scroll.setWidget(self.holder)

    def show_week(self, days: list[date], items: list[CalendarItem], holidays: dict[date, str],
                  today: date, selected: set) -> None:
        discard_layout(self.row)
        self.cells = {}
        by_day = items_by_day(items, days[0], days[-1])
        for day in days:
            header = f"{weekday_name(day).capitalize()}\n{day.day}. {month_name(day.month)}"
            cell = DayCell(day, header=header, today=day == today,
                           holiday=holidays.get(day, ""), detailed=True, fit=False)
            cell.setMinimumHeight(420)
            self._connect(cell, by_day.get(day, []), selected)
            self.row.addWidget(cell, 1)
