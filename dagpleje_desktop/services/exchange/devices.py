"""Devices and pairing: this device's identity, device cards, paired peers, revocation.

A device card holds the public keys, name and role of one installation and nothing
else. Pairing stores the peer; people compare the short fingerprint by phone. At the
office, a mini-childminder's device is linked to the home it serves, which decides what
its packages may contain and change.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ...domain.enums import AuditAction, UserRole
from ...domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from ...store.models import ChildminderHome, Device, PeerState
from ..security import audit
from ..security.access import parse_uuid
from ...sync.audit_heads import rollback_warning
from ..context import AppContext
from .device_keys import fingerprint
from ...store.private_files import write_private

CARD_KIND = "dagpleje-enhedskort"
CARD_VERSION = 1
CARD_SUFFIX = ".dgcard"


@dataclass(frozen=True)
class DeviceInfo:
    id: uuid.UUID
    name: str
    role: UserRole
    owner: str
    fingerprint: str
    is_self: bool
    home_id: uuid.UUID | None = None
    home_name: str = ""
    paired_at: datetime | None = None
    revoked_at: datetime | None = None
    last_in_at: datetime | None = None
    last_out_at: datetime | None = None
    packages_in: int = 0
    packages_out: int = 0
    audit_warning: str = ""  # its access log was seen going back (sync/audit_heads.py)

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


@dataclass(frozen=True)
class DeviceCard:
    device_id: uuid.UUID
    name: str
    role: UserRole
    signing_public_key: bytes
    encryption_public_key: bytes
    fingerprint: str


def _info(session, device: Device) -> DeviceInfo:
    state = session.get(PeerState, device.id)
    home = session.get(ChildminderHome, device.home_id) if device.home_id else None
    return DeviceInfo(device.id, device.name, UserRole(device.role), device.owner,
                      device.fingerprint, device.is_self, device.home_id,
                      home.name if home else "", device.paired_at, device.revoked_at,
                      state.last_in_at if state else None, state.last_out_at if state else None,
                      state.received_package_seq if state else 0,
                      state.sent_package_seq if state else 0,
                      rollback_warning(session.connection(), device.id))


def self_device(session) -> Device:
    return session.scalar(select(Device).where(Device.is_self.is_(True)))


def show_device(ctx: AppContext) -> DeviceInfo:
    with ctx.db.transaction() as s:
        return _info(s, self_device(s))


def write_card(ctx: AppContext, path: Path) -> Path:
    """Write this device's card (public keys, name, role) to ``path``."""
    path = Path(path)
    with ctx.db.transaction() as s:
        me = self_device(s)
        card = {"kind": CARD_KIND, "version": CARD_VERSION, "device_id": str(me.id),
                "name": me.name, "role": me.role,
                "signing_public_key": base64.b64encode(me.signing_public_key).decode(),
                "encryption_public_key": base64.b64encode(me.encryption_public_key).decode(),
                "fingerprint": me.fingerprint}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temp = path.with_name(path.name + ".tmp")
            write_private(temp, json.dumps(card, ensure_ascii=False, indent=2) + "\n")
            os.replace(temp, path)
        except OSError as exc:
            raise ValidationError("Enhedskortet kan ikke gemmes i {path}: {reason}.",
                                  path=path, reason=exc.strerror,
                                  log_message=f"cannot write device card: {exc}") from None
        audit.record(s, ctx, AuditAction.EXPORT, "device", me.id, detail="device card")
    return path


def read_card(path: Path) -> DeviceCard:
    bad = ValidationError("Filen {path} er ikke et enhedskort fra Dagpleje Desktop.",
                          path=Path(path).name,
                          log_message="not a device card")
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValidationError("Filen {path} findes ikke.",
                              path=path, log_message="card missing") from None
    except (OSError, UnicodeDecodeError, ValueError):
        raise bad from None
    if not isinstance(data, dict) or data.get("kind") != CARD_KIND:
        raise bad
    if data.get("version") != CARD_VERSION:
        raise ValidationError("Enhedskortet er lavet med en nyere version af programmet. "
                              "Opdater programmet.", log_message="newer device card")
    try:
        card = DeviceCard(uuid.UUID(data["device_id"]), str(data["name"]).strip(),
                          UserRole(data["role"]),
                          base64.b64decode(data["signing_public_key"], validate=True),
                          base64.b64decode(data["encryption_public_key"], validate=True),
                          str(data["fingerprint"]))
    except (KeyError, ValueError, TypeError):
        raise bad from None
    if (len(card.signing_public_key), len(card.encryption_public_key)) != (32, 32) \
            or fingerprint(card.signing_public_key, card.encryption_public_key) != card.fingerprint:
        raise ValidationError("Enhedskortet er beskadiget: fingeraftrykket passer ikke med "
                              "nøglerne.", log_message="device card fingerprint mismatch")
    return card


