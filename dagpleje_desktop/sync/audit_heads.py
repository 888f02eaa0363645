"""Rollback of a partner's access log, seen through sync.

Every package carries the sender's audit-log head: the number of its newest event and
that event's (keyed) hash. The recipient keeps the latest head it has seen per device
(local settings, never synced). A later package whose log is shorter, or whose newest
event has the same number but another hash, shows that the sender's log was rolled back
(a restored older copy) or rewritten: the import reports it, the access log records it,
and the device list keeps showing it. Nothing is refused: the sender's data may well be
right, and refusing would stop sync exactly when the office needs it.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from ..store.models import AuditEvent, Setting

SEEN_PREFIX = "sync.audit_head."        # + device id: {"seq": n, "hash": h}
ROLLBACK_PREFIX = "sync.audit_rollback."  # + device id: the warning, kept for the list

SETTINGS = Setting.__table__


def current_head(conn: Connection) -> tuple[int, str] | None:
    """This installation's newest event: (number, hash); None for an empty log."""
    row = conn.execute(select(AuditEvent.seq, AuditEvent.hash)
                       .order_by(AuditEvent.seq.desc()).limit(1)).first()
    return (int(row[0]), str(row[1])) if row else None


def _get(conn: Connection, key: str) -> str | None:
    return conn.scalar(select(SETTINGS.c.value).where(SETTINGS.c.key == key))


def _put(conn: Connection, key: str, value: str) -> None:
    if _get(conn, key) is None:
        conn.execute(insert(SETTINGS).values(key=key, value=value))
    else:
        conn.execute(update(SETTINGS).where(SETTINGS.c.key == key).values(value=value))


def rollback_words(sender_name: str, seen: tuple[int, str], now: tuple[int, str]) -> str:
    if now[0] < seen[0]:
        return (f"Adgangsloggen på »{sender_name}« er kortere end i en tidligere pakke "
                f"(nyeste hændelse nr. {now[0]}, før nr. {seen[0]}): den er rullet tilbage, "
                "fx ved gendannelse af en ældre sikkerhedskopi, eller hændelser er slettet. "
                "Tjek det med dem, der bruger den enhed.")
    return (f"Adgangsloggen på »{sender_name}« er skrevet om: hændelse nr. {now[0]} er en "
            "anden end i en tidligere pakke. Tjek det med dem, der bruger den enhed.")


def note_sender_head(conn: Connection, sender: uuid.UUID, sender_name: str,
                     head: tuple[int, str] | None, at: datetime) -> str:
    """Compare the package's head with the latest seen from ``sender`` and keep it as
    the latest; returns the Danish warning when the log went back, else ""."""
    if head is None:  # a package from an older program carries no head
        return ""
    key = SEEN_PREFIX + str(sender)
    stored = _get(conn, key)
    _put(conn, key, json.dumps({"seq": head[0], "hash": head[1]}))
    if stored is None:
        return ""
    seen = json.loads(stored)
    seen_head = (int(seen["seq"]), str(seen["hash"]))
    if head[0] > seen_head[0] or head == seen_head:
        return ""
    words = rollback_words(sender_name, seen_head, head)
    _put(conn, ROLLBACK_PREFIX + str(sender),
         json.dumps({"at": at.isoformat(), "warning": words}, ensure_ascii=False))
    return words


def rollback_warning(conn: Connection, device: uuid.UUID) -> str:
    """The last rollback seen from ``device`` (with its date), or ""."""
    stored = _get(conn, ROLLBACK_PREFIX + str(device))
    if not stored:
        return ""
    note = json.loads(stored)
    day = datetime.fromisoformat(note["at"])
    return f"{day:%d.%m.%Y}: {note['warning']}"

