"""Operations as they travel in a package, the package body, and their validation."""

from __future__ import annotations

import json
import re
import uuid
import zlib
from dataclasses import dataclass, field

from ..store import changes
from .errors import InvalidContent

_MAX_BODY = 2 * 1024 ** 3
PURGE_ENTITY = "child"


@dataclass(slots=True)
class Op:
    op_id: uuid.UUID
    origin: uuid.UUID
    seq: int
    entity: str
    row_id: uuid.UUID
    field: str
    value: str | None  # JSON text, exactly as stored in change_operation
    hlc: str
    prev_hlc: str | None
    kind: str
    seen: str | None
    decoded: object = None  # the value as a Python object (set by validate())

    @classmethod
    def from_row(cls, row) -> "Op":
        return cls(row.op_id, row.origin_device, row.origin_seq, row.entity, row.row_id,
                   row.field, row.value, row.hlc, row.prev_hlc, row.kind, row.seen)

    def to_tuple(self) -> tuple:
        """In the column order ``changes.insert_operations`` takes."""
        return (self.op_id, self.origin, self.seq, self.entity, self.row_id, self.field,
                self.value, self.hlc, self.prev_hlc, self.kind, self.seen)

    def to_row(self) -> dict:
        return {"op_id": self.op_id, "origin_device": self.origin, "origin_seq": self.seq,
                "entity": self.entity, "row_id": self.row_id, "field": self.field,
                "value": self.value, "hlc": self.hlc, "prev_hlc": self.prev_hlc,
                "kind": self.kind, "seen": self.seen}

    def to_wire(self) -> list:
        return [self.op_id.hex, self.origin.hex, self.seq, self.entity, self.row_id.hex,
                self.field, self.value, self.hlc, self.prev_hlc, self.kind, self.seen]

    @classmethod
    def from_wire(cls, item) -> "Op":
        try:
            (op_id, origin, seq, entity, row_id, fld, value, hlc, prev, kind, seen) = item
            return cls(uuid.UUID(op_id), uuid.UUID(origin), seq, entity, uuid.UUID(row_id),
                       fld, value, hlc, prev, kind, seen)
        except (ValueError, TypeError, AttributeError):
            raise InvalidContent(log_message=f"malformed operation {str(item)[:80]}") from None

    @property
    def seen_map(self) -> dict:
        return json.loads(self.seen) if self.seen else {}

    @property
    def sort_key(self) -> tuple:
        # Causal order: an HLC stamp is always later than every stamp its origin had seen.
        return (self.hlc, self.seq)


_STAMP = re.compile(r"\d{15}-\d{6}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def stamp_millis(stamp: str) -> int:
    return int(stamp[:15])


def _refuse(op: Op, why: str) -> None:
    raise InvalidContent(
        f"Pakken indeholder en ugyldig ændring ({op.entity}.{op.field}): den indlæses ikke.",
        log_message=f"invalid operation {op.op_id}: {why}")


def validate(op: Op) -> Op:
    """Check one operation completely and decode its value; raises InvalidContent."""
    if not isinstance(op.seq, int) or isinstance(op.seq, bool) or op.seq < 1:
        _refuse(op, "bad sequence number")
    for stamp in [op.hlc] + ([] if op.prev_hlc is None else [op.prev_hlc]):
        if not isinstance(stamp, str) or _STAMP.fullmatch(stamp) is None:
            _refuse(op, "bad HLC stamp")  # fixed width, so stamps compare as text
    if op.hlc[23:] != str(op.origin):
        _refuse(op, "stamp device is not the origin")
    if op.prev_hlc is not None and op.prev_hlc >= op.hlc:
        _refuse(op, "stamp not after the stamp it replaced")
    if op.seen is not None:
        try:
            if not isinstance(json.loads(op.seen), dict):
                raise ValueError
        except (ValueError, TypeError):
            _refuse(op, "bad context")
    if op.kind == changes.PURGE:
        if op.entity != PURGE_ENTITY or op.field != "":
            _refuse(op, "purge of something other than a child")
        try:
            roots = json.loads(op.value) if op.value else {}
            op.decoded = {"guardians": [uuid.UUID(g) for g in roots.get("guardians", [])],
                          "merged": [uuid.UUID(c) for c in roots.get("merged", [])]}
        except (ValueError, TypeError, AttributeError):
            _refuse(op, "bad purge value")
        return op
    if op.entity not in changes.syncable_tables():
        _refuse(op, "unknown entity")
    if op.field not in changes.synced_fields(op.entity):
        _refuse(op, "unknown field")
    if op.kind not in (changes.SET, changes.DELETE):
        _refuse(op, "unknown kind")
    if op.kind == changes.DELETE and op.field != changes.TOMBSTONE_FIELD:
        _refuse(op, "delete of a field other than the tombstone")
    try:
        op.decoded = changes.decode_text(op.entity, op.field, op.value)
    except (ValueError, TypeError, AttributeError):
        _refuse(op, "value does not fit the column")
    if op.decoded is None and op.field not in changes.nullable_fields(op.entity):
        _refuse(op, "empty value in a required field")
    if (op.kind == changes.DELETE) != (op.field == changes.TOMBSTONE_FIELD
                                       and op.decoded is not None):
        _refuse(op, "tombstone kind does not match its value")
    return op


@dataclass
class PackageBody:
    ops: list[Op]
    vector: dict[str, int] = field(default_factory=dict)  # the sender's, as acknowledgement
    base: dict[str, int] = field(default_factory=dict)    # what the sender assumed we held
    covers: dict[str, int] = field(default_factory=dict)  # complete (in our scope) up to
    ack_package: int = 0  # last package the sender imported from the recipient
    ack_hash: str = ""    # and its hash (so a recipient restored from a backup can go on)
    scope_exit: list[uuid.UUID] = field(default_factory=list)
    home_id: uuid.UUID | None = None  # the home the recipient's device serves

    def encode(self) -> bytes:
        doc = {"ops": [op.to_wire() for op in self.ops], "vector": self.vector,
               "base": self.base, "covers": self.covers, "ack_package": self.ack_package,
               "ack_hash": self.ack_hash,
               "scope_exit": [c.hex for c in self.scope_exit],
               "home_id": self.home_id.hex if self.home_id else None}
        return zlib.compress(json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
                             .encode("utf-8"), 6)

    @classmethod
    def decode(cls, plaintext: bytes) -> "PackageBody":
        try:
            inflater = zlib.decompressobj()
            raw = inflater.decompress(plaintext, _MAX_BODY)
            if inflater.unconsumed_tail:
                raise ValueError("body too large")
            doc = json.loads(raw.decode("utf-8"))
            body = cls([Op.from_wire(item) for item in doc["ops"]],
                       _vector(doc["vector"]), _vector(doc["base"]), _vector(doc["covers"]),
                       int(doc["ack_package"]), str(doc["ack_hash"]),
                       [uuid.UUID(c) for c in doc["scope_exit"]],
                       uuid.UUID(doc["home_id"]) if doc["home_id"] else None)
        except (zlib.error, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise InvalidContent(log_message=f"unreadable package body: {exc}") from None
        for op in body.ops:
            validate(op)
        return body


def _vector(data) -> dict[str, int]:
    if not isinstance(data, dict):
        raise ValueError("vector is not an object")
    return {str(uuid.UUID(k)): int(v) for k, v in data.items()}
