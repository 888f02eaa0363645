"""Building the package for one peer, and checking a package that arrived.

Export sends everything the peer has not acknowledged (per origin, after the sequence
number in its last version vector), filtered by its scope; a mini-childminder's device
also gets a snapshot of rows that entered its scope and the children that left it.
Import believes nothing before the signature is verified against a paired device.
"""

from __future__ import annotations

import hashlib
import json
import struct
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from functools import cache

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..store import migrate
from ..store.device_secrets import ENCRYPTION, SIGNING, private_key
from ..store.changes import PURGE, chunked, expand_stamps
from ..store.models import Device, PeerState
from . import id_lookup, oplog
from .audit_heads import current_head
from . import scope as scopes
from .scope_update import current_scope
from .errors import (AlreadyImported, BrokenChain, DamagedLength, DamagedVersion, NewerVersion,
                     OwnPackage, PackageRefused, RevokedSender, TruncatedPackage,
                     UnknownSender, WrongRecipient)
from .operations import PURGE_ENTITY, WIRE_SORT_KEY, PackageBody, WireOp
from .tally import Tally, tally_wire
from .package import (FORMAT_VERSION, PackageHeader, ParsedPackage, build_package,
                      decrypt_body, diagnose_bad_signature, parse_package, signature_valid)
from .vectors import load_vector, recovery_window_days, vector_to_send

MAX_PENDING_SCOPES = 5
TALLY_AT_MOST = 50_000  # operations; a bigger package (a consultant's first) is not tallied


@cache
def schema_revision() -> str:
    """The schema this program writes (alembic head); read from the scripts only once."""
    return migrate.head_revision()


def known_revisions() -> frozenset[str]:
    return migrate.known_revisions()  # without loading Alembic (~0.1 s) at each first import


def _after(ops: list[WireOp], ack: dict[str, int]) -> list[WireOp]:
    acked = {uuid.UUID(origin).hex: seq for origin, seq in ack.items()}
    return [op for op in ops if op[2] > acked.get(op[1], 0)]


def _acknowledged(ops: list[WireOp], ack: dict[str, int]) -> list[WireOp]:
    if not ack:
        return []
    acked = {uuid.UUID(origin).hex: seq for origin, seq in ack.items()}
    return [op for op in ops if op[2] <= acked.get(op[1], 0)]


def operations_since(conn: Connection, origins: list[uuid.UUID],
                     ack: dict[str, int]) -> list[WireOp]:
    ops: list[WireOp] = []
    for origin in origins:
        ops += oplog.since(conn, origin, ack.get(str(origin), 0))
    return ops


# Unacknowledged operations up to this many are read by sequence number and kept when
# they are about the scope; more (a first export) are read by the scope's rows instead.
FEW_UNACKNOWLEDGED = 20_000


def _unacknowledged(vector: dict[str, int], ack: dict[str, int]) -> int:
    return sum(max(0, seq - ack.get(origin, 0)) for origin, seq in vector.items())


def operations_in_scope(conn: Connection, scope: scopes.Scope,
                        ack: dict[str, int]) -> list[WireOp]:
    """Unacknowledged operations about rows in the scope, and every unacknowledged purge.

    A routine exchange sends the few operations made since the last acknowledgement, so
    they are read by (origin, sequence) and kept when in scope: the cost follows what is
    new, not the home's whole history."""
    vector = load_vector(conn)
    if _unacknowledged(vector, ack) <= FEW_UNACKNOWLEDGED:
        return _new_in_scope(conn, scope, ack, vector)
    return _after(_about_scope(conn, scope), ack)


def _new_in_scope(conn: Connection, scope: scopes.Scope, ack: dict[str, int],
                  vector: dict[str, int]) -> list[WireOp]:
    ops = operations_since(conn, [uuid.UUID(origin) for origin in vector
                                  if vector[origin] > ack.get(origin, 0)], ack)
    return [op for op in ops
            if (op[3] == PURGE_ENTITY and op[9] == PURGE)
            or scope.contains(op[3], uuid.UUID(op[4]))]


def _about_scope(conn: Connection, scope: scopes.Scope) -> list[WireOp]:
    """Every operation about a row of the scope, and every purge."""
    ops: list[WireOp] = []
    for entity, ids in scope.rows.items():
        ops += oplog.about_rows(conn, entity, ids)
    return ops + oplog.of_kind(conn, PURGE_ENTITY, PURGE)


