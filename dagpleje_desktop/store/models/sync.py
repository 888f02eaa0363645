"""Sync bookkeeping: devices, the operation log, peer state, conflicts."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, LargeBinary, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from ..types import UTCDateTime
from .base import Base, Record


class Device(Record):
    __tablename__ = "device"

    name: Mapped[str] = mapped_column(String(200))
    owner: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))  # UserRole
    is_self: Mapped[bool] = mapped_column(default=False)
    signing_public_key: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_public_key: Mapped[bytes] = mapped_column(LargeBinary)
    signing_private_key: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    encryption_private_key: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    fingerprint: Mapped[str] = mapped_column(String(64))
    home_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("childminder_home.id"), default=None)
    paired_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class ChangeOperation(Base):
    """One change of one syncable field, stamped with the HLC of its origin."""

    __tablename__ = "change_operation"
    __table_args__ = (
        Index("ix_change_operation_origin", "origin_device", "origin_seq", unique=True),
        Index("ix_change_operation_row", "entity", "row_id", "field"),
    )

    op_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    origin_device: Mapped[uuid.UUID] = mapped_column(Uuid)
    origin_seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    entity: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    field: Mapped[str] = mapped_column(String(60))
    value: Mapped[str | None] = mapped_column(Text, default=None)  # JSON
    hlc: Mapped[str] = mapped_column(String(80))
    prev_hlc: Mapped[str | None] = mapped_column(String(80), default=None)
    kind: Mapped[str] = mapped_column(String(10), default="set")  # set|delete|purge
    # JSON context: for a delete, the field stamps the deleter had seen (so an edit it had
    # not seen is a conflict); for a conflict resolution, the stamps it resolves.
    seen: Mapped[str | None] = mapped_column(Text, default=None)


class PeerState(Base):
    """What a paired device has acknowledged and the package chain to it."""

    __tablename__ = "peer_state"

    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("device.id"), primary_key=True)
    acknowledged: Mapped[str] = mapped_column(Text, default="{}")  # version vector JSON
    sent_package_seq: Mapped[int] = mapped_column(Integer, default=0)
    sent_last_hash: Mapped[str] = mapped_column(String(64), default="")
    received_package_seq: Mapped[int] = mapped_column(Integer, default=0)
    received_last_hash: Mapped[str] = mapped_column(String(64), default="")
    # Scope of a mini-childminder's device: what it has confirmed holding, and what each
    # package not yet confirmed carried (JSON), so snapshots and scope exits are re-sent.
    scope_acked: Mapped[str] = mapped_column(Text, default="{}")
    scope_pending: Mapped[str] = mapped_column(Text, default="{}")
    last_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class Conflict(Record):
    __tablename__ = "conflict"

    entity: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    field: Mapped[str] = mapped_column(String(60))
    local_value: Mapped[str | None] = mapped_column(Text, default=None)
    local_hlc: Mapped[str] = mapped_column(String(80))
    remote_value: Mapped[str | None] = mapped_column(Text, default=None)
    remote_hlc: Mapped[str] = mapped_column(String(80))
    resolution: Mapped[str | None] = mapped_column(Text, default=None)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class FieldStamp(Base):
    """The HLC stamp of each syncable field's current value (merge is one lookup per op)."""

    __tablename__ = "field_stamp"

    entity: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(80))


class SyncVector(Base):
    """Per origin device: the highest sequence number held without gaps (own: issued)."""

    __tablename__ = "sync_vector"

    origin_device: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), default=0)
    hlc: Mapped[str] = mapped_column(String(80), default="")  # own device: last stamp issued


class PurgedRow(Base):
    """Ids erased for GDPR: operations about them are dropped wherever they arrive."""

    __tablename__ = "purged_row"

    entity: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
