"""Storing the observation form's input: one worker job, service calls only.

Plain Python (no widgets), run on the database worker. Attachments were checked when
they were chosen, so a failure here is rare; it is reported without losing the saved
observation, which is why the job returns the problems instead of raising them.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from ...domain.errors import DagplejeError
from ...services import attachments, drafts, observations
from ...services.context import AppContext
from ...services.observations import ObservationInfo
from ..widgets.observation_attachments import NewFile
from .observation_state import FormState


@dataclass(frozen=True)
class SaveResult:
    observation: ObservationInfo
    problems: tuple[str, ...] = ()  # Danish, one per attachment that was not stored


def save_observation(session: AppContext, observation_id: uuid.UUID | None, state: FormState,
                     new_files: Sequence[NewFile], draft_id: uuid.UUID | None) -> SaveResult:
    """Create or update, store the attachment changes, then drop the draft."""
    data = state.to_input()
    info = (observations.update_observation(session, observation_id, data) if observation_id
            else observations.create_observation(session, data))
    problems = []
    for new_file in new_files:
        try:
            attachments.add_attachment(session, info.id, new_file.name, new_file.content)
        except DagplejeError as exc:
            problems.append(exc.message)
    for attachment_id in state.removed_attachment_ids:
        attachments.delete_attachment(session, attachment_id)
    if draft_id is not None:
        drafts.discard_draft(session, draft_id)
    return SaveResult(info, tuple(problems))
