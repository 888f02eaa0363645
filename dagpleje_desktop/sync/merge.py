"""Per-field merge of imported operations.

For each operation, in causal (HLC) order, against the current value's stamp:
- the row or field is unknown here, or the op replaced exactly the value held here
  (``prev_hlc`` equals the local stamp): fast-forward;
- otherwise both sides changed the field: the higher stamp wins on every device, and a
  Conflict keeps both values for a person (unless they are equal, or the field is
  bookkeeping such as ``updated_at``);
- a delete concurrent with an edit of another field is a conflict too: a delete carries
  the stamps its device had seen, so an edit it had not seen is known on every device.
  The tombstone is a field like the others, so the deleted row stays deleted everywhere.
Operations about erased rows are dropped; a purge is applied before anything else.
Imported operations keep their origin and stamps and are stored for relaying.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from operator import attrgetter

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..domain.hlc import MAX_FUTURE_MS, HlcStamp
from ..store import link_sets
from ..store.changes import (OPS, PURGE, SILENT_FIELDS, TOMBSTONE_FIELD, ChangeCapture,
                             chunked, decode_text, encode_text, expand_stamps,
                             syncable_tables)
from . import apply, id_lookup, oplog, purge
from .errors import InvalidContent, OperationCancelled, SequenceReused
from .operations import SORT_KEY, Op, stamp_millis

log = logging.getLogger(__name__)
NULL = "null"
PROGRESS_TICKS = 100
OP_ID_OF, SEQ_OF, HLC_OF, WIRE_OF = (attrgetter(name) for name in ("op_id", "seq", "hlc", "wire"))


@dataclass
class RowState:
    entity: str
    row_id: uuid.UUID
    exists: bool
    values: dict
    stamps: dict
    original_stamps: frozenset = frozenset()  # stamp rows stored (fields, or "*")
    changed: set = field(default_factory=set)
    was_deleted: bool = False


@dataclass
class MergeResult:
    new: int = 0
    updated: int = 0
    deleted: int = 0
    purged: int = 0
    conflicts: int = 0
    stored: int = 0
    duplicates: int = 0
    dropped: int = 0
    incomplete: int = 0
    held_back: list[Op] = field(default_factory=list)
    erased_children: list[uuid.UUID] = field(default_factory=list)
    changed_children: list[uuid.UUID] = field(default_factory=list)  # CPR or tombstone moved
    records: set = field(default_factory=set)      # (entity, id) counted as new/updated/deleted
    changes: dict = field(default_factory=dict)    # (entity, id) -> "new"/"changed"/"deleted"
    link_owners: set = field(default_factory=set)  # records whose links (sets) changed


WRITE_STEPS = 4  # progress steps after the operations are merged: log, rows, conflicts, done


def _touched(ops: list[Op]) -> dict[tuple[str, str], tuple[str, uuid.UUID]]:
    """(entity, hex id) -> (entity, row id) for each row the operations are about; keyed
    by the id's text, whose hash is cached (a UUID's hash is a Python call each time)."""
    return {(op.entity, op.wire[4]): (op.entity, op.row_id) for op in ops}


def _first_of_each(ops: list[Op]) -> list[Op]:
    """The operations without repeats (the first of each op id)."""
    if len(set(map(OP_ID_OF, ops))) == len(ops):
        return ops
    unique: dict[str, Op] = {}
    for op in ops:
        unique.setdefault(op.op_id, op)
    return list(unique.values())


def _by_origin(ops: list[Op]) -> dict[str, dict[int, Op]]:
    """Origin (hex text: its hash is cached, a UUID's is not) -> sequence number -> op;
    refuses two operations of one origin with the same number."""
    runs: dict[str, list[Op]] = defaultdict(list)
    for op in ops:
        runs[op.wire[1]].append(op)
    by_origin = {}
    for origin, run in runs.items():
        by_seq = by_origin[origin] = dict(zip(map(SEQ_OF, run), run))
        if len(by_seq) != len(run):
            seq = next(seq for seq, count in Counter(map(SEQ_OF, run)).items() if count > 1)
            raise InvalidContent(log_message=f"two operations share sequence {seq} "
                                             f"of {run[0].origin}")
    return by_origin


class Merger:
    def __init__(self, conn: Connection, capture: ChangeCapture, *, now_ms: int,
                 progress=None, cancel=None) -> None:
        self.conn = conn
        self.capture = capture
        self.now_ms = now_ms
        self.progress = progress
        self.cancel = cancel
        self.result = MergeResult()
        self.conflicts: dict[tuple, dict] = {}
        self.resolutions: list[Op] = []
        self._delete_context: dict[tuple, dict] = {}
        self._memberships: dict[tuple, dict] = {}

    # -- before anything is written ------------------------------------------------------

    def fresh_operations(self, ops: list[Op]) -> list[Op]:
        """Drop duplicates and operations already held; hold back far-future stamps."""
        fresh = []
        for by_seq in _by_origin(_first_of_each(ops)).values():
            held = self._held_sequences(next(iter(by_seq.values())).origin, list(by_seq))
            if not held:  # the usual case: nothing of this run arrived before
                fresh += by_seq.values()
                continue
            for seq, op in by_seq.items():
                if seq not in held:
                    fresh.append(op)
                elif held[seq] != op.op_id:
                    raise SequenceReused(log_message=f"sequence {seq} of {op.origin} already "
                                                     "used by another operation")
        self.result.duplicates = len(ops) - len(fresh)
        return self._timely(fresh)

    def _timely(self, fresh: list[Op]) -> list[Op]:
        """The operations not stamped beyond ``MAX_FUTURE_MS`` ahead; the rest held back."""
        limit = self.now_ms + MAX_FUTURE_MS
        # Stamps are fixed-width text, so the latest one decides whether any is too late.
        if not fresh or stamp_millis(max(map(HLC_OF, fresh))) <= limit:
            return fresh
        timely: list[Op] = []
        for op in fresh:
            (self.result.held_back if stamp_millis(op.hlc) > limit else timely).append(op)
        log.warning("%d operations stamped more than 24 h ahead held back",
                    len(self.result.held_back))
        return timely

    def _held_sequences(self, origin: uuid.UUID, seqs: list[int]) -> dict[int, str]:
        """Sequence number -> hex op id of the operations of ``origin`` we already hold."""
        return oplog.held_sequences(self.conn, origin, seqs)

    # -- applying ------------------------------------------------------------------------

    def apply(self, fresh: list[Op]) -> MergeResult:
        result = self.result
        for op in (o for o in fresh if o.kind == PURGE):
            rows = purge.purge_child(self.conn, op.row_id, op.decoded["guardians"],
                                     op.decoded.get("merged", []))
            result.purged += sum(len(ids) for name, ids in rows.items()
                                 if name in syncable_tables())
            result.erased_children.append(op.row_id)
            oplog.store(self.conn, [op.wire])
            result.stored += 1
        rest = [o for o in fresh if o.kind != PURGE]
        touched = _touched(rest)
        erased = id_lookup.purged(self.conn, {hex_id for _, hex_id in touched})
        if erased:
            kept = [o for o in rest if o.wire[4] not in erased]
            result.dropped = len(rest) - len(kept)
            rest = kept
            touched = _touched(rest)
        rest.sort(key=SORT_KEY)
        states = self._load_states(touched)
        state_of = {key: states[row] for key, row in touched.items()}
        self._package_deletes = {(o.entity, o.row_id, o.hlc): o for o in rest
                                 if o.field == TOMBSTONE_FIELD}
        total = len(rest) + WRITE_STEPS
        every = max(1, len(rest) // PROGRESS_TICKS)  # the bar moves, the check stays cheap
        for index, op in enumerate(rest):
            if index % every == 0:
                self._tick(index, total)
            self._merge(state_of[op.entity, op.wire[4]], op)
        self._tick(len(rest), total)
        oplog.store(self.conn, list(map(WIRE_OF, rest)))
        result.stored += len(rest)
        self._tick(len(rest) + 1, total)
        apply.write_back(self.conn, states, result)
        self._tick(len(rest) + 2, total)
        apply.write_conflicts(self.conn, list(self.conflicts.values()), result)
        apply.close_resolved(self.conn, self.resolutions)
        self._tick(len(rest) + 3, total)
        result.changed_children = [s.row_id for s in states.values() if s.entity == "child"
                                   and s.changed & {"cpr", TOMBSTONE_FIELD, "merged_into_id"}]
        if rest:
            self.capture.clock.observe(HlcStamp.decode(max(map(HLC_OF, rest))))
        return result

    def _tick(self, done: int, total: int) -> None:
        if self.cancel is not None and self.cancel.cancelled:
            raise OperationCancelled()
        if self.progress is not None:
            self.progress(done, total, "Indlæser ændringer")

    def _load_states(self, touched: dict[tuple, tuple]) -> dict[tuple, RowState]:
        """A state per touched row: its values and stamps here, or those its operations
        that arrived earlier (without completing the row) left in the log."""
        by_entity: dict[str, dict[str, uuid.UUID]] = defaultdict(dict)
        for (entity, hex_id), (_, row_id) in touched.items():
            by_entity[entity][hex_id] = row_id
        states: dict[tuple, RowState] = {}
        missing: dict[tuple, RowState] = {}
        for entity, rows in by_entity.items():
            stamps = id_lookup.stamps(self.conn, entity, rows)
            present = id_lookup.existing(self.conn, entity, rows)
            table = syncable_tables()[entity]
            for part in chunked([rows[hex_id] for hex_id in present]):
                for row in self.conn.execute(select(table).where(table.c.id.in_(part))).mappings():
                    stored = stamps.get(row["id"].hex, {})
                    states[(entity, row["id"])] = RowState(
                        entity, row["id"], True, dict(row), expand_stamps(entity, stored),
                        frozenset(stored), was_deleted=row[TOMBSTONE_FIELD] is not None)
            for hex_id, row_id in rows.items():
                if hex_id not in present:
                    stored = stamps.get(hex_id, {})
                    missing[(entity, hex_id)] = RowState(entity, row_id, False, {"id": row_id},
                                                         expand_stamps(entity, stored),
                                                         frozenset(stored))
        self._seed_from_log(missing)
        for key, (entity, row_id) in touched.items():  # in the operations' order
            if key in missing:
                states[(entity, row_id)] = missing[key]
        return states

    def _seed_from_log(self, missing: dict[tuple[str, str], RowState]) -> None:
        """A row not here whose operations partly arrived before: start from those."""
        by_entity: dict[str, list[str]] = defaultdict(list)
        for entity, hex_id in missing:
            by_entity[entity].append(hex_id)
        for entity, hex_ids in by_entity.items():
            for hex_id, fld, value, hlc in id_lookup.logged_values(self.conn, entity, hex_ids,
                                                                   skip_kind=PURGE):
                state = missing[(entity, hex_id)]
                if hlc > state.stamps.get(fld, ""):
                    state.values[fld] = decode_text(entity, fld, value)
                    state.stamps[fld] = hlc
                    state.changed.add(fld)

    def _merge(self, state: RowState, op: Op) -> None:
        # Called once per operation: the common case (a field of a live row, not seen
        # here before) must stay a handful of dict operations.
        fld = op.field
        current = state.stamps.get(fld)
        if current == op.hlc:
            return
        if state.entity in link_sets.LINK_SETS:
            if fld == TOMBSTONE_FIELD:
                self._merge_membership(state, op)
                return
            if fld in link_sets.identity_fields(state.entity):
                # Fixed when the link is made: both devices made the same link.
                if current is None or op.hlc > current:
                    state.values[fld] = op.decoded
                    state.stamps[fld] = op.hlc
                    state.changed.add(fld)
                return
        fast_forward = current is None or op.prev_hlc == current
        wins = fast_forward or op.hlc > current
        if not fast_forward and fld not in SILENT_FIELDS and fld in state.values:
            self._field_conflict(state, op, current)
        if fld != TOMBSTONE_FIELD and fld not in SILENT_FIELDS:
            if state.values.get(TOMBSTONE_FIELD) is not None:
                self._edit_of_deleted(state, op)
        elif op.kind == "delete":
            self._delete_over_edits(state, op)
        if wins:
            state.values[fld] = op.decoded
            state.stamps[fld] = op.hlc
            state.changed.add(fld)
            if op.seen and "resolves" in op.seen_map and fast_forward:
                self.resolutions.append(op)

    def _merge_membership(self, state: RowState, op: Op) -> None:
        """A link row's presence in its set: decided by the set's rule from all of the
        row's tombstone operations (held here and arriving), never by a person."""
        key = (state.entity, state.row_id)
        hist = self._memberships.get(key)
        if hist is None:
            hist = {}
            if state.exists or TOMBSTONE_FIELD in state.stamps:
                hist = link_sets.history(self.conn, OPS, state.entity, state.row_id)
                current = state.stamps.get(TOMBSTONE_FIELD)
                if current is not None and current not in hist:  # log shorter than the row
                    removed = state.values.get(TOMBSTONE_FIELD) is not None
                    hist[current] = (removed, None, {})
            self._memberships[key] = hist
        hist[op.hlc] = (op.decoded is not None, op.value, op.seen_map)
        removed, stamp = link_sets.outcome(link_sets.LINK_SETS[state.entity].rule, hist)
        value = None
        if removed and op.kind == "delete":  # other fields edited unseen: for a person
            self._delete_over_edits(state, op)
        if removed:  # the deciding remove's time, the same on every device
            text = hist[stamp][1]
            value = (decode_text(state.entity, TOMBSTONE_FIELD, text) if text is not None
                     else state.values.get(TOMBSTONE_FIELD))
        if stamp != state.stamps.get(TOMBSTONE_FIELD) or value != state.values.get(
                TOMBSTONE_FIELD):
            state.values[TOMBSTONE_FIELD] = value
            state.stamps[TOMBSTONE_FIELD] = stamp
            state.changed.add(TOMBSTONE_FIELD)

    def _field_conflict(self, state: RowState, op: Op, current: str) -> None:
        mine = state.values[op.field]
        if op.field == TOMBSTONE_FIELD and mine is not None and op.decoded is not None:
            return  # deleted on both sides: nothing for a person to decide
        # The same value written on both sides needs no person, but is kept as a settled
        # conflict: a later edit that follows only one of the two stamps is then still
        # known to have been concurrent with the other.
        self._conflict(state, op.field, encode_text(state.entity, op.field, mine), current,
                       op.value, op.hlc, settled=mine == op.decoded)

    def _deleter_seen(self, state: RowState, stamp: str) -> dict:
        key = (state.entity, state.row_id, stamp)
        if key not in self._delete_context:
            op = self._package_deletes.get(key)
            seen = op.seen if op is not None else self.conn.scalar(
                select(OPS.c.seen).where(OPS.c.entity == state.entity,
                                         OPS.c.row_id == state.row_id,
                                         OPS.c.field == TOMBSTONE_FIELD, OPS.c.hlc == stamp))
            self._delete_context[key] = json.loads(seen) if seen else {}
        return self._delete_context[key]

    def _edit_of_deleted(self, state: RowState, op: Op) -> None:
        """An edit arriving for a deleted row that its delete had not seen: a conflict."""
        if state.values.get(TOMBSTONE_FIELD) is None:
            return
        delete_stamp = state.stamps.get(TOMBSTONE_FIELD)
        if delete_stamp is None or op.hlc == delete_stamp:
            return
        if op.hlc > self._deleter_seen(state, delete_stamp).get(op.field, ""):
            self._conflict(state, TOMBSTONE_FIELD,
                           encode_text(state.entity, TOMBSTONE_FIELD,
                                       state.values[TOMBSTONE_FIELD]),
                           delete_stamp, NULL, op.hlc)

    def _delete_over_edits(self, state: RowState, op: Op) -> None:
        """A delete arriving for a row with edits its deleting device had not seen."""
        if state.values.get(TOMBSTONE_FIELD) is not None:
            return
        seen = op.seen_map
        fixed = (link_sets.identity_fields(state.entity)
                 if state.entity in link_sets.LINK_SETS else ())
        unseen = [stamp for fld, stamp in state.stamps.items()
                  if fld not in SILENT_FIELDS and fld != TOMBSTONE_FIELD and fld not in fixed
                  and stamp != op.hlc and stamp > seen.get(fld, "")]
        if unseen:
            self._conflict(state, TOMBSTONE_FIELD, NULL, max(unseen), op.value, op.hlc)

    def _conflict(self, state: RowState, fld: str, local_value: str | None, local_hlc: str,
                  remote_value: str | None, remote_hlc: str, *, settled: bool = False) -> None:
        key = (state.entity, state.row_id, fld, frozenset((local_hlc, remote_hlc)))
        self.conflicts.setdefault(key, {
            "entity": state.entity, "row_id": state.row_id, "field": fld,
            "local_value": local_value, "local_hlc": local_hlc,
            "remote_value": remote_value, "remote_hlc": remote_hlc, "settled": settled})
