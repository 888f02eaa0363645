"""Dates, times and periods for the screen in the interface language, from Qt's locale
(Danish "23. november 2026 kl. 14.30", English "23 November 2026 at 14:30")."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCollator, QCoreApplication, QDate, QLocale, Qt, QTime

from ..domain.domains import domain_by_code
from .domain_labels import label
from .messages import age_text

LOCAL_TZ = ZoneInfo("Europe/Copenhagen")

# Per interface language: Qt's locale, and the patterns Danes and Britons write by hand.
_LOCALES = {
    "da": (QLocale(QLocale.Language.Danish, QLocale.Country.Denmark),
           "d. MMMM yyyy", "{day} kl. {time}", "HH.mm", "nu"),
    "en": (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
           "d MMMM yyyy", "{day} at {time}", "HH:mm", "now"),
}
_language = "da"


def use_language(language: str) -> None:
    """Set by gui/translation.py when the interface language is chosen."""
    global _language
    _language = language if language in _LOCALES else "da"


def format_date(day: date | None) -> str:
    if day is None:
        return ""
    locale, pattern = _LOCALES[_language][:2]
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def _locale() -> QLocale:
    return _LOCALES[_language][0]


def interface_locale() -> QLocale:
    """Qt's locale of the interface language, for widgets that name months and days."""
    return QLocale(_locale())


def month_name(month: int) -> str:
    """"december" / "December"."""
    return _locale().standaloneMonthName(month, QLocale.FormatType.LongFormat)


def short_month_name(month: int) -> str:
    """"dec." / "Dec"."""
    return _locale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)


def weekday_name(day: date) -> str:
    """"mandag" / "Monday"."""
    return _locale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)


def weekday_names() -> list[str]:
    """Monday first, as Danish calendars are."""
    return [_locale().dayName(number, QLocale.FormatType.LongFormat) for number in range(1, 8)]


def format_short_date(day: date) -> str:
    """"23. nov. 2026" / "23 Nov 2026", for narrow columns."""
    pattern = "d. MMM yyyy" if _language == "da" else "d MMM yyyy"
    return _locale().toString(QDate(day.year, day.month, day.day), pattern)


def format_long_date(day: date) -> str:
    """"mandag 14. december 2026" / "Monday 14 December 2026"."""
    return f"{weekday_name(day)} {format_date(day)}"


def format_time(moment: datetime) -> str:
    locale, _, _, pattern, _ = _LOCALES[_language]
    return locale.toString(QTime(moment.hour, moment.minute), pattern)


def format_datetime(moment: datetime) -> str:
    local = moment.astimezone(LOCAL_TZ) if moment.tzinfo else moment
    joined = _LOCALES[_language][2]
    return joined.format(day=format_date(local.date()), time=format_time(local))


def format_period(start: date, end: date | None) -> str:
    still_running = _LOCALES[_language][4]
    return f"{format_date(start)} – {format_date(end) if end else still_running}"


def format_age(months: int | None) -> str:
    if months is None:
        return QCoreApplication.translate("Formatting", "Ukendt alder")
    return age_text(months)


def domain_labels(codes: tuple[str, ...]) -> str:
    labels = []
    for code in codes:
        try:
            labels.append(label(domain_by_code(code)))
        except KeyError:  # a domain from a newer version: show the code, never crash
            labels.append(code)
    return ", ".join(labels)


def collator() -> QCollator:
    """Alphabetical order of the interface language, from Qt (ICU): in Danish æ, ø, å come
    after z and other accents sort with their base letter (é with e, ł with l)."""
    made = _COLLATORS.get(_language)
    if made is None:
        made = QCollator(_locale())
        made.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        made.setNumericMode(True)  # "Stue 2" before "Stue 10"
        _COLLATORS[_language] = made
    return made


def sort_key(text: str):
    """A key for Python's sorted() in the interface language's alphabetical order."""
    return collator().sortKey(text)


_COLLATORS: dict[str, QCollator] = {}
