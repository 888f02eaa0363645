"""Autosave of the observation form into a draft, so a crash or power cut loses little.

Every few seconds the form's state is compared with what was last stored; only a change
is written, through ``operations.drafts.store_observation_draft`` on the database worker. One save is
in flight at a time, so the draft id from the first save is used by the next.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from ..context import GuiContext
from ..operations import drafts as draft_ops
from .observation_state import FormState

log = logging.getLogger(__name__)

AUTOSAVE_INTERVAL_MS = 3000


class DraftAutosaver(QObject):
    """Owned by the form; ``saved(draft_id)`` and ``failed(exc)`` report on the GUI thread."""

    saved = Signal(object)
    failed = Signal(object)
    discarded = Signal()

    def __init__(self, gui: GuiContext, read_state: Callable[[], FormState | None], *,
                 observation_id: uuid.UUID | None, draft_id: uuid.UUID | None = None,
                 stored: FormState | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gui, self._read_state = gui, read_state
        self.observation_id, self.draft_id = observation_id, draft_id
        self._stored = stored  # the state last written (or the form's state at opening)
        self._in_flight = False
        self._after_idle: list[Callable[[], None]] = []
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self.timer.timeout.connect(self.save_if_changed)

    def start(self, stored: FormState | None) -> None:
        """Begin ticking; ``stored`` is what needs no saving (the state just shown)."""
        self._stored = stored
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def busy(self) -> bool:
        return self._in_flight

    def save_if_changed(self) -> bool:
        """Write the form's state if it differs from the stored one; True if a save started."""
        if self._in_flight:
            return False
        state = self._read_state()
        if state is None or state == self._stored:
            return False
        self._in_flight = True
        draft_ops.store_observation_draft(
            self._gui.runner, self._gui.session, state.to_payload(), self.draft_id,
            state.child_id, self.observation_id, lambda new_id: self._saved(new_id, state),
            self._failed)
        return True

    def when_idle(self, action: Callable[[], None]) -> None:
        """Run ``action`` once no draft save is in flight (it needs the final draft id)."""
        if self._in_flight:
            self._after_idle.append(action)
        else:
            action()

    def discard(self, on_done: Callable[[], None] | None = None) -> None:
        """Stop and delete the stored draft (after a pending save, so none is left behind)."""
        self.stop()

        def remove() -> None:
            draft_id, self.draft_id = self.draft_id, None
            if draft_id is None:
                if on_done:
                    on_done()
                return
            draft_ops.discard_observation_draft(self._gui.runner, self._gui.session, draft_id,
                                                lambda _r: self._discarded(on_done),
                                                lambda exc: self._not_discarded(exc, on_done))
        self.when_idle(remove)

    # -- results on the GUI thread ---------------------------------------------------------

    def _saved(self, draft_id: uuid.UUID, state: FormState) -> None:
        if not isValid(self):  # the form is gone; the draft stays for the next start
            return
        self._in_flight = False
        self.draft_id, self._stored = draft_id, state
        self.saved.emit(draft_id)
        self._run_after_idle()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._in_flight = False
        log.warning("draft not saved: %r", exc)
        self.failed.emit(exc)
        self._run_after_idle()

    def _not_discarded(self, exc: BaseException, on_done: Callable[[], None] | None) -> None:
        # The form is closing either way; the draft stays and is offered back later.
        log.warning("draft not discarded: %s", type(exc).__name__)
        self._discarded(on_done)

    def _discarded(self, on_done: Callable[[], None] | None) -> None:
        if isValid(self):
            self.discarded.emit()
        if on_done:
            on_done()

    def _run_after_idle(self) -> None:
        actions, self._after_idle = self._after_idle, []
        for action in actions:
            action()

