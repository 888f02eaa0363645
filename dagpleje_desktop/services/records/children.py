"""Children: register, edit, list (lazily, by id batches) and show one child's record."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from ...domain.ages import age_in_months
from ...domain.child_record import (AllergySeverity, HealthState, PermissionKind, clean_health,
                                    health_state)
from ...domain.cpr import mask_cpr, parse_cpr
from ...domain.enums import AuditAction, ChildStatus, UserRole
from ...domain.errors import Label, ValidationError
from ...store.models import AuditEvent, Child, ChildGuardian, ChildminderHome, Guardian, Placement
from ..security import audit
from ..security.access import active_on, require_child, visible_child_ids
from ..context import AppContext
from .guardians import GuardianInfo, guardians_of
from ..journal.observations import ObservationInfo, recent_observations
from .placements import PlacementInfo, placements_of

RECENT_OBSERVATIONS = 10


@dataclass(frozen=True)
class Permission:
    """A custody holder's answer: yes/no (None: not asked), who gave it and when."""

    granted: bool | None = None
    given_by: uuid.UUID | None = None   # the guardian
    given_on: date | None = None


NOT_ASKED = Permission()


@dataclass(frozen=True)
class ChildInput:
    """Health fields: None is "not recorded", "" an explicit "none", else the list."""

    first_name: str
    last_name: str
    cpr: str | None = ""     # None: keep the CPR number the record has (update only)
    birth_date: date | None = None
    status: ChildStatus = ChildStatus.REFERRED
    special_needs: str = ""
    diagnoses: str | None = None
    allergies: str | None = None
    medication: str | None = None
    routines: str = ""
    what_works: str = ""
    languages: str = ""
    allergy_severity: AllergySeverity | None = None
    doctor_name: str = ""
    doctor_phone: str = ""
    collectors: str = ""
    photo_permission: Permission = NOT_ASKED
    driving_permission: Permission = NOT_ASKED
    trips_permission: Permission = NOT_ASKED


@dataclass(frozen=True)
class PermissionInfo:
    kind: PermissionKind
    granted: bool | None
    given_by: uuid.UUID | None
    given_by_name: str          # kept readable after the guardian was removed
    given_on: date | None


@dataclass(frozen=True)
class ChildSummary:
    id: uuid.UUID
    first_name: str
    last_name: str
    cpr_masked: str
    birth_date: date | None
    age_months: int | None
    status: ChildStatus
    home_id: uuid.UUID | None
    home_name: str

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class ChildDetail:
    summary: ChildSummary
    special_needs: str
    diagnoses: str | None       # health: None "not recorded", "" "none", else the list
    allergies: str | None
    medication: str | None
    routines: str
    what_works: str
    languages: str
    guardians: list[GuardianInfo] = field(default_factory=list)
    placements: list[PlacementInfo] = field(default_factory=list)
    recent_observations: list[ObservationInfo] = field(default_factory=list)
    allergy_severity: AllergySeverity | None = None
    doctor_name: str = ""
    doctor_phone: str = ""
    collectors: str = ""
    permissions: list[PermissionInfo] = field(default_factory=list)

    def health_state(self, name: str) -> HealthState:
        return health_state(getattr(self, name))


def _clean(data: ChildInput) -> dict:
    first = data.first_name.strip()
    if not first:
        raise ValidationError("Barnets fornavn skal udfyldes.", log_message="child without name")
    values = {k: (v.strip() if isinstance(v, str) else v) for k, v in data.__dict__.items()
              if not isinstance(v, Permission)}
    values["status"] = data.status.value
    for name in HEALTH_COLUMNS:
        values[name] = clean_health(getattr(data, name))
    values["allergy_severity"] = (AllergySeverity(data.allergy_severity).value
                                  if data.allergy_severity else None)
    for kind in PermissionKind:
        values.update(_permission_values(kind, getattr(data, kind.column)))
    if data.cpr is None:
        del values["cpr"]  # kept as it is (see update_child)
    elif data.cpr.strip():
        cpr = parse_cpr(data.cpr)
        values["cpr"], values["birth_date"] = cpr.value, cpr.birth_date
    else:
        values["cpr"] = None
    return values


HEALTH_COLUMNS = ("diagnoses", "allergies", "medication")


def _permission_values(kind: PermissionKind, answer: Permission) -> dict:
    """The three columns of one permission; an answer needs who gave it and when."""
    column = kind.column
    if answer.granted is None:
        return {column: None, f"{column}_by": None, f"{column}_on": None}
    if answer.given_by is None or answer.given_on is None:
        raise ValidationError(
            "Skriv, hvem der gav tilladelsen til {kind}, og hvornår.",
            kind=Label(kind.label.lower()),
            log_message=f"permission {kind.value} without giver or date")
    return {column: bool(answer.granted), f"{column}_by": answer.given_by,
            f"{column}_on": answer.given_on}


