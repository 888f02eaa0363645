"""Pedagogical record: observations, assessments, goals, action plans."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from ..types import UTCDateTime
from .base import Record


class Observation(Record):
    __tablename__ = "observation"
    # A child's live observations in time order, answered from the index alone
    # (migration 0007): the timeline's first page and count, the dashboard's latest,
    # the ids a search within one child starts from.
    # observed_at alone: PostgreSQL's full-text search takes the newest matches first.
    __table_args__ = (Index("ix_observation_child_live_time", "child_id", "deleted_at",
                            "observed_at", "position", "id"),
                      Index("ix_observation_observed_at", "observed_at"))

    child_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("child.id"))
    author_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("professional.id"), default=None)
    observed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    situation: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[str] = mapped_column(String(10), default="none")  # WellbeingPosition
    concern: Mapped[bool] = mapped_column(Boolean, default=False)
    sharing: Mapped[str] = mapped_column(String(20), default="internal")  # SharingLevel


class ObservationDomain(Record):
    __tablename__ = "observation_domain"

    observation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("observation.id"), index=True)
    domain: Mapped[str] = mapped_column(String(40), index=True)


class ObservationGoal(Record):
    __tablename__ = "observation_goal"

    observation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("observation.id"), index=True)
    goal_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("goal.id"), index=True)


class Attachment(Record):
    """A photo or document; the bytes live in the encrypted database."""

    __tablename__ = "attachment"

    owner_type: Mapped[str] = mapped_column(String(40))  # "observation", "referral", ...
    owner_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    filename: Mapped[str] = mapped_column(String(260))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class DevelopmentAssessment(Record):
    __tablename__ = "development_assessment"

    child_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("child.id"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    domain: Mapped[str] = mapped_column(String(40))
    level_months: Mapped[int] = mapped_column(Integer)
    assessor_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("professional.id"), default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class WellbeingAssessment(Record):
    __tablename__ = "wellbeing_assessment"

    child_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("child.id"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))  # AssessmentKind
    position: Mapped[str] = mapped_column(String(10))  # WellbeingPosition
    assessor_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("professional.id"), default=None)
    comment: Mapped[str] = mapped_column(Text, default="")


class ActionPlan(Record):
    """Handleplan, versioned per child; approving a version supersedes the previous."""

    __tablename__ = "action_plan"

    child_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("child.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    period_start: Mapped[date | None] = mapped_column(Date, default=None)
    period_end: Mapped[date | None] = mapped_column(Date, default=None)
    background: Mapped[str] = mapped_column(Text, default="")
    resources: Mapped[str] = mapped_column(Text, default="")
    challenges: Mapped[str] = mapped_column(Text, default="")
    parent_agreements: Mapped[str] = mapped_column(Text, default="")
    next_evaluation: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="draft")  # PlanStatus
    approved_on: Mapped[date | None] = mapped_column(Date, default=None)
    signatories: Mapped[str] = mapped_column(Text, default="")
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("meeting.id", use_alter=True), default=None)


class Goal(Record):
    __tablename__ = "goal"

    child_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("child.id"), index=True)
    action_plan_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("action_plan.id"), default=None, index=True)
    domain: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text)
    signs_of_progress: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    measure_who: Mapped[str] = mapped_column(String(200), default="")
    measure_how_often: Mapped[str] = mapped_column(String(200), default="")
    measure_where: Mapped[str] = mapped_column(String(200), default="")
    responsible: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    target_date: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="active")  # GoalStatus
    evaluation: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class ObservationDraft(Record):
    """Unsaved observation text, autosaved so a crash or power cut loses nothing.

    Local to the author's installation; never synced. ``payload`` is the form as JSON.
    """

    __tablename__ = "observation_draft"

    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("user_account.id"), index=True)
    child_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("child.id"), default=None)
    observation_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("observation.id"), default=None)
    payload: Mapped[str] = mapped_column(Text, default="{}")


class Correction(Record):
    """A correction of a locked text (notatpligt): the earlier wording, who changed it,
    when and why. The record itself holds the new wording; these rows keep the old."""

    __tablename__ = "correction"

    entity: Mapped[str] = mapped_column(String(30))  # observation, meeting, agenda_item
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    child_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("child.id"), default=None, index=True)
    field: Mapped[str] = mapped_column(String(40))
    previous_text: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    corrected_by: Mapped[str] = mapped_column(String(200), default="")
    corrected_at: Mapped[datetime] = mapped_column(UTCDateTime)
