"""Referrals (indstillinger) to the Mini-dagpleje: register, list, show, schedule for the
visitation committee, and the documents sent with them.

Health visitors, small-child consultants, social workers, daycare consultants and the
committee itself may refer a child (seed 000). The committee's decision and what follows
a grant live in ``visitation``.
"""

from __future__ import annotations

import mimetypes
import uuid
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ...domain.capacity import check_places_per_child
from ...domain.cpr import mask_cpr, parse_cpr
from ...domain.enums import (AuditAction, ChildStatus, MeetingKind, MeetingStatus, ReferralStatus,
                             ReferrerType, UserRole, VisitKind)
from ...domain.errors import Label, NotFoundError, Notice, ValidationError
from ...reports.dates import short_date
from ...store.models import Attachment, Child, ChildminderHome, Meeting, Placement, Referral, Visit
from ..security import audit
from ..journal.attachments import ALLOWED_PREFIXES, MAX_ATTACHMENT_BYTES
from ..records.children import ChildInput, insert_child
from ..context import LOCAL_TZ, AppContext

OWNER_TYPE = "referral"
OPEN_STATUSES = (ReferralStatus.RECEIVED.value, ReferralStatus.IN_VISITATION.value)


@dataclass(frozen=True)
class AttachmentUpload:
    filename: str
    content: bytes


@dataclass(frozen=True)
class ReferralInput:
    """Either ``child_id`` (a child already known) or ``new_child`` (name, CPR, birth date)."""
    referrer_type: ReferrerType
    referrer_name: str
    reason: str
    requested_places: int
    child_id: uuid.UUID | None = None
    new_child: ChildInput | None = None
    received_on: date | None = None       # None: today
    committee_date: date | None = None    # set: the referral goes on that meeting's list
    attachments: tuple[AttachmentUpload, ...] = ()


@dataclass(frozen=True)
class ReferralProgress:
    """How far a granted referral has come: home visit, placement, start meeting."""
    home_visit_at: datetime | None = None
    home_id: uuid.UUID | None = None
    home_name: str = ""
    placed_from: date | None = None
    start_meeting_at: datetime | None = None
    next_step: str = ""


@dataclass(frozen=True)
class ReferralInfo:
    id: uuid.UUID
    child_id: uuid.UUID
    child_name: str
    cpr_masked: str
    birth_date: date | None
    referrer_type: ReferrerType
    referrer_name: str
    reason: str
    requested_places: int
    status: ReferralStatus
    received_on: date
    committee_date: date | None
    decision_note: str
    granted_places: int | None
    revisitation_on: date | None
    attachment_count: int
    progress: ReferralProgress = field(default_factory=ReferralProgress)

    @property
    def referrer(self) -> str:
        """"Sundhedsplejen (Hanne Ravn)" - type and person, as the lists show it."""
        name, kind = self.referrer_name.strip(), self.referrer_type.label
        return f"{kind} ({name})" if name and name != kind else kind


@dataclass(frozen=True)
class ReferralAttachmentInfo:
    id: uuid.UUID
    referral_id: uuid.UUID
    filename: str
    mime_type: str
    size: int
    created_at: datetime


@dataclass(frozen=True)
class ReferralDetail:
    info: ReferralInfo
    special_needs: str
    diagnoses: str
    attachments: list[ReferralAttachmentInfo] = field(default_factory=list)


# --- validation -------------------------------------------------------------------------

def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def check_upload(upload: AttachmentUpload) -> str:
    """The same limits as observation attachments; returns the MIME type."""
    name = upload.filename.strip()
    if not upload.content:
        raise ValidationError("Filen »{name}« er tom.", name=name)
    if len(upload.content) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            "Filen »{name}« er for stor ({size}). Den største tilladte størrelse er {largest}.",
            name=name, size=_megabytes(len(upload.content)),
            largest=_megabytes(MAX_ATTACHMENT_BYTES),
            log_message=f"attachment too large: {len(upload.content)} bytes")
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if not mime.startswith(ALLOWED_PREFIXES):
        raise ValidationError("Filtypen for »{name}« kan ikke vedhæftes. Brug et billede, en "
                              "PDF eller et tekstdokument.", name=name)
    return mime


