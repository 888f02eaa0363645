"""Date and time fields in Danish (Monday first, dd-mm-åååå, kl. 14.30) and conversions
between Qt's QDate/QTime and the aware datetimes the services take."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QTimeEdit, QWidget

from ...domain.date_input import UnreadableDate
from ..formatting import LOCAL_TZ, format_long_date, format_time, month_name, weekday_name
from .date_field import DANISH, DateField, today

DATE_FORMAT = "dd-MM-yyyy"
TIME_FORMAT = "HH.mm"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    if not day.isValid():
        raise UnreadableDate("Datoen kan ikke læses. Skriv den som dag-måned-år, fx 22-02-2027.",
                             log_message="invalid QDate")
    return date(day.year(), day.month(), day.day())


def local_datetime(day: date, clock: QTime | time) -> datetime:
    """A Copenhagen wall-clock time as an aware datetime (DST handled by zoneinfo)."""
    if isinstance(clock, QTime):
        clock = time(clock.hour(), clock.minute())
    return datetime.combine(day, clock, LOCAL_TZ)


def local(moment: datetime) -> datetime:
    return moment.astimezone(LOCAL_TZ)


__all__ = ["month_name", "weekday_name"]  # re-exported for the pages that import them here


def short_date(day: date) -> str:
    return f"{day:%d-%m-%Y}"


def clock(moment: datetime) -> str:
    return format_time(local(moment))


def typed_datetime(moment: datetime) -> str:
    """"06-11-2026 kl. 13.00" / "06-11-2026 at 13:00": the date as typed, for tables."""
    at = QCoreApplication.translate("WhenFields", "kl.")
    return f"{short_date(local(moment).date())} {at} {clock(moment)}"


def span_text(start: datetime, end: datetime) -> str:
    """"mandag 14. december 2026 kl. 09.00–10.00" (the end's day added when it differs)."""
    first, last = local(start), local(end)
    at = QCoreApplication.translate("WhenFields", "kl.")
    day = format_long_date(first.date())
    if first.date() == last.date():
        return f"{day} {at} {clock(first)}–{clock(last)}"
    return f"{day} {at} {clock(first)} – {short_date(last.date())} {at} {clock(last)}"


def date_edit(day: date | None = None, *, accessible_name: str = "",
              explain: bool = True) -> DateField:
    """The application's date field (see date_field.py), showing ``day`` or today."""
    return DateField(day=day or today(), accessible_name=accessible_name, explain=explain)


def time_edit(hour: int = 10, minute: int = 0, *, accessible_name: str = "") -> QTimeEdit:
    edit = QTimeEdit()
    setup_time_edit(edit)
    edit.setTime(QTime(hour, minute))
    if accessible_name:
        edit.setAccessibleName(accessible_name)
    return edit


def setup_time_edit(edit: QTimeEdit) -> None:
    edit.setLocale(DANISH)
    edit.setDisplayFormat(TIME_FORMAT)


class OptionalDate(QWidget):
    """A date that may be left out: a tick box switches the date field on."""

    changed = Signal()

    def __init__(self, label: str, day: date | None = None, parent: QWidget | None = None,
                 *, default: date | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(label)
        self.edit = date_edit(day or default or today(), accessible_name=label)
        row.addWidget(self.enabled)
        row.addWidget(self.edit, 1)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.set_value(day)

    def value(self) -> date | None:
        """The date when ticked (a ValidationError when it cannot be read), else None."""
        return self.edit.checked_value() if self.enabled.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.enabled.setChecked(day is not None)
        self.edit.setEnabled(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))
