"""Two records of one real child, and merging them.

The same child may be registered on two devices before they sync: both records arrive
everywhere (ids are never remapped, nothing is joined by guessing). When a record with
a CPR number arrives that another live record here already has, the pair is shown as a
notice ("muligt dubletbarn") in the conflict list. A person then merges them: every row
that points at the merged record is pointed at the kept one, empty fields of the kept
record are filled from the merged one, and the merged record becomes a tombstone whose
``merged_into_id`` names the kept one. All of it is ordinary ORM changes, so the merge is
captured as operations and syncs like any edit; rows that reach a device later still
pointing at the merged record are moved over when they arrive.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..domain.errors import NotFoundError, ValidationError
from ..store.changes import expand_stamps, load_stamps
from ..store.models import Attachment, Base, Child, Conflict
from . import graph

DUPLICATE_FIELD = "possible_duplicate"  # Conflict.field of a duplicate notice
MERGED = "merged"
KEPT_APART = "kept_apart"
RESOLVED_ELSEWHERE = "elsewhere"
CONFLICTS = Conflict.__table__
CHILDREN = Child.__table__
# Fields of the kept record that take the merged record's value when they are empty.
FILLED_FIELDS = ("cpr", "birth_date", "special_needs", "diagnoses", "allergies", "medication",
                 "routines", "what_works", "languages", "allergy_severity", "doctor_name",
                 "doctor_phone", "collectors")
# Health: the empty text is an answer ("none"); only "not recorded" (NULL) is filled.
ANSWERED_WHEN_EMPTY = frozenset({"diagnoses", "allergies", "medication"})


@dataclass(frozen=True)
class MergeOutcome:
    kept_id: uuid.UUID
    merged_id: uuid.UUID
    moved_rows: int
    filled_fields: tuple[str, ...]


def _live() -> tuple:
    """Conditions for a live record: not deleted, not merged into another."""
    return (CHILDREN.c.deleted_at.is_(None), CHILDREN.c.merged_into_id.is_(None))


def _notice_exists(conn: Connection, a: uuid.UUID, b: uuid.UUID) -> bool:
    pairs = [(a, json.dumps(str(b))), (b, json.dumps(str(a)))]
    return conn.execute(select(CONFLICTS.c.id).where(
        CONFLICTS.c.entity == "child", CONFLICTS.c.field == DUPLICATE_FIELD,
        or_(*[(CONFLICTS.c.row_id == r) & (CONFLICTS.c.local_value == v) for r, v in pairs]))
        .limit(1)).first() is not None


def note_possible_duplicates(conn: Connection, child_ids, now: datetime) -> int:
    """Notices for arrived children whose CPR number another live child here has."""
    ids = list(child_ids)
    if not ids:
        return 0
    arrived = conn.execute(select(CHILDREN.c.id, CHILDREN.c.cpr).where(
        CHILDREN.c.id.in_(ids), CHILDREN.c.cpr.is_not(None), *_live())).all()
    fresh = []
    for child_id, cpr in arrived:
        twins = conn.scalars(select(CHILDREN.c.id).where(
            CHILDREN.c.cpr == cpr, CHILDREN.c.id != child_id, *_live())).all()
        for twin in twins:
            if _notice_exists(conn, child_id, twin) or any(
                    {f["row_id"], uuid.UUID(json.loads(f["local_value"]))} == {child_id, twin}
                    for f in fresh):
                continue
            stamps = load_stamps(conn, [("child", twin), ("child", child_id)])
            twin_stamp = expand_stamps("child", stamps.get(("child", twin), {})).get("cpr", "")
            own_stamp = expand_stamps("child", stamps.get(("child", child_id), {})).get("cpr", "")
            fresh.append({"id": uuid.uuid4(), "created_at": now, "updated_at": now,
                          "deleted_at": None, "entity": "child", "row_id": child_id,
                          "field": DUPLICATE_FIELD, "local_value": json.dumps(str(twin)),
                          "local_hlc": twin_stamp, "remote_value": json.dumps(str(child_id)),
                          "remote_hlc": own_stamp, "resolution": None, "resolved_at": None})
    if fresh:
        conn.execute(insert(CONFLICTS), fresh)
    return len(fresh)


def pair_of(conflict) -> tuple[uuid.UUID, uuid.UUID]:
    """(child already here, child that arrived) of a duplicate notice."""
    return uuid.UUID(json.loads(conflict.local_value)), conflict.row_id


def close_settled_notices(conn: Connection, now: datetime) -> None:
    """Open notices whose pair was merged (here or elsewhere), deleted or told apart."""
    open_ones = conn.execute(select(CONFLICTS).where(
        CONFLICTS.c.entity == "child", CONFLICTS.c.field == DUPLICATE_FIELD,
        CONFLICTS.c.resolved_at.is_(None))).all()
    for notice in open_ones:
        a, b = pair_of(notice)
        rows = {r.id: r for r in conn.execute(select(
            CHILDREN.c.id, CHILDREN.c.cpr, CHILDREN.c.deleted_at, CHILDREN.c.merged_into_id)
            .where(CHILDREN.c.id.in_([a, b])))}
        gone = [r for r in rows.values() if r.deleted_at is not None]
        if len(rows) == 2 and not gone and rows[a].cpr == rows[b].cpr:
            continue
        merged = any(r.merged_into_id in (a, b) for r in gone)
        conn.execute(update(CONFLICTS).where(CONFLICTS.c.id == notice.id).values(
            resolution=MERGED if merged else RESOLVED_ELSEWHERE, resolved_at=now,
            updated_at=now))


@cache
def _referencing_columns() -> tuple:
    """(model, column) pairs of every record table (local ones too) that points at a child."""
    models = {m.class_.__tablename__: m.class_ for m in Base.registry.mappers
              if hasattr(m.class_, "__tablename__")}
    return tuple((models[source], column)
                 for source, column in graph.reverse_edges(True).get("child", ()))


def move_rows(session: Session, from_id: uuid.UUID, to_id: uuid.UUID) -> int:
    """Point every row about ``from_id`` at ``to_id`` (ORM changes: captured, synced)."""
    moved = 0
    for model, column in _referencing_columns():
        for row in session.scalars(select(model).where(getattr(model, column) == from_id)):
            setattr(row, column, to_id)
            moved += 1
    for row in session.scalars(select(Attachment).where(Attachment.owner_id == from_id)):
        row.owner_id = to_id
        moved += 1
    return moved


def merge(session: Session, keep_id: uuid.UUID, merge_id: uuid.UUID,
          now: datetime) -> MergeOutcome:
    if keep_id == merge_id:
        raise ValidationError("Vælg to forskellige børn at lægge sammen.",
                              log_message="merge of a child with itself")
    keep, gone = session.get(Child, keep_id), session.get(Child, merge_id)
    for wanted, child in ((keep_id, keep), (merge_id, gone)):
        if child is None or child.is_deleted:
            raise NotFoundError("Barnet med id {wanted} findes ikke.", wanted=wanted,
                                log_message=f"merge with unknown child {wanted}")
    if keep.cpr and gone.cpr and keep.cpr != gone.cpr:
        raise ValidationError("Børnene har forskellige CPR-numre og er derfor ikke samme barn. "
                              "Ret CPR-nummeret først, hvis det ene er forkert.",
                              log_message="merge of children with different CPR numbers")
    moved = move_rows(session, merge_id, keep_id)
    filled = []
    for name in FILLED_FIELDS:
        empty = (None,) if name in ANSWERED_WHEN_EMPTY else (None, "")
        if getattr(keep, name) in empty and getattr(gone, name) not in empty:
            setattr(keep, name, getattr(gone, name))
            filled.append(name)
    gone.merged_into_id = keep_id
    gone.deleted_at = now
    session.flush()
    return MergeOutcome(keep_id, merge_id, moved, tuple(filled))


def move_late_rows(session: Session) -> int:
    """Rows that arrived pointing at a merged record are moved to the kept record."""
    merged = dict(session.execute(select(Child.id, Child.merged_into_id).where(
        Child.merged_into_id.is_not(None))).all())
    if not merged:
        return 0
    moved = 0
    for source_id, target in merged.items():
        seen = {source_id}
        while target in merged and target not in seen:  # merged again later: follow on
            seen.add(target)
            target = merged[target]
        if session.get(Child, target) is not None:  # else it has not arrived here yet
            moved += move_rows(session, source_id, target)
    return moved
