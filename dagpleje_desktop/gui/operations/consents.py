"""Consent operations (Samtykker): every call runs on the database worker.

The guardians who may consent, recording a consent with its categories, stating the
categories of an earlier consent, and the warnings about parties a withdrawn or expired
consent named.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from ...services.records import children, consents, sharing
from ...services.records.consents import ConsentInfo, ConsentInput
from ...services.context import AppContext
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["ConsentInfo", "ConsentInput", "load_guardians", "meeting_sharing_warnings",
           "record_consent", "set_categories", "sharing_warnings"]


def load_guardians(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                   on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the child's guardians (GuardianInfo), who may or may not consent."""
    return runner.run_db(lambda: children.get_child(ctx, child_id).guardians, on_done,
                         on_error)


def record_consent(runner: OperationRunner, ctx: AppContext, data: ConsentInput,
                   on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the new ConsentInfo."""
    return runner.run_db(lambda: consents.record_consent(ctx, data), on_done, on_error)


def set_categories(runner: OperationRunner, ctx: AppContext, consent_id: uuid.UUID,
                   categories: Sequence[str], recipient_role: str | None,
                   on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the updated ConsentInfo."""
    codes = tuple(categories)
    return runner.run_db(lambda: consents.set_categories(ctx, consent_id, codes,
                                                         recipient_role), on_done, on_error)


def sharing_warnings(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                     meeting_id: uuid.UUID | None, on_done: DoneCallback,
                     on_error: ErrorCallback) -> int:
    """on_done receives a list of sharing.BlockedParty (empty: nobody to leave out)."""
    return runner.run_db(lambda: sharing.sharing_warnings(ctx, child_id, meeting_id),
                         on_done, on_error)


def meeting_sharing_warnings(runner: OperationRunner, ctx: AppContext, meeting_id: uuid.UUID,
                             on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the parties left out of this meeting's papers (maybe none)."""
    return runner.run_db(lambda: sharing.meeting_sharing_warnings(ctx, meeting_id),
                         on_done, on_error)
