"""Storing the observation form's input: one worker job, one service call, one transaction.

Plain Python (no widgets), run on the database worker. Attachments were checked when
they were chosen and are checked again before anything is written: a refusal leaves the
form open with everything typed, and a failure stores nothing at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from ...services import observation_saving
from ...services.context import AppContext
from ...services.observation_saving import NewAttachment, ObservationSave
from ...services.observations import ObservationInfo
from ..widgets.observation_attachments import NewFile
from .observation_state import FormState


@dataclass(frozen=True)
class SaveResult:
    observation: ObservationInfo
    problems: tuple[str, ...] = ()  # kept for the form's receipt; one transaction has none


def save_observation(session: AppContext, observation_id: uuid.UUID, state: FormState,
                     new_files: Sequence[NewFile], draft_id: uuid.UUID | None) -> SaveResult:
    """Create or update (``observation_id`` is the form's own id for a new one), store
    the attachment changes and drop the draft, all or nothing."""
    save = ObservationSave(
        observation_id=observation_id, data=state.to_input(),
        new_files=tuple(NewAttachment(f.name, f.content) for f in new_files),
        removed_attachment_ids=tuple(state.removed_attachment_ids), draft_id=draft_id)
    return SaveResult(observation_saving.save_observation(session, save))
