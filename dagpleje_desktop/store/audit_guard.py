"""The audit chain's key and the keeper of its head, per open database.

The access log is a chain of HMAC-SHA256 values. The key is derived (HKDF) from a
secret only an unlocked installation holds: on SQLite the database key (unwrapped by a
user's password), on PostgreSQL the installation secret (stored in the database,
encrypted with the key file kept on the office machine, see ``installation_secret``).
Recomputing the chain therefore needs more than the program's hash function.

The newest head (number, hash, where the keyed chain starts) is also kept outside the
log table, so deleting the newest events shows: on SQLite in keys.json under the key
file's MAC, written after each committed audit write; on PostgreSQL in ``audit_anchor``,
an insert-only table (a trigger refuses UPDATE and DELETE), in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

AUDIT_KEY_INFO = b"dagpleje-desktop audit chain v1"
KEY_FILE_MAC_INFO = b"dagpleje-desktop key file mac v1"


def derive_key(secret: bytes, info: bytes) -> bytes:
    """A 32-byte key for one purpose (``info``) from a high-entropy secret."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


@dataclass(frozen=True)
class Anchor:
    """The head of the chain as last committed: event ``seq`` with ``hash``; the keyed
    chain starts at ``keyed_from`` (0 = no keyed chain yet)."""
    seq: int
    hash: str
    keyed_from: int


@dataclass
class ChainGuard:
    key: bytes | None = None  # HMAC key for the chain; None = not unlocked (legacy only)
    # Called after a commit that added audit events (SQLite: update keys.json).
    after_commit: Callable[[Anchor], None] | None = None


_guards: WeakKeyDictionary = WeakKeyDictionary()


def guard(engine) -> ChainGuard:
    """The guard of ``engine`` (created empty on first use)."""
    found = _guards.get(engine)
    if found is None:
        found = _guards[engine] = ChainGuard()
    return found


def guard_for(bind) -> ChainGuard | None:
    """The guard of the engine behind a session's bind (an Engine or a Connection)."""
    engine = getattr(bind, "engine", bind)
    try:
        return _guards.get(engine)
    except TypeError:  # not weak-referenceable: no guard
        return None


def set_audit_key(engine, secret: bytes) -> None:
    guard(engine).key = derive_key(secret, AUDIT_KEY_INFO)