def scope_operations(conn: Connection, scope: scopes.Scope, ack: dict[str, int],
                     entering: set[tuple[str, uuid.UUID]]) -> list[WireOp]:
    """``operations_in_scope`` and the ``snapshot`` of the rows entering the scope. When
    the scope's rows are read (a first export), they are read once for both."""
    vector = load_vector(conn)
    if _unacknowledged(vector, ack) <= FEW_UNACKNOWLEDGED:
        return _new_in_scope(conn, scope, ack, vector) + snapshot(conn, entering)
    about = _about_scope(conn, scope)
    # The unacknowledged operations are sent anyway: the snapshot adds acknowledged ones.
    return _after(about, ack) + snapshot(conn, entering, _acknowledged(about, ack))


def snapshot(conn: Connection, keys: set[tuple[str, uuid.UUID]],
             about: list[WireOp] | None = None) -> list[WireOp]:
    """The operations that set the current value of every field of these rows; picked
    from ``about`` (read already: every operation about these rows that may be) when
    given."""
    held = _by_row(about) if about is not None else None
    by_entity: dict[str, list[uuid.UUID]] = {}
    for entity, row_id in keys:
        if held is None or (entity, row_id.hex) in held:
            by_entity.setdefault(entity, []).append(row_id)
    ops: list[WireOp] = []
    for entity, ids in by_entity.items():
        for part in chunked(ids):
            stamps = {row: expand_stamps(entity, stored)
                      for row, stored in id_lookup.stamps(conn, entity,
                                                          [r.hex for r in part]).items()}
            candidates = (oplog.about_rows(conn, entity, part) if held is None else
                          [op for row_id in part for op in held[(entity, row_id.hex)]])
            ops += [op for op in candidates
                    if stamps.get(op[4], {}).get(op[5]) == op[7]]  # row, field, hlc
    return ops


def _by_row(ops: list[WireOp]) -> dict[tuple[str, str], list[WireOp]]:
    found: dict[tuple[str, str], list[WireOp]] = {}
    for op in ops:
        found.setdefault((op[3], op[4]), []).append(op)
    return found


def returning(conn: Connection, peer: uuid.UUID, ack: dict[str, int],
              today: date) -> list[WireOp]:
    """The peer's own operations we hold that its vector says it lacks: after the peer
    was restored from a backup it asks for its own operations after the backup point.
    Only those stamped within the recovery window (default 90 days) go back."""
    if str(peer) not in ack:
        return []  # nothing received from it yet
    ops = oplog.since(conn, peer, ack[str(peer)])
    if not ops:
        return []
    since_day = today - timedelta(days=recovery_window_days(conn))
    oldest_ms = int(datetime.combine(since_day, time(), timezone.utc).timestamp() * 1000)
    return [op for op in ops if int(op[7][:15]) >= oldest_ms]  # hlc: milliseconds first


@dataclass
class Outgoing:
    data: bytes
    header: PackageHeader
    operations: int
    children: int | None  # children in a mini-childminder's scope
    own_seq: int = 0      # our own operations up to here are in the package
    tally: Tally | None = None  # the records it carries (None: too big to count)


def _latest_scope(pending: dict[str, str], acked: scopes.Scope) -> scopes.Scope:
    """The scope of the last package sent to the peer (acknowledged or not)."""
    return scopes.Scope.from_json(pending[max(pending, key=int)]) if pending else acked