def _validate(ctx: AppContext, data: ReferralInput) -> None:
    if (data.child_id is None) == (data.new_child is None):
        raise ValidationError("Vælg et barn, der allerede er oprettet, eller opret et nyt barn "
                              "til indstillingen (ikke begge dele).",
                              log_message="referral needs exactly one of child_id/new_child")
    if not data.reason.strip():
        raise ValidationError("Skriv hvorfor barnet indstilles (begrundelse).",
                              log_message="referral without reason")
    if data.referrer_type != ReferrerType.COMMITTEE and not data.referrer_name.strip():
        raise ValidationError("Skriv navnet på den, der indstiller ({referrer_type}).",
                              referrer_type=Label(data.referrer_type.label.lower()),
                              log_message="referral without referrer name")
    check_places_per_child(data.requested_places)
    received = data.received_on or ctx.today()
    if received > ctx.today():
        raise ValidationError("Indstillingen kan ikke være modtaget i fremtiden.")
    if data.committee_date is not None and data.committee_date < received:
        raise ValidationError("Visitationsudvalgets møde kan ikke ligge før indstillingen "
                              "er modtaget.")
    for upload in data.attachments:
        check_upload(upload)


def _existing_child(s: Session, ctx: AppContext, data: ReferralInput) -> Child:
    child = s.get(Child, data.child_id)
    if child is None or child.is_deleted:
        raise NotFoundError("Barnet med id {child_id} findes ikke.", child_id=data.child_id)
    waiting = s.scalar(select(Referral).where(
        Referral.child_id == child.id, Referral.deleted_at.is_(None),
        Referral.status.in_(OPEN_STATUSES)).limit(1))
    if waiting is not None:
        raise ValidationError(
            "Der er allerede en indstilling for {child}, som venter på visitation (modtaget "
            "{received_on}).", child=child.full_name, received_on=short_date(waiting.received_on),
            log_message="second open referral for child")
    return child


def _new_child(s: Session, ctx: AppContext, data: ChildInput) -> Child:
    if data.cpr.strip():
        cpr = parse_cpr(data.cpr)
        twin = s.scalar(select(Child).where(Child.cpr == cpr.value))
        if twin is not None:
            raise ValidationError(
                "Der findes allerede et barn med dette CPR-nummer ({twin}). Vælg det "
                "eksisterende barn i indstillingen.",
                twin=twin.full_name, log_message="duplicate CPR")
    return insert_child(s, ctx, replace(data, status=ChildStatus.REFERRED))


# --- use cases --------------------------------------------------------------------------

def register_referral(ctx: AppContext, data: ReferralInput) -> ReferralDetail:
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    _validate(ctx, data)
    try:
        with ctx.db.transaction() as s:
            child = (_existing_child(s, ctx, data) if data.child_id is not None
                     else _new_child(s, ctx, data.new_child))
            status = (ReferralStatus.IN_VISITATION if data.committee_date
                      else ReferralStatus.RECEIVED)
            referral = Referral(
                child_id=child.id, referrer_type=data.referrer_type.value,
                referrer_name=data.referrer_name.strip() or data.referrer_type.label,
                reason=data.reason.strip(), requested_places=data.requested_places,
                status=status.value, received_on=data.received_on or ctx.today(),
                committee_date=data.committee_date)
            s.add(referral)
            s.flush()
            audit.record(s, ctx, AuditAction.CREATE, "referral", referral.id, child_id=child.id,
                         detail=f"{data.referrer_type.value} places={data.requested_places}")
            for upload in data.attachments:
                _store_upload(s, ctx, referral, upload)
            return _detail(s, referral, ctx.today())
    except IntegrityError:
        raise ValidationError("Der findes allerede et barn med dette CPR-nummer.",
                              log_message="duplicate CPR on referral") from None


def require_referral(s: Session, referral_id: uuid.UUID) -> Referral:
    referral = s.get(Referral, referral_id)
    if referral is None or referral.is_deleted:
        raise NotFoundError("Indstillingen med id {referral_id} findes ikke.",
                            referral_id=referral_id)
    return referral


def get_referral(ctx: AppContext, referral_id: uuid.UUID) -> ReferralDetail:
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    with ctx.db.transaction() as s:
        referral = require_referral(s, referral_id)
        audit.record(s, ctx, AuditAction.VIEW, "referral", referral.id,
                     child_id=referral.child_id)
        return _detail(s, referral, ctx.today())


