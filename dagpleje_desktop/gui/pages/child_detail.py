"""One child's page: header, "Det virker for mig" first, then the tabs.

Tabs: Observationer (timeline), Udvikling (chart), Trivsel (strip), Mål, Stamdata.
The header and the box come from one read on the database worker; every tab loads its
own data there when it is first shown. The office has a "Mere" menu with the rare,
irreversible GDPR erasure (kept out of the way on purpose).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QMenu, QPushButton, QScrollArea,
                               QTabWidget, QVBoxLayout, QWidget)

from ...domain.enums import UserRole
from ..context import GuiContext
from ..dialogs.child_details import details_dialog
from ..dialogs.erase_child import EraseChildDialog
from ..dialogs.guardian_form import GuardianDialog, RemoveGuardianDialog
from ..formatting import format_age
from ..operations import children as child_ops
from ..operations.runner import user_message
from ..widgets.feedback import show_error_box
from ..widgets.text import clear_layout, label, page_title
from . import child_sections as sections
from .base import ScrollPage
from .child_tabs import DevelopmentTab, GoalsTab, WellbeingTab
from .child_timeline import TimelineView
from .sync_markers import ConflictMarker
from ..domain_labels import label as domain_label

MIN_TAB_HEIGHT = 460
TAB_OBSERVATIONS, TAB_DEVELOPMENT, TAB_WELLBEING, TAB_GOALS, TAB_RECORD = range(5)


def facts_line(summary: child_ops.ChildSummary) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("ChildDetailView", text)
    facts = [format_age(summary.age_months) if summary.birth_date else tr("Ukendt alder"),
             tr("CPR {cpr}").format(cpr=summary.cpr_masked) if summary.cpr_masked
             else tr("Intet CPR-nummer"),
             domain_label(summary.status),
             summary.home_name or tr("Ikke indskrevet i et dagplejehjem")]
    return "  ·  ".join(facts)


class ChildDetailView(ScrollPage):
    title = "Barn"
    back_requested = Signal()
    new_observation_requested = Signal(uuid.UUID)   # the child's id
    edit_observation_requested = Signal(uuid.UUID)  # the observation's id
    child_erased = Signal(str, int)  # the erased child's name, the number of records erased
    child_changed = Signal(uuid.UUID)  # details or guardians saved: lists read it again

    def __init__(self, gui: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(gui, parent)
        self.child_id: uuid.UUID | None = None
        self.detail: child_ops.ChildDetail | None = None
        self._request = 0  # only the answer about the child asked for last is shown
        self._asked_for: uuid.UUID | None = None  # that child (shown, or on its way)
        self.changes: dict = {}
        self.record_dialog = None  # the open details/guardian dialog, if any
        self._changes_wanted = False  # "changed by" of the child shown is still to read
        self.body.addLayout(self._make_top_row())
        self.name_label = page_title("")
        self.name_label.setObjectName("childName")
        self.facts_label = label("", "muted", object_name="childFacts")
        self.body.addWidget(self.name_label)
        self.body.addWidget(self.facts_label)
        self.conflict_marker = ConflictMarker(gui)  # open sync conflicts about the child
        self.body.addWidget(self.conflict_marker, 0, Qt.AlignmentFlag.AlignLeft)
        self.sections = QWidget()
        self.sections_layout = QVBoxLayout(self.sections)
        self.sections_layout.setContentsMargins(0, 6, 0, 0)
        self.sections_layout.setSpacing(14)
        self.what_works = QFrame()  # replaced for each child; always the first section
        self.sections_layout.addWidget(self.what_works)
        self.tabs = self._make_tabs()
        self.sections_layout.addWidget(self.tabs)
        self.body.addWidget(self.sections)
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.back_requested.emit)
        self.scroll_area.installEventFilter(self)
        # The tabs fill the window (below), so the page is always taller than the window:
        # a scroll bar that came and went would change the width, the wrapped texts'
        # heights with it, and could flip back and forth without end.
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

    def _make_top_row(self) -> QHBoxLayout:
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Tilbage til børnelisten"))
        self.back_button.setAccessibleName(self.tr("Tilbage til børnelisten"))
        self.back_button.setToolTip(self.tr("Tilbage til børnelisten (Alt+Venstre)"))
        self.back_button.clicked.connect(self.back_requested)
        self.new_button = QPushButton(self.tr("Ny observation"))
        self.new_button.setObjectName("newObservation")
        self.new_button.setProperty("role", "primary")
        self.new_button.setAccessibleName(self.tr("Ny observation af barnet"))
        self.new_button.clicked.connect(self._new_observation)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.transition_button: QPushButton | None = None
        self.transition_dialog = None
        if self.gui.session.user.role in (UserRole.CONSULTANT, UserRole.OFFICE):
            self.transition_button = QPushButton(self.tr("Overgangsbeskrivelse …"))
            self.transition_button.setObjectName("transitionButton")
            self.transition_button.setToolTip(self.tr(
                "Beskrivelsen til børnehaven og den planlagte børnehavestart"))
            self.transition_button.clicked.connect(self.open_transition_editor)
            top.addWidget(self.transition_button)
        self.more_button = self._make_more_button()
        if self.more_button is not None:
            top.addWidget(self.more_button)
        top.addWidget(self.new_button)
        return top

    def _make_more_button(self) -> QPushButton | None:
        """The office's "Mere" menu; other roles cannot erase, so they get no button."""
        self.erase_action: QAction | None = None
        self.erase_dialog: EraseChildDialog | None = None
        if self.gui.session.user.role is not UserRole.OFFICE:
            return None
        button = QPushButton(self.tr("Mere"))
        button.setObjectName("childMoreButton")
        button.setAccessibleName(self.tr("Flere handlinger for barnet"))
        menu = QMenu(button)
        menu.setObjectName("childMoreMenu")
        self.erase_action = menu.addAction(self.tr("Slet barnet helt (GDPR) …"))
        self.erase_action.setObjectName("eraseChildAction")
        self.erase_action.triggered.connect(self.open_erase_dialog)
        button.setMenu(menu)
        return button

    def _make_tabs(self) -> QTabWidget:
        tabs = QTabWidget()
        tabs.setObjectName("childTabs")
        tabs.setDocumentMode(True)
        self.timeline = TimelineView(self.gui)
        self.timeline.edit_observation_requested.connect(self.edit_observation_requested)
        # The goal filter lists the child's goals, the record says who changed what: both
        # are read after the first cards (the reads would slow painting them down).
        self.timeline.cards_shown.connect(self._cards_shown)
        self.development_tab = DevelopmentTab(self.gui)
        self.wellbeing_tab = WellbeingTab(self.gui)
        self.goals_tab = GoalsTab(self.gui)
        self.goals_tab.goals_loaded.connect(self.timeline.set_goals)
        self.goals_tab.show_observations_requested.connect(self.show_goal_evidence)
        self.record_tab, self.record_layout = self._make_record_tab()
        for widget, text in ((self.timeline, self.tr("&Observationer")),
                             (self.development_tab, self.tr("&Udvikling")),
                             (self.wellbeing_tab, self.tr("&Trivsel")),
                             (self.goals_tab, self.tr("&Mål")),
                             (self.record_tab, self.tr("&Stamdata"))):
            tabs.addTab(widget, text)
        tabs.currentChanged.connect(self._tab_shown)
        return tabs

    @staticmethod
    def _make_record_tab() -> tuple[QScrollArea, QVBoxLayout]:
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: its content is
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 14, 4, 14)
        layout.setSpacing(14)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(holder)
        return scroll, layout

    # -- showing a child -----------------------------------------------------------

    def show_child(self, child_id: uuid.UUID, on_shown: Callable[[], None] | None = None,
                   on_failed: Callable[[BaseException], None] | None = None) -> None:
        """Read the child on the database worker and show it, then call ``on_shown``.
        Until then the page keeps what it showed. When the child cannot be read,
        ``on_failed`` gets the error (by default the user sees why in a message box)."""
        self._request += 1
        request, self._asked_for = self._request, child_id

        def arrived(opening: child_ops.ChildOpening) -> None:
            if request == self._request:  # else another child was asked for meanwhile
                self._show_child(child_id, opening.detail, opening.first_page)
                if on_shown is not None:
                    on_shown()

        def failed(exc: BaseException) -> None:
            if request != self._request:
                return
            if on_failed is not None:
                on_failed(exc)
            else:
                show_error_box(self, exc, self.tr("Kunne ikke vise siden"))
        child_ops.load_opening(self.gui.runner, self.gui.session, child_id,
                               self.timeline.opening_filter, self.timeline.first_page_size,
                               arrived, failed)

    def _show_child(self, child_id: uuid.UUID, detail: child_ops.ChildDetail,
                    first_page: child_ops.ObservationPage | None = None) -> None:
        self.child_id, self.detail = child_id, detail
        summary = detail.summary
        self.name_label.setText(summary.name)
        self.name_label.setAccessibleName(self.tr("Barn: {name}").format(name=summary.name))
        self.facts_label.setText(facts_line(summary))
        self.conflict_marker.show_for(child_id)
        self.changes = {}
        self._show_record(detail)
        self._changes_wanted = True  # read once the first cards are painted
        for tab in (self.development_tab, self.wellbeing_tab, self.goals_tab):
            tab.set_child(child_id, summary.birth_date)
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(TAB_OBSERVATIONS)
        self.tabs.blockSignals(False)
        # The first cards came with the record; the goals follow once they are painted.
        self.timeline.show_child(child_id, first_page)
        self.scroll_area.verticalScrollBar().setValue(0)
        self._fit_tabs()

    def _show_record(self, detail: child_ops.ChildDetail) -> None:
        """The "Det virker for mig" box and the Stamdata tab for ``detail``."""
        box = sections.what_works_box(detail)
        self.sections_layout.replaceWidget(self.what_works, box)
        self.what_works.deleteLater()
        self.what_works = box
        clear_layout(self.record_layout)
        for widget in sections.record_cards(detail, self.changes, self._record_actions()):
            self.record_layout.addWidget(widget)

    def _record_actions(self) -> sections.RecordActions:
        """Office and consultants edit everything; the mini-childminder her part."""
        if self.gui.session.user.role in (UserRole.OFFICE, UserRole.CONSULTANT):
            return sections.RecordActions(self.edit_details, self.add_guardian,
                                          self.edit_guardian, self.remove_guardian)
        return sections.RecordActions(edit_details=self.edit_details)

    def _cards_shown(self) -> None:
        self.goals_tab.ensure_loaded()
        if self._changes_wanted and self.child_id is not None:
            self._changes_wanted = False
            self._load_changes(self.child_id)

    def _load_changes(self, child_id: uuid.UUID) -> None:
        def arrived(changes) -> None:
            if self.child_id == child_id and self.detail is not None and changes:
                self.changes = changes
                self._show_record(self.detail)
        child_ops.load_changes(self.gui.runner, self.gui.session, child_id, arrived,
                               lambda _exc: None)  # "changed by" is a nicety: no error box

    # -- completing and correcting the record --------------------------------------

    def _open_record_dialog(self, dialog) -> None:
        self.record_dialog = dialog
        dialog.done.connect(lambda _result: self.reload_record())
        dialog.open()  # window-modal, without a nested event loop

    def edit_details(self) -> None:
        if self.detail is not None:
            self._open_record_dialog(details_dialog(self.gui, self.detail, self))

    def add_guardian(self) -> None:
        if self.detail is not None:
            self._open_record_dialog(GuardianDialog(self.gui, self.detail.summary.id,
                                                    self.detail.summary.name, None, self))

    def edit_guardian(self, guardian) -> None:
        if self.detail is not None:
            self._open_record_dialog(GuardianDialog(self.gui, self.detail.summary.id,
                                                    self.detail.summary.name, guardian, self))

    def remove_guardian(self, guardian) -> None:
        if self.detail is not None:
            self._open_record_dialog(RemoveGuardianDialog(self.gui, self.detail.summary.id,
                                                          guardian, self))

    def reload_record(self) -> None:
        """After a save: read the child again on the worker, show it, tell the lists."""
        child_id = self.child_id
        if child_id is None:
            return

        def arrived(record: child_ops.ChildRecord) -> None:
            if self.child_id != child_id:
                return
            self.detail, self.changes = record.detail, record.changes
            summary = record.detail.summary
            self.name_label.setText(summary.name)
            self.name_label.setAccessibleName(self.tr("Barn: {name}").format(
                name=summary.name))
            self.facts_label.setText(facts_line(summary))
            self._show_record(record.detail)
            for tab in (self.development_tab, self.wellbeing_tab, self.goals_tab):
                if tab.birth_date != summary.birth_date:
                    tab.set_child(child_id, summary.birth_date)
            self.child_changed.emit(child_id)

        def failed(exc: BaseException) -> None:
            if self.child_id == child_id:
                self.facts_label.setText(user_message(exc))
        child_ops.load_child(self.gui.runner, self.gui.session, child_id, arrived, failed)

    def reload_after_sync(self) -> None:
        """An imported package may have changed or removed the child: read it again (the
        child asked for last, which may still be on its way)."""
        child_id = self._asked_for
        if child_id is None:
            return

        def gone(_exc: BaseException) -> None:  # erased, or moved out of this device's scope
            if self._asked_for == child_id:
                self.back_requested.emit()
        self.show_child(child_id, on_failed=gone)

    def show_observation(self, obs_id: uuid.UUID) -> None:
        """Bring one observation into view in the timeline (e.g. from a search hit)."""
        self.tabs.setCurrentIndex(TAB_OBSERVATIONS)
        self.timeline.select_observation(obs_id)
        self.scroll_area.ensureWidgetVisible(self.tabs, 0, 0)

    def show_goal_evidence(self, goal_id: uuid.UUID) -> None:
        self.tabs.setCurrentIndex(TAB_OBSERVATIONS)
        self.timeline.filter_by_goal(goal_id)

    def refresh_observations(self) -> None:
        """After an observation was saved or deleted elsewhere: counts and lists move."""
        if self.child_id is None:
            return
        self.timeline.refresh()
        self.goals_tab.reload()
        if self.wellbeing_tab.loaded_for == self.child_id:
            self.wellbeing_tab.reload()

    def open_transition_editor(self) -> None:
        if self.detail is None:
            return
        from ..dialogs.transition_editor import TransitionEditorDialog  # when first used
        summary = self.detail.summary
        self.transition_dialog = TransitionEditorDialog(self.gui, summary.id, summary.name,
                                                        self)
        self.transition_dialog.open()

    def open_erase_dialog(self) -> None:
        if self.detail is None or self.erase_action is None:
            return
        summary = self.detail.summary
        self.erase_dialog = EraseChildDialog(self.gui, summary.id, summary.first_name,
                                             summary.name, self)
        self.erase_dialog.erased.connect(self._erased)
        self.erase_dialog.open()  # window-modal, without a nested event loop

    def _erased(self, name: str, count: int) -> None:
        # nothing of the child is shown any more
        self.child_id, self.detail, self._asked_for = None, None, None
        self.name_label.clear()
        self.facts_label.clear()
        self.child_erased.emit(name, count)

    def _tab_shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if hasattr(tab, "ensure_loaded"):
            tab.ensure_loaded()

    def _new_observation(self) -> None:
        if self.child_id is not None:
            self.new_observation_requested.emit(self.child_id)

    # -- size ----------------------------------------------------------------------

    def _fit_tabs(self) -> None:
        """The tabs fill the window once scrolled to, so the timeline is never a slit.

        From the scroll area's own height, not its viewport's, which changes when a scroll
        bar comes or goes: the content's height must not follow the scroll bars."""
        height = self.scroll_area.height() - 2 * self.scroll_area.frameWidth() - 40
        self.tabs.setMinimumHeight(max(MIN_TAB_HEIGHT, height))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.scroll_area and event.type() == QEvent.Type.Resize:
            self._fit_tabs()
        return super().eventFilter(watched, event)
