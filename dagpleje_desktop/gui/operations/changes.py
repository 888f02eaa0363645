"""One change bus for the window: change records from any thread, delivered on the GUI
thread, so each page can reload what is stale and visible.

The bus lives as long as the process (as the runner's mailbox does): a worker may commit
while a window closes, and must never emit on a deleted object.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...services.exchange import change_feed
from ...services.exchange.change_feed import ChangeRecord
from ...services.context import AppContext

__all__ = ["ChangeBus", "ChangeRecord", "change_bus"]


class ChangeBus(QObject):
    changed = Signal(object)  # ChangeRecord

    def post(self, record: ChangeRecord) -> None:
        """Called on the thread that committed; the signal is queued to the GUI thread."""
        self.changed.emit(record)

    def listen_to(self, ctx: AppContext) -> None:
        change_feed.subscribe(ctx, self.post)

    def stop_listening(self, ctx: AppContext) -> None:
        change_feed.unsubscribe(ctx, self.post)


_BUS: list[ChangeBus] = []


def change_bus() -> ChangeBus:
    """The process's bus, made on first use (on the GUI thread, by the window)."""
    if not _BUS:
        _BUS.append(ChangeBus())
    return _BUS[0]
