"""Opens observation forms for the main window and keeps track of the open ones.

The main window owns one ``ObservationForms`` and exposes its actions (see the module
docstring of observation_form for the calls other pages use). Forms are non-modal: a
childminder can leave one open while she looks something up.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget
from shiboken6 import isValid

from ..context import GuiContext
from ..operations import drafts as draft_ops
from ..operations import observations as obs_ops
from ..operations.drafts import DraftInfo
from ..widgets.feedback import show_error_box
from . import draft_recovery
from .observation_form import ObservationFormDialog
from .observation_questions import ask_delete

log = logging.getLogger(__name__)

FORM_MAX_WIDTH, FORM_MAX_HEIGHT = 1180, 820


class ObservationForms(QObject):
    observations_changed = Signal(object)  # child id
    drafts_changed = Signal()

    def __init__(self, gui: GuiContext, window: QMainWindow,
                 current_child: Callable[[], uuid.UUID | None] = lambda: None) -> None:
        super().__init__(window)
        self.gui, self.window, self._current_child = gui, window, current_child
        self.forms: list[ObservationFormDialog] = []
        self._offered: list[DraftInfo] = []
        self.recovery_bar: draft_recovery.DraftRecoveryBar | None = None

    # -- opening ----------------------------------------------------------------------------

    def new_observation(self, child_id: uuid.UUID | None = None) -> ObservationFormDialog:
        child_id = child_id or self._current_child()
        return self._open(ObservationFormDialog(self.gui, child_id=child_id, parent=self.window))

    def edit_observation(self, obs_id: uuid.UUID) -> None:
        """Open the observation for editing (raise its form if it is already open)."""
        for form in self.forms:
            if form.observation is not None and form.observation.id == obs_id:
                form.raise_()
                form.activateWindow()
                return
        self._load_and_open(obs_id, None)

    def _load_and_open(self, obs_id: uuid.UUID, draft: DraftInfo | None) -> None:
        def opened(found: obs_ops.ObservationToEdit) -> None:
            self._open(ObservationFormDialog(self.gui, observation=found.observation,
                                             attachments=found.attachments, draft=found.draft,
                                             parent=self.window))

        def failed(exc: BaseException) -> None:
            if draft is not None:  # the observation is gone: keep the words as a new one
                self._open(ObservationFormDialog(self.gui, draft=_as_new(draft),
                                                 parent=self.window))
                return
            show_error_box(self.window, exc, self.tr("Observationen kan ikke åbnes"))
        obs_ops.load_for_edit(self.gui.runner, self.gui.session, obs_id, draft, opened, failed)

    def _open(self, form: ObservationFormDialog) -> ObservationFormDialog:
        self.forms.append(form)
        form.saved.connect(lambda info: self.observations_changed.emit(info.child_id))
        form.deleted.connect(self.observations_changed)
        form.drafts_changed.connect(self.drafts_changed)
        form.finished.connect(lambda _result, f=form: self._finished(f))
        _fit(form, self.window)
        form.show()
        form.raise_()
        form.activateWindow()
        return form

    def _finished(self, form: ObservationFormDialog) -> None:
        if form in self.forms:
            self.forms.remove(form)
        # A last draft save may still be on its way; the form goes once it has landed.
        form.autosaver.when_idle(lambda: isValid(form) and form.deleteLater())

    # -- deleting without a form -------------------------------------------------------------

    def delete_observation(self, obs_id: uuid.UUID) -> None:
        """Ask, then tombstone the observation (the audit log keeps who did it)."""
        def done(child_id) -> None:
            for form in list(self.forms):
                if form.observation is not None and form.observation.id == obs_id:
                    form.close_discarding()
            self.observations_changed.emit(child_id)
        ask_delete(self.window, lambda: obs_ops.delete(
            self.gui.runner, self.gui.session, obs_id, done,
            lambda exc: show_error_box(self.window, exc)))

    # -- drafts after a crash -------------------------------------------------------------

    def offer_drafts(self, found: list[DraftInfo]) -> None:
        """After login: offer each unsaved draft back, one at a time, in a band."""
        if not isValid(self.window):
            return
        open_ids = {f.autosaver.draft_id for f in self.forms}
        self._offered = []
        for draft in found:
            if draft_recovery.is_empty(draft):
                self._discard(draft)  # nothing in it worth a question
            elif draft.id not in open_ids:
                self._offered.append(draft)
        self._offer_next()

    def _offer_next(self) -> None:
        if self._offered:
            bar = self._recovery_bar()
            bar.show_draft(self._offered.pop(0), self.gui.session.today(), len(self._offered))
            bar.parentWidget().show()
        elif self.recovery_bar is not None:
            self.recovery_bar.parentWidget().hide()

    def _recovery_bar(self) -> draft_recovery.DraftRecoveryBar:
        """The band under the toolbar, made the first time there is a draft to offer."""
        if self.recovery_bar is None:
            self.recovery_bar = draft_recovery.DraftRecoveryBar()
            self.recovery_bar.answered.connect(self._answered)
            holder = QToolBar(self.tr("Ikke-gemte observationer"))
            holder.setObjectName("draftToolbar")
            holder.setMovable(False)
            holder.setFloatable(False)
            holder.toggleViewAction().setEnabled(False)
            holder.setStyleSheet("QToolBar#draftToolbar { border: none; padding: 6px 14px; }")
            holder.addWidget(self.recovery_bar)
            self.window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
            self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, holder)
        return self.recovery_bar

    def _answered(self, draft: DraftInfo, answer: str) -> None:
        if answer == draft_recovery.RESUME:
            self.resume_draft(draft)
        elif answer == draft_recovery.DISCARD:
            self._discard(draft)
        else:  # "Senere": the rest wait for the next start (and the Oversigt page)
            self._offered.clear()
        self._offer_next()

    def resume_draft(self, draft: DraftInfo) -> None:
        """Open the form with the draft's input (or raise the form that already has it)."""
        for form in self.forms:
            if form.autosaver.draft_id == draft.id:
                form.raise_()
                form.activateWindow()
                return
        if draft.observation_id is not None:
            self._load_and_open(draft.observation_id, draft)
        else:
            self._open(ObservationFormDialog(self.gui, draft=draft, parent=self.window))

    def _discard(self, draft: DraftInfo) -> None:
        draft_ops.discard_observation_draft(
            self.gui.runner, self.gui.session, draft.id, lambda _r: self.drafts_changed.emit(),
            lambda exc: show_error_box(self.window, exc, self.tr("Kladden blev ikke slettet")))

    # -- closing ------------------------------------------------------------------------------

    def close_all(self) -> None:
        """The app is closing: every open form keeps its input as a draft, unasked."""
        for form in list(self.forms):
            if isValid(form):
                form.close_keeping_draft()
        # The window is going: late results must not make pages start new work.
        self.blockSignals(True)


def _as_new(draft: DraftInfo) -> DraftInfo:
    return DraftInfo(draft.id, draft.child_id, draft.child_name, None, draft.payload,
                            draft.updated_at)


def _fit(form: QWidget, window: QWidget) -> None:
    """Roomy on a big screen, inside a small laptop's screen, centred on the window."""
    screen = window.screen() if window is not None else QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    hint = form.minimumSizeHint()
    width = max(hint.width(), min(FORM_MAX_WIDTH, available.width() - 60))
    height = max(min(hint.height(), available.height()),
                 min(FORM_MAX_HEIGHT, available.height() - 50))
    form.resize(width, height)
    frame = form.frameGeometry()
    frame.moveCenter(window.frameGeometry().center() if window is not None
                     else available.center())
    frame.moveTop(max(frame.top(), available.top()))
    form.move(frame.topLeft())