def _current_homes(session, child_ids: Sequence[uuid.UUID], day: date) -> dict:
    rows = session.execute(
        select(Placement.child_id, ChildminderHome.id, ChildminderHome.name)
        .join(ChildminderHome, ChildminderHome.id == Placement.home_id)
        .where(Placement.child_id.in_(child_ids), Placement.deleted_at.is_(None),
               active_on(Placement, day)))
    return {child_id: (home_id, name) for child_id, home_id, name in rows}


def _summaries(session, children: Sequence[Child], day: date) -> list[ChildSummary]:
    homes = _current_homes(session, [c.id for c in children], day)
    result = []
    for c in children:
        home_id, home_name = homes.get(c.id, (None, ""))
        age = age_in_months(c.birth_date, day) if c.birth_date else None
        result.append(ChildSummary(c.id, c.first_name, c.last_name, mask_cpr(c.cpr),
                                   c.birth_date, age, ChildStatus(c.status), home_id, home_name))
    return result


def _duplicate_cpr(exc: IntegrityError) -> ValidationError:
    return ValidationError("Der findes allerede et barn med dette CPR-nummer.",
                           log_message=f"duplicate CPR: {exc.orig.__class__.__name__}")


def _lock_cpr(session, cpr: str) -> None:
    """Serialise check-then-insert of one CPR number until the transaction ends.

    SQLite transactions here start with BEGIN IMMEDIATE, so only one writer checks at a
    time. PostgreSQL runs writers side by side under READ COMMITTED, and with no unique
    constraint two creates of the same CPR could both pass the check: a transaction-scoped
    advisory lock on the number makes the second wait and then see the first.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    key = int.from_bytes(hashlib.sha256(f"child.cpr:{cpr}".encode()).digest()[:8], "big",
                         signed=True)
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def ensure_cpr_free(session, cpr: str | None, child_id: uuid.UUID | None = None) -> None:
    """Refuse a CPR number another live child here has. Checked here, not by a database
    constraint: two devices may register the same child, and both records must be able
    to arrive by sync until a person merges them."""
    if not cpr:
        return
    _lock_cpr(session, cpr)
    query = select(Child.id).where(Child.cpr == cpr, Child.deleted_at.is_(None))
    if child_id is not None:
        query = query.where(Child.id != child_id)
    if session.scalar(query.limit(1)) is not None:
        raise ValidationError("Der findes allerede et barn med dette CPR-nummer.",
                              log_message="duplicate CPR")


def create_child(ctx: AppContext, data: ChildInput) -> ChildSummary:
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    values = _clean(data)
    try:
        with ctx.db.transaction() as s:
            ensure_cpr_free(s, values["cpr"])
            child = Child(**values)
            s.add(child)
            s.flush()
            audit.record(s, ctx, AuditAction.CREATE, "child", child.id, child_id=child.id)
            return _summaries(s, [child], ctx.today())[0]
    except IntegrityError as exc:
        raise _duplicate_cpr(exc) from None


def _check_permission_givers(session, child_id: uuid.UUID, values: dict, changed,
                             today: date) -> None:
    """A changed permission must come from a custody holder of this child, not later
    than today (an unchanged one stays, even if its giver was removed since)."""
    custody = {g.id for g in guardians_of(session, child_id) if g.has_custody}
    for kind in PermissionKind:
        column = kind.column
        if not {column, f"{column}_by", f"{column}_on"} & set(changed) \
                or values[column] is None:
            continue
        if values[f"{column}_by"] not in custody:
            raise ValidationError(
                "Tilladelsen til {kind} skal gives af en forælder med forældremyndighed over "
                "barnet.", kind=Label(kind.label.lower()), log_message=f"permission {kind.value} "
                "given by someone without custody")
        if values[f"{column}_on"] > today:
            raise ValidationError(
                "Datoen for tilladelsen til {kind} ligger efter i dag.",
                kind=Label(kind.label.lower()),
                log_message=f"permission {kind.value} dated in the future")


def _apply(s, ctx: AppContext, child: Child, values: dict) -> list[str]:
    """Write the fields that differ (each is its own sync operation) and audit them."""
    changed = sorted(k for k, v in values.items() if getattr(child, k) != v)
    if "cpr" in changed:
        ensure_cpr_free(s, values["cpr"], child.id)
    _check_permission_givers(s, child.id, values, changed, ctx.today())
    for key in changed:
        setattr(child, key, values[key])
    audit.record(s, ctx, AuditAction.UPDATE, "child", child.id, child_id=child.id,
                 detail=",".join(changed))
    return changed


def update_child(ctx: AppContext, child_id: uuid.UUID, data: ChildInput) -> ChildSummary:
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    values = _clean(data)
    try:
        with ctx.db.transaction() as s:
            child = require_child(s, ctx, child_id)
            if "cpr" not in values and child.cpr:
                del values["birth_date"]  # the kept CPR number gives the birth date
            _apply(s, ctx, child, values)
            return _summaries(s, [child], ctx.today())[0]
    except IntegrityError as exc:
        raise _duplicate_cpr(exc) from None


@dataclass(frozen=True)
class CareInput:
    """What the mini-childminder may complete herself: the daily care of the child."""

    routines: str = ""
    what_works: str = ""
    collectors: str = ""


def update_child_care(ctx: AppContext, child_id: uuid.UUID, data: CareInput) -> ChildSummary:
    """Routines, "Det virker for mig" and who may collect: every role with access."""
    values = {k: v.strip() for k, v in data.__dict__.items()}
    with ctx.db.transaction() as s:
        child = require_child(s, ctx, child_id)
        _apply(s, ctx, child, values)
        return _summaries(s, [child], ctx.today())[0]


@dataclass(frozen=True)
class FieldChange:
    """The last change of one field of the child's record, from the audit log."""

    field: str
    username: str
    at: datetime


