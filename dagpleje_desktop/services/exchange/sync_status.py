"""Sync status for people: conflicts described in words, and open conflicts per child.

``services.sync`` lists conflicts as the merge sees them (entity, field, stamps); the
Synkronisering page and the child page need to say which record, which field, and which
device wrote each value when. Kept apart from ``services.sync`` so the engine stays small.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import func, select

from ...domain.cpr import mask_cpr
from ...domain.enums import AuditAction
from ...domain.hlc import HlcStamp
from ...store.changes import expand_stamps, load_stamps, syncable_tables
from ...store.models import Child, ChildminderHome, Conflict, Device, Observation, Placement
from ...sync import conflicts as conflict_rules
from ...sync import duplicates
from ...sync.conflicts import ConflictInfo
from ..security import audit
from ..security.access import active_on, parse_uuid, visible_child_ids
from ..context import AppContext

# The field names people know from the forms (fields not listed fall back to the code name).
FIELD_LABELS = {
    "first_name": "Fornavn", "last_name": "Efternavn", "cpr": "CPR-nummer",
    "birth_date": "Fødselsdato", "status": "Status", "special_needs": "Særlige behov",
    "diagnoses": "Diagnoser", "allergies": "Allergier", "medication": "Medicin",
    "routines": "Rutiner", "what_works": "Det virker for mig", "languages": "Sprog",
    "closed_on": "Sagen afsluttet", "deleted_at": "Sletning", "text": "Tekst",
    "situation": "Situation", "observed_at": "Tidspunkt", "position": "Position",
    "concern": "Bekymring", "sharing": "Deling", "title": "Titel", "name": "Navn",
    "phone": "Telefon", "email": "E-mail", "address": "Adresse", "postal_code": "Postnummer",
    "city": "By", "note": "Note", "notes": "Noter", "comment": "Kommentar",
    "agenda": "Dagsorden", "minutes": "Referat", "decisions": "Beslutninger",
    "preparation_notes": "Forberedelse", "place": "Sted", "starts_at": "Starttidspunkt",
    "ends_at": "Sluttidspunkt", "evaluation": "Evaluering", "measures": "Indsatser",
    "measure_who": "Hvem står for indsatsen", "measure_how_often": "Hvor ofte",
    "measure_where": "Hvor", "referent": "Referent", "next_meeting_at": "Næste møde",
    "signs_of_progress": "Tegn på udvikling", "responsible": "Ansvarlig",
    "target_date": "Måldato", "start_date": "Startdato", "end_date": "Slutdato",
    "end_reason": "Årsag til ophør", "background": "Baggrund", "resources": "Ressourcer",
    "challenges": "Udfordringer", "parent_agreements": "Aftaler med forældrene",
    "next_evaluation": "Næste evaluering", "reason": "Begrundelse", "places": "Pladser",
    "relation": "Relation", "has_custody": "Forældremyndighed", "recipients": "Modtagere",
    "information": "Oplysninger (note)", "categories": "Omfatter",
    "recipient_role": "Modtagerens rolle", "purpose": "Formål", "given_on": "Givet den",
    "expires_on": "Udløber den", "withdrawn_on": "Trukket tilbage den", "domain": "Område",
    "level_months": "Niveau (måneder)", "description": "Beskrivelse", "owner": "Ansvarlig",
    "due_on": "Frist", "done_on": "Udført den", "adaptations": "Tilpasninger",
    "language": "Sprog", "role": "Rolle", "workplace": "Arbejdssted", "visited_at": "Besøgt",
    "assessed_on": "Vurderet den", "decision_note": "Afgørelse", "institution": "Institution",
    "next_institution": "Næste institution", "kind": "Type",
    "allergy_severity": "Allergiens sværhedsgrad", "doctor_name": "Læge",
    "doctor_phone": "Lægens telefon", "collectors": "Må hentes af",
    "other_phone": "Anden telefon", "interpreter_needed": "Tolk",
    "planned_kindergarten_start": "Planlagt børnehavestart", "section": "Afsnit",
    "version": "Version", "written_by": "Skrevet af", "written_at": "Skrevet",
    **{f"{kind}_permission{part}": f"Tilladelse til {label}{suffix}"
       for kind, label in (("photo", "foto"), ("driving", "kørsel"),
                           ("trips", "ture ud af huset"))
       for part, suffix in (("", ""), ("_by", " (givet af)"), ("_on", " (dato)"))},
    duplicates.DUPLICATE_FIELD: "Muligt dubletbarn",
}
UNKNOWN_DEVICE = "ukendt enhed"


@dataclass(frozen=True)
class DuplicateSide:
    """One of two records that may be the same child, with what a person decides by."""

    child_id: uuid.UUID
    name: str
    cpr_masked: str
    birth_date: date | None
    home_name: str           # where the child is placed today ("" when nowhere)
    observation_count: int
    created_device: str      # the device the record was registered on
    created_at: datetime | None
    still_here: bool = True  # False once merged into another record or deleted


@dataclass(frozen=True)
class ConflictView:
    """One open or resolved conflict as the Synkronisering page shows it."""

    info: ConflictInfo
    record_title: str       # "Barn: Maja Nielsen", "Observation om Maja Nielsen"
    field_label: str        # "Allergier"
    local_device: str       # the device that wrote the value held here
    remote_device: str      # the device that wrote the value received
    local_at: datetime | None
    remote_at: datetime | None
    # For a possible duplicate child: (the record that was here, the record that arrived).
    duplicate: tuple[DuplicateSide, DuplicateSide] | None = None

    @property
    def id(self) -> uuid.UUID:
        return self.info.id

    @property
    def child_id(self) -> uuid.UUID | None:
        return self.info.child_id


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, field.replace("_", " ").capitalize())


def _stamp_origin(stamp: str) -> tuple[str, datetime | None]:
    """The device id and wall-clock time inside an HLC stamp (both empty if unreadable)."""
    try:
        decoded = HlcStamp.decode(stamp)
    except (ValueError, AttributeError):
        return "", None
    return decoded.device, datetime.fromtimestamp(decoded.millis / 1000, tz=timezone.utc)


def _device_names(session) -> dict[str, str]:
    return {str(device_id): name for device_id, name in
            session.execute(select(Device.id, Device.name))}


def _record_title(session, info: ConflictInfo) -> str:
    label = info.entity_label[:1].upper() + info.entity_label[1:]
    if info.child_id is not None:
        child = session.get(Child, info.child_id)
        if child is not None:
            if info.entity == "child":
                return f"Barn: {child.full_name}"
            return f"{label} om {child.full_name}"
    table = syncable_tables().get(info.entity)
    if table is not None and "name" in table.c:
        name = session.scalar(select(table.c.name).where(table.c.id == info.row_id))
        if name:
            return f"{label}: {name}"
    return label


def _duplicate_side(session, child_id: uuid.UUID, fallback_stamp: str,
                    names: dict[str, str], today: date) -> DuplicateSide:
    """The record as the card shows it; registered by the device that stamped its
    ``created_at`` (set once, when the record was made), else the notice's CPR stamp."""
    child = session.get(Child, child_id)
    raw = load_stamps(session.connection(), [("child", child_id)]).get(("child", child_id), {})
    device_id, _ = _stamp_origin(expand_stamps("child", raw).get("created_at", fallback_stamp))
    if child is None:
        return DuplicateSide(child_id, "(findes ikke længere)", "", None, "", 0,
                             names.get(device_id, UNKNOWN_DEVICE), None, still_here=False)
    home = session.scalar(
        select(ChildminderHome.name).join(Placement, Placement.home_id == ChildminderHome.id)
        .where(Placement.child_id == child_id, Placement.deleted_at.is_(None),
               active_on(Placement, today)).limit(1))
    observed = session.scalar(select(func.count()).select_from(Observation).where(
        Observation.child_id == child_id, Observation.deleted_at.is_(None))) or 0
    return DuplicateSide(child.id, child.full_name, mask_cpr(child.cpr) if child.cpr else "",
                         child.birth_date, home or "", observed,
                         names.get(device_id, UNKNOWN_DEVICE), child.created_at,
                         still_here=not child.is_deleted and child.merged_into_id is None)


