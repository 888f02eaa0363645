"""A warning where meetings are planned, held and printed: the parties whose consent was
withdrawn or has expired are left out of invitations, agenda and minutes."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLabel, QWidget

from ..context import GuiContext
from ..operations import consents as consent_ops
from ..messages import service_text
from ..operations.runner import guarded


class SharingWarning(QLabel):
    """Hidden until a withdrawn or expired consent matters for the child or meeting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharingWarning")
        self.setWordWrap(True)
        self.setProperty("role", "error")
        self.setVisible(False)
        self._asked: object = None

    def check_child(self, gui: GuiContext, child_id: uuid.UUID | None) -> None:
        self._ask(child_id, child_id is not None and (lambda done, failed: (
            consent_ops.sharing_warnings(gui.runner, gui.session, child_id, None, done,
                                         failed))))

    def check_meeting(self, gui: GuiContext, meeting_id: uuid.UUID | None) -> None:
        self._ask(meeting_id, meeting_id is not None and (lambda done, failed: (
            consent_ops.meeting_sharing_warnings(gui.runner, gui.session, meeting_id, done,
                                                 failed))))

    def _ask(self, key, start) -> None:
        self._asked = key
        self.setVisible(False)
        if start:
            start(guarded(self, lambda blocked: self.show_blocked(key, blocked)),
                  lambda _exc: None)

    def show_blocked(self, key, blocked) -> None:
        if key != self._asked:  # an answer for a child or meeting no longer shown
            return
        if not blocked:
            self.setVisible(False)
            return
        lines = [self.tr("Samtykke: nogle af deltagerne får ikke mødets papirer tilsendt.")]
        lines += [f"• {service_text(party.message)}" for party in blocked]
        self.setText("\n".join(lines))
        self.setVisible(True)
