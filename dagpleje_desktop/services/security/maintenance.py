"""Checking the database: engine integrity, schema revision and the audit chain."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy.exc import DatabaseError as SADatabaseError

from ...store import migrate
from ...store.database import integrity_check
from . import audit
from ..context import AppContext

log = logging.getLogger(__name__)
MAX_REPORTED_PROBLEMS = 5
# After a page fails its HMAC, SQLCipher keeps a deferred error on the connection and
# later calls fail with SQLITE_NOMEM, which the driver raises as MemoryError.
READ_FAILURES = (SADatabaseError, MemoryError)
RESTORE_HINT = "Gendan den seneste sikkerhedskopi med »dagpleje restore FIL«."


@dataclass(frozen=True)
class VerifyReport:
    schema_revision: str | None
    audit_events: int
    problems: list[str] = field(default_factory=list)  # Danish, most important first

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_database(ctx: AppContext) -> VerifyReport:
    """Run every check; damage is reported as a problem, not raised."""
    try:
        engine_problems = integrity_check(ctx.db)
    except READ_FAILURES as exc:
        # The connection is unusable now; the other checks could only fail the same way.
        log.info("integrity_check could not run: %s", getattr(exc, "orig", exc))
        return VerifyReport(None, 0, ["Databasefilen er beskadiget: en del af den kan ikke "
                                      "læses. " + RESTORE_HINT])
    problems: list[str] = []
    if engine_problems:
        shown = "; ".join(engine_problems[:MAX_REPORTED_PROBLEMS])
        problems.append(f"Databasefilen er beskadiget ({shown}). {RESTORE_HINT}")
    revision = migrate.current_revision(ctx.db)
    head = migrate.head_revision()
    if revision != head:
        problems.append(f"Databasens skema er i version {revision or 'ukendt'}, "
                        f"men programmet forventer {head}.")
    events = 0
    try:
        chain = audit.verify_chain(ctx)
        events = chain.events
        if not chain.ok:
            problems.append(f"Adgangsloggen er brudt: {chain.problem}")
    except READ_FAILURES as exc:
        log.info("audit chain unreadable: %s", getattr(exc, "orig", exc))
        problems.append("Adgangsloggen kan ikke læses, fordi databasen er beskadiget. "
                        + RESTORE_HINT)
    return VerifyReport(revision, events, problems)
