"""What the observation form stores in one save: the input, the attachment changes and
the draft to drop, handed to one operation (one transaction) on the database worker.

Plain Python (no widgets). Attachments were checked when they were chosen and are
checked again by the service before anything is written: a refusal leaves the form open
with everything typed, and a failure stores nothing at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from ..operations.observations import NewAttachment, ObservationSave
from ..widgets.observation_attachments import NewFile
from .observation_state import FormState


def observation_save(observation_id: uuid.UUID, state: FormState, new_files: Sequence[NewFile],
                     draft_id: uuid.UUID | None) -> ObservationSave:
    """Create or update (``observation_id`` is the form's own id for a new one), the
    attachments added and removed, and the draft that goes once the save succeeded."""
    return ObservationSave(
        observation_id=observation_id, data=state.to_input(),
        new_files=tuple(NewAttachment(f.name, f.content) for f in new_files),
        removed_attachment_ids=tuple(state.removed_attachment_ids), draft_id=draft_id)
