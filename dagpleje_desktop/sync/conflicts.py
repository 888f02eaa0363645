"""Conflicts as people see them, and settling one with a new operation that syncs."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.cpr import mask_cpr
from ..domain.errors import NotFoundError, ValidationError
from ..store.changes import (ALL_FIELDS, SILENT_FIELDS, TOMBSTONE_FIELD, ChangeCapture,
                             decode_text, decode_value, field_kinds, syncable_tables)
from ..store.models import Base, ChangeOperation, Child, Conflict, FieldStamp
from . import duplicates

CHOICES = ("local", "remote", "merged")
# A possible duplicate child: keep the record that was here ("local", the other is
# merged into it), keep the record that arrived ("remote"), or they are two children.
DUPLICATE_CHOICES = ("local", "remote", duplicates.KEPT_APART)
DUPLICATE_LABEL = "muligt dubletbarn"
ENTITY_LABELS = {
    "child": "barn", "observation": "observation", "goal": "mål", "action_plan": "handleplan",
    "meeting": "møde", "guardian": "forælder/værge", "placement": "indskrivning",
    "childminder_home": "dagplejehjem", "professional": "fagperson", "consent": "samtykke",
    "visit": "besøg", "referral": "indstilling", "follow_up": "opfølgning",
    "development_assessment": "udviklingsvurdering", "wellbeing_assessment": "trivselsvurdering",
}


@dataclass(frozen=True)
class ConflictInfo:
    id: uuid.UUID
    entity: str
    entity_label: str
    row_id: uuid.UUID
    field: str
    is_delete: bool  # deleted on one side while edited on the other
    local_value: object
    remote_value: object
    local_text: str
    remote_text: str
    local_hlc: str
    remote_hlc: str
    kept: str  # which value the record holds now: "local", "remote" or "other"
    child_id: uuid.UUID | None
    created_at: datetime
    resolved_at: datetime | None
    resolution: str | None
    is_duplicate: bool = False  # two records that may be the same child (same CPR)


@cache
def model_for(entity: str):
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == entity:
            return mapper.class_
    raise KeyError(entity)


def _text(value, is_delete: bool) -> str:
    if is_delete:
        return "slettet" if value is not None else "bevaret (ændret)"
    if value is None or value == "":
        return "(tom)"
    if isinstance(value, bool):
        return "ja" if value else "nej"
    return str(value)


def _decode(entity: str, fld: str, text: str | None):
    try:
        return decode_text(entity, fld, text)
    except (ValueError, TypeError):
        return text


def _child_text(session: Session, child_id: uuid.UUID) -> str:
    child = session.get(Child, child_id)
    if child is None:
        return "(findes ikke længere)"
    cpr = f", CPR {mask_cpr(child.cpr)}" if child.cpr else ""
    merged = " – lagt sammen med et andet barn" if child.merged_into_id else ""
    return f"{child.full_name}{cpr}{merged}"


def _describe_duplicate(session: Session, conflict: Conflict) -> ConflictInfo:
    here, arrived = duplicates.pair_of(conflict)
    return ConflictInfo(conflict.id, conflict.entity, DUPLICATE_LABEL, conflict.row_id,
                        conflict.field, False, here, arrived, _child_text(session, here),
                        _child_text(session, arrived), conflict.local_hlc, conflict.remote_hlc,
                        "other", arrived, conflict.created_at, conflict.resolved_at,
                        conflict.resolution, is_duplicate=True)


_SHOWN = 200  # characters of an edited value shown beside a delete


def _values_text(entity: str, values: list[tuple[str, str | None]], label) -> str:
    parts = []
    for fld, text in values:
        shown = _text(_decode(entity, fld, text), False)
        shown = shown if len(shown) <= _SHOWN else shown[:_SHOWN - 1] + "…"
        parts.append(f"{label(fld)}: »{shown}«")
    return "; ".join(parts)


def _delete_texts(session: Session, conflict: Conflict, local, label) -> tuple[str, str]:
    """Delete against edit: the edit's new values beside what the deleted record held, so
    the person deciding sees what keeping or deleting means."""
    edit_hlc = conflict.local_hlc if local is None else conflict.remote_hlc
    ops = session.execute(select(ChangeOperation.field, ChangeOperation.value,
                                 ChangeOperation.prev_hlc).where(
        ChangeOperation.entity == conflict.entity, ChangeOperation.row_id == conflict.row_id,
        ChangeOperation.hlc == edit_hlc)).all()
    edits = sorted((f, v, p) for f, v, p in ops
                   if f not in SILENT_FIELDS and f != TOMBSTONE_FIELD)
    if not edits:
        return "slettet", "bevaret (ændret)"
    kept = "bevaret og ændret – " + _values_text(conflict.entity, [(f, v) for f, v, _ in edits],
                                                 label)
    before = []
    for fld, _, prev in edits:
        if prev is not None:
            value = session.scalar(select(ChangeOperation.value).where(
                ChangeOperation.entity == conflict.entity,
                ChangeOperation.row_id == conflict.row_id, ChangeOperation.field == fld,
                ChangeOperation.hlc == prev).limit(1))
            before.append((fld, value))
    gone = "slettet" + (" – havde " + _values_text(conflict.entity, before, label)
                        if before else "")
    return (kept, gone) if local is None else (gone, kept)


def describe(session: Session, conflict: Conflict, label=None) -> ConflictInfo:
    """``label`` names a field for people (the services pass the Danish labels)."""
    if conflict.field == duplicates.DUPLICATE_FIELD:
        return _describe_duplicate(session, conflict)
    label = label or (lambda fld: fld)
    is_delete = conflict.field == TOMBSTONE_FIELD
    local = _decode(conflict.entity, conflict.field, conflict.local_value)
    remote = _decode(conflict.entity, conflict.field, conflict.remote_value)
    local_text, remote_text = _text(local, is_delete), _text(remote, is_delete)
    if is_delete and (local is None) != (remote is None):
        local_text, remote_text = _delete_texts(session, conflict, local, label)
    stored = dict(session.execute(select(FieldStamp.field, FieldStamp.hlc).where(
        FieldStamp.entity == conflict.entity, FieldStamp.row_id == conflict.row_id,
        FieldStamp.field.in_((conflict.field, ALL_FIELDS)))).all())
    stamp = stored.get(conflict.field, stored.get(ALL_FIELDS))
    kept = {conflict.local_hlc: "local", conflict.remote_hlc: "remote"}.get(stamp, "other")
    child_id = None
    table = syncable_tables().get(conflict.entity)
    if conflict.entity == "child":
        child_id = conflict.row_id
    elif table is not None and "child_id" in table.c:
        child_id = session.scalar(select(table.c.child_id).where(table.c.id == conflict.row_id))
    return ConflictInfo(conflict.id, conflict.entity,
                        ENTITY_LABELS.get(conflict.entity, conflict.entity.replace("_", " ")),
                        conflict.row_id, conflict.field, is_delete, local, remote,
                        local_text, remote_text, conflict.local_hlc,
                        conflict.remote_hlc, kept, child_id, conflict.created_at,
                        conflict.resolved_at, conflict.resolution)


def _merged(entity: str, fld: str, merged_value):
    """A merged value typed by a person (text) or given by code (a Python value)."""
    kind = field_kinds(entity)[fld]
    if kind == "str":
        if not isinstance(merged_value, str):
            raise ValidationError("Skriv den flettede tekst.", log_message="merge without text")
        return merged_value
    native = {"uuid": uuid.UUID, "datetime": datetime, "date": date, "bytes": bytes,
              "bool": bool, "int": int, "float": (int, float)}[kind]
    if isinstance(merged_value, native) and not (kind in ("int", "float")
                                                 and isinstance(merged_value, bool)):
        return float(merged_value) if kind == "float" else merged_value
    try:
        data = merged_value
        if isinstance(data, str) and kind in ("bool", "int", "float"):
            data = json.loads(data)
        return decode_value(kind, data)
    except (ValueError, TypeError):
        raise ValidationError("Den flettede værdi passer ikke til feltet »{fld}«.", fld=fld,
                              log_message=f"bad merged value for {entity}.{fld}") from None


def open_conflict(session: Session, conflict_id: uuid.UUID) -> Conflict:
    conflict = session.get(Conflict, conflict_id)
    if conflict is None or conflict.is_deleted:
        raise NotFoundError("Konflikten {conflict_id} findes ikke.", conflict_id=conflict_id,
                            log_message=f"unknown conflict {conflict_id}")
    if conflict.resolved_at is not None:
        raise ValidationError("Konflikten er allerede løst.", log_message="conflict resolved")
    return conflict


def resolve_duplicate(session: Session, conflict: Conflict, choice: str,
                      now: datetime) -> Conflict:
    """Merge the two records (the merge syncs), or note that they are two children."""
    if choice not in DUPLICATE_CHOICES:
        raise ValidationError("Et muligt dubletbarn løses ved at beholde det ene barn (det "
                              "andet lægges sammen med det) eller ved at angive, at det er to "
                              "forskellige børn.", log_message=f"duplicate choice {choice!r}")
    here, arrived = duplicates.pair_of(conflict)
    if choice != duplicates.KEPT_APART:
        keep, gone = (here, arrived) if choice == "local" else (arrived, here)
        duplicates.merge(session, keep, gone, now)
    conflict.resolution, conflict.resolved_at = choice, now
    return conflict


def resolve(session: Session, capture: ChangeCapture, conflict_id: uuid.UUID, choice: str,
            merged_value, now: datetime) -> Conflict:
    """Set the field to the chosen value as a new operation; every open conflict on the
    field is settled by it (on other devices too, when the operation arrives)."""
    conflict = open_conflict(session, conflict_id)
    if conflict.field == duplicates.DUPLICATE_FIELD:
        return resolve_duplicate(session, conflict, choice, now)
    if choice not in CHOICES:
        raise ValidationError("Vælg enten din værdi, den modtagne værdi eller en flettet værdi.",
                              log_message=f"unknown choice {choice!r}")
    if conflict.field == TOMBSTONE_FIELD and choice == "merged":
        raise ValidationError("En sletning kan kun løses ved at beholde posten eller slette den.",
                              log_message="merged value for a delete conflict")
    if choice == "merged":
        value = _merged(conflict.entity, conflict.field, merged_value)
    else:
        text = conflict.local_value if choice == "local" else conflict.remote_value
        value = decode_text(conflict.entity, conflict.field, text)
    record = session.get(model_for(conflict.entity), conflict.row_id)
    if record is None:
        raise NotFoundError("Posten, konflikten handler om, findes ikke længere.",
                            log_message=f"conflict row {conflict.row_id} gone")
    open_ones = session.scalars(select(Conflict).where(
        Conflict.entity == conflict.entity, Conflict.row_id == conflict.row_id,
        Conflict.field == conflict.field, Conflict.resolved_at.is_(None))).all()
    setattr(record, conflict.field, value)
    stamps = {c.local_hlc for c in open_ones} | {c.remote_hlc for c in open_ones}
    capture.mark_resolution(session, conflict.entity, conflict.row_id, conflict.field, value,
                            sorted(stamps))
    for other in open_ones:
        other.resolution, other.resolved_at = choice, now
    return conflict
