"""Operations as they travel in a package, the package body, and their validation."""

from __future__ import annotations

import json
import re
import uuid
import zlib
from collections import defaultdict
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


def _check_ids(ids, column: int) -> None:
    """Every id is 32 lowercase hex digits (one regex over them all): ids are stored as
    received, so a differently written UUID must not get in."""
    joined = "|".join(ids)  # TypeError when not text
    if _HEX_IDS.fullmatch(joined) is None:
        raise ValueError(f"malformed id in column {OP_COLUMNS[column]}")


def ops_from_wire(items: list) -> list[Op]:
    """Operations from a package's lists; raises InvalidContent on a malformed one."""
    try:
        # Whole-list checks run in C (a package holds up to 100,000 operations).
        if set(map(type, items)) - {list} or set(map(len, items)) - {len(OP_COLUMNS)}:
            bad = next(i for i in items if type(i) is not list or len(i) != len(OP_COLUMNS))
            raise ValueError(f"malformed operation {str(bad)[:80]}")
        if not items:
            return []
        _check_ids(map(itemgetter(0), items), 0)  # every op id is its own
        ops, origins, rows = _ops(items)
        _check_ids(origins, 1)  # the origins and rows repeat: each distinct one once
        _check_ids(rows, 4)
    except (ValueError, TypeError, AttributeError) as exc:
        raise InvalidContent(log_message=str(exc)) from None
    return ops


def _ops(items: list) -> tuple[list[Op], dict, dict]:
    """The operations, with one UUID per distinct origin and row (keyed by its text)."""
    origins: dict[str, uuid.UUID] = {}
    rows: dict[str, uuid.UUID] = {}
    origin_of, row_of = origins.get, rows.get
    ops = []
    append = ops.append
    for item in items:
        op_id, origin, seq, entity, row_id, fld, value, hlc, prev, kind, seen = item
        append(Op(op_id, origin_of(origin) or origins.setdefault(origin, uuid.UUID(hex=origin)),
                  seq, entity, row_of(row_id) or rows.setdefault(row_id, uuid.UUID(hex=row_id)),
                  fld, value, hlc, prev, kind, seen, tuple(item)))
    return ops, origins, rows


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
    return _Checker().check(op)


def validate_all(ops: list[Op]) -> None:
    """``validate`` every operation of a package."""
    check = _Checker().check
    for op in ops:
        check(op)


_UNSEEN = object()


class _Checker:
    """``validate`` for the operations of one package. What repeats in a package is
    checked once: a transaction's stamp is on every operation it wrote, and many rows
    hold the same value (decoded values are immutable, so they can be shared)."""

    def __init__(self) -> None:
        self.rules = _field_rules()
        self.stamp_origins: dict[str, str] = {}  # a well-formed stamp -> its origin as hex
        self.good_prev: set[str] = set()  # well-formed stamps of replaced values
        self.decoded: dict[str, dict] = defaultdict(dict)  # value kind -> JSON text -> value

    def check(self, op: Op) -> Op:
        # Runs once per operation (100,000 in a big package): names are bound locally.
        seq, hlc, prev, kind, fld, value = (op.seq, op.hlc, op.prev_hlc, op.kind, op.field,
                                            op.value)
        if type(seq) is not int or seq < 1:
            _refuse(op, "bad sequence number")
        origin = self._stamp_origin(op, hlc)
        if prev is not None and (type(prev) is not str or prev not in self.good_prev):
            if type(prev) is not str or _stamp_ok(prev) is None:
                _refuse(op, "bad HLC stamp")
            self.good_prev.add(prev)
        if origin != op.wire[1]:
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
            return _check_purge(op)
        rule = self.rules.get((op.entity, fld))
        if rule is None:
            _refuse(op, "unknown entity" if op.entity not in changes.syncable_tables()
                    else "unknown field")
        if kind != SET and kind != DELETE:
            _refuse(op, "unknown kind")
        if kind == DELETE and fld != TOMBSTONE_FIELD:
            _refuse(op, "delete of a field other than the tombstone")
        value_kind, nullable = rule
        decoded = None if value is None else self._value(op, value_kind, value)
        op.decoded = decoded
        if decoded is None and not nullable:
            _refuse(op, "empty value in a required field")
        if (kind == DELETE) != (fld == TOMBSTONE_FIELD and decoded is not None):
            _refuse(op, "tombstone kind does not match its value")
        return op

    def _stamp_origin(self, op: Op, hlc) -> str:
        """The origin (as hex) a well-formed stamp names; refuses a malformed one."""
        origin = self.stamp_origins.get(hlc) if type(hlc) is str else None
        if origin is None:
            if type(hlc) is not str or _stamp_ok(hlc) is None:
                _refuse(op, "bad HLC stamp")
            origin = self.stamp_origins[hlc] = hlc[23:].replace("-", "")
        return origin

    def _value(self, op: Op, value_kind: str, value):
        known = self.decoded[value_kind]
        try:
            decoded = known.get(value, _UNSEEN)
            if decoded is _UNSEEN:
                decoded = _json(value)
                if value_kind != "str" or type(decoded) is not str:  # text needs no conversion
                    decoded = decode_value(value_kind, decoded)
                known[value] = decoded
        except (ValueError, TypeError, AttributeError):
            _refuse(op, "value does not fit the column")
        return decoded


def _check_purge(op: Op) -> Op:
    if op.entity != PURGE_ENTITY or op.field != "":
        _refuse(op, "purge of something other than a child")
    try:
        roots = json.loads(op.value) if op.value else {}
        op.decoded = {"guardians": [uuid.UUID(g) for g in roots.get("guardians", [])],
                      "merged": [uuid.UUID(c) for c in roots.get("merged", [])]}
    except (ValueError, TypeError, AttributeError):
        _refuse(op, "bad purge value")
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
        validate_all(body.ops)
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
