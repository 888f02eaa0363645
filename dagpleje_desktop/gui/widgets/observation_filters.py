"""The filters above the timeline: domain, position, goal, author and period.

``changed`` is emitted at once for a choice in a list and a moment after the last
keystroke in a date (a date typed digit by digit is one query, not eight).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (QBoxLayout, QComboBox, QGridLayout, QHBoxLayout, QLabel,
                               QPushButton, QWidget)

from ...domain.domains import LAEREPLAN_THEMES, PRACTICAL_DOMAINS
from ...domain.enums import WellbeingPosition
from ..operations.children import GoalInfo
from ..operations.observations import ObservationFilter, ProfessionalInfo
from ..domain_labels import label as domain_label
from ..formatting import LOCAL_TZ
from .combo_width import fit_longest_entry
from .reflow import ColumnReflow
from .text import label
from .date_field import DateField

DEBOUNCE_MS = 250
CUSTOM = "custom"
PERIOD_PRESETS = ((QT_TRANSLATE_NOOP("ObservationFilterBar", "Hele perioden"), None),
                  (QT_TRANSLATE_NOOP("ObservationFilterBar", "Seneste måned"), 1),
                  (QT_TRANSLATE_NOOP("ObservationFilterBar", "Seneste 3 måneder"), 3),
                  (QT_TRANSLATE_NOOP("ObservationFilterBar", "Seneste 6 måneder"), 6),
                  (QT_TRANSLATE_NOOP("ObservationFilterBar", "Seneste år"), 12),
                  (QT_TRANSLATE_NOOP("ObservationFilterBar", "Vælg datoer …"), CUSTOM))
GOAL_TITLE_CHARS = 60
DATE_FORMAT = "dd-MM-yyyy"


def months_back(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    for candidate in range(day.day, 0, -1):  # 31 March minus one month is 28/29 February
        try:
            return date(year, month + 1, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=LOCAL_TZ)


def shorten(text: str, limit: int = GOAL_TITLE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


class ObservationFilterBar(QWidget):
    changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today  # the session's "today": presets count back from it
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.changed)
        self.count_label = label("", "muted", wrap=False, object_name="timelineCount")
        self.reset_button = QPushButton(self.tr("Nulstil filtre"))
        self.reset_button.setObjectName("resetFilters")
        self._build()
        self.reset_button.clicked.connect(self._reset_clicked)
        # Connected last: filling the lists above must not ask for anything.
        for combo in self.combos():
            combo.currentIndexChanged.connect(self._chosen)
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(lambda _day: self._debounce.start())
        self._update_reset_button()

    # -- construction ------------------------------------------------------------

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.view().setMinimumWidth(320)  # the open list shows whole names
        return combo

    def _date_edit(self, name: str, accessible: str) -> DateField:
        edit = DateField(day=self._today(), accessible_name=accessible, explain=False)
        edit.setObjectName(name)
        edit.setEnabled(False)
        return edit

    def _build(self) -> None:
        self.domain_filter = self._combo("domainFilter", self.tr("Filtrér på udviklingsområde"))
        self.domain_filter.addItem(self.tr("Alle udviklingsområder"), None)
        for group in (LAEREPLAN_THEMES, PRACTICAL_DOMAINS):
            self.domain_filter.insertSeparator(self.domain_filter.count())
            for domain in group:
                self.domain_filter.addItem(domain_label(domain), domain.code)
        self.position_filter = self._combo("positionFilter", self.tr("Filtrér på position"))
        self.position_filter.addItem(self.tr("Alle positioner"), None)
        for position in (WellbeingPosition.GREEN, WellbeingPosition.YELLOW,
                         WellbeingPosition.RED, WellbeingPosition.NONE):
            text = domain_label(position) if position != WellbeingPosition.NONE \
                else self.tr("Uden position")
            self.position_filter.addItem(text, position.value)
        # Fixed lists: as wide as their longest entry, so large text is never cut. The
        # goals and authors are the user's own words and keep a minimum length.
        fit_longest_entry(self.domain_filter)
        fit_longest_entry(self.position_filter)
        self.goal_filter = self._combo("goalFilter", self.tr("Filtrér på mål"))
        self.goal_filter.addItem(self.tr("Alle mål"), None)
        self.author_filter = self._combo("authorFilter", self.tr("Skrevet af – filtrér på hvem der skrev"))
        self.author_filter.addItem(self.tr("Alle"), None)
        self.period_filter = self._combo("periodFilter", self.tr("Periode"))
        self.period_filter.setMinimumContentsLength(16)
        for text, months in PERIOD_PRESETS:
            self.period_filter.addItem(self.tr(text), months)
        self.from_date = self._date_edit("fromDate", self.tr("Fra dato"))
        self.to_date = self._date_edit("toDate", self.tr("Til dato"))
        self.period_error = label("", "error", object_name="periodError")
        self.period_error.setVisible(False)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(3)
        top = ((self.tr("Udviklingsområde"), self.domain_filter),
               (self.tr("Position"), self.position_filter),
               (self.tr("Mål"), self.goal_filter),
               (self.tr("Skrevet af"), self.author_filter))
        for column, (caption, widget) in enumerate(top):
            title = label(caption, "fieldLabel", wrap=False)
            title.setBuddy(widget)
            grid.addWidget(title, 0, column)
            grid.addWidget(widget, 1, column)
            grid.setColumnStretch(column, 1)
        # Period, the count and "Nulstil filtre" share one line under the four lists, or
        # two lines when the text is large (never wider than the page).
        period = QHBoxLayout()
        period.setSpacing(8)
        caption = label(self.tr("Periode"), "fieldLabel", wrap=False)
        caption.setBuddy(self.period_filter)
        for widget in (caption, self.period_filter, QLabel(self.tr("fra")), self.from_date,
                       QLabel(self.tr("til")), self.to_date, self.period_error):
            period.addWidget(widget)
        period.addStretch(1)
        tally = QHBoxLayout()
        tally.setSpacing(8)
        tally.addWidget(self.count_label)
        tally.addStretch(1)
        tally.addWidget(self.reset_button)
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.setSpacing(16)
        row.addLayout(period, 1)
        row.addLayout(tally)
        self.period_reflow = ColumnReflow(row, inside=self)
        grid.addLayout(row, 2, 0, 1, len(top))
        grid.setRowMinimumHeight(2, 40)
        grid.setAlignment(row, Qt.AlignmentFlag.AlignBottom)

    # -- choices -----------------------------------------------------------------

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.domain_filter, self.position_filter, self.goal_filter,
                self.author_filter, self.period_filter)

    def is_filtered(self) -> bool:
        return any(combo.currentIndex() > 0 for combo in self.combos())

    def current_filter(self) -> ObservationFilter | None:
        """The chosen filters; None (and a message) when "fra" lies after "til"."""
        since = until = None
        months = self.period_filter.currentData()
        if months == CUSTOM:
            start, end = self.from_date.value(), self.to_date.value()
            if start is None or end is None:
                return None  # the date field says why it cannot read the date
            self.period_error.setText(self.tr("Fra-datoen ligger efter til-datoen."))
            self.period_error.setVisible(start > end)
            if start > end:
                return None
            since, until = local_midnight(start), local_midnight(end + timedelta(days=1))
        else:
            self.period_error.setVisible(False)
            if months is not None:
                since = local_midnight(months_back(self._today(), months))
        position = self.position_filter.currentData()
        return ObservationFilter(since=since, until=until,
                                 domain=self.domain_filter.currentData(),
                                 position=WellbeingPosition(position) if position else None,
                                 goal_id=self.goal_filter.currentData(),
                                 author_id=self.author_filter.currentData())

    def _chosen(self, *_args) -> None:
        custom = self.period_filter.currentData() == CUSTOM
        for edit in (self.from_date, self.to_date):
            edit.setEnabled(custom)
        self._update_reset_button()
        self._debounce.stop()
        self.changed.emit()

    def _update_reset_button(self) -> None:
        self.reset_button.setEnabled(self.is_filtered())

    def reset(self) -> None:
        """Everything back to "all", quietly (the caller asks for the list itself)."""
        today = self._today()
        widgets = (*self.combos(), self.from_date, self.to_date)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in self.combos():
            combo.setCurrentIndex(0)
        self.from_date.setDate(QDate(today).addMonths(-3))
        self.to_date.setDate(QDate(today))
        for widget in widgets:
            widget.blockSignals(False)
        for edit in (self.from_date, self.to_date):
            edit.setEnabled(False)
        self._debounce.stop()
        self.period_error.setVisible(False)
        self._update_reset_button()

    def _reset_clicked(self) -> None:
        self.reset()
        self.changed.emit()

    @property
    def waiting(self) -> bool:
        """A typed date has not been acted on yet."""
        return self._debounce.isActive()

    # -- lists that depend on the child --------------------------------------------

    def set_goals(self, goals: list[GoalInfo]) -> bool:
        """The child's goals; True when the chosen goal disappeared (the list must follow)."""
        combo = self.goal_filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Alle mål"), None)
        for goal in goals:
            combo.addItem(shorten(goal.title), goal.id)
            combo.setItemData(combo.count() - 1, goal.title, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self._update_reset_button()
        return current is not None and index < 0

    def add_authors(self, people: list[ProfessionalInfo]) -> None:
        combo = self.author_filter
        combo.blockSignals(True)
        for person in people:
            combo.addItem(person.name, person.id)
        combo.blockSignals(False)

    def choose_goal(self, goal_id: uuid.UUID) -> None:
        self.goal_filter.blockSignals(True)
        self.goal_filter.setCurrentIndex(max(self.goal_filter.findData(goal_id), 0))
        self.goal_filter.blockSignals(False)
        self._update_reset_button()
