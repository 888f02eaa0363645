""""Arbejder …" in the status bar while background work takes longer than a moment.

Most operations finish in a few milliseconds; flashing a progress bar for those would
only distract. Work that is still running after SHOW_AFTER_MS (a sync import, a large
print, a backup) gets a moving bar and a word, so the person knows the program is busy
and not stuck, and the window stays usable meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

SHOW_AFTER_MS = 500


class BusyIndicator(QWidget):
    """Follows a runner's ``busy_changed``; hidden unless work outlasts SHOW_AFTER_MS."""

    def __init__(self, busy_changed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 8, 0)
        self.label = QLabel(self.tr("Arbejder …"))
        bar = QProgressBar()
        bar.setRange(0, 0)  # no known length: a moving bar
        bar.setTextVisible(False)
        bar.setFixedWidth(90)
        bar.setAccessibleName(self.tr("Arbejder"))
        row.addWidget(self.label)
        row.addWidget(bar)
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self._timer.timeout.connect(self._still_busy)
        busy_changed.connect(self._busy_changed)
        self.hide()

    def _busy_changed(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self._timer.start()
        else:
            self._timer.stop()
            self.hide()

    def _still_busy(self) -> None:
        if self._busy:
            self.show()
