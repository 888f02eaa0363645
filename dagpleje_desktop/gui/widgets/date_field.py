"""The one date field of the application: type a date as Danes write it, or pick it.

QDateEdit's section editing cannot take a whole date typed over a selection (what it
kept depended on today's date), so this field is a line edit read by
``domain.date_input``: "22-02-2027", "22.2.27", "22/2-27", "220227", "i morgen". Beside
it, the field says which date it understood ("mandag 22. februar 2027") or, in red, why
it cannot read it. An unreadable date is never replaced by another one: ``date()`` is
then an invalid QDate and ``from_qdate`` refuses it with the Danish message.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QEvent, QLocale, QPoint, Qt,
                            QTimer, Signal)
from PySide6.QtWidgets import (QCalendarWidget, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QTimeEdit, QToolButton, QVBoxLayout, QWidget)

from ...domain.date_input import UnreadableDate, read_date
from ...domain.errors import ValidationError
from ..messages import error_text
from ..formatting import format_long_date, interface_locale

DANISH = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
_clock: Callable[[], date] = date.today


def use_clock(today: Callable[[], date]) -> None:
    """The day the fields count from ("i morgen", two-digit years): the session's clock."""
    global _clock
    _clock = today


def today() -> date:
    return _clock()


def _as_date(day: QDate | date | None) -> date | None:
    if isinstance(day, QDate):
        return date(day.year(), day.month(), day.day()) if day.isValid() else None
    return day


def _as_qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day is not None else QDate()


