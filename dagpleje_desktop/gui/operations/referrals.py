"""Referral operations (Indstillinger og visitation): the committee's list, referrals,
decisions and the steps after a grant. Every call runs on the database worker.

A save that comes from an editor with a draft (``draft_key``) drops the draft in the
same transaction, so a saved text never comes back as a draft and a refused save keeps it.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ...domain.enums import ReferralStatus
from ...domain.errors import ValidationError
from ...services.records import children
from ...services.journal import editor_drafts
from ...services.office import referrals, visitation
from ...services.records.children import ChildInput, ChildSummary
from ...services.context import AppContext
from ...services.office.referrals import (AttachmentUpload, ReferralDetail, ReferralInfo,
                                          ReferralInput)
from ...services.office.visitation import (HOME_VISIT_NOTE, CommitteeList, DecisionInput,
                                           HomeAvailability, HomeSuggestion)
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["HOME_VISIT_NOTE", "ChildInput", "ChildSummary", "CommitteeList", "DecisionInput",
           "PlacementHomes", "ReferralDetail", "ReferralInfo", "ReferralInput",
           "Visitation", "list_children", "load_placement_homes", "load_visitation",
           "place_granted_child", "plan_home_visit", "plan_start_meeting", "read_uploads",
           "record_decision", "referral_key", "register_referral", "schedule_referral"]


def referral_key(referral_id: uuid.UUID | None) -> str:
    """The draft key of a referral's texts (a new referral has one draft until saved)."""
    return f"referral:{referral_id if referral_id is not None else 'new'}"


@dataclass(frozen=True)
class Visitation:
    """The committee's list for one meeting day and every referral."""

    day: date
    committee: CommitteeList
    referrals: tuple[ReferralInfo, ...]


def _next_meeting_day(ctx: AppContext) -> date:
    """The committee's calendar is not kept in the app: the earliest coming meeting a
    referral is already scheduled for, else today."""
    today = ctx.today()
    upcoming = [r.committee_date for r in referrals.list_referrals(
        ctx, statuses=(ReferralStatus.IN_VISITATION,))
        if r.committee_date and r.committee_date >= today]
    return min(upcoming) if upcoming else today


def load_visitation(runner: OperationRunner, ctx: AppContext, day: date | None,
                    on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives a Visitation; without ``day`` the next committee meeting's."""
    def work() -> Visitation:
        on = day or _next_meeting_day(ctx)
        return Visitation(on, visitation.committee_list(ctx, on),
                          tuple(referrals.list_referrals(ctx)))
    return runner.run_db(work, on_done, on_error)


def list_children(runner: OperationRunner, ctx: AppContext, on_done: DoneCallback,
                  on_error: ErrorCallback) -> int:
    """on_done receives the ChildSummary list (a referral may be about a known child)."""
    return runner.run_db(lambda: children.list_children(ctx), on_done, on_error)


def read_uploads(paths: Sequence[Path]) -> tuple[AttachmentUpload, ...]:
    uploads = []
    for path in paths:
        try:
            uploads.append(AttachmentUpload(path.name, path.read_bytes()))
        except OSError:
            raise ValidationError(f"Filen »{path.name}« kunne ikke læses. Kontrollér, at den "
                                  "findes og ikke er åben i et andet program.",
                                  log_message="referral attachment unreadable") from None
    return tuple(uploads)


def register_referral(runner: OperationRunner, ctx: AppContext, data: ReferralInput,
                      paths: Sequence[Path], draft_key: str | None, on_done: DoneCallback,
                      on_error: ErrorCallback) -> int:
    """The files are read on the worker (a large PDF never stalls the window); an
    unreadable one is refused by name and nothing is saved. on_done: ReferralDetail."""
    chosen = tuple(paths)

    def work() -> ReferralDetail:
        with ctx.db.transaction():
            detail = referrals.register_referral(
                ctx, dataclasses.replace(data, attachments=read_uploads(chosen)))
            if draft_key:
                editor_drafts.discard_editor_draft(ctx, draft_key)
        return detail
    return runner.run_db(work, on_done, on_error)


def schedule_referral(runner: OperationRunner, ctx: AppContext, referral_id: uuid.UUID,
                      day: date, on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the ReferralInfo."""
    return runner.run_db(lambda: referrals.schedule_referral(ctx, referral_id, day),
                         on_done, on_error)


def record_decision(runner: OperationRunner, ctx: AppContext, referral_id: uuid.UUID,
                    data: DecisionInput, draft_key: str | None, on_done: DoneCallback,
                    on_error: ErrorCallback) -> int:
    """on_done receives the ReferralInfo."""
    def work() -> ReferralInfo:
        with ctx.db.transaction():
            info = visitation.record_decision(ctx, referral_id, data)
            if draft_key:
                editor_drafts.discard_editor_draft(ctx, draft_key)
        return info
    return runner.run_db(work, on_done, on_error)


def plan_home_visit(runner: OperationRunner, ctx: AppContext, referral_id: uuid.UUID,
                    when: datetime, notes: str, on_done: DoneCallback,
                    on_error: ErrorCallback) -> int:
    """on_done receives the VisitInfo."""
    return runner.run_db(lambda: visitation.plan_home_visit(ctx, referral_id, when, notes),
                         on_done, on_error)


@dataclass(frozen=True)
class PlacementHomes:
    """Homes with room for the referral from ``day`` (best match first) and every mini home."""

    day: date
    suggested: tuple[HomeSuggestion, ...]
    every: tuple[HomeAvailability, ...]


def load_placement_homes(runner: OperationRunner, ctx: AppContext, referral_id: uuid.UUID,
                         day: date, on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives PlacementHomes."""
    def work() -> PlacementHomes:
        return PlacementHomes(day, tuple(visitation.suggest_homes(ctx, referral_id, day)),
                              tuple(visitation.committee_list(ctx, day).homes))
    return runner.run_db(work, on_done, on_error)


def place_granted_child(runner: OperationRunner, ctx: AppContext, referral_id: uuid.UUID,
                        home_id: uuid.UUID, day: date, on_done: DoneCallback,
                        on_error: ErrorCallback) -> int:
    """on_done receives the PlacementInfo; a home without room is refused with why."""
    return runner.run_db(lambda: visitation.place_granted_child(ctx, referral_id, home_id,
                                                                day), on_done, on_error)


def plan_start_meeting(runner: OperationRunner, ctx: AppContext, referral_id: uuid.UUID,
                       starts: datetime, ends: datetime, place: str | None,
                       on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the MeetingDetail."""
    return runner.run_db(lambda: visitation.plan_start_meeting(ctx, referral_id, starts, ends,
                                                               place), on_done, on_error)
