"""Version vectors: per origin device, how far this device holds its operations.

A package names, per origin, the sequence number the sender assumed we held (``base``)
and how far it is complete for us (``covers``). When we did hold ``base``, we now hold
everything up to ``covers`` - except where an operation was held back (clock too far
ahead): then only up to just before it, so the sender sends it again.
"""

from __future__ import annotations

import json
import uuid

from sqlalchemy import delete, func, insert, inspect, select, update
from sqlalchemy.engine import Connection

from ..store.changes import OPS, VECTORS
from ..store.models import Device, PeerState, Setting
from .operations import Op

SETTINGS = Setting.__table__
DEVICES = Device.__table__
PEERS = PeerState.__table__
GAP_KEY = "sync.own_operations_lost_in_restore"


def load_vector(conn: Connection) -> dict[str, int]:
    return {str(origin): seq for origin, seq in conn.execute(
        select(VECTORS.c.origin_device, VECTORS.c.seq))}


def _set(conn: Connection, origin: uuid.UUID, seq: int, exists: bool, hlc: str = "") -> None:
    if exists:
        values = {"seq": seq, **({"hlc": hlc} if hlc else {})}
        conn.execute(update(VECTORS).where(VECTORS.c.origin_device == origin).values(**values))
    else:
        conn.execute(insert(VECTORS), [{"origin_device": origin, "seq": seq, "hlc": hlc}])


def record_origins(conn: Connection, ops: list[Op], own: uuid.UUID) -> None:
    """Every origin we hold operations from gets a row (so exports look at it), and our
    own counter moves past any of our operations that come back (e.g. after a restore)."""
    current = load_vector(conn)
    highest: dict[str, Op] = {}  # by the origin's hex text (its hash is cached, a UUID's is not)
    for op in ops:
        best = highest.get(op.wire[1])
        if best is None or op.seq > best.seq:
            highest[op.wire[1]] = op
    for op in highest.values():
        origin = op.origin
        if str(origin) not in current:
            _set(conn, origin, op.seq if origin == own else 0, False,
                 op.hlc if origin == own else "")
        elif origin == own and op.seq > current[str(origin)]:
            own_hlc = conn.scalar(select(VECTORS.c.hlc).where(VECTORS.c.origin_device == own))
            _set(conn, origin, op.seq, True, max(own_hlc or "", op.hlc))


def own_gap(conn: Connection) -> tuple[int, int] | None:
    """Our own operations (low, high] that peers hold but we lost in a restore."""
    value = conn.scalar(select(SETTINGS.c.value).where(SETTINGS.c.key == GAP_KEY))
    if not value:
        return None
    low, high = value.split(":")
    return int(low), int(high)


def catch_up_own(conn: Connection, own: uuid.UUID, held_by_peer: int) -> None:
    """The peer holds more of our operations than we have numbered (we were restored from
    a backup): never hand out those numbers again, and ask for those operations back."""
    row = conn.execute(select(VECTORS.c.seq).where(VECTORS.c.origin_device == own)).first()
    issued = row[0] if row else 0
    if issued < held_by_peer:
        gap = own_gap(conn)
        low, high = (min(gap[0], issued), max(gap[1], held_by_peer)) if gap else (
            issued, held_by_peer)
        conn.execute(delete(SETTINGS).where(SETTINGS.c.key == GAP_KEY))
        conn.execute(insert(SETTINGS), [{"key": GAP_KEY, "value": f"{low}:{high}"}])
        _set(conn, own, held_by_peer, row is not None)
    settle_gap(conn, own)


def settle_gap(conn: Connection, own: uuid.UUID) -> None:
    gap = own_gap(conn)
    if gap is None:
        return
    low, high = gap
    back = conn.scalar(select(func.count()).select_from(OPS).where(
        OPS.c.origin_device == own, OPS.c.origin_seq > low, OPS.c.origin_seq <= high))
    if back >= high - low:
        conn.execute(delete(SETTINGS).where(SETTINGS.c.key == GAP_KEY))


def vector_to_send(conn: Connection, own: uuid.UUID) -> dict[str, int]:
    """Our version vector, except that lost own operations are asked for again."""
    vector = load_vector(conn)
    gap = own_gap(conn)
    if gap is not None:
        vector[str(own)] = gap[0]
    window = restore_window(conn)
    if window is not None:
        vector[str(own)] = min(vector.get(str(own), 0), window["low"])
    return vector


