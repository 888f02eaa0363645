"""A device's signing (Ed25519) and encryption (X25519) key pairs and fingerprint."""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw


def fingerprint(signing_public: bytes, encryption_public: bytes) -> str:
    """Short, speakable: 6 groups of 4 hex digits from SHA-256 of both public keys."""
    digest = hashlib.sha256(signing_public + encryption_public).hexdigest()[:24].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 24, 4))


def new_device_keys() -> dict[str, bytes | str]:
    """Column values for a new ``Device`` row (private keys stay in the encrypted DB)."""
    signing = Ed25519PrivateKey.generate()
    encryption = X25519PrivateKey.generate()
    none = serialization.NoEncryption()
    sign_pub = signing.public_key().public_bytes(_RAW, _RAW_PUBLIC)
    enc_pub = encryption.public_key().public_bytes(_RAW, _RAW_PUBLIC)
    return {
        "signing_public_key": sign_pub,
        "encryption_public_key": enc_pub,
        "signing_private_key": signing.private_bytes(_RAW, _RAW_PRIVATE, none),
        "encryption_private_key": encryption.private_bytes(_RAW, _RAW_PRIVATE, none),
        "fingerprint": fingerprint(sign_pub, enc_pub),
    }
