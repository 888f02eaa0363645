"""Saving an observation as the form has it: the observation, its attachment changes and
the end of its draft, in one transaction, so a failure leaves nothing half-saved.

The form gives the observation its id when it opens; the attachments get ids derived
from it. A save tried again after an unknown outcome (the first may have committed)
therefore finds what the first stored and stores nothing twice.
"""

from __future__ import annotations

import contextlib
import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from ...domain.errors import NotFoundError
from . import attachments, drafts, observations
from ..context import AppContext
from .observations import ObservationInfo, ObservationInput


@dataclass(frozen=True)
class NewAttachment:
    name: str
    content: bytes


@dataclass(frozen=True)
class ObservationSave:
    observation_id: uuid.UUID  # the stored one, or the form's id for a new observation
    data: ObservationInput
    new_files: Sequence[NewAttachment] = ()
    removed_attachment_ids: Sequence[uuid.UUID] = ()
    draft_id: uuid.UUID | None = None


def attachment_id(observation_id: uuid.UUID, position: int, new_file: NewAttachment) -> uuid.UUID:
    digest = hashlib.sha256(new_file.content).hexdigest()
    return uuid.uuid5(observation_id, f"{position}:{new_file.name}:{digest}")


def save_observation(ctx: AppContext, save: ObservationSave) -> ObservationInfo:
    """Create or update; add and remove attachments; drop the draft. All or nothing."""
    for new_file in save.new_files:  # refused before anything is written
        attachments.check_attachment(new_file.name, len(new_file.content))
    with ctx.db.transaction():
        if observations.observation_exists(ctx, save.observation_id):
            info = observations.update_observation(ctx, save.observation_id, save.data)
        else:
            info = observations.create_observation(ctx, save.data,
                                                   observation_id=save.observation_id)
        for position, new_file in enumerate(save.new_files):
            attachments.add_attachment(
                ctx, info.id, new_file.name, new_file.content,
                attachment_id=attachment_id(info.id, position, new_file))
        for removed in save.removed_attachment_ids:
            with contextlib.suppress(NotFoundError):  # already removed by the first try
                attachments.delete_attachment(ctx, removed)
        if save.draft_id is not None:
            drafts.discard_draft_if_present(ctx, save.draft_id)
    return info