# -- restored from a backup --------------------------------------------------------------
#
# A restored database has forgotten the operations it made after the backup, but peers
# may hold them under their sequence numbers. Handing those numbers out again would give
# two different operations one (origin, sequence) pair, which no peer can accept. So a
# restore moves our sequence far past anything we can have issued since the backup, and
# until every peer paired at the time has sent us our own operations after the backup
# point (a package built on a vector that asked for them), we ask for them and claim no
# more than the backup point: no peer skips one of them on our word.

RESTORE_KEY = "sync.restore_window"
RESTORE_JUMP = 1 << 32  # more operations than one device makes between two backups
PACKAGE_JUMP = 1 << 20  # package numbers too: a peer may hold later packages from us


RECOVERY_DAYS_KEY = "sync.recovery_window_days"
RECOVERY_DAYS = 90  # how long a device keeps handing the office's operations back


def recovery_window_days(conn: Connection) -> int:
    value = conn.scalar(select(SETTINGS.c.value).where(SETTINGS.c.key == RECOVERY_DAYS_KEY))
    try:
        return max(0, int(value)) if value else RECOVERY_DAYS
    except ValueError:
        return RECOVERY_DAYS


def returning_allowed(conn: Connection, op: Op) -> bool:
    """One of our own operations sent back by a device that may not relay (a
    mini-childminder's): taken only while we wait for what a restore lost, and only from
    the numbers we had issued before it."""
    window = restore_window(conn)
    if window is None or op.seq <= window["low"]:
        return False
    return op.seq <= window["low"] + RESTORE_JUMP  # after the restore: ours start above


def restore_window(conn: Connection) -> dict | None:
    value = conn.scalar(select(SETTINGS.c.value).where(SETTINGS.c.key == RESTORE_KEY))
    return json.loads(value) if value else None


def _save_window(conn: Connection, window: dict | None) -> None:
    conn.execute(delete(SETTINGS).where(SETTINGS.c.key == RESTORE_KEY))
    if window is not None:
        conn.execute(insert(SETTINGS), [{"key": RESTORE_KEY, "value": json.dumps(window)}])


def mark_restored(conn: Connection) -> None:
    """Called on a database just restored from a backup, before it is used again."""
    if not inspect(conn).has_table("sync_vector"):
        return  # a backup from before sync: no sequence numbers to protect
    own = conn.scalar(select(DEVICES.c.id).where(DEVICES.c.is_self.is_(True)))
    if own is None:
        return
    row = conn.execute(select(VECTORS.c.seq).where(VECTORS.c.origin_device == own)).first()
    issued = row[0] if row else 0
    peers = [str(p) for p in conn.scalars(select(DEVICES.c.id).where(
        DEVICES.c.is_self.is_(False), DEVICES.c.paired_at.is_not(None),
        DEVICES.c.revoked_at.is_(None)))]
    window = restore_window(conn)
    low = min(window["low"], issued) if window else issued
    waiting = sorted(set(peers) | set(window["waiting"] if window else ()))
    _set(conn, own, issued + RESTORE_JUMP, row is not None)
    conn.execute(update(PEERS).values(sent_package_seq=PEERS.c.sent_package_seq + PACKAGE_JUMP))
    _save_window(conn, {"low": low, "waiting": waiting} if waiting else None)


def settle_restore(conn: Connection, own: uuid.UUID, sender: uuid.UUID,
                   base: dict[str, int]) -> None:
    """The sender's package holds every operation of ours after ``base`` it has: once
    that reaches back to the backup point for every peer, the restore is behind us."""
    window = restore_window(conn)
    if window is None or base.get(str(own), 0) > window["low"]:
        return
    still = set(str(p) for p in conn.scalars(select(DEVICES.c.id).where(
        DEVICES.c.is_self.is_(False), DEVICES.c.paired_at.is_not(None),
        DEVICES.c.revoked_at.is_(None))))
    waiting = [p for p in window["waiting"] if p != str(sender) and p in still]
    _save_window(conn, {**window, "waiting": waiting} if waiting else None)


def advance(conn: Connection, *, own: uuid.UUID, base: dict[str, int],
            covers: dict[str, int], held_back: list[Op]) -> None:
    current = load_vector(conn)
    caps: dict[str, int] = {}
    for op in held_back:
        caps[str(op.origin)] = min(caps.get(str(op.origin), op.seq - 1), op.seq - 1)
    for origin, upto in covers.items():
        if origin == str(own):
            continue
        have = current.get(origin, 0)
        if have < base.get(origin, 0):
            continue  # we lack operations the sender thinks we have: it will resend them
        reach = min(upto, caps.get(origin, upto))
        if reach > have:
            _set(conn, uuid.UUID(origin), reach, origin in current)
