"""PostgreSQL installations: a secret kept half in the database, half on the office machine.

A PostgreSQL installation has no database key to derive keys from. It keeps a random
per-installation secret in the ``setting`` table, encrypted (AES-256-GCM) with a key
read from a key file on the office machine (``DAGPLEJE_KEY_FILE``, by default
``postgres-installation.key`` in the data folder, mode 0600). The access log's HMAC key
is derived from that secret: someone with the database alone (a dump, a server admin)
cannot recompute the chain, and the program refuses to start without the key file once
the database has a secret. Every office machine that opens the database needs a copy of
the same key file; losing every copy means the log can no longer be verified or extended
(README: keep a copy with the recovery papers).
"""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select, text

from ..domain.errors import StoreError
from .database import Database
from .models import Setting
from .private_files import private_folder, write_private

SECRET_SETTING = "installation.secret"
_AAD = b"dagpleje-desktop installation secret v1"
_PG_LOCK = 7301  # the audit writers' lock: the secret is made once, by one session


def _read_file_key(path: Path) -> bytes | None:
    try:
        raw = path.read_text("ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError("Nøglefilen {path} kan ikke læses.", path=path,
                         log_message=f"installation key file unreadable: {exc}") from exc
    try:
        key = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != 32:
        raise StoreError("Nøglefilen {path} er beskadiget (den indeholder ikke en nøgle).",
                         path=path,
                         log_message="installation key file malformed")
    return key


def _new_file_key(path: Path) -> bytes:
    key = os.urandom(32)
    private_folder(path.parent)
    write_private(path, base64.b64encode(key).decode("ascii") + "\n")
    return key


def installation_secret(db: Database, key_file: Path) -> bytes:
    """The installation's secret; made (with the key file, if there is none) on first use.

    Refused when the database has a secret but the key file is missing or another one.
    """
    key_file = Path(key_file)
    with db.transaction() as s:
        s.execute(text(f"SELECT pg_advisory_xact_lock({_PG_LOCK})"))
        stored = s.scalar(select(Setting.value).where(Setting.key == SECRET_SETTING))
        file_key = _read_file_key(key_file)
        if stored:
            if file_key is None:
                raise StoreError(
                    "Installationens nøglefil mangler: {key_file}. Den ligger på kontorets "
                    "maskine og skal kopieres hertil (sæt DAGPLEJE_KEY_FILE); uden den kan "
                    "adgangsloggen ikke kontrolleres eller skrives.", key_file=key_file,
                    log_message="installation key file missing")
            try:
                blob = base64.b64decode(stored)
                return AESGCM(file_key).decrypt(blob[:12], blob[12:], _AAD)
            except (InvalidTag, ValueError, binascii.Error) as exc:
                raise StoreError(
                    "Nøglefilen {key_file} hører ikke til denne database; brug kopien fra "
                    "kontorets maskine.",
                    key_file=key_file, log_message="installation key file does not match"
                ) from exc
        if file_key is None:
            file_key = _new_file_key(key_file)
        secret, nonce = os.urandom(32), os.urandom(12)
        blob = nonce + AESGCM(file_key).encrypt(nonce, secret, _AAD)
        s.add(Setting(key=SECRET_SETTING, value=base64.b64encode(blob).decode("ascii")))
        return secret
