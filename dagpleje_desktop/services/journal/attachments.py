"""Photos and documents attached to observations, stored in the encrypted database."""

from __future__ import annotations

import mimetypes
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ...domain.enums import AuditAction
from ...domain.errors import NotFoundError, ValidationError
from ...store.models import Attachment, Observation
from ..security import audit
from ..security.access import require_child
from ..context import AppContext

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
ALLOWED_PREFIXES = ("image/", "application/pdf", "text/plain",
                    "application/vnd.openxmlformats-officedocument", "application/msword")


@dataclass(frozen=True)
class AttachmentInfo:
    id: uuid.UUID
    observation_id: uuid.UUID
    filename: str
    mime_type: str
    size: int
    created_at: datetime

    @property
    def is_image(self) -> bool:
        return self.mime_type.startswith("image/")


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def _observation(session, ctx: AppContext, observation_id: uuid.UUID) -> Observation:
    obs = session.get(Observation, observation_id)
    if obs is None or obs.is_deleted:
        raise NotFoundError("Observationen findes ikke.")
    require_child(session, ctx, obs.child_id)
    return obs


def check_attachment(filename: str, size: int) -> str:
    """The file's MIME type, or ValidationError when it cannot be attached.

    Lets a form refuse a file at once, before the observation it belongs to is saved.
    """
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            "Filen »{filename}« er for stor ({size}). Den største tilladte størrelse er "
            "{largest}.",
            filename=filename, size=_megabytes(size), largest=_megabytes(MAX_ATTACHMENT_BYTES),
            log_message=f"attachment too large: {size} bytes")
    if not size:
        raise ValidationError("Filen »{filename}« er tom.", filename=filename)
    mime = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    if not mime.startswith(ALLOWED_PREFIXES):
        raise ValidationError("Filtypen for »{filename}« kan ikke vedhæftes. Brug et billede, "
                              "en PDF eller et tekstdokument.", filename=filename)
    return mime


def add_attachment(ctx: AppContext, observation_id: uuid.UUID, filename: str,
                   content: bytes, *, attachment_id: uuid.UUID | None = None) -> AttachmentInfo:
    """Store a file on the observation; with ``attachment_id`` given, a second call with
    the same id (a save tried again) stores nothing new."""
    mime = check_attachment(filename, len(content))
    with ctx.db.transaction() as s:
        obs = _observation(s, ctx, observation_id)
        if attachment_id is not None and (known := s.get(Attachment, attachment_id)) is not None:
            return AttachmentInfo(known.id, obs.id, known.filename, known.mime_type, known.size,
                                  known.created_at)
        row = Attachment(id=attachment_id or uuid.uuid4(), owner_type="observation",
                         owner_id=obs.id, filename=filename, mime_type=mime,
                         size=len(content), content=content)
        s.add(row)
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, "attachment", row.id, child_id=obs.child_id,
                     detail=filename)
        return AttachmentInfo(row.id, obs.id, filename, mime, row.size, row.created_at)


def list_attachments(ctx: AppContext, observation_id: uuid.UUID) -> list[AttachmentInfo]:
    with ctx.db.transaction() as s:
        obs = _observation(s, ctx, observation_id)
        rows = s.execute(select(Attachment.id, Attachment.filename, Attachment.mime_type,
                                Attachment.size, Attachment.created_at)
                         .where(Attachment.owner_type == "observation",
                                Attachment.owner_id == obs.id, Attachment.deleted_at.is_(None))
                         .order_by(Attachment.created_at)).all()
        return [AttachmentInfo(r.id, obs.id, r.filename, r.mime_type, r.size, r.created_at)
                for r in rows]


def attachment_content(ctx: AppContext, attachment_id: uuid.UUID) -> bytes:
    with ctx.db.transaction() as s:
        row = s.get(Attachment, attachment_id)
        if row is None or row.is_deleted:
            raise NotFoundError("Bilaget findes ikke.")
        obs = _observation(s, ctx, row.owner_id)
        audit.record(s, ctx, AuditAction.VIEW, "attachment", row.id, child_id=obs.child_id)
        return row.content


def delete_attachment(ctx: AppContext, attachment_id: uuid.UUID) -> None:
    """Tombstone the record and drop the bytes (a photo should not linger once deleted)."""
    with ctx.db.transaction() as s:
        row = s.get(Attachment, attachment_id)
        if row is None or row.is_deleted:
            raise NotFoundError("Bilaget findes ikke.")
        obs = _observation(s, ctx, row.owner_id)
        row.deleted_at, row.content = ctx.now(), b""
        audit.record(s, ctx, AuditAction.DELETE, "attachment", row.id, child_id=obs.child_id)
