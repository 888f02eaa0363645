"""On PostgreSQL the office device's private keys are stored wrapped with the key file on
the office machine: the database alone neither signs nor opens packages."""

from __future__ import annotations

import os

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import create_engine, text
from sync_helpers import PASSWORD, Post, close_all, pair

from dagpleje_desktop.domain.enums import UserRole
from dagpleje_desktop.domain.errors import StoreError
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.installation import KEY_FILE_ENV, Installation

RAW = serialization.Encoding.Raw, serialization.PublicFormat.Raw


def _stored(pg_url) -> tuple[bytes, bytes, bytes, bytes]:
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            row = conn.execute(text(
                "SELECT signing_private_key, encryption_private_key, signing_public_key, "
                "encryption_public_key FROM device WHERE is_self")).one()
    finally:
        engine.dispose()
    return tuple(bytes(v) for v in row)


def _opens_as_raw_key(stored: bytes, public: bytes) -> bool:
    for cls in (Ed25519PrivateKey, X25519PrivateKey):
        try:
            if cls.from_private_bytes(stored).public_key().public_bytes(*RAW) == public:
                return True
        except ValueError:
            continue
    return False


def test_the_stored_private_keys_are_not_the_raw_keys_and_sync_still_works(
        pg_url, fleet, tmp_path):
    installation = Installation(database_url=pg_url)
    installation.create(role=UserRole.OFFICE, name="Kontoret", username="test",
                        password=PASSWORD)
    signing, encryption, signing_public, encryption_public = _stored(pg_url)
    assert not _opens_as_raw_key(signing, signing_public)
    assert not _opens_as_raw_key(encryption, encryption_public)
    assert len(signing) > 32 and len(encryption) > 32

    office = installation.login("test", PASSWORD)
    laptop, = fleet.copy(tmp_path, "consultant1")
    try:  # the office still signs what it sends and opens what it receives
        pair(office, laptop, tmp_path / "cards")
        post = Post(tmp_path)
        kid = children.create_child(office, ChildInput("Ærøsa", "Øby"))
        post.exchange(office, laptop)
        children.update_child(laptop, kid.id, ChildInput("Ærøsa", "Øby", allergies="Kiwi"))
        post.exchange(laptop, office)
        assert children.get_child(office, kid.id).allergies == "Kiwi"
    finally:
        close_all(office, laptop)


def test_without_the_key_file_login_is_refused_in_one_clear_line(pg_url, tmp_path,
                                                                 monkeypatch):
    installation = Installation(database_url=pg_url)
    installation.create(role=UserRole.OFFICE, name="Kontoret", username="test",
                        password=PASSWORD)
    before = _stored(pg_url)
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "ingen" / "nøgle.key"))

    with pytest.raises(StoreError, match="Installationens nøglefil mangler") as refused:
        installation.login("test", PASSWORD)
    assert len(refused.value.message.splitlines()) == 1
    assert _stored(pg_url) == before
    assert not os.path.exists(tmp_path / "ingen")