def _view(session, conflict: Conflict, names: dict[str, str], today: date) -> ConflictView:
    info = conflict_rules.describe(session, conflict, field_label)
    local_id, local_at = _stamp_origin(info.local_hlc)
    remote_id, remote_at = _stamp_origin(info.remote_hlc)
    pair = None
    if info.is_duplicate:
        pair = (_duplicate_side(session, info.local_value, info.local_hlc, names, today),
                _duplicate_side(session, info.remote_value, info.remote_hlc, names, today))
    return ConflictView(info, _record_title(session, info), field_label(info.field),
                        names.get(local_id, UNKNOWN_DEVICE), names.get(remote_id, UNKNOWN_DEVICE),
                        local_at, remote_at, pair)


def _children_shown(view: ConflictView) -> set[uuid.UUID]:
    shown = {view.child_id} if view.child_id else set()
    if view.duplicate:
        shown |= {side.child_id for side in view.duplicate}
    return shown


def list_conflict_views(ctx: AppContext, child_id=None) -> list[ConflictView]:
    """Open conflicts, oldest first (only one child's when ``child_id`` is given).

    Showing both values reads the child's record, so each child shown is logged (both
    children of a possible duplicate).
    """
    with ctx.reading() as s:
        query = select(Conflict).where(Conflict.resolved_at.is_(None),
                                       Conflict.deleted_at.is_(None))
        names = _device_names(s)
        views = [_view(s, c, names, ctx.today())
                 for c in s.scalars(query.order_by(Conflict.created_at, Conflict.id))]
        visible = visible_child_ids(s, ctx)
        if visible is not None:
            views = [v for v in views if v.child_id is None or v.child_id in visible]
        if child_id is not None:
            wanted = parse_uuid(child_id, "barne-id")
            views = [v for v in views if v.child_id == wanted]
        for shown_child in sorted(set().union(*map(_children_shown, views)), key=str):
            audit.record(s, ctx, AuditAction.VIEW, "conflict", child_id=shown_child,
                         detail="conflicts listed")
        audit.record(s, ctx, AuditAction.VIEW, "conflict", detail=f"listed {len(views)}")
        return views


