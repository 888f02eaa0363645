"""Change records: what a committed transaction changed, told to whoever listens.

A write reports the kinds of entity it changed (table names) and the children they
belong to; the GUI broadcasts the record once and each view reloads only what is stale
and visible. Rows written through Core (the sync importer) are not seen
here; the importer announces its own record.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import event
from sqlalchemy.orm import Session

from .database import Database

log = logging.getLogger(__name__)

PENDING_KEY = "dagpleje.change_records.pending"
EVERYTHING = "*"

Listener = Callable[["ChangeRecord"], None]


@dataclass(frozen=True)
class ChangeRecord:
    kinds: frozenset[str]
    child_ids: frozenset[uuid.UUID] = frozenset()

    @classmethod
    def everything(cls) -> ChangeRecord:
        """After an import or a restore: any record may have changed."""
        return cls(frozenset({EVERYTHING}))

    def touches(self, kinds: Iterable[str]) -> bool:
        return EVERYTHING in self.kinds or not self.kinds.isdisjoint(kinds)

    def touches_child(self, child_id: uuid.UUID | None) -> bool:
        return EVERYTHING in self.kinds or (child_id is not None and child_id in self.child_ids)


class ChangeRecorder:
    """Collects the changed rows of each session and tells the listeners after commit."""

    def __init__(self) -> None:
        self.listeners: list[Listener] = []

    def attach(self, db: Database) -> None:
        factory = db.session_factory
        event.listen(factory, "after_flush", self._after_flush)
        event.listen(factory, "after_commit", self._after_commit)
        event.listen(factory, "after_soft_rollback", self._after_rollback)

    def announce(self, record: ChangeRecord) -> None:
        for listener in list(self.listeners):
            try:
                listener(record)
            except Exception:  # noqa: BLE001 - a listener's fault must not undo a commit
                log.exception("change listener failed")

    @staticmethod
    def _after_flush(session: Session, _context) -> None:
        kinds, children = session.info.setdefault(PENDING_KEY, (set(), set()))
        for obj in (*session.new, *session.dirty, *session.deleted):
            kind = getattr(obj, "__tablename__", None)
            if kind is None:
                continue
            kinds.add(kind)
            child_id = obj.id if kind == "child" else getattr(obj, "child_id", None)
            if isinstance(child_id, uuid.UUID):
                children.add(child_id)

    def _after_commit(self, session: Session) -> None:
        pending = session.info.pop(PENDING_KEY, None)
        if pending and pending[0] and self.listeners:
            self.announce(ChangeRecord(frozenset(pending[0]), frozenset(pending[1])))

    @staticmethod
    def _after_rollback(session: Session, _previous) -> None:
        session.info.pop(PENDING_KEY, None)


def recorder_for(db: Database) -> ChangeRecorder:
    """The database's recorder, attached on first use."""
    recorder = getattr(db, "_change_recorder", None)
    if recorder is None:
        recorder = ChangeRecorder()
        recorder.attach(db)
        db._change_recorder = recorder
    return recorder
