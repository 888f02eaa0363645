"""The access log of what the window shows: views are noted by reads without taking the
write lock, and written on the database worker a moment later."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from ...services.context import AppContext
from .runner import OperationRunner

log = logging.getLogger(__name__)

FLUSH_EVERY_MS = 1500


class AccessLogWriter(QObject):
    """Writes the session's spooled view events on the worker, every 1.5 s if any."""

    def __init__(self, runner: OperationRunner, ctx: AppContext,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner, self.ctx = runner, ctx
        ctx.defer_view_audit = True
        self._writing = False
        self.timer = QTimer(self)
        self.timer.setInterval(FLUSH_EVERY_MS)
        self.timer.timeout.connect(self.write_pending)
        self.timer.start()

    def write_pending(self) -> None:
        if self._writing or not self.ctx.audit_pending:
            return
        self._writing = True
        self.runner.run_db(self.ctx.flush_audit, self._written, self._failed, owner=self)

    def _written(self, _count: int) -> None:
        self._writing = False

    def _failed(self, exc: BaseException) -> None:
        self._writing = False  # the events stay spooled and are tried again
        log.warning("access log not written yet: %s", type(exc).__name__)
