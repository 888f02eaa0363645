"""People and places: organisation, professionals, homes, children, guardians."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Record


class Organisation(Record):
    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)


class Professional(Record):
    __tablename__ = "professional"

    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("organisation.id"), default=None)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40))  # ProfessionalRole
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    workplace: Mapped[str] = mapped_column(String(200), default="")


class ChildminderHome(Record):
    __tablename__ = "childminder_home"

    name: Mapped[str] = mapped_column(String(200))
    childminder_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("professional.id"), default=None)
    kind: Mapped[str] = mapped_column(String(20))  # HomeKind
    places: Mapped[int] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    adaptations: Mapped[str] = mapped_column(Text, default="")
    latitude: Mapped[float | None] = mapped_column(default=None)
    longitude: Mapped[float | None] = mapped_column(default=None)

    childminder: Mapped["Professional | None"] = relationship(lazy="joined")


class Child(Record):
    __tablename__ = "child"

    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    # Not unique in the database: the same real child may arrive from two devices (sync);
    # the children service refuses a CPR number already in use when a record is made here.
    cpr: Mapped[str | None] = mapped_column(String(11), default=None, index=True)
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="referred")  # ChildStatus
    special_needs: Mapped[str] = mapped_column(Text, default="")
    # Health in three states (domain/child_record.py): NULL is "not recorded", the empty
    # text an explicit "none", anything else the list.
    diagnoses: Mapped[str | None] = mapped_column(Text, default=None)
    allergies: Mapped[str | None] = mapped_column(Text, default=None)
    allergy_severity: Mapped[str | None] = mapped_column(String(20), default=None)
    medication: Mapped[str | None] = mapped_column(Text, default=None)
    routines: Mapped[str] = mapped_column(Text, default="")
    what_works: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[str] = mapped_column(String(200), default="")
    doctor_name: Mapped[str] = mapped_column(String(200), default="")
    doctor_phone: Mapped[str] = mapped_column(String(40), default="")
    collectors: Mapped[str] = mapped_column(Text, default="")  # who may collect the child
    # The custody holders' permissions (PermissionKind): yes/no/NULL not asked, the
    # guardian who gave the answer (no foreign key: sync may bring either row first) and when.
    photo_permission: Mapped[bool | None] = mapped_column(Boolean, default=None)
    photo_permission_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    photo_permission_on: Mapped[date | None] = mapped_column(Date, default=None)
    driving_permission: Mapped[bool | None] = mapped_column(Boolean, default=None)
    driving_permission_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    driving_permission_on: Mapped[date | None] = mapped_column(Date, default=None)
    trips_permission: Mapped[bool | None] = mapped_column(Boolean, default=None)
    trips_permission_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    trips_permission_on: Mapped[date | None] = mapped_column(Date, default=None)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    # When the child is planned to start in kindergarten (the transition is prepared for it).
    planned_kindergarten_start: Mapped[date | None] = mapped_column(Date, default=None)
    # Set (with the tombstone) when this record was merged into another record of the same
    # real child; no foreign key, so either record may arrive first on another device.
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Guardian(Record):
    __tablename__ = "guardian"

    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(40), default="")
    other_phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(60), default="")
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)


class ChildGuardian(Record):
    """A guardian's relation to one child (mother, father, foster parent...)."""

    __tablename__ = "child_guardian"

    child_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("child.id"), index=True)
    guardian_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("guardian.id"), index=True)
    relation: Mapped[str] = mapped_column(String(60))
    has_custody: Mapped[bool] = mapped_column(Boolean, default=True)

    guardian: Mapped[Guardian] = relationship(lazy="joined")