class CalendarPopup(QFrame):
    """A month calendar under the field: Monday first, ISO week numbers, names in the
    interface language."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("datePopupCalendar")
        self.calendar.setLocale(interface_locale())
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.calendar.setGridVisible(True)
        # Room for "tirs." and "tors." in full: the default width elides them to "t…".
        column = self.calendar.fontMetrics().horizontalAdvance("tors. ") + 16
        self.calendar.setMinimumWidth(8 * column)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)


class DateField(QWidget):
    """A date typed or picked; ``dateChanged`` carries each new readable date."""

    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None, *, day: date | QDate | None = None,
                 accessible_name: str = "", explain: bool = True) -> None:
        super().__init__(parent)
        self._minimum: date | None = None
        self._maximum: date | None = None
        self._announced: date | None = None
        self._forwarding = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.line_edit = QLineEdit()
        self.line_edit.setObjectName("dateText")
        self.line_edit.setAccessibleName(self.tr("Dato"))
        self.line_edit.setPlaceholderText(self.tr("dd-mm-åååå"))
        self.line_edit.setMaxLength(20)
        width = self.line_edit.fontMetrics().horizontalAdvance("00-00-00000") + 24
        self.line_edit.setFixedWidth(width)
        self.line_edit.setToolTip(self.tr(
            "Skriv datoen som 22-02-2027, 22.2.27, 22/2-27 eller 220227, eller skriv »i dag« "
            "eller »i morgen«. Pil op og ned flytter en dag. Alt+pil ned åbner kalenderen."))
        self.pick_button = QToolButton()
        self.pick_button.setObjectName("datePickButton")
        self.pick_button.setText("▾")
        self.pick_button.setToolTip(self.tr("Vælg i kalenderen"))
        self.pick_button.setAccessibleName(self.tr("Vælg dato i kalenderen"))
        self.pick_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.feedback = QLabel()
        self.feedback.setObjectName("dateFeedback")
        self.feedback.setProperty("role", "muted")
        self.feedback.setWordWrap(True)  # in a narrow row it wraps instead of being cut
        self.feedback.setVisible(explain)
        self._explain = explain
        row.addWidget(self.line_edit)
        row.addWidget(self.pick_button)
        row.addWidget(self.feedback, 1)
        self.setFocusProxy(self.line_edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._popup: CalendarPopup | None = None
        self.line_edit.textChanged.connect(self._typed)
        self.line_edit.editingFinished.connect(self._finished)
        self.pick_button.clicked.connect(self.open_calendar)
        self.line_edit.installEventFilter(self)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self.setDate(day if day is not None else today())

    # -- the QDateEdit-like interface the dialogs use ------------------------------------

    def date(self) -> QDate:
        """The date shown, or an invalid QDate while the text cannot be read."""
        return _as_qdate(self.value())

    def setDate(self, day: QDate | date | None) -> None:  # noqa: N802 - Qt's name
        chosen = _as_date(day)
        self.line_edit.setText(f"{chosen:%d-%m-%Y}" if chosen else "")
        self._announce(chosen)

    def value(self) -> date | None:
        """The date the text means, or None when it is empty or unreadable."""
        try:
            return self._read()
        except ValidationError:
            return None

    def checked_value(self) -> date:
        """The date, or a ValidationError with the Danish reason (the dialog shows it)."""
        try:
            return self._read()
        except UnreadableDate as exc:
            raise UnreadableDate(self._named(error_text(exc)),
                                 log_message=exc.log_message) from None

    def _read(self) -> date:
        day = read_date(self.line_edit.text(), today()).day
        if self._minimum and day < self._minimum:
            raise UnreadableDate(self.tr("Datoen må tidligst være {day}.").format(
                day=f"{self._minimum:%d-%m-%Y}"), log_message="date before minimum")
        if self._maximum and day > self._maximum:
            raise UnreadableDate(self.tr("Datoen må senest være {day}.").format(
                day=f"{self._maximum:%d-%m-%Y}"), log_message="date after maximum")
        return day

    def understood(self) -> date:
        """The last date the field read (what views filtered by it show while a new
        date is being typed); the field itself says when the text cannot be read."""
        return self._announced or self.value() or today()

    def error(self) -> str:
        try:
            self.checked_value()
        except ValidationError as exc:
            return error_text(exc)
        return ""

    def setMinimumDate(self, day: QDate | date) -> None:  # noqa: N802
        self._minimum = _as_date(day)
        self._typed(self.line_edit.text())

    def setMaximumDate(self, day: QDate | date) -> None:  # noqa: N802
        self._maximum = _as_date(day)
        self._typed(self.line_edit.text())

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.line_edit.setAccessibleName(name)

    def text(self) -> str:
        return self.line_edit.text()

    def showEvent(self, event) -> None:  # noqa: N802
        # A Designer form sets the name as a property, past setAccessibleName above.
        if self.accessibleName() and self.line_edit.accessibleName() != self.accessibleName():
            self.line_edit.setAccessibleName(self.accessibleName())
        super().showEvent(event)

    def calendarWidget(self) -> QCalendarWidget:  # noqa: N802
        return self._ensure_popup().calendar

    # -- typing --------------------------------------------------------------------------

    def _named(self, message: str) -> str:
        name = self.accessibleName()
        return f"{name}: {message}" if name else message

    def _typed(self, text: str) -> None:
        try:
            read = read_date(text, today())
            day = self._read()
        except ValidationError as exc:
            self._show(error_text(exc) if text.strip() else "", error=bool(text.strip()))
            return
        self._show(format_long_date(day), error=False)  # in the interface language
        if read.complete:
            self._announce(day)

    def _finished(self) -> None:
        day = self.value()
        if day is None:
            return  # what was typed stays, with the reason beside it
        normal = f"{day:%d-%m-%Y}"
        if self.line_edit.text() != normal:
            self.line_edit.setText(normal)
        self._announce(day)

    def _show(self, message: str, *, error: bool) -> None:
        self.feedback.setText(message)
        self.feedback.setProperty("role", "error" if error else "muted")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        # An error is shown even where the explanation is left out to save room.
        self.feedback.setVisible(self._explain or error)
        # Where the line beside is left out to save room, the tooltip says the date.
        self.line_edit.setToolTip(message if error or not self._explain
                                  else self.line_edit.toolTip())
        self.line_edit.setAccessibleDescription(message)

    def _announce(self, day: date | None) -> None:
        if day is not None and day != self._announced:
            self._announced = day
            self.dateChanged.emit(_as_qdate(day))
        elif day is None:
            self._announced = None

    # -- keys: typing into the field types into its text; arrows step; Alt+Down picks ---

    def event(self, event: QEvent) -> bool:
        # Keys sent to the field itself (as assistive tools and tests do) go to its text;
        # a key the text ignores comes back here on its way up and then goes on.
        if not self._forwarding and event.type() in (
                QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.InputMethod):
            self._forwarding = True
            try:
                return QCoreApplication.sendEvent(self.line_edit, event)
            finally:
                self._forwarding = False
        return super().event(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.line_edit and event.type() == QEvent.Type.FocusIn:
            # A date is replaced, not edited: what is typed on arrival replaces it (a
            # click selects after the press, or the press would clear the selection).
            if event.reason() == Qt.FocusReason.MouseFocusReason:
                QTimer.singleShot(0, self.line_edit.selectAll)
            else:
                self.line_edit.selectAll()
        if watched is self.line_edit and event.type() == QEvent.Type.KeyPress:
            key, modifiers = event.key(), event.modifiers()
            if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down
                                        and modifiers & Qt.KeyboardModifier.AltModifier):
                self.open_calendar()
                return True
            steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}
            if key in steps and not modifiers & Qt.KeyboardModifier.AltModifier:
                day = self.value() or today()
                self.setDate(day + timedelta(days=steps[key]))
                return True
        return super().eventFilter(watched, event)

    # -- the calendar --------------------------------------------------------------------

    def _ensure_popup(self) -> CalendarPopup:
        if self._popup is None:
            self._popup = CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        return self._popup

    def open_calendar(self) -> None:
        popup = self._ensure_popup()
        shown = self.value() or today()
        popup.calendar.setSelectedDate(_as_qdate(shown))
        popup.calendar.setMinimumDate(_as_qdate(self._minimum) if self._minimum
                                      else QDate(1900, 1, 1))
        popup.calendar.setMaximumDate(_as_qdate(self._maximum) if self._maximum
                                      else QDate(2200, 12, 31))
        popup.adjustSize()
        popup.move(self.line_edit.mapToGlobal(QPoint(0, self.line_edit.height())))
        popup.show()
        popup.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.setDate(day if day is not None else today())
        self.line_edit.setFocus()


class MomentField(QWidget):
    """A date field and a time ("22-02-2027 kl. 14.30"), for when something happened."""

    dateTimeChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._forwarding = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(6)
        column.addLayout(row)
        self.date_field = DateField()
        self.date_field.setMinimumDate(date(2000, 1, 1))
        self.at_label = QLabel(self.tr("kl."))
        self.time_edit = QTimeEdit()
        self.time_edit.setObjectName("timeOfDay")
        self.time_edit.setLocale(DANISH)
        self.time_edit.setDisplayFormat("HH.mm")
        self.time_edit.setAccessibleName(self.tr("Klokkeslæt"))
        row.addWidget(self.date_field)
        row.addWidget(self.at_label)
        row.addWidget(self.time_edit)
        row.addStretch(1)
        # The date in words on its own line under the fields: a narrow column keeps it whole.
        feedback = self.date_field.feedback
        self.date_field.layout().removeWidget(feedback)
        feedback.setWordWrap(True)
        column.addWidget(feedback)
        self.setFocusProxy(self.date_field)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.date_field.dateChanged.connect(lambda _day: self.dateTimeChanged.emit())
        self.time_edit.timeChanged.connect(lambda _time: self.dateTimeChanged.emit())

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.date_field.setAccessibleName(name)

    def showEvent(self, event) -> None:  # noqa: N802
        if self.accessibleName() and self.date_field.accessibleName() != self.accessibleName():
            self.date_field.setAccessibleName(self.accessibleName())
        super().showEvent(event)

    def dateTime(self) -> QDateTime:  # noqa: N802 - Qt's name
        """The moment with the last readable date (drafts keep it while a date is typed)."""
        return QDateTime(_as_qdate(self.date_field.understood()), self.time_edit.time())

    def setDateTime(self, moment: QDateTime) -> None:  # noqa: N802
        self.date_field.setDate(moment.date())
        self.time_edit.setTime(moment.time())

    def error(self) -> str:
        return self.date_field.error()

    def event(self, event: QEvent) -> bool:
        if not self._forwarding and event.type() in (
                QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.InputMethod):
            self._forwarding = True
            try:
                return QCoreApplication.sendEvent(self.date_field, event)
            finally:
                self._forwarding = False
        return super().event(event)
