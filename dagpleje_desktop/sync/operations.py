"""Operations as they travel in a package, the package body, and their validation."""

from __future__ import annotations

import json
import re
import uuid
import zlib
from dataclasses import dataclass, field
from functools import cache
from json.scanner import make_scanner
from operator import attrgetter, itemgetter

from ..store import changes
from ..store.changes import DELETE, PURGE, SET, TOMBSTONE_FIELD, decode_value
from .errors import InvalidContent

_MAX_BODY = 2 * 1024 ** 3
# zlib level 1: a third of level 6's time for ~10 % more bytes (ids do not compress).
_COMPRESSION = 1
PURGE_ENTITY = "child"


# Column order of change_operation, of a package's operation lists, and of ``Op.wire``.
OP_COLUMNS = ("op_id", "origin_device", "origin_seq", "entity", "row_id", "field", "value",
              "hlc", "prev_hlc", "kind", "seen")
WireOp = tuple  # the 11 values in OP_COLUMNS order, ids as 32 lowercase hex digits


@dataclass(slots=True)
class Op:
    """An operation read from a package.

    Ids stay the hex text they travel as (and SQLite stores): ``wire`` keeps the values
    as received, validated, for storing; ``origin`` and ``row_id`` are UUIDs, made once per
    distinct id, because the merge compares them with ids read from the database.
    """
    op_id: str  # 32 lowercase hex digits
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
    wire: WireOp
    decoded: object = None  # the value as a Python object (set by validate())

    def to_wire(self) -> WireOp:
        return self.wire

    @property
    def seen_map(self) -> dict:
        return json.loads(self.seen) if self.seen else {}

    @property
    def sort_key(self) -> tuple:
        # Causal order: an HLC stamp is always later than every stamp its origin had seen.
        return (self.hlc, self.seq)


SORT_KEY = attrgetter("hlc", "seq")  # Op.sort_key without a call per comparison
WIRE_SORT_KEY = itemgetter(7, 2)     # the same order for wire tuples (hlc, seq)
_HEX_IDS = re.compile(r"(?:[0-9a-f]{32}\|)*[0-9a-f]{32}")


def _check_ids(items: list, column: int) -> None:
    """Every id in ``column`` is 32 lowercase hex digits (one regex over them all): ids are
    stored as received, so a differently written UUID must not get in."""
    joined = "|".join([item[column] for item in items])  # TypeError when not text
    if _HEX_IDS.fullmatch(joined) is None:
        raise ValueError(f"malformed id in column {OP_COLUMNS[column]}")


def ops_from_wire(items: list) -> list[Op]:
    """Operations from a package's lists; raises InvalidContent on a malformed one."""
    try:
        for item in items:
            if type(item) is not list or len(item) != len(OP_COLUMNS):
                raise ValueError(f"malformed operation {str(item)[:80]}")
        if items:
            for column in (0, 1, 4):
                _check_ids(items, column)
    except (ValueError, TypeError) as exc:
        raise InvalidContent(log_message=str(exc)) from None
    ids: dict[str, uuid.UUID] = {}  # one UUID per distinct row or origin, not per operation
    ops = []
    for item in items:
        op_id, origin, seq, entity, row_id, fld, value, hlc, prev, kind, seen = item
        origin_id = ids.get(origin) or ids.setdefault(origin, uuid.UUID(hex=origin))
        row = ids.get(row_id) or ids.setdefault(row_id, uuid.UUID(hex=row_id))
        ops.append(Op(op_id, origin_id, seq, entity, row, fld, value, hlc, prev, kind, seen,
                      tuple(item)))
    return ops


