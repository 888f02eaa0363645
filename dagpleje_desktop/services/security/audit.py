"""The access and change log: append-only, a keyed hash chain.

Each event's ``hash`` is an HMAC-SHA256 (key: store/audit_guard.py) over the event and
the previous hash, from the event number in the setting ``audit.keyed_from`` on. Events
written before the installation had a key (older versions) keep their plain SHA-256 and
verify as before; the keyed part starts with a marker event. The head is anchored
outside the table after every committed write (keys.json on SQLite, the insert-only
``audit_anchor`` table on PostgreSQL), so a missing tail or a rewritten chain shows.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import event as sa_event
from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from ...domain.enums import AuditAction
from ...domain.errors import StoreError
from ...store.audit_guard import Anchor, guard, guard_for
from ...store.database import READ_ONLY
from ...store.keystore import KEY_FILE_NAME, KeyStore
from ...store.models import AuditAnchor, AuditEvent, Setting
from ..context import AppContext

log = logging.getLogger(__name__)

GENESIS_HASH = "0" * 64
# Set when retention removed the oldest events: "<seq>:<hash>" of the last one removed,
# from which the chain continues (services/office/retention.py).
CHAIN_START_KEY = "audit.chain_start"
# Number of the first event whose hash is keyed (the marker event on an older log).
KEYED_FROM_KEY = "audit.keyed_from"
KEYED_MARKER_DETAIL = "loggen er nu beskyttet med nøgle"
_HEAD_INFO = "dagpleje.audit_head"  # session.info: the head this transaction wrote


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


def _payload(seq: int, event_id: uuid.UUID, at: datetime, username: str, device_id: str,
             action: str, entity: str, entity_id: str, child_id: uuid.UUID | None,
             detail: str, prev_hash: str) -> bytes:
    return json.dumps(
        ["v1-keyed", seq, str(event_id), at.isoformat(timespec="microseconds"), username,
         device_id, action, entity, entity_id, str(child_id) if child_id else "", detail,
         prev_hash], ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _mac(key: bytes, *fields) -> str:
    return hmac.new(key, _payload(*fields), hashlib.sha256).hexdigest()


def anchor_mac(key: bytes, anchor: Anchor) -> str:
    message = f"audit-anchor:{anchor.seq}:{anchor.hash}:{anchor.keyed_from}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def keyed_from(session: Session) -> int | None:
    value = session.scalar(select(Setting.value).where(Setting.key == KEYED_FROM_KEY))
    try:
        return int(value) if value else None
    except ValueError:
        return -1  # not a number: verify reports it; writing refuses below


def _event_hash(key: bytes | None, first_keyed: int | None, seq: int, *fields) -> str:
    if first_keyed is not None and seq >= first_keyed:
        if key is None:
            raise StoreError("Adgangsloggen er beskyttet med en nøgle, som ikke er låst op; "
                             "der kan ikke skrives i den.",
                             log_message="audit chain key not available")
        return _mac(key, seq, *fields)
    return _digest(seq, *fields)


def append(session: Session, *, at: datetime, username: str, device_id: str,
           action: AuditAction, entity: str = "", entity_id: object = "",
           child_id: uuid.UUID | None = None, detail: str = "") -> None:
    """Add one event in the caller's transaction (so it commits or rolls back with it).

    The first write with a key on a log that has none starts the keyed chain: on an
    empty log from event 1, on an older log with a marker event."""
    if session.get_bind().dialect.name == "postgresql":
        # Serialise writers so two sessions never extend the chain from the same head.
        session.execute(text("SELECT pg_advisory_xact_lock(7301)"))
    guard = guard_for(session.get_bind())
    key = guard.key if guard else None
    written = session.info.get(_HEAD_INFO)
    if written is not None and written.keyed_from and key is not None:
        # This transaction wrote the head itself (only _insert adds events, and the head
        # is forgotten at rollback): extend it without reading it back.
        _insert(session, key, written.keyed_from, written.seq + 1, at=at, username=username,
                device_id=device_id, action=action, entity=entity,
                entity_id=str(entity_id) if entity_id else "", child_id=child_id,
                detail=detail, prev_hash=written.hash)
        session.flush()
        return
    head = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    if head is None:
        start, start_hash = chain_start(session)
        seq, prev_hash = start + 1, start_hash
    else:
        seq, prev_hash = head[0] + 1, head[1]
    first_keyed = keyed_from(session)
    if first_keyed is not None and first_keyed < 1:
        raise StoreError("Adgangsloggens indstillinger er beskadiget; der kan ikke skrives i "
                         "den. Kør »dagpleje audit verify«.",
                         log_message="audit.keyed_from setting malformed")
    if first_keyed is None and key is not None:
        first_keyed = seq
        session.add(Setting(key=KEYED_FROM_KEY, value=str(seq)))
        if head is not None:  # an older, unkeyed log: say where the keyed part starts
            prev_hash = _insert(session, key, first_keyed, seq, at=at, username=username,
                                device_id=device_id, action=AuditAction.UPDATE,
                                entity="audit_event", entity_id="", child_id=None,
                                detail=KEYED_MARKER_DETAIL, prev_hash=prev_hash)
            seq += 1
    entity_id = str(entity_id) if entity_id else ""
    _insert(session, key, first_keyed, seq, at=at, username=username, device_id=device_id,
            action=action, entity=entity, entity_id=entity_id, child_id=child_id,
            detail=detail, prev_hash=prev_hash)
    session.flush()


def _insert(session: Session, key: bytes | None, first_keyed: int | None, seq: int, *,
            at: datetime, username: str, device_id: str, action: AuditAction, entity: str,
            entity_id: str, child_id: uuid.UUID | None, detail: str, prev_hash: str) -> str:
    event_id = uuid.uuid4()
    digest = _event_hash(key, first_keyed, seq, event_id, at, username, device_id,
                         action.value, entity, entity_id, child_id, detail, prev_hash)
    session.add(AuditEvent(seq=seq, id=event_id, at=at, username=username,
                           device_id=device_id, action=action.value, entity=entity,
                           entity_id=entity_id, child_id=child_id, detail=detail,
                           prev_hash=prev_hash, hash=digest))
    session.info[_HEAD_INFO] = Anchor(seq, digest, first_keyed or 0)
    return digest


def allow_prune(session: Session) -> None:
    """Retention may remove the oldest events in this transaction (PostgreSQL's
    append-only trigger lets a DELETE through only after this)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL dagpleje.audit_prune = 'on'"))