def list_referrals(ctx: AppContext, *, statuses: tuple[ReferralStatus, ...] = ()
                   ) -> list[ReferralInfo]:
    """Every referral (or those with the given statuses), newest first."""
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    with ctx.db.transaction() as s:
        query = select(Referral).where(Referral.deleted_at.is_(None)) \
            .order_by(Referral.received_on.desc(), Referral.created_at.desc())
        if statuses:
            query = query.where(Referral.status.in_([st.value for st in statuses]))
        rows = list(s.scalars(query))
        audit.record(s, ctx, AuditAction.VIEW, "referral_list", detail=f"{len(rows)} referrals")
        return referral_infos(s, rows, ctx.today())


def schedule_referral(ctx: AppContext, referral_id: uuid.UUID,
                      committee_date: date) -> ReferralInfo:
    """Put the referral on the list of the committee meeting on ``committee_date``."""
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    with ctx.db.transaction() as s:
        referral = require_referral(s, referral_id)
        if referral.status not in OPEN_STATUSES:
            status = ReferralStatus(referral.status).label.lower()
            raise ValidationError("Indstillingen er {status} og skal ikke visiteres igen.",
                                  status=Label(status),
                                  log_message=f"schedule referral in status {referral.status}")
        if committee_date < referral.received_on:
            raise ValidationError("Visitationsudvalgets møde kan ikke ligge før indstillingen "
                                  "er modtaget.")
        referral.committee_date = committee_date
        referral.status = ReferralStatus.IN_VISITATION.value
        audit.record(s, ctx, AuditAction.UPDATE, "referral", referral.id,
                     child_id=referral.child_id, detail=f"committee {committee_date}")
        return referral_infos(s, [referral], ctx.today())[0]


# --- attachments ------------------------------------------------------------------------

def _store_upload(s: Session, ctx: AppContext, referral: Referral,
                  upload: AttachmentUpload) -> Attachment:
    mime = check_upload(upload)
    row = Attachment(owner_type=OWNER_TYPE, owner_id=referral.id,
                     filename=upload.filename.strip(), mime_type=mime,
                     size=len(upload.content), content=upload.content)
    s.add(row)
    s.flush()
    audit.record(s, ctx, AuditAction.CREATE, "attachment", row.id, child_id=referral.child_id,
                 detail=row.filename)
    return row


def add_referral_attachment(ctx: AppContext, referral_id: uuid.UUID,
                            upload: AttachmentUpload) -> ReferralAttachmentInfo:
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    check_upload(upload)
    with ctx.db.transaction() as s:
        referral = require_referral(s, referral_id)
        row = _store_upload(s, ctx, referral, upload)
        return _attachment_info(row)


def _require_attachment(s: Session, attachment_id: uuid.UUID) -> tuple[Attachment, Referral]:
    row = s.get(Attachment, attachment_id)
    if row is None or row.is_deleted or row.owner_type != OWNER_TYPE:
        raise NotFoundError("Bilaget findes ikke.")
    return row, require_referral(s, row.owner_id)


def referral_attachment_content(ctx: AppContext, attachment_id: uuid.UUID) -> bytes:
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    with ctx.db.transaction() as s:
        row, referral = _require_attachment(s, attachment_id)
        audit.record(s, ctx, AuditAction.VIEW, "attachment", row.id, child_id=referral.child_id)
        return row.content


def delete_referral_attachment(ctx: AppContext, attachment_id: uuid.UUID) -> None:
    """Tombstone the record and drop the bytes, as for observation attachments."""
    ctx.require_role(UserRole.OFFICE, UserRole.CONSULTANT)
    with ctx.db.transaction() as s:
        row, referral = _require_attachment(s, attachment_id)
        row.deleted_at, row.content = ctx.now(), b""
        audit.record(s, ctx, AuditAction.DELETE, "attachment", row.id, child_id=referral.child_id)


def _attachment_info(row: Attachment) -> ReferralAttachmentInfo:
    return ReferralAttachmentInfo(row.id, row.owner_id, row.filename, row.mime_type, row.size,
                                  row.created_at)


def _attachments(s: Session, referral_ids) -> dict[uuid.UUID, list[Attachment]]:
    found: dict[uuid.UUID, list[Attachment]] = defaultdict(list)
    if not referral_ids:
        return found
    rows = s.scalars(select(Attachment).where(
        Attachment.owner_type == OWNER_TYPE, Attachment.owner_id.in_(referral_ids),
        Attachment.deleted_at.is_(None)).order_by(Attachment.created_at))
    for row in rows:
        found[row.owner_id].append(row)
    return found


