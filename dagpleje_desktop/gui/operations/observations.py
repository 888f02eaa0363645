"""Operations on observations: open one for editing, save, delete, and the timeline's
pages (with the position of one observation for a search hit).

Every call runs on the database worker; the callbacks arrive on the GUI thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ...services.journal import attachments, drafts, observation_saving, observations
from ...services.records import professionals
from ...services.journal.attachments import AttachmentInfo, check_attachment
from ...services.context import AppContext
from ...services.journal.drafts import DraftInfo
from ...services.journal.observation_saving import NewAttachment, ObservationSave
from ...services.journal.observations import (ObservationFilter, ObservationInfo, ObservationInput,
                                              ObservationPage)
from ...services.records.professionals import ProfessionalInfo
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["AttachmentInfo", "NewAttachment", "ObservationFilter", "ObservationInfo",
           "ObservationInput", "ObservationPage", "ObservationSave", "ObservationToEdit",
           "ProfessionalInfo", "RowsUpTo", "check_attachment"]


@dataclass(frozen=True)
class ObservationToEdit:
    observation: ObservationInfo
    attachments: list[AttachmentInfo]
    draft: DraftInfo | None  # the user's unsaved edit of it, if any


def load_for_edit(runner: OperationRunner, ctx: AppContext, obs_id: uuid.UUID,
                  draft: DraftInfo | None, on_done: DoneCallback,
                  on_error: ErrorCallback) -> int:
    """on_done receives an ObservationToEdit; without ``draft`` the user's stored draft
    of this observation is looked up."""
    def work() -> ObservationToEdit:
        info = observations.get_observation(ctx, obs_id)
        files = attachments.list_attachments(ctx, obs_id)
        pending = draft or next((d for d in drafts.list_drafts(ctx)
                                 if d.observation_id == obs_id), None)
        return ObservationToEdit(info, files, pending)
    return runner.run_db(work, on_done, on_error)


def save(runner: OperationRunner, ctx: AppContext, data: ObservationSave,
         on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """Create or update, store the attachment changes and drop the draft, all or nothing;
    on_done receives the ObservationInfo."""
    return runner.run_db(lambda: observation_saving.save_observation(ctx, data),
                         on_done, on_error)


def delete(runner: OperationRunner, ctx: AppContext, obs_id: uuid.UUID,
           on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """Tombstone the observation; on_done receives its child's id (None if already gone)."""
    def work() -> uuid.UUID | None:
        found = observations.get_observations(ctx, [obs_id])
        observations.delete_observation(ctx, obs_id)
        return found[0].child_id if found else None
    return runner.run_db(work, on_done, on_error)


def list_authors(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                 on_error: ErrorCallback) -> int:
    """on_done receives the ProfessionalInfo list (the timeline's author filter)."""
    return runner.run_db(lambda: professionals.list_professionals(ctx), on_done, on_error)


def load_page(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
              flt: ObservationFilter, offset: int, limit: int, on_done: DoneCallback,
              on_error: ErrorCallback, *, count: bool = True) -> int:
    """on_done receives an ObservationPage (``total`` is None without ``count``)."""
    return runner.run_db(lambda: observations.observation_page(
        ctx, child_id, flt, offset=offset, limit=limit, count=count), on_done, on_error)


@dataclass(frozen=True)
class RowsUpTo:
    position: int | None  # where the observation stands in the list; None: not listed
    rows: list[ObservationInfo]  # the rows from the offset asked for through it


def load_rows_up_to(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                    flt: ObservationFilter, obs_id: uuid.UUID, offset: int, batch: int,
                    on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """Find the observation in the filtered list and read whole pages from ``offset``
    until it is among them, in one trip; on_done receives RowsUpTo."""
    def work() -> RowsUpTo:
        position = observations.observation_position(ctx, child_id, obs_id, flt)
        if position is None or position < offset:
            return RowsUpTo(position, [])
        pages = (position - offset) // batch + 1
        return RowsUpTo(position, observations.observation_page(
            ctx, child_id, flt, offset=offset, limit=pages * batch, count=False).rows)
    return runner.run_db(work, on_done, on_error)