def build_outgoing(conn: Connection, *, me: Device, peer: Device, state: PeerState,
                   today: date, sent_own: int = 0) -> Outgoing:
    """``sent_own``: our own operations up to here went in an earlier package to the peer
    (sent again until acknowledged, but not counted again in the package's tally)."""
    ack = {k: int(v) for k, v in json.loads(state.acknowledged or "{}").items()}
    vector = vector_to_send(conn, me.id)
    limited_me = scopes.is_limited(me.role)
    covers = {str(me.id): vector.get(str(me.id), 0)} if limited_me else dict(vector)
    seq = state.sent_package_seq + 1
    scope_exit, home_id, children = [], None, None
    if scopes.is_limited(peer.role):
        acked = scopes.Scope.from_json(state.scope_acked)
        pending = json.loads(state.scope_pending or "{}")
        previous = None if limited_me else _latest_scope(pending, acked)
        scope = current_scope(conn, peer.home_id, today, previous)
        ops = scope_operations(conn, scope, ack, scope.entering(acked))
        ops = scopes.withhold(ops)  # the consultant's working notes stay behind
        scope_exit = sorted(acked.children - scope.children, key=str)
        pending[str(seq)] = scope.to_json()
        state.scope_pending = json.dumps(
            {k: pending[k] for k in sorted(pending, key=int)[-MAX_PENDING_SCOPES:]})
        home_id, children = peer.home_id, len(scope.children)
    else:
        origins = [me.id] if limited_me else [uuid.UUID(o) for o in vector]
        ops = operations_since(conn, origins, ack)
    if limited_me:  # not a relay: only its own changes go back ...
        ops = [op for op in ops if op[1] == me.id.hex]
        if not scopes.is_limited(peer.role):  # ... and the peer's own it lost (restored)
            ops += returning(conn, peer.id, ack, today)
    unique = {op[0]: op for op in ops}  # by op id
    ordered = sorted(unique.values(), key=WIRE_SORT_KEY)
    body = PackageBody(ordered, vector=vector, base=ack, covers=covers,
                       ack_package=state.received_package_seq,
                       ack_hash=state.received_last_hash, scope_exit=scope_exit,
                       home_id=home_id, audit_head=current_head(conn))
    header = PackageHeader(schema_revision(), me.id, peer.id, seq, state.sent_last_hash)
    data = build_package(header, body.encode(),
                         signing_private=private_key(conn, me.signing_private_key, SIGNING),
                         recipient_public=peer.encryption_public_key)
    state.sent_package_seq = seq
    state.sent_last_hash = hashlib.sha256(data).hexdigest()
    tally = None
    if len(ordered) <= TALLY_AT_MOST:
        tally = tally_wire(conn, [op for op in ordered
                                  if not (op[1] == me.id.hex and op[2] <= sent_own)])
    return Outgoing(data, header, len(ordered), children, vector.get(str(me.id), 0), tally)


@dataclass
class Incoming:
    parsed: ParsedPackage
    body: PackageBody
    sender_id: uuid.UUID
    sender_name: str
    sender_role: str
    sender_home: uuid.UUID | None


def verify_incoming(session: Session, parsed: ParsedPackage, me: Device) -> Incoming:
    """Every check that needs no writing: sender, signature, recipient, version, order."""
    header = parsed.header
    if header.sender == me.id:
        raise OwnPackage(log_message="package made on this device")
    sender = session.get(Device, header.sender)
    if sender is None or sender.is_self or sender.paired_at is None:
        raise UnknownSender(log_message=f"package from unpaired device {header.sender}")
    if sender.revoked_at is not None:
        raise RevokedSender(log_message=f"package from revoked device {sender.id}")
    if not signature_valid(parsed, sender.signing_public_key):
        if parsed.version != FORMAT_VERSION:  # the version field itself was changed
            raise DamagedVersion(log_message=f"format {parsed.version}, signature invalid")
        raise diagnose_bad_signature(parsed, private_key(session, me.encryption_private_key,
                                                         ENCRYPTION))
    if parsed.version > FORMAT_VERSION:  # signed as it is: really a newer program
        raise NewerVersion(log_message=f"package format {parsed.version} > {FORMAT_VERSION}")
    if header.recipient != me.id:
        raise WrongRecipient(log_message=f"package for {header.recipient}, this is {me.id}")
    if header.schema not in known_revisions():
        raise NewerVersion(log_message=f"package schema {header.schema} unknown here")
    check_order(session.get(PeerState, sender.id), header)
    body = PackageBody.decode(decrypt_body(parsed, private_key(session,
                                                               me.encryption_private_key,
                                                               ENCRYPTION)))
    return Incoming(parsed, body, sender.id, sender.name, sender.role, sender.home_id)


def diagnose_truncation(session: Session, data: bytes, error: TruncatedPackage) -> None:
    """A package that seems cut off: if putting back the length its bytes fit makes the
    sender's signature valid, the file is whole and a length field was changed."""
    repair = getattr(error, "length_repair", None)
    if repair is None:
        return
    offset, fits = repair
    fixed = data[:offset] + struct.pack(">I", fits) + data[offset + 4:]
    try:
        parsed = parse_package(fixed)
    except PackageRefused:
        return
    sender = session.get(Device, parsed.header.sender)
    if sender is not None and signature_valid(parsed, sender.signing_public_key):
        raise DamagedLength(log_message=f"chunk length field changed at byte {offset}")


def check_order(state: PeerState | None, header: PackageHeader) -> None:
    received = state.received_package_seq if state else 0
    if header.seq <= received:
        raise AlreadyImported(log_message=f"package {header.seq} <= last imported {received}")
    if received and header.seq == received + 1 and header.prev_hash != state.received_last_hash:
        raise BrokenChain(log_message=f"package {header.seq} does not follow {received}")