# Fixed width and ASCII digits only, so stamps compare as text.
_STAMP = re.compile(r"[0-9]{15}-[0-9]{6}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                    r"[0-9a-f]{12}")
_stamp_ok = _STAMP.fullmatch
_scan_json = make_scanner(json.JSONDecoder())


def stamp_millis(stamp: str) -> int:
    return int(stamp[:15])


def _json(text: str):
    """``json.loads`` for one value, without its per-call overhead in the usual case."""
    try:
        value, end = _scan_json(text, 0)
        if end == len(text):
            return value
    except StopIteration:
        pass
    return json.loads(text)  # whitespace around the value, or not JSON: the parser decides


@cache
def _field_rules() -> dict[tuple[str, str], tuple[str, bool]]:
    """(entity, field) -> (value kind, nullable) for every synced field."""
    return {(entity, fld): (changes.field_kinds(entity)[fld],
                            fld in changes.nullable_fields(entity))
            for entity in changes.syncable_tables() for fld in changes.synced_fields(entity)}


def _refuse(op: Op, why: str) -> None:
    raise InvalidContent(
        f"Pakken indeholder en ugyldig ændring ({op.entity}.{op.field}): den indlæses ikke.",
        log_message=f"invalid operation {op.op_id}: {why}")


def validate(op: Op) -> Op:
    """Check one operation completely and decode its value; raises InvalidContent."""
    # Runs once per operation (100,000 in a big package): names are bound locally.
    seq, hlc, prev, kind, fld, value = op.seq, op.hlc, op.prev_hlc, op.kind, op.field, op.value
    if type(seq) is not int or seq < 1:
        _refuse(op, "bad sequence number")
    if type(hlc) is not str or _stamp_ok(hlc) is None or (
            prev is not None and (type(prev) is not str or _stamp_ok(prev) is None)):
        _refuse(op, "bad HLC stamp")
    if hlc[23:].replace("-", "") != op.wire[1]:  # the origin, as hex
        _refuse(op, "stamp device is not the origin")
    if prev is not None and prev >= hlc:
        _refuse(op, "stamp not after the stamp it replaced")
    if op.seen is not None:
        try:
            if not isinstance(_json(op.seen), dict):
                raise ValueError
        except (ValueError, TypeError):
            _refuse(op, "bad context")
    if kind == PURGE:
        if op.entity != PURGE_ENTITY or fld != "":
            _refuse(op, "purge of something other than a child")
        try:
            roots = json.loads(value) if value else {}
            op.decoded = {"guardians": [uuid.UUID(g) for g in roots.get("guardians", [])],
                          "merged": [uuid.UUID(c) for c in roots.get("merged", [])]}
        except (ValueError, TypeError, AttributeError):
            _refuse(op, "bad purge value")
        return op
    rule = _field_rules().get((op.entity, fld))
    if rule is None:
        _refuse(op, "unknown entity" if op.entity not in changes.syncable_tables()
                else "unknown field")
    if kind != SET and kind != DELETE:
        _refuse(op, "unknown kind")
    if kind == DELETE and fld != TOMBSTONE_FIELD:
        _refuse(op, "delete of a field other than the tombstone")
    value_kind, nullable = rule
    try:
        if value is None:
            decoded = None
        else:
            decoded = _json(value)
            if value_kind != "str" or type(decoded) is not str:  # text needs no conversion
                decoded = decode_value(value_kind, decoded)
    except (ValueError, TypeError, AttributeError):
        _refuse(op, "value does not fit the column")
    op.decoded = decoded
    if decoded is None and not nullable:
        _refuse(op, "empty value in a required field")
    if (kind == DELETE) != (fld == TOMBSTONE_FIELD and decoded is not None):
        _refuse(op, "tombstone kind does not match its value")
    return op


@dataclass
class PackageBody:
    ops: list  # Op read from a package; wire tuples (WireOp) when building one
    vector: dict[str, int] = field(default_factory=dict)  # the sender's, as acknowledgement
    base: dict[str, int] = field(default_factory=dict)    # what the sender assumed we held
    covers: dict[str, int] = field(default_factory=dict)  # complete (in our scope) up to
    ack_package: int = 0  # last package the sender imported from the recipient
    ack_hash: str = ""    # and its hash (so a recipient restored from a backup can go on)
    scope_exit: list[uuid.UUID] = field(default_factory=list)
    home_id: uuid.UUID | None = None  # the home the recipient's device serves
    # The sender's audit-log head (newest event's number and hash): a rollback shows.
    audit_head: tuple[int, str] | None = None

    def encode(self) -> bytes:
        doc = {"ops": [op.wire if isinstance(op, Op) else op for op in self.ops],
               "vector": self.vector,
               "base": self.base, "covers": self.covers, "ack_package": self.ack_package,
               "ack_hash": self.ack_hash,
               "scope_exit": [c.hex for c in self.scope_exit],
               "home_id": self.home_id.hex if self.home_id else None,
               "audit_head": list(self.audit_head) if self.audit_head else None}
        return zlib.compress(json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
                             .encode("utf-8"), _COMPRESSION)

    @classmethod
    def decode(cls, plaintext: bytes) -> "PackageBody":
        try:
            inflater = zlib.decompressobj()
            raw = inflater.decompress(plaintext, _MAX_BODY)
            if inflater.unconsumed_tail:
                raise ValueError("body too large")
            doc = json.loads(raw.decode("utf-8"))
            items = doc["ops"]
            if not isinstance(items, list):
                raise ValueError("operations are not a list")
            body = cls(ops_from_wire(items),
                       _vector(doc["vector"]), _vector(doc["base"]), _vector(doc["covers"]),
                       int(doc["ack_package"]), str(doc["ack_hash"]),
                       [uuid.UUID(c) for c in doc["scope_exit"]],
                       uuid.UUID(doc["home_id"]) if doc["home_id"] else None,
                       _audit_head(doc.get("audit_head")))
        except (zlib.error, ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise InvalidContent(log_message=f"unreadable package body: {exc}") from None
        for op in body.ops:
            validate(op)
        return body


def _audit_head(data) -> tuple[int, str] | None:
    if data is None:  # from a program older than the head in packages
        return None
    seq, digest = data
    if not isinstance(seq, int) or not isinstance(digest, str) or seq < 1 or len(digest) > 128:
        raise ValueError("audit head is not (number, hash)")
    return seq, digest


def _vector(data) -> dict[str, int]:
    if not isinstance(data, dict):
        raise ValueError("vector is not an object")
    return {str(uuid.UUID(k)): int(v) for k, v in data.items()}
