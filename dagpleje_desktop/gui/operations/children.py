"""Operations on a child's record: the list of children, the record itself, completing
and correcting it, the guardians, the child's goals, and the GDPR erasure.

Every call runs on the database worker; the callbacks arrive on the GUI thread.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ...domain.enums import MeetingKind, MeetingStatus
from ...services.journal import observations
from ...services.records import children, guardians
from ...services.meeting_cycle import goals, meetings
from ...services.exchange import sync
from ...services.records.children import (CareInput, ChildDetail, ChildInput, ChildSummary,
                                          FieldChange, Permission)
from ...services.context import AppContext
from ...services.journal.observations import ObservationFilter, ObservationPage
# Follow-up tasks agreed about a child's development at meetings and visits: the editor's
# types and its check of one task (no database), for the shared follow-up editor.
from ...services.meeting_cycle.follow_ups import FollowUpInfo, FollowUpInput, validate_follow_up
from ...services.meeting_cycle.goals import OPEN_STATUSES, GoalInfo
from ...services.records.guardians import GuardianInfo, GuardianInput
from ...services.records.placements import PlacementInfo
from ..formatting import LOCAL_TZ
from .runner import DoneCallback, ErrorCallback, OperationRunner

log = logging.getLogger(__name__)

__all__ = ["OPEN_STATUSES", "CareInput", "ChildDetail", "ChildGoals", "ChildInput",
           "ChildList", "ChildOpening", "ChildRecord", "ChildSummary", "FieldChange",
           "FollowUpInfo", "FollowUpInput", "GoalInfo", "GuardianInfo", "GuardianInput",
           "ObservationPage", "Permission", "PlacementInfo", "validate_follow_up"]


@dataclass(frozen=True)
class ChildRecord:
    """The child's record with who changed each field last (for "ændret af …")."""

    detail: ChildDetail
    changes: dict[str, FieldChange]


def load_child(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
               on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives a ChildRecord."""
    def work() -> ChildRecord:
        return ChildRecord(children.get_child(ctx, child_id, with_recent_observations=False),
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


@dataclass(frozen=True)
class ChildList:
    """The ordered ids of the user's children and the summaries of the first of them."""

    ids: list[uuid.UUID]
    first_rows: list[ChildSummary]


def load_child_list(runner: OperationRunner, ctx: AppContext, first: int,
                    on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives a ChildList with the summaries of the first ``first`` ids."""
    def work() -> ChildList:
        ids = children.child_ids(ctx)
        return ChildList(ids, children.child_summaries(ctx, ids[:first]) if ids else [])
    return runner.run_db(work, on_done, on_error)


def load_summaries(runner: OperationRunner, ctx: AppContext, ids: Sequence[uuid.UUID],
                   on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the ChildSummary list for ``ids`` (children gone meanwhile skipped)."""
    wanted = list(ids)
    return runner.run_db(lambda: children.child_summaries(ctx, wanted), on_done, on_error)


def list_children(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                  on_error: ErrorCallback) -> int:
    """on_done receives the ChildSummary of every child the user may see."""
    return runner.run_db(lambda: children.list_children(ctx), on_done, on_error)


@dataclass(frozen=True)
class ChildOpening:
    """What the child page shows first: the record and the first cards of its timeline
    (None when they could not be read; the timeline then asks again itself)."""

    detail: ChildDetail
    first_page: ObservationPage | None


def load_opening(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                 flt: ObservationFilter, limit: int, on_done: DoneCallback,
                 on_error: ErrorCallback) -> int:
    """on_done receives a ChildOpening: the record and the timeline's first ``limit``
    observations with their count, in one trip to the worker (the cards come with the
    header, without a second wait for the worker). Both views are logged."""
    def work() -> ChildOpening:
        detail = children.get_child(ctx, child_id, with_recent_observations=False)
        try:
            page = observations.observation_page(ctx, child_id, flt, offset=0, limit=limit)
        except Exception:  # noqa: BLE001 - the timeline reads again and says what failed
            log.warning("first timeline page of the opened child not read", exc_info=True)
            page = None
        return ChildOpening(detail, page)
    return runner.run_db(work, on_done, on_error)


def load_goals(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
               on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the child's GoalInfo list."""
    return runner.run_db(lambda: goals.goals_for_child(ctx, child_id), on_done, on_error)


@dataclass(frozen=True)
class ChildGoals:
    goals: list[GoalInfo]
    last_status_meeting: date | None  # goal evidence is counted from this day


def load_goals_with_last_meeting(runner: OperationRunner, ctx: AppContext,
                                 child_id: uuid.UUID, on_done: DoneCallback,
                                 on_error: ErrorCallback) -> int:
    """on_done receives ChildGoals (the meeting's day as the user's calendar has it)."""
    def work() -> ChildGoals:
        now = ctx.now()
        held = [m for m in meetings.list_meetings(ctx, child_id, until=now,
                                                  include_cancelled=False)
                if m.kind == MeetingKind.STATUS and m.status == MeetingStatus.HELD
                and m.start <= now]
        last = held[-1].start.astimezone(LOCAL_TZ).date() if held else None
        return ChildGoals(goals.goals_for_child(ctx, child_id), last)
    return runner.run_db(work, on_done, on_error)


def erase_child(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                on_done: DoneCallback, on_error: ErrorCallback, *, owner=None) -> int:
    """GDPR erasure of the whole record; on_done receives the number of records erased."""
    return runner.run_db(lambda: sync.erase_child(ctx, child_id), on_done, on_error,
                         owner=owner)