def field_changes(ctx: AppContext, child_id: uuid.UUID) -> dict[str, FieldChange]:
    """Who changed each field last and when (fields never changed since creation: absent)."""
    with ctx.reading() as s:
        require_child(s, ctx, child_id)
        events = s.execute(select(AuditEvent.username, AuditEvent.at, AuditEvent.detail).where(
            AuditEvent.child_id == child_id, AuditEvent.entity == "child",
            AuditEvent.entity_id == str(child_id),
            AuditEvent.action == AuditAction.UPDATE.value).order_by(AuditEvent.seq))
        latest: dict[str, FieldChange] = {}
        for username, at, detail in events:
            for name in filter(None, (detail or "").split(",")):
                latest[name] = FieldChange(name, username, at)
        return latest


def child_ids(ctx: AppContext, *, include_archived: bool = False) -> list[uuid.UUID]:
    """Ordered ids of the user's children; views fetch rows for them in batches."""
    with ctx.reading() as s:
        query = select(Child.id).where(Child.deleted_at.is_(None)) \
            .order_by(Child.first_name, Child.last_name, Child.id)
        if not include_archived:
            query = query.where(Child.status != ChildStatus.ARCHIVED.value)
        visible = visible_child_ids(s, ctx)
        ids = [i for i in s.scalars(query) if visible is None or i in visible]
        audit.record(s, ctx, AuditAction.VIEW, "child_list", detail=f"{len(ids)} children")
        return ids


def child_summaries(ctx: AppContext, ids: Sequence[uuid.UUID]) -> list[ChildSummary]:
    """Summaries for the given ids, in the same order (the list was logged by child_ids)."""
    with ctx.reading() as s:
        visible = visible_child_ids(s, ctx)
        wanted = [i for i in ids if visible is None or i in visible]
        rows = {c.id: c for c in s.scalars(select(Child).where(Child.id.in_(wanted)))}
        children = [rows[i] for i in wanted if i in rows]
        return _summaries(s, children, ctx.today())


def list_children(ctx: AppContext, *, include_archived: bool = False) -> list[ChildSummary]:
    return child_summaries(ctx, child_ids(ctx, include_archived=include_archived))


def get_child(ctx: AppContext, child_id: uuid.UUID, *,
              with_recent_observations: bool = True) -> ChildDetail:
    """One child's record; the access is logged (right of access covers the log).
    Without ``with_recent_observations`` that list stays empty (for a view that reads
    the timeline itself)."""
    with ctx.reading() as s:
        child = require_child(s, ctx, child_id)
        audit.record(s, ctx, AuditAction.VIEW, "child", child.id, child_id=child.id)
        summary = _summaries(s, [child], ctx.today())[0]
        severity = AllergySeverity(child.allergy_severity) if child.allergy_severity else None
        return ChildDetail(summary, child.special_needs, child.diagnoses, child.allergies,
                           child.medication, child.routines, child.what_works,
                           child.languages, guardians_of(s, child.id),
                           placements_of(s, child.id),
                           recent_observations(s, child.id, RECENT_OBSERVATIONS)
                           if with_recent_observations else [],
                           severity, child.doctor_name, child.doctor_phone, child.collectors,
                           permissions_of(s, child))


def permissions_of(session, child: Child) -> list[PermissionInfo]:
    """Every kind, asked or not; the giver's name even if the guardian was removed."""
    result = []
    for kind in PermissionKind:
        column = kind.column
        by = getattr(child, f"{column}_by")
        giver = session.get(Guardian, by) if by is not None else None
        result.append(PermissionInfo(kind, getattr(child, column), by,
                                     giver.name if giver is not None else "",
                                     getattr(child, f"{column}_on")))
    return result


def children_of_guardian_count(ctx: AppContext, guardian_id: uuid.UUID) -> int:
    with ctx.db.transaction() as s:
        return len(list(s.scalars(select(ChildGuardian.child_id).where(
            ChildGuardian.guardian_id == guardian_id, ChildGuardian.deleted_at.is_(None)))))


def insert_child(session, ctx: AppContext, data: ChildInput) -> Child:
    """Add a child inside the caller's transaction (e.g. together with its referral).

    A CPR number already in use raises ValidationError, as in create_child.
    """
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    values = _clean(data)
    ensure_cpr_free(session, values["cpr"])
    child = Child(**values)
    session.add(child)
    session.flush()
    audit.record(session, ctx, AuditAction.CREATE, "child", child.id, child_id=child.id)
    return child
