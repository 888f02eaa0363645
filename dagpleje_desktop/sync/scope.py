"""What a mini-childminder's device may see and write.

Read scope: the children placed with the home the device serves now, guest-care children
for the period, every row about them, and the rows those rows point at (home, authors,
guardians...) - nothing that belongs to another child. Her home's own facts come
along: its absences, and the supervision visits planned and held there (date, consultant,
agreed follow-ups). A few fields are the consultant's own working notes and never go to
her device (``WITHHELD_FIELDS``): a visit's notes and a meeting's preparation notes.
Write scope: observations and the like about children ever placed (or in guest care) with
that home, absences of that home, and the people and organisation rows the device created
itself.
Consultants' and the office's devices see and write everything.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.engine import Connection

from ..domain.enums import UserRole
from ..domain.hlc import HlcStamp
from ..store.changes import PURGE, expand_stamps, load_stamps, syncable_tables
from ..store.models import Absence, GuestCare, Placement, Visit
from . import driver_graph, graph
from .driver_graph import as_uuids, driver_ids
from .purge import merged_into_any, purged_ids
from .errors import OutOfScope
from .operations import Op
from .oplog import fetch, id_param
from .ownership import owned_rows

CHILDMINDER_WRITABLE = frozenset({
    "observation", "observation_domain", "observation_goal", "attachment",
    "development_assessment", "wellbeing_assessment", "goal", "goal_revision", "follow_up"})
OWN_ROWS = frozenset({"professional", "organisation"})
# The consultant's working notes: never sent to a mini-childminder's device.
WITHHELD_FIELDS = {"visit": frozenset({"notes"}), "meeting": frozenset({"preparation_notes"})}


def is_limited(role: str) -> bool:
    return role == UserRole.CHILDMINDER.value


def children_at_home(conn: Connection, home_id: uuid.UUID, day: date | None) -> set[uuid.UUID]:
    """Children placed with (or in guest care at) the home on ``day``; ever when None."""
    placed = select(Placement.child_id).where(Placement.home_id == home_id,
                                              Placement.deleted_at.is_(None))
    guests = select(GuestCare.child_id).where(GuestCare.guest_home_id == home_id,
                                              GuestCare.deleted_at.is_(None))
    if day is not None:
        placed = placed.where(Placement.start_date <= day,
                              or_(Placement.end_date.is_(None), Placement.end_date >= day))
        guests = guests.where(GuestCare.starts_on <= day, GuestCare.ends_on >= day)
    return set(conn.scalars(placed)) | set(conn.scalars(guests))


@dataclass
class Scope:
    children: set[uuid.UUID] = field(default_factory=set)
    rows: dict[str, set[uuid.UUID]] = field(default_factory=dict)
    # What the scope was read against (sync/scope_update.py), so the next export can
    # bring it up to date from the operations made since instead of reading it whole.
    basis: dict | None = None

    def contains(self, entity: str, row_id: uuid.UUID) -> bool:
        return row_id in self.rows.get(entity, ())

    def keys(self) -> set[tuple[str, uuid.UUID]]:
        return {(e, r) for e, ids in self.rows.items() for r in ids}

    def entering(self, older: "Scope") -> set[tuple[str, uuid.UUID]]:
        """``self.keys() - older.keys()``, without building the keys of both."""
        return {(e, r) for e, ids in self.rows.items() for r in ids - older.rows.get(e, set())}

    def copy(self) -> "Scope":
        return Scope(set(self.children), {e: set(ids) for e, ids in self.rows.items()},
                     self.basis)

    def to_json(self) -> str:
        data = {"children": sorted(c.hex for c in self.children),
                "rows": {e: sorted(r.hex for r in ids) for e, ids in sorted(self.rows.items())}}
        if self.basis is not None:
            data["basis"] = self.basis
        text = json.dumps(data, separators=(",", ":"))
        _RECENT.remember(text, self.copy())
        return text

    @classmethod
    def from_json(cls, text: str | None) -> "Scope":
        known = _RECENT.get(text) if text else None
        if known is not None:
            return known.copy()
        data = json.loads(text) if text else {}
        return cls({uuid.UUID(c) for c in data.get("children", [])},
                   {e: {uuid.UUID(r) for r in ids} for e, ids in data.get("rows", {}).items()},
                   data.get("basis"))


class _RecentScopes:
    """The last few scopes written as JSON, by their text: the scope a package carried
    comes back as the peer's acknowledged one at the next export, and reading ten
    thousand ids from text again costs more than the rest of a routine export."""

    def __init__(self, at_most: int) -> None:
        self._at_most = at_most
        self._by_text: OrderedDict[str, Scope] = OrderedDict()
        self._lock = threading.Lock()

    def remember(self, text: str, scope: Scope) -> None:
        with self._lock:
            self._by_text[text] = scope
            self._by_text.move_to_end(text)
            while len(self._by_text) > self._at_most:
                self._by_text.popitem(last=False)

    def get(self, text: str) -> Scope | None:
        with self._lock:
            return self._by_text.get(text)


_RECENT = _RecentScopes(4)


def read_scope(conn: Connection, home_id: uuid.UUID | None, day: date) -> Scope:
    children = children_at_home(conn, home_id, day) if home_id else set()
    kids = driver_ids(conn, children)  # ids as the driver reads them, until the end
    roots = {"child": kids}
    rows: dict[str, set] = defaultdict(set)
    if home_id:
        home = id_param(conn, home_id)
        rows["childminder_home"].add(home)
        rows["absence"] |= {r for (r,) in fetch(conn, "SELECT id FROM absence WHERE home_id = ?",
                                               (home,))}
        roots["visit"] = driver_ids(conn, visits_to_home(conn, home_id))
    for entity, ids in driver_graph.closure(conn, roots).items():
        rows[entity] |= ids
    _add_references(conn, rows, kids)
    return Scope(children, as_uuids(conn, rows))


def visits_to_home(conn: Connection, home_id: uuid.UUID) -> set[uuid.UUID]:
    """Supervision visits, planned and held, to the home (not a family's home visit)."""
    return set(conn.scalars(select(Visit.id).where(Visit.home_id == home_id,
                                                   Visit.child_id.is_(None))))


def withhold(ops: list, entity_at: int = 3, field_at: int = 5) -> list:
    """Wire operations without the fields a mini-childminder's device never receives."""
    return [op for op in ops
            if op[field_at] not in WITHHELD_FIELDS.get(op[entity_at], ())]


def _belongs_elsewhere(conn: Connection, target: str, value, children: set) -> bool:
    if target == "child":
        return value not in children
    if "child_id" not in syncable_tables()[target].c:
        return False
    found = fetch(conn, f"SELECT child_id FROM {target} WHERE id = ?", (value,))
    owner = found[0][0] if found else None
    return owner is not None and owner not in children


def _add_references(conn: Connection, rows: dict[str, set], children: set) -> None:
    """Add what in-scope rows point at; drop rows that point at another child's data.
    Ids (in ``rows`` and ``children``) as the driver reads them."""
    edges = graph.forward_edges()
    queue = {k: set(v) for k, v in rows.items()}
    bad: dict[str, set] = defaultdict(set)
    while queue:
        nxt: dict[str, set] = defaultdict(set)
        for entity, ids in queue.items():
            refs = edges.get(entity, ())
            if not refs:
                continue
            columns = ", ".join(["id", *(column for column, _ in refs)])
            for record in driver_graph.where_in(conn, entity, columns, "id", ids):
                for (_, target), value in zip(refs, record[1:]):
                    if value is None or value in rows[target]:
                        continue
                    if _belongs_elsewhere(conn, target, value, children):
                        bad[entity].add(record[0])
                    else:
                        rows[target].add(value)
                        nxt[target].add(value)
        queue = nxt
    if bad:
        for entity, ids in driver_graph.closure(conn, bad).items():
            rows[entity] -= ids


def filter_for(ops: list[Op], scope: Scope) -> list[Op]:
    return [op for op in ops if op.kind == PURGE or scope.contains(op.entity, op.row_id)]


def check_write_scope(conn: Connection, *, sender_id: uuid.UUID, home_id: uuid.UUID | None,
                      ops: list[Op]) -> None:
    """Refuse a mini-childminder's package that changes data outside her home's children."""
    erased = purged_ids(conn, {op.row_id for op in ops})
    ops = [op for op in ops if op.row_id not in erased]  # dropped on import anyway
    children = children_at_home(conn, home_id, None) if home_id else set()
    # Her notes may still name a record that was merged into one of her children.
    children |= merged_into_any(conn, children)
    owned = owned_rows(conn, children, len({(op.entity, op.row_id) for op in ops}))
    incoming: dict[tuple, dict] = defaultdict(dict)
    for op in sorted(ops, key=lambda o: o.sort_key):
        if op.kind != PURGE:
            incoming[(op.entity, op.row_id)][op.field] = op.decoded
    _own_new_rows(conn, owned, incoming)
    creators = _creators(conn, incoming)
    for op in ops:
        if not _allowed(conn, op, owned, incoming, creators, sender_id, home_id):
            raise OutOfScope(log_message=f"{sender_id} may not write {op.entity}.{op.field} "
                                         f"of {op.row_id}")


def _own_new_rows(conn: Connection, owned: dict, incoming: dict) -> None:
    """Rows created in the package that hang on a row about one of her children."""
    edges = graph.forward_edges()
    new_keys = defaultdict(set)
    for entity, row_id in incoming:
        new_keys[entity].add(row_id)
    for entity in graph.insert_order():
        if entity not in new_keys:
            continue
        fresh = new_keys[entity] - graph.existing_ids(conn, entity, new_keys[entity])
        for row_id in fresh:
            values = incoming[(entity, row_id)]
            parents = [(t, values.get(c)) for c, t in edges.get(entity, ())]
            if entity == graph.ATTACHMENT:
                parents += [(t, values.get("owner_id")) for t in list(owned)]
            if any(v is not None and v in owned.get(t, ()) for t, v in parents):
                owned[entity].add(row_id)


def _creators(conn: Connection, incoming: dict) -> dict[tuple, str]:
    keys = [k for k in incoming if k[0] in OWN_ROWS]
    found = {}
    for key, stored in load_stamps(conn, keys).items():
        stamps = expand_stamps(key[0], stored)
        if "created_at" in stamps:
            found[key] = HlcStamp.decode(stamps["created_at"]).device
    return found


def _allowed(conn, op: Op, owned, incoming, creators, sender_id, home_id) -> bool:
    if op.kind == PURGE:
        return False
    key = (op.entity, op.row_id)
    if op.entity in CHILDMINDER_WRITABLE and op.row_id in owned[op.entity]:
        for column, target in graph.forward_edges().get(op.entity, ()):
            if op.field == column and op.decoded is not None and target in ("child",) \
                    and op.decoded not in owned["child"]:
                return False  # moving a record to a child that is not hers
        return True
    if op.entity == "absence" and home_id is not None:
        before = conn.scalar(select(Absence.home_id).where(Absence.id == op.row_id))
        after = incoming[key].get("home_id", before)
        return before in (None, home_id) and after == home_id
    if op.entity in OWN_ROWS:
        creator = creators.get(key) or HlcStamp.decode(op.hlc).device
        return creator == str(sender_id) and (key in creators or "created_at" in incoming[key])
    return False
