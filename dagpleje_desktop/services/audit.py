"""The access and change log: append-only, hash-chained (DESIGN.md 3 and 10)."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ..domain.enums import AuditAction
from ..store.database import READ_ONLY
from ..store.models import AuditEvent, Setting
from .context import AppContext

GENESIS_HASH = "0" * 64
# Set when retention removed the oldest events: "<seq>:<hash>" of the last one removed,
# from which the chain continues (services/retention.py).
CHAIN_START_KEY = "audit.chain_start"


def chain_start(session: Session) -> tuple[int, str]:
    """(number, hash) the chain continues from: (0, genesis) unless events were removed."""
    value = session.scalar(select(Setting.value).where(Setting.key == CHAIN_START_KEY))
    if not value:
        return 0, GENESIS_HASH
    seq, _, digest = value.partition(":")
    return int(seq), digest


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    username: str
    device_id: str
    action: AuditAction
    entity: str
    entity_id: str
    child_id: uuid.UUID | None
    detail: str


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    problem: str = ""  # Danish, names the first broken event


def _digest(seq: int, event_id: uuid.UUID, at: datetime, username: str, device_id: str,
            action: str, entity: str, entity_id: str, child_id: uuid.UUID | None,
            detail: str, prev_hash: str) -> str:
    payload = json.dumps(
        [seq, str(event_id), at.isoformat(timespec="microseconds"), username, device_id,
         action, entity, entity_id, str(child_id) if child_id else "", detail, prev_hash],
        ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(session: Session, *, at: datetime, username: str, device_id: str,
           action: AuditAction, entity: str = "", entity_id: object = "",
           child_id: uuid.UUID | None = None, detail: str = "") -> None:
    """Add one event in the caller's transaction (so it commits or rolls back with it)."""
    if session.get_bind().dialect.name == "postgresql":
        # Serialise writers so two sessions never extend the chain from the same head.
        session.execute(text("SELECT pg_advisory_xact_lock(7301)"))
    head = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    if head is None:
        start, start_hash = chain_start(session)
        seq, prev_hash = start + 1, start_hash
    else:
        seq, prev_hash = head[0] + 1, head[1]
    event_id = uuid.uuid4()
    entity_id = str(entity_id) if entity_id else ""
    digest = _digest(seq, event_id, at, username, device_id, action.value, entity, entity_id,
                     child_id, detail, prev_hash)
    session.add(AuditEvent(seq=seq, id=event_id, at=at, username=username,
                           device_id=device_id, action=action.value, entity=entity,
                           entity_id=entity_id, child_id=child_id, detail=detail,
                           prev_hash=prev_hash, hash=digest))
    session.flush()


def record(session: Session, ctx: AppContext, action: AuditAction, entity: str = "",
           entity_id: object = "", child_id: uuid.UUID | None = None, detail: str = "") -> None:
    """Log one event: in the caller's write transaction, or, from a reading session,
    spooled with its time and written right after the read (ctx.flush_audit)."""
    event = dict(at=ctx.now(), username=ctx.user.username, device_id=ctx.device_id,
                 action=action, entity=entity, entity_id=entity_id, child_id=child_id,
                 detail=detail)
    if session.info.get(READ_ONLY):
        ctx.spool_audit(event)
        return
    append(session, **event)


def _entry(e: AuditEvent) -> AuditEntry:
    return AuditEntry(e.seq, e.at, e.username, e.device_id, AuditAction(e.action), e.entity,
                      e.entity_id, e.child_id, e.detail)


def list_events(ctx: AppContext, *, child_id: uuid.UUID | None = None,
                limit: int | None = None) -> list[AuditEntry]:
    """Newest first; per child for access requests (the log is part of the record)."""
    with ctx.db.transaction() as s:
        query = select(AuditEvent).order_by(AuditEvent.seq.desc())
        if child_id is not None:
            query = query.where(AuditEvent.child_id == child_id)
        if limit:
            query = query.limit(limit)
        return [_entry(e) for e in s.scalars(query)]


def verify_chain(ctx: AppContext) -> ChainReport:
    """Recompute every hash; a gap, an edit or a deleted event breaks the chain."""
    with ctx.db.transaction() as s:
        start, prev_hash = chain_start(s)
        expected_seq, count = start + 1, 0
        if start and not s.scalar(select(func.count()).select_from(AuditEvent).where(
                AuditEvent.action == AuditAction.DELETE.value,
                AuditEvent.entity == "audit_event",
                AuditEvent.detail.endswith(f"chain continues from {start}:{prev_hash}"))):
            return ChainReport(False, 0, "Loggens ældste hændelser er fjernet, uden at "
                                         "sletningen står i loggen.")
        for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq)).yield_per(2000):
            count += 1
            if e.seq != expected_seq:
                return ChainReport(False, count,
                                   f"Hændelse nr. {expected_seq} mangler i loggen (slettet).")
            if e.prev_hash != prev_hash:
                return ChainReport(False, count,
                                   f"Hændelse nr. {e.seq} hænger ikke sammen med den forrige.")
            digest = _digest(e.seq, e.id, e.at, e.username, e.device_id, e.action, e.entity,
                             e.entity_id, e.child_id, e.detail, e.prev_hash)
            if digest != e.hash:
                return ChainReport(False, count, f"Hændelse nr. {e.seq} er blevet ændret.")
            expected_seq, prev_hash = e.seq + 1, e.hash
        return ChainReport(True, count)


def count_events(ctx: AppContext) -> int:
    with ctx.db.transaction() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent)) or 0
