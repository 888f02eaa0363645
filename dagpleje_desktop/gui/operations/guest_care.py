"""Guest care operations (Gæstepleje): the children an absence affects, proposed guest
homes, booking and cancelling. Every call runs on the database worker."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ...services.records import absences, guest_care
from ...services.records.absences import AffectedChild, GuestCareInfo
from ...services.context import AppContext
from ...services.records.guest_care import ChildProposals, GuestCareInput, needs_warning
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["AbsenceChildren", "AffectedChild", "ChildProposals", "GuestCareInfo",
           "GuestCareInput", "book_guest_care", "cancel_guest_care", "load_absence_children",
           "needs_warning"]


@dataclass(frozen=True)
class AbsenceChildren:
    """The children one absence affects and, for the office, the guest homes proposed."""

    absence_id: uuid.UUID
    affected: tuple[AffectedChild, ...]
    proposals: dict[uuid.UUID, ChildProposals]  # by child id; empty without proposals


def load_absence_children(runner: OperationRunner, ctx: AppContext, absence_id: uuid.UUID,
                          *, with_proposals: bool, on_done: DoneCallback,
                          on_error: ErrorCallback) -> int:
    """on_done receives AbsenceChildren."""
    def work() -> AbsenceChildren:
        affected = tuple(absences.affected_children(ctx, absence_id))
        proposals = {p.child_id: p for p in guest_care.propose_guest_homes(ctx, absence_id)} \
            if with_proposals else {}
        return AbsenceChildren(absence_id, affected, proposals)
    return runner.run_db(work, on_done, on_error)


def book_guest_care(runner: OperationRunner, ctx: AppContext, data: GuestCareInput,
                    on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the GuestCareInfo."""
    return runner.run_db(lambda: guest_care.book_guest_care(ctx, data), on_done, on_error)


def cancel_guest_care(runner: OperationRunner, ctx: AppContext, guest_care_id: uuid.UUID,
                      on_done: DoneCallback, on_error: ErrorCallback) -> int:
    return runner.run_db(lambda: guest_care.cancel_guest_care(ctx, guest_care_id),
                         on_done, on_error)
