"""The earlier wording of corrected texts: written with the correction, read by the
timeline, the minutes and the access request (case folder)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.models import Correction
from ..context import AppContext

FIELD_LABELS = {"text": "Observation", "situation": "Situation", "minutes": "Referat",
                "decisions": "Beslutninger"}


@dataclass(frozen=True)
class CorrectionInfo:
    entity: str
    row_id: uuid.UUID
    field: str
    previous_text: str
    reason: str
    corrected_by: str
    corrected_at: datetime

    @property
    def field_label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)


def record(session: Session, ctx: AppContext, *, entity: str, row_id: uuid.UUID,
           child_id: uuid.UUID | None, field: str, previous: str, reason: str) -> None:
    session.add(Correction(entity=entity, row_id=row_id, child_id=child_id, field=field,
                           previous_text=previous, reason=reason,
                           corrected_by=ctx.user.display_name, corrected_at=ctx.now()))


def _info(row: Correction) -> CorrectionInfo:
    return CorrectionInfo(row.entity, row.row_id, row.field, row.previous_text, row.reason,
                          row.corrected_by, row.corrected_at)


def corrections_in(session: Session, row_ids: Iterable[uuid.UUID]
                   ) -> dict[uuid.UUID, list[CorrectionInfo]]:
    """Oldest first, per corrected row."""
    ids = list(row_ids)
    found: dict[uuid.UUID, list[CorrectionInfo]] = defaultdict(list)
    if not ids:
        return found
    for row in session.scalars(select(Correction).where(
            Correction.row_id.in_(ids), Correction.deleted_at.is_(None))
            .order_by(Correction.corrected_at)):
        found[row.row_id].append(_info(row))
    return found


def correction_times(session: Session, row_ids: Iterable[uuid.UUID]
                     ) -> dict[uuid.UUID, set[datetime]]:
    """When each of the rows was corrected (one time per correction, however many
    fields it changed); rows never corrected are absent."""
    ids = list(row_ids)
    found: dict[uuid.UUID, set[datetime]] = defaultdict(set)
    if ids:
        for row_id, at in session.execute(select(Correction.row_id, Correction.corrected_at)
                                          .where(Correction.row_id.in_(ids),
                                                 Correction.deleted_at.is_(None))):
            found[row_id].add(at)
    return found


def corrections_for(ctx: AppContext, row_id: uuid.UUID) -> list[CorrectionInfo]:
    with ctx.reading() as s:
        return corrections_in(s, [row_id]).get(row_id, [])


def child_corrections(session: Session, child_id: uuid.UUID) -> list[CorrectionInfo]:
    """Every correction in one child's record, oldest first (for the access request)."""
    return [_info(row) for row in session.scalars(select(Correction).where(
        Correction.child_id == child_id, Correction.deleted_at.is_(None))
        .order_by(Correction.corrected_at))]
