"""The handover packet dialog's reads: what it can offer (recipients, shareable
observations) and which consent a packet to a recipient would go under."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ...domain.enums import ConsentPurpose, SharingLevel
from ...services.records import children, consents
from ...services.documents import handover
from ...services.journal import observations
from ...services.records.consents import ConsentInfo, ConsentMissingError
from ...services.context import AppContext
from ...services.journal.observations import ObservationInfo
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["ConsentInfo", "ConsentMissingError", "HandoverChoices", "ObservationInfo",
           "check_consent", "load_choices"]

BATCH = 500  # observations fetched per call


@dataclass(frozen=True)
class HandoverChoices:
    child_name: str
    suggested_recipients: tuple[str, ...]   # next institution first, then consents' names
    shareable: tuple[ObservationInfo, ...]  # newest first


def _choices(ctx: AppContext, child_id: uuid.UUID) -> HandoverChoices:
    detail = children.get_child(ctx, child_id)
    names = [p.next_institution for p in detail.placements if p.next_institution.strip()]
    names += [r for c in consents.list_consents(ctx, child_id)
              if c.purpose is ConsentPurpose.HANDOVER and c.is_valid for r in c.recipients]
    ids = observations.observation_ids(ctx, child_id)
    shareable: list[ObservationInfo] = []
    for start in range(0, len(ids), BATCH):
        shareable += [o for o in observations.get_observations(ctx, ids[start:start + BATCH])
                      if o.sharing is SharingLevel.PARTNERS]
    summary = detail.summary
    return HandoverChoices(f"{summary.first_name} {summary.last_name}".strip(),
                           tuple(dict.fromkeys(n.strip() for n in names)), tuple(shareable))


def load_choices(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                 on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the HandoverChoices."""
    return runner.run_db(lambda: _choices(ctx, child_id), on_done, on_error)


def check_consent(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                  recipient: str, on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the ConsentInfo a packet to ``recipient`` would go under; on_error
    a ConsentMissingError naming the consent that is missing."""
    return runner.run_db(lambda: handover.check_handover_consent(ctx, child_id, recipient),
                         on_done, on_error)
