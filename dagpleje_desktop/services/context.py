"""The explicit application context passed to every service (no global singleton)."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from ..domain.enums import UserRole
from ..domain.errors import Label, PermissionDeniedError
from sqlalchemy.orm import Session

from ..store.database import Database

LOCAL_TZ = ZoneInfo("Europe/Copenhagen")


@dataclass(frozen=True)
class CurrentUser:
    id: uuid.UUID
    username: str
    display_name: str
    role: UserRole
    professional_id: uuid.UUID | None


@dataclass
class AppContext:
    db: Database
    device_id: str
    user: CurrentUser
    data_dir: Path | None = None
    now: Callable[[], datetime] = field(default=lambda: datetime.now(timezone.utc))

    # View and search events noted by reading sessions, written by ``flush_audit``. The
    # GUI defers the write to its database worker so a read never waits for the writer's
    # lock; everything else writes them as soon as the read is done.
    defer_view_audit: bool = False
    # Other children's names replaced in the last print to each path (shown before the
    # person sends the document on; never printed).
    redactions: dict = field(default_factory=dict, repr=False)
    # Danish notices found while logging in (e.g. a key file changed behind the program's
    # back); the CLI prints them on stderr, the GUI shows them.
    warnings: list[str] = field(default_factory=list, repr=False)
    _audit_spool: list[dict] = field(default_factory=list, repr=False)
    _spool_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def today(self) -> date:
        return self.now().astimezone(LOCAL_TZ).date()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only transaction that does not wait for writers; the access it makes is
        logged right after it (or, in the GUI, on the database worker soon after)."""
        with self.db.reading() as session:
            yield session
        if not self.defer_view_audit:
            self.flush_audit()

    def spool_audit(self, event: dict) -> None:
        with self._spool_lock:
            self._audit_spool.append(event)

    @property
    def audit_pending(self) -> bool:
        return bool(self._audit_spool)

    def flush_audit(self) -> int:
        """Write the spooled access events in one transaction; returns how many."""
        with self._spool_lock:
            events, self._audit_spool[:] = list(self._audit_spool), []
        if not events:
            return 0
        from .security import audit  # the log module needs this context type
        try:
            with self.db.transaction() as s:
                for event in events:
                    audit.append(s, **event)
        except BaseException:
            with self._spool_lock:  # not lost: tried again at the next flush
                self._audit_spool[:0] = events
            raise
        return len(events)

    def require_role(self, *roles: UserRole) -> None:
        if self.user.role not in roles:
            allowed = ", ".join(r.label for r in roles)
            raise PermissionDeniedError(
                "Det kræver rollen {allowed}; du er logget ind som {role}.",
                allowed=Label(allowed), role=Label(self.user.role.label),
                log_message=f"role {self.user.role} not in {[r.value for r in roles]}")

    def close(self) -> None:
        try:
            self.flush_audit()
        finally:
            self.db.dispose()
