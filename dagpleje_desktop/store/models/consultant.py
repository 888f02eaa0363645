"""The consultant's workflow: goal history, agenda items with minutes, plan-goal snapshots."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from ..types import UTCDateTime
from .base import Record


class GoalRevision(Record):
    """One change to one field of a goal (old -> new), so the goal's history is kept.

    A goal's creation is a single row with ``action="create"`` and an empty ``field``.
    ``meeting_id`` is set when the change was made at a meeting (an evaluation).
    """

    __tablename__ = "goal_revision"

    goal_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("goal.id"), index=True)
    child_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("child.id"), index=True)
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("meeting.id"), default=None, index=True)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(20))  # create, update, evaluate
    field: Mapped[str] = mapped_column(String(40), default="")
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")


class MeetingAgendaItem(Record):
    """A point on a meeting's agenda (dagsordenspunkt) with the minutes taken under it."""

    __tablename__ = "meeting_agenda_item"

    meeting_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("meeting.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    minutes: Mapped[str] = mapped_column(Text, default="")


class ActionPlanGoal(Record):
    """A goal as it stood in one action plan version, so old versions stay readable."""

    __tablename__ = "action_plan_goal"

    action_plan_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("action_plan.id"), index=True)
    goal_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("goal.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
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


class ActionPlanSignature(Record):
    """One person's signature on one action plan version: who, in what role, on which
    day, and how (on paper, or approved in the app). Only recorded signatures print as
    signed; everyone else gets an empty line."""

    __tablename__ = "action_plan_signature"

    action_plan_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("action_plan.id"), index=True)
    guardian_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("guardian.id"), default=None)
    professional_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("professional.id"), default=None)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100), default="")
    signed_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20), default="paper")  # SignatureMethod
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
