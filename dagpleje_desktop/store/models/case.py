"""Case flow: referral, placement, case team."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from .base import Record


class Referral(Record):
    __tablename__ = "referral"

    child_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("child.id"), index=True)
    referrer_name: Mapped[str] = mapped_column(String(200))
    referrer_type: Mapped[str] = mapped_column(String(40))  # ReferrerType
    reason: Mapped[str] = mapped_column(Text, default="")
    requested_places: Mapped[int] = mapped_column(Integer, default=2)
    status: Mapped[str] = mapped_column(String(20), default="received")  # ReferralStatus
    received_on: Mapped[date] = mapped_column(Date)
    committee_date: Mapped[date | None] = mapped_column(Date, default=None)
    decision_note: Mapped[str] = mapped_column(Text, default="")
    granted_places: Mapped[int | None] = mapped_column(Integer, default=None)
    revisitation_on: Mapped[date | None] = mapped_column(Date, default=None)


class Placement(Record):
    __tablename__ = "placement"

    child_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("child.id"), index=True)
    home_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("childminder_home.id"), index=True)
    places: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    end_reason: Mapped[str] = mapped_column(String(200), default="")
    next_institution: Mapped[str] = mapped_column(String(200), default="")


class CaseTeamMember(Record):
    __tablename__ = "case_team_member"

    child_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("child.id"), index=True)
    professional_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("professional.id"))
    role: Mapped[str] = mapped_column(String(40))  # ProfessionalRole on this case
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
