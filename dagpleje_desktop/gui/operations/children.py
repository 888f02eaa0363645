"""Operations on a child's record: read it, complete and correct it, and the guardians.

Every call runs on the database worker; the callbacks arrive on the GUI thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ...services import children, guardians
from ...services.children import CareInput, ChildDetail, ChildInput, FieldChange
from ...services.context import AppContext
from ...services.guardians import GuardianInput
from .runner import DoneCallback, ErrorCallback, OperationRunner


@dataclass(frozen=True)
class ChildRecord:
    """The child's record with who changed each field last (for "ændret af …")."""

    detail: ChildDetail
    changes: dict[str, FieldChange]


def load_child(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
               on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives a ChildRecord."""
    def work() -> ChildRecord:
        return ChildRecord(children.get_child(ctx, child_id),
                           children.field_changes(ctx, child_id))
    return runner.run_db(work, on_done, on_error)


def update_child(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                 data: ChildInput, on_done: DoneCallback, on_error: ErrorCallback) -> int:
    return runner.run_db(lambda: children.update_child(ctx, child_id, data), on_done, on_error)


def update_child_care(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                      data: CareInput, on_done: DoneCallback, on_error: ErrorCallback) -> int:
    return runner.run_db(lambda: children.update_child_care(ctx, child_id, data),
                         on_done, on_error)


def add_guardian(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                 data: GuardianInput, on_done: DoneCallback, on_error: ErrorCallback) -> int:
    return runner.run_db(lambda: guardians.add_guardian(ctx, child_id, data), on_done, on_error)


def update_guardian(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                    guardian_id: uuid.UUID, data: GuardianInput, on_done: DoneCallback,
                    on_error: ErrorCallback) -> int:
    return runner.run_db(lambda: guardians.update_guardian(ctx, child_id, guardian_id, data),
                         on_done, on_error)


def remove_guardian(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                    guardian_id: uuid.UUID, on_done: DoneCallback,
                    on_error: ErrorCallback) -> int:
    return runner.run_db(lambda: guardians.remove_guardian(ctx, child_id, guardian_id),
                         on_done, on_error)


def load_changes(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                 on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives {field: FieldChange} (who changed each field last, and when)."""
    return runner.run_db(lambda: children.field_changes(ctx, child_id), on_done, on_error)


def known_guardians(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                    on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done gets the guardians of other children (guardians.KnownGuardian)."""
    return runner.run_db(lambda: guardians.known_guardians(ctx, child_id), on_done, on_error)


def link_guardian(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                  guardian_id: uuid.UUID, data: GuardianInput, on_done: DoneCallback,
                  on_error: ErrorCallback) -> int:
    """A sibling's parent linked to this child with this child's relation and custody."""
    return runner.run_db(lambda: guardians.add_guardian(ctx, child_id, data,
                                                        existing_guardian_id=guardian_id),
                         on_done, on_error)
