"""Meetings, visits, follow-ups, absence, guest care and courses."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from ..types import UTCDateTime
from .base import Record


class Meeting(Record):
    __tablename__ = "meeting"

    child_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("child.id"), default=None, index=True)
    course_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("course.id"), default=None)
    kind: Mapped[str] = mapped_column(String(20))  # MeetingKind
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    place: Mapped[str] = mapped_column(String(200), default="")
    agenda: Mapped[str] = mapped_column(Text, default="")
    preparation_notes: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="planned")  # MeetingStatus
    resulting_plan_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("action_plan.id", use_alter=True), default=None)
    # Recorded when the minutes are written: who took them, and the next meeting as
    # agreed then (the minutes print these, not whoever prints or today's calendar).
    referent: Mapped[str] = mapped_column(String(200), default="")
    next_meeting_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class MeetingParticipant(Record):
    __tablename__ = "meeting_participant"

    meeting_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("meeting.id"), index=True)
    professional_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("professional.id"), default=None)
    guardian_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("guardian.id"), default=None)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100), default="")
    attendance: Mapped[str] = mapped_column(String(20), default="invited")  # Attendance


class FollowUp(Record):
    """An agreed task (opfølgning) from a meeting or a visit."""

    __tablename__ = "follow_up"

    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("meeting.id"), default=None, index=True)
    visit_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("visit.id"), default=None, index=True)
    child_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("child.id"), default=None, index=True)
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)


class Visit(Record):
    __tablename__ = "visit"

    kind: Mapped[str] = mapped_column(String(20))  # VisitKind
    consultant_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("professional.id"), default=None)
    home_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("childminder_home.id"), default=None, index=True)
    child_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("child.id"), default=None, index=True)
    visited_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class Absence(Record):
    __tablename__ = "absence"

    home_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("childminder_home.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(20))  # AbsenceReason
    note: Mapped[str] = mapped_column(Text, default="")


class GuestCare(Record):
    __tablename__ = "guest_care"

    absence_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("absence.id"), default=None, index=True)
    child_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("child.id"), index=True)
    guest_home_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("childminder_home.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    places: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(Text, default="")


class Course(Record):
    """Home-pedagogue course (<= 40 weeks), guidance course (<= 10 h) or café programme."""

    __tablename__ = "course"

    kind: Mapped[str] = mapped_column(String(20))  # CourseKind
    child_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("child.id"), default=None, index=True)
    unit_name: Mapped[str] = mapped_column(String(200), default="")
    family: Mapped[str] = mapped_column(String(200), default="")
    pedagogue_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("professional.id"), default=None)
    start_date: Mapped[date] = mapped_column(Date)
    planned_end: Mapped[date | None] = mapped_column(Date, default=None)
    weekly_hours: Mapped[float | None] = mapped_column(Float, default=None)
    hour_budget: Mapped[float | None] = mapped_column(Float, default=None)
    goals: Mapped[str] = mapped_column(Text, default="")
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    end_reason: Mapped[str] = mapped_column(String(200), default="")


class CourseSession(Record):
    __tablename__ = "course_session"

    course_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("course.id"), index=True)
    held_at: Mapped[datetime] = mapped_column(UTCDateTime)
    mode: Mapped[str] = mapped_column(String(20))  # SessionMode
    hours: Mapped[float] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")
    sequence: Mapped[int] = mapped_column(Integer, default=0)
