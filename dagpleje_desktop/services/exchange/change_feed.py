"""Who wants to know what changed: listeners to the change records of a session's database.

The GUI listens to refresh what is stale; the CLI does not listen.
"""

from __future__ import annotations

from ...store.change_records import ChangeRecord, Listener, recorder_for
from ..context import AppContext

__all__ = ["ChangeRecord", "announce_everything", "subscribe", "unsubscribe"]


def subscribe(ctx: AppContext, listener: Listener) -> None:
    listeners = recorder_for(ctx.db).listeners
    if listener not in listeners:
        listeners.append(listener)


def unsubscribe(ctx: AppContext, listener: Listener) -> None:
    listeners = recorder_for(ctx.db).listeners
    if listener in listeners:
        listeners.remove(listener)


def announce_everything(ctx: AppContext) -> None:
    """After work that wrote past the ORM (a sync import, a merge): any view may be stale."""
    recorder_for(ctx.db).announce(ChangeRecord.everything())