# --- read models ------------------------------------------------------------------------

def _detail(s: Session, referral: Referral, today: date) -> ReferralDetail:
    child = s.get(Child, referral.child_id)
    rows = _attachments(s, [referral.id])[referral.id]
    return ReferralDetail(referral_infos(s, [referral], today)[0], child.special_needs,
                          child.diagnoses, [_attachment_info(r) for r in rows])


def referral_infos(s: Session, referrals: list[Referral], today: date) -> list[ReferralInfo]:
    child_ids = {r.child_id for r in referrals}
    children = {c.id: c for c in s.scalars(select(Child).where(Child.id.in_(child_ids)))} \
        if child_ids else {}
    files = _attachments(s, [r.id for r in referrals])
    steps = _progress_facts(s, child_ids, today)
    result = []
    for r in referrals:
        child = children[r.child_id]
        result.append(ReferralInfo(
            r.id, r.child_id, child.full_name, mask_cpr(child.cpr), child.birth_date,
            ReferrerType(r.referrer_type), r.referrer_name, r.reason, r.requested_places,
            ReferralStatus(r.status), r.received_on, r.committee_date, r.decision_note,
            r.granted_places, r.revisitation_on, len(files[r.id]),
            _progress(r, steps.get(r.child_id, {}))))
    return result


def _local_day(moment: datetime) -> date:
    return moment.astimezone(LOCAL_TZ).date()


def _progress_facts(s: Session, child_ids, today: date) -> dict[uuid.UUID, dict]:
    """Per child: home visits, current or coming placements and start meetings."""
    facts: dict[uuid.UUID, dict] = defaultdict(dict)
    if not child_ids:
        return facts
    for visit in s.scalars(select(Visit).where(
            Visit.child_id.in_(child_ids), Visit.deleted_at.is_(None),
            Visit.kind == VisitKind.HOME.value).order_by(Visit.visited_at)):
        facts[visit.child_id].setdefault("visits", []).append(visit.visited_at)
    placed = s.execute(select(Placement, ChildminderHome.name)
                       .join(ChildminderHome, ChildminderHome.id == Placement.home_id)
                       .where(Placement.child_id.in_(child_ids), Placement.deleted_at.is_(None))
                       .order_by(Placement.start_date))
    for placement, home_name in placed:
        if placement.end_date is None or placement.end_date >= today:
            facts[placement.child_id].setdefault("placement", (placement, home_name))
    for meeting in s.scalars(select(Meeting).where(
            Meeting.child_id.in_(child_ids), Meeting.deleted_at.is_(None),
            Meeting.kind == MeetingKind.START.value,
            Meeting.status != MeetingStatus.CANCELLED.value).order_by(Meeting.starts_at)):
        facts[meeting.child_id].setdefault("meetings", []).append(meeting.starts_at)
    return facts


def _progress(r: Referral, facts: dict) -> ReferralProgress:
    status = ReferralStatus(r.status)
    if status != ReferralStatus.GRANTED:
        if status == ReferralStatus.RECEIVED:
            step = Notice("Sæt indstillingen på visitationsudvalgets møde")
        elif status == ReferralStatus.IN_VISITATION:
            step = Notice("Afventer visitation {day}", day=short_date(r.committee_date))
        else:
            step = status.label
        return ReferralProgress(next_step=step)
    visit = next((v for v in facts.get("visits", []) if _local_day(v) >= r.received_on), None)
    meeting = next((m for m in facts.get("meetings", []) if _local_day(m) >= r.received_on),
                   None)
    placement, home_name = facts.get("placement", (None, ""))
    if visit is None:
        step = Notice("Planlæg hjemmebesøg hos familien")
    elif placement is None:
        step = Notice("Find et mini-dagplejehjem og indskriv barnet")
    elif meeting is None:
        step = Notice("Planlæg opstartsmøde hos mini-dagplejeren")
    else:
        step = (Notice("Indskrevet hos {home}; revisitation {day}", home=home_name,
                       day=short_date(r.revisitation_on))
                if r.revisitation_on else Notice("Indskrevet hos {home}", home=home_name))
    return ReferralProgress(visit, placement.home_id if placement else None, home_name,
                            placement.start_date if placement else None, meeting, step)
