"""Keep Python's cycle collector off the worker threads while they run.

The collector runs on whichever thread happens to allocate when a threshold is crossed.
On a worker that can free a widget caught in a reference cycle, i.e. run a QWidget's
C++ destructor off the GUI thread, which crashes at random. So while any background
operation is under way automatic collection is switched off and a GUI-thread timer
collects instead, with the same thresholds; it is switched back on once every worker
has gone idle. (The same approach as calibre's and pyqtgraph's GarbageCollector.)
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

log = logging.getLogger(__name__)

COLLECT_EVERY_MS = 250


class GuiThreadCollector(QObject):
    """Counts operations under way; ``workers_idle`` says when no worker runs Python code."""

    def __init__(self, workers_idle: Callable[[], bool]) -> None:
        super().__init__()
        self._workers_idle = workers_idle
        self._holds = 0
        self._switched_off = False  # only what we switched off is switched on again
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_EVERY_MS)
        self._timer.timeout.connect(self._tick)

    @property
    def holding(self) -> bool:
        return self._switched_off

    def hold(self) -> None:
        """An operation starts: from now on only the GUI thread collects."""
        self._holds += 1
        if self._holds == 1 and not self._switched_off and gc.isenabled():
            gc.disable()
            self._switched_off = True
        if self._switched_off and not self._timer.isActive():
            self._timer.start()

    def release(self) -> None:
        """An operation's result reached the GUI thread."""
        self._holds = max(0, self._holds - 1)
        if self._holds == 0:
            self._tick()  # may switch back at once; otherwise the timer retries

    @Slot()
    def _tick(self) -> None:
        self.collect_due()
        # A worker can still be returning from its job after the result arrived here.
        if self._holds == 0 and self._switched_off and self._workers_idle():
            self._switched_off = False
            gc.enable()
            self._timer.stop()

    @staticmethod
    def collect_due() -> None:
        """Collect the generation the automatic collector would collect now, if any."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for number in range(3):
            if thresholds[number] and counts[number] > thresholds[number]:
                generation = number
        if generation >= 0:
            gc.collect(generation)
