"""The device's private keys at rest on PostgreSQL: wrapped with the office's key file.

An SQLite installation's whole file is encrypted, private keys included. A PostgreSQL
database is readable by its administrators, so there the self device's signing and
encryption private keys are stored wrapped (AES-256-GCM) with a key derived from the
installation secret, which only the key file on the office machine opens
(``installation_secret``). Someone with the database alone cannot sign packages as the
office nor read packages sent to it; without the key file the program refuses to start.

Stored form: ``DKW1`` + 12-byte nonce + ciphertext; the purpose (signing/encryption) is
authenticated, so the two cannot be swapped. A raw 32-byte value is an SQLite key or a
PostgreSQL key from before this change (wrapped at the next login).
"""

from __future__ import annotations

import os
from weakref import WeakKeyDictionary

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select

from ..domain.errors import StoreError
from .audit_guard import derive_key
from .models import Device

WRAP_INFO = b"dagpleje-desktop device private keys v1"
SIGNING, ENCRYPTION = b"signing", b"encryption"
_MARK = b"DKW1"
_NONCE = 12
_FIELDS = {"signing_private_key": SIGNING, "encryption_private_key": ENCRYPTION}
_wrap_keys: WeakKeyDictionary = WeakKeyDictionary()

KEY_FILE_NEEDED = ("Enhedens private nøgler kan ikke åbnes uden installationens nøglefil "
                   "fra kontorets maskine (DAGPLEJE_KEY_FILE). Intet er ændret.")


def _engine(bind):
    """The engine behind an Engine, a Connection or a Session."""
    engine = getattr(bind, "engine", None)
    return engine if engine is not None else bind.get_bind().engine


def set_device_key_wrap(engine, secret: bytes) -> None:
    """PostgreSQL, after the installation secret is open: keys are wrapped with it."""
    _wrap_keys[engine] = derive_key(secret, WRAP_INFO)


def is_wrapped(stored: bytes | None) -> bool:
    return bool(stored) and bytes(stored).startswith(_MARK)


def _wrap(key: bytes, raw: bytes, purpose: bytes) -> bytes:
    nonce = os.urandom(_NONCE)
    return _MARK + nonce + AESGCM(key).encrypt(nonce, raw, purpose)


def sealed_keys(engine, columns: dict) -> dict:
    """A new device's column values, private keys wrapped when the engine has a wrap key."""
    key = _wrap_keys.get(engine)
    if key is None:
        return columns
    return {name: _wrap(key, value, _FIELDS[name]) if name in _FIELDS else value
            for name, value in columns.items()}


def private_key(bind, stored: bytes, purpose: bytes) -> bytes:
    """The raw private key from its stored column value."""
    stored = bytes(stored)
    if not is_wrapped(stored):
        return stored
    key = _wrap_keys.get(_engine(bind))
    if key is None:
        raise StoreError(KEY_FILE_NEEDED, log_message="device key wrapped, no wrap key")
    body = stored[len(_MARK):]
    try:
        return AESGCM(key).decrypt(body[:_NONCE], body[_NONCE:], purpose)
    except (InvalidTag, ValueError) as exc:
        raise StoreError("Enhedens private nøgler passer ikke med installationens nøglefil; "
                         "brug kopien fra kontorets maskine. Intet er ændret.",
                         log_message="device key does not open with the wrap key") from exc


def wrap_stored_keys(session) -> int:
    """Wrap the self device's private keys still stored raw (an installation from before
    this change); returns how many were wrapped."""
    key = _wrap_keys.get(_engine(session))
    if key is None:
        return 0
    wrapped = 0
    for device in session.scalars(select(Device).where(Device.is_self.is_(True))):
        for name, purpose in _FIELDS.items():
            value = getattr(device, name)
            if value and not is_wrapped(value):
                setattr(device, name, _wrap(key, bytes(value), purpose))
                wrapped += 1
    return wrapped
