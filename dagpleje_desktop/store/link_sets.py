"""Many-to-many links as sets that merge.

A link row (an observation's development domain, a meeting participant, ...) is one
element of its owner's set. Its id is derived from (owner id, element), so two devices
that add the same element make the same row, and an edit only touches the elements it
adds or removes: adding brings the row (back) to life, removing tombstones it.

Membership (the row's ``deleted_at``) is merged by a per-set rule rather than by the
higher stamp. Every local change of a link row's tombstone records, in the operation's
``seen`` context, the adds (``+adds``) and removes (``+removes``) of that row this device
held; the merge then decides from the set of operations alone, so every device reaches
the same answer whatever order packages arrive in:

- add-wins: the element is present when some add was not seen by any remove (a remove
  removes only the adds it knew of; a concurrent add survives);
- remove-wins: the element is present only when some add had seen every remove (a
  remove concurrent with an add wins).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from sqlalchemy import event, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

ADD_WINS, REMOVE_WINS = "add-wins", "remove-wins"
ADDS_KEY, REMOVES_KEY = "+adds", "+removes"
_NAMESPACE = uuid.UUID("6f1c6c2e-4b7e-5d2a-9a51-2f0d1c8e7b31")


@dataclass(frozen=True)
class LinkSet:
    entity: str
    owner: str                      # the owner's id column
    element: tuple[str, ...]        # columns naming the element (the first set one counts)
    rule: str
    fallback: str | None = None     # a text column naming the element when no id is set


# The rule per set, and why (also in docs/ARCHITECTURE.md):
# - domains and goals on an observation, meeting participants, a plan's goals: add-wins,
#   so nothing someone recorded disappears because another device removed an older copy;
# - a child's guardians: remove-wins, so a guardian someone removed (custody, safety)
#   never comes back by itself.
LINK_SETS: dict[str, LinkSet] = {s.entity: s for s in (
    LinkSet("observation_domain", "observation_id", ("domain",), ADD_WINS),
    LinkSet("observation_goal", "observation_id", ("goal_id",), ADD_WINS),
    LinkSet("meeting_participant", "meeting_id", ("professional_id", "guardian_id"), ADD_WINS,
            fallback="name"),
    LinkSet("action_plan_goal", "action_plan_id", ("goal_id",), ADD_WINS),
    LinkSet("child_guardian", "child_id", ("guardian_id",), REMOVE_WINS),
)}


def identity_fields(entity: str) -> frozenset[str]:
    """Columns fixed when the link is made (never edited): not conflicts on their own."""
    spec = LINK_SETS[entity]
    return frozenset((spec.owner, *spec.element) + ((spec.fallback,) if spec.fallback else ()))


def element_key(entity: str, values) -> str | None:
    """The element a link row stands for, as text; None when it cannot be told yet."""
    spec = LINK_SETS[entity]
    for column in spec.element:
        value = values.get(column)
        if value is not None:
            return f"{column}:{value}"
    if spec.fallback:
        text = (values.get(spec.fallback) or "").strip().casefold()
        if text:
            return f"{spec.fallback}:{' '.join(text.split())}"
    return None


def link_id(entity: str, owner_id: uuid.UUID, element: str) -> uuid.UUID:
    """The same id on every device for the same element of the same owner's set."""
    return uuid.uuid5(_NAMESPACE, f"{entity}|{owner_id}|{element}")


def link_id_for(entity: str, values) -> uuid.UUID | None:
    owner = values.get(LINK_SETS[entity].owner)
    element = element_key(entity, values)
    if owner is None or element is None:
        return None
    return link_id(entity, owner, element)


# -- deterministic ids for every new link row --------------------------------------------

_COPIED_ON_REVIVE = ("created_at", "id")


def _before_flush(session: Session, _context, _instances) -> None:
    """A new link row gets its derived id; one that exists (removed earlier, or added
    twice in this transaction) is brought back instead of inserted twice."""
    made: dict[uuid.UUID, object] = {}
    for obj in list(session.new):
        entity = getattr(obj, "__tablename__", None)
        if entity not in LINK_SETS or obj.id is not None:
            continue
        values = {c: getattr(obj, c, None) for c in identity_fields(entity)}
        row_id = link_id_for(entity, values)
        if row_id is None:
            continue
        existing = made.get(row_id) or session.get(type(obj), row_id)
        if existing is None:
            obj.id = row_id
            made[row_id] = obj
            continue
        session.expunge(obj)
        for column in obj.__table__.columns:
            name = column.name
            if name in _COPIED_ON_REVIVE or name == "deleted_at":
                continue
            value = getattr(obj, name, None)
            if value is not None and getattr(existing, name) != value:
                setattr(existing, name, value)
        if existing.deleted_at is not None:
            existing.deleted_at = None
        obj.id = row_id  # the caller's object reads as the row it stands for


def install(session_factory) -> None:
    if not event.contains(session_factory, "before_flush", _before_flush):
        event.listen(session_factory, "before_flush", _before_flush)


# -- membership from the operations ------------------------------------------------------

def history(conn: Connection, ops_table, entity: str, row_id: uuid.UUID) -> dict[str, tuple]:
    """hlc -> (removed: bool, value text, seen dict) of the row's tombstone operations."""
    found = {}
    for hlc, value, seen in conn.execute(select(ops_table.c.hlc, ops_table.c.value,
                                                ops_table.c.seen).where(
            ops_table.c.entity == entity, ops_table.c.row_id == row_id,
            ops_table.c.field == "deleted_at")):
        found[hlc] = (value not in (None, "null"), value, json.loads(seen) if seen else {})
    return found


def seen_context(hist: dict[str, tuple]) -> dict:
    """What a new change of the row's membership records as seen."""
    return {ADDS_KEY: sorted(h for h, (removed, _, _) in hist.items() if not removed),
            REMOVES_KEY: sorted(h for h, (removed, _, _) in hist.items() if removed)}


def outcome(rule: str, hist: dict[str, tuple]) -> tuple[bool, str | None]:
    """(removed, the stamp that decides it) for a row's tombstone operations."""
    adds = {h: seen for h, (removed, _, seen) in hist.items() if not removed}
    removes = {h: seen for h, (removed, _, seen) in hist.items() if removed}
    if rule == ADD_WINS:
        covered = set()
        for seen in removes.values():
            covered.update(seen.get(ADDS_KEY, ()))
        live = [h for h in adds if h not in covered]
    else:
        live = [h for h, seen in adds.items() if set(removes) <= set(seen.get(REMOVES_KEY, ()))]
    if live or not removes:
        return False, max(live or adds, default=None)
    return True, max(removes)
