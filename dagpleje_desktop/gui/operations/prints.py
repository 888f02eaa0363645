"""Operations of the Udskrifter page: the children, what a document can be about (plan
versions, meetings, visits, consents) and the consents panel. Every call runs on the
database worker; the page turns the results into its choices.

A new document kind that is about a record of the child adds one reader here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ...domain.enums import ReferralStatus, VisitKind
from ...services.records import children, consents, guest_care
from ...services.office import courses, referrals
from ...services.documents import handover
from ...services.meeting_cycle import meetings, plans, visits
from ...services.records.children import ChildSummary
from ...services.records.consents import ConsentInfo
from ...services.context import AppContext
from ...services.documents.handover import DisclosureInfo
from ...services.meeting_cycle.meetings import MeetingSummary
from ...services.meeting_cycle.plans import PlanVersion
from ...services.meeting_cycle.visits import VisitInfo
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["ChildConsents", "ChildSummary", "ConsentInfo", "DisclosureInfo", "MeetingSummary",
           "PlanVersion", "VisitInfo", "expire_consent", "list_children", "load_consents",
           "load_consents_and_disclosures", "load_meetings", "load_plans", "load_visits",
           "withdraw_consent"]


def list_children(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                  on_error: ErrorCallback) -> int:
    """on_done receives every ChildSummary, archived children too."""
    return runner.run_db(lambda: children.list_children(ctx, include_archived=True),
                         on_done, on_error)


def load_plans(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
               on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the PlanVersion list, newest first."""
    return runner.run_db(lambda: plans.list_plans(ctx, child_id), on_done, on_error)


def load_meetings(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                  on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the child's MeetingSummary list without cancelled meetings."""
    return runner.run_db(lambda: meetings.list_meetings(ctx, child_id, include_cancelled=False),
                         on_done, on_error)


def load_visits(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                home_id: uuid.UUID | None, on_done: DoneCallback,
                on_error: ErrorCallback) -> int:
    """on_done receives the VisitInfo list about the child: home visits to the family and
    the supervision of the child's home, newest first."""
    def work() -> list[VisitInfo]:
        found = {v.id: v for v in visits.list_visits(ctx, child_id=child_id)}
        if home_id is not None:
            found.update((v.id, v) for v in visits.list_visits(ctx, home_id=home_id,
                                                               kind=VisitKind.SUPERVISION))
        return sorted(found.values(), key=lambda v: v.visited_at, reverse=True)
    return runner.run_db(work, on_done, on_error)


def load_consents(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                  on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the child's ConsentInfo list."""
    return runner.run_db(lambda: consents.list_consents(ctx, child_id), on_done, on_error)


@dataclass(frozen=True)
class ChildConsents:
    child_id: uuid.UUID
    consents: tuple[ConsentInfo, ...]
    disclosures: tuple[DisclosureInfo, ...]   # what was handed over, to whom


def load_consents_and_disclosures(runner: OperationRunner, ctx: AppContext,
                                  child_id: uuid.UUID, on_done: DoneCallback,
                                  on_error: ErrorCallback) -> int:
    """on_done receives ChildConsents."""
    def work() -> ChildConsents:
        return ChildConsents(child_id, tuple(consents.list_consents(ctx, child_id)),
                             tuple(handover.list_disclosures(ctx, child_id)))
    return runner.run_db(work, on_done, on_error)


def withdraw_consent(runner: OperationRunner, ctx: AppContext, consent_id: uuid.UUID,
                     on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """From today; on_done receives the ConsentInfo."""
    return runner.run_db(lambda: consents.withdraw_consent(ctx, consent_id), on_done, on_error)


def expire_consent(runner: OperationRunner, ctx: AppContext, consent_id: uuid.UUID,
                   on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """From today; on_done receives the ConsentInfo."""
    return runner.run_db(lambda: consents.expire_consent(ctx, consent_id), on_done, on_error)


def load_courses(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                 on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the child's courses (CourseInfo), running ones first."""
    return runner.run_db(lambda: [c for c in courses.list_courses(ctx)
                                  if c.child_id == child_id], on_done, on_error)


def load_guest_care(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                    on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the child's guest care periods (GuestCareInfo), newest first."""
    def work():
        found = [g for g in guest_care.list_guest_care(ctx) if g.child_id == child_id]
        return sorted(found, key=lambda g: g.starts_on, reverse=True)
    return runner.run_db(work, on_done, on_error)


def load_decided_referrals(runner: OperationRunner, ctx: AppContext, child_id: uuid.UUID,
                           on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the child's referrals the committee has decided (ReferralInfo)."""
    decided = (ReferralStatus.GRANTED, ReferralStatus.REJECTED)
    return runner.run_db(lambda: [r for r in referrals.list_referrals(ctx, statuses=decided)
                                  if r.child_id == child_id], on_done, on_error)