# -- the head, anchored outside the table ---------------------------------------------

@sa_event.listens_for(Session, "before_commit")
def _anchor_in_transaction(session: Session) -> None:
    """PostgreSQL: the new head goes into the insert-only anchor table, same commit."""
    head = session.info.get(_HEAD_INFO)
    if head is None or not head.keyed_from:
        return
    bind = session.get_bind()
    guard = guard_for(bind)
    if bind.dialect.name != "postgresql" or guard is None or guard.key is None:
        return
    session.add(AuditAnchor(seq=head.seq, hash=head.hash, keyed_from=head.keyed_from,
                            mac=anchor_mac(guard.key, head)))
    session.flush()


@sa_event.listens_for(Session, "after_commit")
def _anchor_after_commit(session: Session) -> None:
    """SQLite: the committed head goes into keys.json (under its MAC)."""
    head = session.info.pop(_HEAD_INFO, None)
    if head is None or not head.keyed_from:
        return
    guard = guard_for(session.get_bind())
    if guard is not None and guard.after_commit is not None:
        try:
            guard.after_commit(head)
        except Exception as exc:  # noqa: BLE001 - the commit stands; verify tells later
            log.warning("audit anchor not updated: %s", type(exc).__name__)


@sa_event.listens_for(Session, "after_rollback")
def _forget_head(session: Session) -> None:
    session.info.pop(_HEAD_INFO, None)


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
    """Newest first; per child for access requests (the log is part of the record).

    A childminder sees the events about the children in her care and her own actions;
    asking for another child is refused as if it did not exist."""
    from .access import require_child, visible_child_ids
    with ctx.db.transaction() as s:
        query = select(AuditEvent).order_by(AuditEvent.seq.desc())
        visible = visible_child_ids(s, ctx)
        if visible is not None:
            if child_id is not None:
                require_child(s, ctx, child_id)
            query = query.where(or_(AuditEvent.child_id.in_(visible),
                                    AuditEvent.username == ctx.user.username))
        if child_id is not None:
            query = query.where(AuditEvent.child_id == child_id)
        if limit:
            query = query.limit(min(limit, 10**12))  # beyond 64 bits the engines fail
        return [_entry(e) for e in s.scalars(query)]


