"""The "Observationer" tab: the child's observations newest first, with filters above.

Filter changes ask the services for the matching ids on the database worker (the list
keeps painting meanwhile); rows are then fetched in batches as the list draws them.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QDate, QLocale, QModelIndex, Qt, QTimer,
                            Signal)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QGridLayout,
                               QHBoxLayout, QLabel, QListView, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from ...domain.domains import LAEREPLAN_THEMES, PRACTICAL_DOMAINS
from ...domain.enums import WellbeingPosition
from ...services import observations, professionals
from ...services.goals import GoalInfo
from ...services.observations import ObservationFilter
from ..context import GuiContext
from ..formatting import LOCAL_TZ
from ..models.observations_model import ObservationListModel
from ..operations.runner import user_message
from ..widgets.observation_card import ObservationCardDelegate
from ..widgets.text import label

DEBOUNCE_MS = 120  # a preset that also moves both dates is one query, not three
PERIOD_PRESETS = ((QT_TRANSLATE_NOOP("TimelineView", "Hele perioden"), None),
                  (QT_TRANSLATE_NOOP("TimelineView", "Seneste måned"), 1),
                  (QT_TRANSLATE_NOOP("TimelineView", "Seneste 3 måneder"), 3),
                  (QT_TRANSLATE_NOOP("TimelineView", "Seneste 6 måneder"), 6),
                  (QT_TRANSLATE_NOOP("TimelineView", "Seneste år"), 12),
                  (QT_TRANSLATE_NOOP("TimelineView", "Vælg datoer …"), "custom"))
GOAL_TITLE_CHARS = 60
DATE_FORMAT = "dd-MM-yyyy"


def _months_back(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    for candidate in range(day.day, 0, -1):  # 31 March minus one month is 28/29 February
        try:
            return date(year, month + 1, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=LOCAL_TZ)


def _short(text: str, limit: int = GOAL_TITLE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


class TimelineView(QWidget):
    edit_observation_requested = Signal(uuid.UUID)
    counts_changed = Signal(int)  # observations matching the filters

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gui = gui
        self.child_id: uuid.UUID | None = None
        self._generation = 0  # answers to superseded queries are dropped
        self._pending_select: uuid.UUID | None = None
        self._authors_loaded = False
        self.loading = False
        session = gui.session
        self.model = ObservationListModel(lambda ids: observations.get_observations(session, ids),
                                          parent=self)
        self.model.load_failed.connect(self._fetch_failed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(self._make_filters())
        status = QHBoxLayout()
        self.count_label = label("", "muted", object_name="timelineCount")
        status.addWidget(self.count_label, 1)
        self.reset_button = QPushButton(self.tr("Nulstil filtre"))
        self.reset_button.setObjectName("resetFilters")
        self.reset_button.clicked.connect(self.reset_filters)
        status.addWidget(self.reset_button)
        layout.addLayout(status)
        self.list = self._make_list()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("timelineEmpty")
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setWordWrap(True)
        self.empty_label.setContentsMargins(0, 30, 0, 0)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)
        self._update_reset_button()

    # -- construction ------------------------------------------------------------

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.view().setMinimumWidth(320)  # the open list shows whole names
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.setLocale(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        edit.setEnabled(False)
        edit.dateChanged.connect(self._filters_changed)
        return edit

    def _make_filters(self) -> QGridLayout:
        self.domain_filter = self._combo("domainFilter", self.tr("Filtrér på udviklingsområde"))
        self.domain_filter.addItem(self.tr("Alle udviklingsområder"), None)
        for group in (LAEREPLAN_THEMES, PRACTICAL_DOMAINS):
            self.domain_filter.insertSeparator(self.domain_filter.count())
            for domain in group:
                self.domain_filter.addItem(domain.label, domain.code)
        self.position_filter = self._combo("positionFilter", self.tr("Filtrér på position"))
        self.position_filter.addItem(self.tr("Alle positioner"), None)
        for position in (WellbeingPosition.GREEN, WellbeingPosition.YELLOW,
                         WellbeingPosition.RED, WellbeingPosition.NONE):
            text = position.label if position != WellbeingPosition.NONE \
                else self.tr("Uden position")
            self.position_filter.addItem(text, position)
        self.goal_filter = self._combo("goalFilter", self.tr("Filtrér på mål"))
        self.goal_filter.addItem(self.tr("Alle mål"), None)
        self.author_filter = self._combo("authorFilter", self.tr("Filtrér på hvem der skrev"))
        self.author_filter.addItem(self.tr("Alle"), None)
        self.period_filter = self._combo("periodFilter", self.tr("Periode"))
        for text, months in PERIOD_PRESETS:
            self.period_filter.addItem(self.tr(text), months)
        self.from_date = self._date_edit("fromDate", self.tr("Fra dato"))
        self.to_date = self._date_edit("toDate", self.tr("Til dato"))
        self.period_error = label("", "error", object_name="periodError")
        self.period_error.setVisible(False)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(3)
        top = ((self.tr("Udviklingsområde"), self.domain_filter),
               (self.tr("Position"), self.position_filter),
               (self.tr("Mål"), self.goal_filter),
               (self.tr("Skrevet af"), self.author_filter))
        for column, (caption, widget) in enumerate(top):
            self._add_filter(grid, 0, column, caption, widget)
            grid.setColumnStretch(column, 1)
        period_row = QHBoxLayout()
        period_row.setSpacing(8)
        period_row.addWidget(self.period_filter, 2)
        period_row.addWidget(QLabel(self.tr("fra")))
        period_row.addWidget(self.from_date, 1)
        period_row.addWidget(QLabel(self.tr("til")))
        period_row.addWidget(self.to_date, 1)
        caption = label(self.tr("Periode"), "fieldLabel", wrap=False)
        caption.setBuddy(self.period_filter)
        grid.addWidget(caption, 2, 0)
        grid.addLayout(period_row, 3, 0, 1, 2)
        grid.addWidget(self.period_error, 3, 2, 1, 2)
        grid.setRowMinimumHeight(2, 26)
        return grid

    @staticmethod
    def _add_filter(grid: QGridLayout, row: int, column: int, caption: str,
                    widget: QWidget) -> None:
        title = label(caption, "fieldLabel", wrap=False)
        title.setBuddy(widget)
        grid.addWidget(title, row, column)
        grid.addWidget(widget, row + 1, column)

    def _make_list(self) -> QListView:
        view = QListView()
        view.setObjectName("timeline")
        view.setAccessibleName(self.tr("Observationer, nyeste først"))
        view.setModel(self.model)
        view.setItemDelegate(ObservationCardDelegate(view))
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.verticalScrollBar().setSingleStep(24)
        view.setResizeMode(QListView.ResizeMode.Adjust)  # card heights follow the width
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setMouseTracking(True)
        view.setFrameShape(QListView.Shape.NoFrame)
        view.setStyleSheet("QListView#timeline { background: transparent; }")
        view.viewport().setAutoFillBackground(False)
        view.activated.connect(self._open)  # Enter, Return and double-click
        return view

    # -- the child and its goals ---------------------------------------------------

    def show_child(self, child_id: uuid.UUID) -> None:
        """A new child: filters back to "all", goals emptied until set_goals."""
        self.child_id = child_id
        self._pending_select = None
        self.set_goals([])
        self._reset_widgets()
        self.model.clear()
        self._load_authors()
        self.refresh()

    def set_goals(self, goals: list[GoalInfo]) -> None:
        current = self.goal_filter.currentData()
        self.goal_filter.blockSignals(True)
        self.goal_filter.clear()
        self.goal_filter.addItem(self.tr("Alle mål"), None)
        for goal in goals:
            self.goal_filter.addItem(_short(goal.title), goal.id)
            self.goal_filter.setItemData(self.goal_filter.count() - 1, goal.title,
                                         Qt.ItemDataRole.ToolTipRole)
        index = self.goal_filter.findData(current)
        self.goal_filter.setCurrentIndex(max(index, 0))
        self.goal_filter.blockSignals(False)
        if current is not None and index < 0:
            self._filters_changed()

    def _load_authors(self) -> None:
        if self._authors_loaded:
            return
        self._authors_loaded = True
        self.gui.runner.run_db(lambda: professionals.list_professionals(self.gui.session),
                               self._authors_ready, lambda exc: None)

    def _authors_ready(self, people) -> None:
        current = self.author_filter.currentData()
        self.author_filter.blockSignals(True)
        for person in people:
            self.author_filter.addItem(person.name, person.id)
        self.author_filter.setCurrentIndex(max(self.author_filter.findData(current), 0))
        self.author_filter.blockSignals(False)

    # -- filters -----------------------------------------------------------------

    def current_filter(self) -> ObservationFilter | None:
        """The chosen filters; None when the period is impossible (from after to)."""
        since = until = None
        months = self.period_filter.currentData()
        today = self.gui.session.today()
        if months == "custom":
            start, end = self.from_date.date().toPython(), self.to_date.date().toPython()
            if start > end:
                return None
            since, until = _local_midnight(start), _local_midnight(end + timedelta(days=1))
        elif months is not None:
            since = _local_midnight(_months_back(today, months))
        return ObservationFilter(since=since, until=until,
                                 domain=self.domain_filter.currentData(),
                                 position=self.position_filter.currentData(),
                                 goal_id=self.goal_filter.currentData(),
                                 author_id=self.author_filter.currentData())

    def is_filtered(self) -> bool:
        return any(combo.currentIndex() > 0 for combo in self._combos())

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.domain_filter, self.position_filter, self.goal_filter,
                self.author_filter, self.period_filter)

    def _filters_changed(self, *args) -> None:
        custom = self.period_filter.currentData() == "custom"
        for edit in (self.from_date, self.to_date):
            edit.setEnabled(custom)
        self._update_reset_button()
        if self.child_id is not None:
            self._debounce.start()

    def _update_reset_button(self) -> None:
        self.reset_button.setEnabled(self.is_filtered())

    def _reset_widgets(self) -> None:
        today = QDate(self.gui.session.today())
        for widget in (*self._combos(), self.from_date, self.to_date):
            widget.blockSignals(True)
        for combo in self._combos():
            combo.setCurrentIndex(0)
        self.from_date.setDate(today.addMonths(-3))
        self.to_date.setDate(today)
        for widget in (*self._combos(), self.from_date, self.to_date):
            widget.blockSignals(False)
        for edit in (self.from_date, self.to_date):
            edit.setEnabled(False)
        self._update_reset_button()

    def reset_filters(self) -> None:
        self._reset_widgets()
        self.refresh()

    def filter_by_goal(self, goal_id: uuid.UUID) -> None:
        """Only the observations linked to one goal (from the Mål tab)."""
        self._reset_widgets()
        self.goal_filter.setCurrentIndex(max(self.goal_filter.findData(goal_id), 0))
        self._debounce.stop()
        self.refresh()

    # -- loading -----------------------------------------------------------------

    def refresh(self) -> None:
        """Ask for the matching ids on the database worker."""
        self._debounce.stop()
        if self.child_id is None:
            return
        flt = self.current_filter()
        self.period_error.setVisible(flt is None)
        if flt is None:
            self.period_error.setText(self.tr("Fra-datoen ligger efter til-datoen."))
            return
        self._generation += 1
        generation, child_id, session = self._generation, self.child_id, self.gui.session
        self.loading = True
        if self.model.total == 0:
            self.count_label.setText(self.tr("Henter observationer …"))
        self.gui.runner.run_db(
            lambda: observations.observation_ids(session, child_id, flt),
            lambda ids: self._ids_ready(generation, ids),
            lambda exc: self._ids_failed(generation, exc))

    def _ids_ready(self, generation: int, ids: list[uuid.UUID]) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.model.set_ids(ids)
        self.model.fetchMore()  # the first cards at once, not after the next paint
        self._show_count()
        if self._pending_select is not None:
            self._select(self._pending_select)

    def _ids_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.model.clear()
        self.count_label.setText("")
        self.empty_label.setText(self.tr("Observationerne kunne ikke hentes.") + "\n"
                                 + user_message(exc))
        self.stack.setCurrentWidget(self.empty_label)

    def _fetch_failed(self, exc: BaseException) -> None:
        self.count_label.setText(self.tr("Ikke alle observationer kunne hentes: ")
                                 + user_message(exc))

    def _show_count(self) -> None:
        total = self.model.total
        filtered = self.is_filtered()
        if total == 0:
            self.count_label.setText("")
            self.empty_label.setText(
                self.tr("Ingen observationer passer på filtrene.") if filtered
                else self.tr("Der er endnu ingen observationer."))
            self.stack.setCurrentWidget(self.empty_label)
        else:
            if filtered:
                text = self.tr("1 observation passer på filtrene") if total == 1 else \
                    self.tr("{n} observationer passer på filtrene").format(n=total)
            else:
                text = self.tr("1 observation") if total == 1 else \
                    self.tr("{n} observationer").format(n=total)
            self.count_label.setText(text)
            self.stack.setCurrentWidget(self.list)
        self.counts_changed.emit(total)

    # -- choosing an observation ---------------------------------------------------

    def select_observation(self, obs_id: uuid.UUID) -> None:
        """Show and select one observation (e.g. a search hit), clearing filters if needed."""
        self._pending_select = obs_id
        if self.is_filtered() or self.loading or self.model.total == 0:
            self.reset_filters()
        else:
            self._select(obs_id)

    def _select(self, obs_id: uuid.UUID) -> None:
        self._pending_select = None
        row = self.model.fetch_until(obs_id)
        if row is None:
            return
        index = self.model.index(row)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        self.list.setFocus()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_observation_requested.emit(self.model.observation(index.row()).id)