def _check_home(s, ctx: AppContext, card: DeviceCard, home_id) -> uuid.UUID | None:
    if home_id is None:
        return None
    if ctx.user.role not in (UserRole.OFFICE, UserRole.CONSULTANT):
        raise PermissionDeniedError("Kun kontoret og konsulenterne kan knytte en enhed til et hjem.",
                                    log_message="home link by a childminder")
    if card.role != UserRole.CHILDMINDER:
        raise ValidationError("Kun en mini-dagplejers enhed knyttes til et hjem.",
                              log_message="home for a non-childminder device")
    home_id = parse_uuid(home_id, "hjem-id")
    home = s.get(ChildminderHome, home_id)
    if home is None or home.is_deleted:
        raise NotFoundError("Hjemmet med id {home_id} findes ikke.", home_id=home_id,
                            log_message=f"unknown home {home_id}")
    return home_id


def pair_device(ctx: AppContext, card_path: Path, home_id=None) -> DeviceInfo:
    """Trust the device on the card; re-pairing the same device updates name and home."""
    card = read_card(card_path)
    with ctx.db.transaction() as s:
        if card.device_id == self_device(s).id:
            raise ValidationError("Det er denne enheds eget kort. Par med den anden enheds kort.",
                                  log_message="pairing with self")
        home = _check_home(s, ctx, card, home_id)
        device = s.get(Device, card.device_id)
        if device is not None and device.revoked_at is not None:
            raise ValidationError("Enheden er spærret og kan ikke parres igen. Lav en ny "
                                  "installation på enheden, og par den.",
                                  log_message="re-pairing a revoked device")
        if device is not None and (device.signing_public_key, device.encryption_public_key) != (
                card.signing_public_key, card.encryption_public_key):
            raise ValidationError("En anden enhed med samme id er allerede parret med andre "
                                  "nøgler. Kontrollér, at kortet er det rigtige.",
                                  log_message="device id reused with other keys")
        if device is None:
            device = Device(id=card.device_id, signing_public_key=card.signing_public_key,
                            encryption_public_key=card.encryption_public_key, is_self=False)
            s.add(device)
        device.name, device.role, device.fingerprint = card.name, card.role.value, card.fingerprint
        device.home_id = home if home is not None else device.home_id
        device.paired_at = device.paired_at or ctx.now()
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, "device", device.id,
                     detail=f"paired role={card.role.value} home={home or ''}")
        return _info(s, device)


def list_devices(ctx: AppContext) -> list[DeviceInfo]:
    """Paired devices (revoked ones too, marked), by name."""
    with ctx.db.transaction() as s:
        peers = s.scalars(select(Device).where(Device.is_self.is_(False))
                          .order_by(Device.name, Device.id))
        return [_info(s, d) for d in peers]


def get_device(session, device_id) -> Device:
    device = session.get(Device, parse_uuid(device_id, "enheds-id"))
    if device is None or device.is_self:
        raise NotFoundError("Enheden {device_id} er ikke parret med denne enhed.",
                            device_id=device_id,
                            log_message=f"unknown device {device_id}")
    return device


def revoke_device(ctx: AppContext, device_id) -> DeviceInfo:
    """A lost or retired device: its packages are refused from now on."""
    with ctx.db.transaction() as s:
        device = get_device(s, device_id)
        if device.revoked_at is None:
            device.revoked_at = ctx.now()
            audit.record(s, ctx, AuditAction.UPDATE, "device", device.id, detail="revoked")
        return _info(s, device)