def verify_chain(ctx: AppContext, anchor_reader=None) -> ChainReport:
    """Recompute every hash; a gap, an edit, a deleted event, a missing tail or a chain
    recomputed without the key breaks it.

    ``anchor_reader(session) -> (Anchor | None, problem)`` reads the head kept outside
    the table (SQLite: keys.json, given by the caller); PostgreSQL reads its table."""
    with ctx.db.transaction() as s:
        guard = guard_for(s.get_bind())
        key = guard.key if guard else None
        start, prev_hash = chain_start(s)
        expected_seq, count = start + 1, 0
        first_keyed = keyed_from(s)
        if first_keyed is not None and first_keyed < 1:
            return ChainReport(False, 0, "Loggens indstilling for nøglebeskyttelsen er "
                                         "ændret.")
        if first_keyed is not None and key is None:
            return ChainReport(False, 0, "Loggen er beskyttet med en nøgle, som ikke er "
                                         "tilgængelig her; den kan ikke kontrolleres.")
        if start and not s.scalar(select(func.count()).select_from(AuditEvent).where(
                AuditEvent.action == AuditAction.DELETE.value,
                AuditEvent.entity == "audit_event",
                AuditEvent.detail.endswith(f"chain continues from {start}:{prev_hash}"))):
            return ChainReport(False, 0, "Loggens ældste hændelser er fjernet, uden at "
                                         "sletningen står i loggen.")
        hashes: dict[int, str] = {}
        anchor_reader = anchor_reader or _key_file_reader(ctx)
        anchor, anchor_problem = (anchor_reader(s) if anchor_reader is not None
                                  else _table_anchor(s, key))
        for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq)).yield_per(2000):
            count += 1
            if e.seq != expected_seq:
                return ChainReport(False, count,
                                   f"Hændelse nr. {expected_seq} mangler i loggen (slettet).")
            if e.prev_hash != prev_hash:
                return ChainReport(False, count,
                                   f"Hændelse nr. {e.seq} hænger ikke sammen med den forrige.")
            digest = _event_hash(key, first_keyed, e.seq, e.id, e.at, e.username,
                                 e.device_id, e.action, e.entity, e.entity_id, e.child_id,
                                 e.detail, e.prev_hash)
            if not hmac.compare_digest(digest, e.hash):
                return ChainReport(False, count, f"Hændelse nr. {e.seq} er blevet ændret.")
            if first_keyed is not None and e.seq == first_keyed and first_keyed > start + 1 \
                    and e.detail != KEYED_MARKER_DETAIL:
                return ChainReport(False, count, f"Hændelse nr. {e.seq} er blevet ændret.")
            if anchor is not None and e.seq == anchor.seq:
                hashes[e.seq] = e.hash
            expected_seq, prev_hash = e.seq + 1, e.hash
        head_seq = expected_seq - 1
        problem = anchor_problem or _compare_anchor(anchor, first_keyed, head_seq, start,
                                                    hashes)
        if problem:
            return ChainReport(False, count, problem)
        return ChainReport(True, count)


def _compare_anchor(anchor: Anchor | None, first_keyed: int | None, head_seq: int,
                    start: int, hashes: dict[int, str]) -> str:
    if anchor is None:
        return ("Loggens anker (den seneste hændelse, gemt uden for loggen) mangler."
                if first_keyed is not None else "")
    if (first_keyed or 0) != anchor.keyed_from:
        return "Loggen er omskrevet: nøglebeskyttelsen passer ikke med loggens anker."
    if anchor.seq > head_seq:
        missing = anchor.seq - head_seq
        return (f"Loggens seneste {missing} hændelser mangler." if missing > 1
                else "Loggens seneste hændelse mangler.")
    if anchor.seq > start and hashes.get(anchor.seq) is not None \
            and not hmac.compare_digest(hashes[anchor.seq], anchor.hash):
        return (f"Loggen er omskrevet: hændelse nr. {anchor.seq} stemmer ikke med loggens "
                "anker.")
    return ""


def _table_anchor(session: Session, key: bytes | None) -> tuple[Anchor | None, str]:
    """PostgreSQL: the highest anchor whose MAC is right (forged rows are skipped)."""
    if session.get_bind().dialect.name != "postgresql" or key is None:
        return None, ""
    rows = session.execute(select(AuditAnchor.seq, AuditAnchor.hash, AuditAnchor.keyed_from,
                                  AuditAnchor.mac).order_by(AuditAnchor.seq.desc(),
                                                            AuditAnchor.id.desc()).limit(50))
    forged = False
    for seq, digest, first_keyed, mac in rows:
        anchor = Anchor(seq, digest, first_keyed)
        if hmac.compare_digest(anchor_mac(key, anchor), mac):
            if forged:
                return anchor, "Loggens anker er forfalsket (en tilføjet række i audit_anchor)."
            return anchor, ""
        forged = True
    if forged:
        return None, "Loggens anker er forfalsket (en tilføjet række i audit_anchor)."
    return None, ""


_KEY_FILE_LOCK = threading.Lock()


def keep_anchor_in_key_file(db, keys_path: Path) -> None:
    """SQLite: after every committed audit write, keep the head in keys.json."""
    def write(anchor: Anchor) -> None:
        with _KEY_FILE_LOCK:
            if not KeyStore(keys_path, db_key=db.key).set_audit_anchor(anchor):
                log.warning("audit anchor not kept: key file seal broken")
    guard(db.engine).after_commit = write


def anchor_key_file_now(db, keys_path: Path) -> None:
    """Write the current head into keys.json (a new installation, a restored backup)."""
    with db.transaction() as s:
        anchor = current_anchor(s)
    if anchor is not None:
        with _KEY_FILE_LOCK:
            KeyStore(keys_path, db_key=db.key).set_audit_anchor(anchor)


def _key_file_reader(ctx: AppContext):
    if not (ctx.db.is_sqlite and ctx.data_dir and ctx.db.key):
        return None
    path = Path(ctx.data_dir) / KEY_FILE_NAME
    return lambda _session: KeyStore(path, db_key=ctx.db.key).audit_anchor()


def current_anchor(session: Session) -> Anchor | None:
    """The head as it is now (for keeping it outside the table after a restore)."""
    head = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    first_keyed = keyed_from(session)
    if head is None or not first_keyed:
        return None
    return Anchor(head[0], head[1], first_keyed)


def count_events(ctx: AppContext) -> int:
    with ctx.db.transaction() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent)) or 0