def open_conflicts_for_child(ctx: AppContext, child_id) -> int:
    """How many open conflicts concern the child (for the marker on the child page).

    A count only, no values: like the badge, it is not logged as a read of the record.
    """
    child_id = parse_uuid(child_id, "barne-id")
    with ctx.reading() as s:
        count = 0
        found = s.execute(select(Conflict.entity, Conflict.row_id, Conflict.field,
                                 Conflict.local_value).where(
            Conflict.resolved_at.is_(None), Conflict.deleted_at.is_(None))).all()
        rows = [(entity, row_id) for entity, row_id, _, _ in found]
        by_entity: dict[str, set[uuid.UUID]] = {}
        for notice in found:
            entity, row_id = notice.entity, notice.row_id
            if notice.field == duplicates.DUPLICATE_FIELD:  # either record of the pair
                count += child_id in duplicates.pair_of(notice)
            elif entity == "child":
                count += row_id == child_id
            else:
                by_entity.setdefault(entity, set()).add(row_id)
        for entity, row_ids in by_entity.items():
            table = syncable_tables().get(entity)
            if table is None or "child_id" not in table.c:
                continue
            owned = set(s.scalars(select(table.c.id).where(
                table.c.id.in_(row_ids), table.c.child_id == child_id)))
            count += sum(1 for entity_name, row_id in rows
                         if entity_name == entity and row_id in owned)
        return count



def is_duplicate_notice(ctx: AppContext, conflict_id) -> bool:
    """Whether the open conflict is a possible duplicate child (so resolving it merges two
    records). Reads the kind only, no record content: not logged, like the badge."""
    conflict_id = parse_uuid(conflict_id, "konflikt-id")
    with ctx.reading() as s:
        return s.scalar(select(Conflict.field).where(
            Conflict.id == conflict_id, Conflict.resolved_at.is_(None),
            Conflict.deleted_at.is_(None))) == duplicates.DUPLICATE_FIELD
