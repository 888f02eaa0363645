"""Consent, handover and disclosure: nothing leaves without a valid consent."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from ..types import UTCDateTime
from .base import Record


class Consent(Record):
    __tablename__ = "consent"

    child_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("child.id"), index=True)
    guardian_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("guardian.id"), default=None)
    purpose: Mapped[str] = mapped_column(String(20))  # ConsentPurpose
    recipients: Mapped[str] = mapped_column(Text, default="")
    information: Mapped[str] = mapped_column(Text, default="")
    given_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, default=None)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, default=None)
    form: Mapped[str] = mapped_column(String(10), default="written")  # ConsentForm
    # What the consent covers: comma-separated codes of domain.consent_scope.CATEGORIES.
    # Empty for consents recorded before categories existed: they cover nothing new.
    categories: Mapped[str] = mapped_column(Text, default="")
    recipient_role: Mapped[str] = mapped_column(String(100), default="")


class Handover(Record):
    __tablename__ = "handover"

    child_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("child.id"), index=True)
    institution: Mapped[str] = mapped_column(String(200))
    handover_on: Mapped[date] = mapped_column(Date)
    consent_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("consent.id"), default=None)
    sections: Mapped[str] = mapped_column(Text, default="")


class Disclosure(Record):
    __tablename__ = "disclosure"

    child_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("child.id"), index=True)
    recipient: Mapped[str] = mapped_column(String(200))
    what: Mapped[str] = mapped_column(Text)
    disclosed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    consent_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("consent.id"), default=None)
    disclosed_by: Mapped[str] = mapped_column(String(100), default="")
