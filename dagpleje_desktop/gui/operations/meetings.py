"""Meeting operations (Møder): plan, move, cancel, prepare, hold and conclude a meeting.

Every call runs on the database worker; the callbacks arrive on the GUI thread. The
types the meeting pages need are re-exported here, so pages import no service module.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ...domain.enums import MeetingStatus
from ...services.records import children
from ...services.journal import editor_drafts
from ...services.meeting_cycle import goals, meeting_minutes, meeting_preparation, meetings, plans
from ...services.documents import printing
from ...services.records.children import ChildSummary
from ...services.context import AppContext
from ...services.meeting_cycle.goals import GoalInfo
from ...services.meeting_cycle.meeting_minutes import (Conclusion, GoalEvaluation, HoldInput,
                                                       ProposedMeeting)
from ...services.meeting_cycle.meeting_preparation import DomainGroup, Preparation
from ...services.meeting_cycle.meetings import (MeetingDetail, MeetingInput, MeetingSummary,
                                                ParticipantInput)
from ...services.journal.observations import ObservationInfo
from ...services.meeting_cycle.plans import PlanInfo, PlanInput, PlanVersion
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["ChildSummary", "Conclusion", "ConclusionData", "DomainGroup", "GoalEvaluation",
           "HoldInput", "MeetingDetail", "MeetingInput", "MeetingSummary", "ObservationInfo",
           "ParticipantInput", "Preparation", "ProposedMeeting", "agenda_pdf",
           "candidate_participants", "cancel_meeting", "conclude", "hold", "list_meetings",
           "load_children", "load_conclusion", "load_meeting", "minutes_pdf", "move_meeting",
           "plan_draft_key", "plan_meeting", "prepare", "save_preparation_notes"]


def plan_draft_key(meeting_id: uuid.UUID) -> str:
    """The draft of the action plan texts typed under a held meeting's "Afslutning"."""
    return f"plan:{meeting_id}"


def load_children(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                  on_error: ErrorCallback) -> int:
    """on_done receives the ChildSummary list the user may see (for the child choices)."""
    return runner.run_db(lambda: children.list_children(ctx), on_done, on_error)


def load_meeting(runner: OperationRunner, ctx: AppContext, meeting_id: uuid.UUID,
                 on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the MeetingDetail."""
    return runner.run_db(lambda: meetings.get_meeting(ctx, meeting_id), on_done, on_error)


def list_meetings(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID | None,
                  on_done: DoneCallback, on_error: ErrorCallback, *,
                  status: MeetingStatus | None = None) -> int:
    """on_done receives the MeetingSummary list (one child's, or all the user may see;
    only those with ``status`` if given)."""
    return runner.run_db(lambda: meetings.list_meetings(ctx, child_id, status=status),
                         on_done, on_error)


def candidate_participants(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                           on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the child's usual invitees (ParticipantInput list)."""
    return runner.run_db(lambda: meetings.candidate_participants(ctx, child_id), on_done,
                         on_error)


def plan_meeting(runner: OperationRunner, ctx: AppContext, data: MeetingInput,
                 on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the new MeetingDetail."""
    return runner.run_db(lambda: meetings.plan_meeting(ctx, data), on_done, on_error)


def move_meeting(runner: OperationRunner, ctx: AppContext, meeting_id: uuid.UUID,
                 starts_at: datetime, ends_at: datetime, place: str | None,
                 on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """A new time (and place, unless None); on_done receives the MeetingSummary."""
    return runner.run_db(lambda: meetings.move_meeting(ctx, meeting_id, starts_at, ends_at,
                                                       place), on_done, on_error)


def cancel_meeting(runner: OperationRunner, ctx: AppContext, meeting_id: uuid.UUID,
                   reason: str, on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the cancelled MeetingSummary."""
    return runner.run_db(lambda: meetings.cancel_meeting(ctx, meeting_id, reason), on_done,
                         on_error)


def prepare(runner: OperationRunner, ctx: AppContext, meeting_id: uuid.UUID,
            on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """Everything since the last held status meeting; on_done receives a Preparation."""
    return runner.run_db(lambda: meetings.prepare(ctx, meeting_id), on_done, on_error)


def save_preparation_notes(runner: OperationRunner, ctx: AppContext, meeting_id: uuid.UUID,
                           notes: str, on_done: DoneCallback, on_error: ErrorCallback) -> int:
    return runner.run_db(lambda: meeting_preparation.save_preparation_notes(ctx, meeting_id,
                                                                            notes),
                         on_done, on_error)


def hold(runner: OperationRunner, ctx: AppContext, meeting_id: uuid.UUID, data: HoldInput,
         on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """Minutes, follow-ups, evaluations and new goals in one save; on_done: MeetingDetail."""
    return runner.run_db(lambda: meetings.hold(ctx, meeting_id, data), on_done, on_error)


def conclude(runner: OperationRunner, ctx: AppContext, meeting_id: uuid.UUID,
             data: PlanInput, approved_on: date | None, signatories: Sequence,
             on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """A new plan version from the held meeting, and the draft of its texts dropped, all
    or nothing; on_done receives the Conclusion."""
    chosen = tuple(signatories)

    def work() -> Conclusion:
        with ctx.db.transaction():
            result = meetings.conclude(ctx, meeting_id, data, approved_on=approved_on,
                                       signatories=chosen)
            editor_drafts.discard_editor_draft(ctx, plan_draft_key(meeting_id))
        return result
    return runner.run_db(work, on_done, on_error)


@dataclass(frozen=True)
class ConclusionData:
    """What "Afslutning" shows for a meeting: the child's earlier versions, and either the
    plan made from the meeting with the next meeting proposed, or a draft to fill in."""

    versions: list[PlanVersion]
    plan: PlanInfo | None = None
    proposal: ProposedMeeting | None = None
    draft: PlanInput | None = None
    goals: list[GoalInfo] | None = None


def load_conclusion(runner: OperationRunner, ctx: AppContext, detail: MeetingDetail,
                    with_draft: bool, on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives ConclusionData; the draft and goals only if ``with_draft`` and the
    held meeting has no plan yet (a form already filled keeps what was typed)."""
    summary = detail.summary
    child_id, plan_id = summary.child_id, detail.resulting_plan_id
    held = summary.status == MeetingStatus.HELD

    def work() -> ConclusionData:
        versions = [v for v in plans.list_plans(ctx, child_id) if v.id != plan_id]
        if not held:
            return ConclusionData(versions)
        if plan_id is not None:
            return ConclusionData(versions, plans.get_plan(ctx, plan_id),
                                  meeting_minutes.propose_next_meeting(ctx, summary.id))
        if not with_draft:
            return ConclusionData(versions)
        return ConclusionData(versions, draft=meeting_minutes.draft_plan_from_meeting(
            ctx, summary.id), goals=goals.goals_for_child(ctx, child_id))
    return runner.run_db(work, on_done, on_error)


def agenda_pdf(ctx: AppContext, meeting_id: uuid.UUID) -> Callable[[Path], Path]:
    """Writes the meeting's agenda to a path; for PdfSaver, which runs it off the GUI
    thread with the other PDF work."""
    return lambda path: printing.print_agenda(ctx, meeting_id, path)


def minutes_pdf(ctx: AppContext, meeting_id: uuid.UUID) -> Callable[[Path], Path]:
    """Writes the meeting's minutes to a path (for PdfSaver, as ``agenda_pdf``)."""
    return lambda path: printing.print_minutes(ctx, meeting_id, path)
