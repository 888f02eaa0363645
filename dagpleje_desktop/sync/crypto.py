"""Package cryptography: X25519 key wrap, AES-256-GCM chunks, Ed25519.

The content key is random per package and wrapped to the recipient's X25519 key with an
ephemeral key pair (ECDH + HKDF-SHA256 + AES-GCM). Each chunk's associated data binds
the header hash, the chunk index and whether it is the last one, so a chunk cannot be
moved, and the stream cannot be cut short at a chunk boundary without it being noticed.
"""

from __future__ import annotations

import os
import struct

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (Ed25519PrivateKey,
                                                               Ed25519PublicKey)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
SIGNATURE_BYTES = 64
WRAPPED_KEY_BYTES = 32 + NONCE_BYTES + KEY_BYTES + TAG_BYTES
_WRAP_INFO = b"dagpleje-sync/key-wrap/v1"

__all__ = ["InvalidTag", "decrypt_chunk", "encrypt_chunks", "new_content_key", "sign",
           "unwrap_key", "verify", "wrap_key"]


def new_content_key() -> bytes:
    return os.urandom(KEY_BYTES)


def _raw_public(key) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _kek(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES,
                salt=ephemeral_public + recipient_public, info=_WRAP_INFO).derive(shared)


def wrap_key(content_key: bytes, recipient_public: bytes, aad: bytes) -> bytes:
    """Ephemeral public key + nonce + the content key sealed for the recipient."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(_kek(shared, ephemeral_public, recipient_public)).encrypt(
        nonce, content_key, aad)
    return ephemeral_public + nonce + sealed


def unwrap_key(blob: bytes, recipient_private: bytes, aad: bytes) -> bytes:
    """Raises InvalidTag (or ValueError) when the key was not sealed for this recipient."""
    if len(blob) != WRAPPED_KEY_BYTES:
        raise ValueError("wrapped key has the wrong length")
    ephemeral_public, nonce, sealed = blob[:32], blob[32:32 + NONCE_BYTES], blob[32 + NONCE_BYTES:]
    private = X25519PrivateKey.from_private_bytes(recipient_private)
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    recipient_public = _raw_public(private.public_key())
    return AESGCM(_kek(shared, ephemeral_public, recipient_public)).decrypt(nonce, sealed, aad)


def _nonce(index: int) -> bytes:
    # The key is used for this one package only, so a counter nonce never repeats.
    return index.to_bytes(NONCE_BYTES, "big")


def _aad(header_hash: bytes, index: int, final: bool) -> bytes:
    return header_hash + struct.pack(">IB", index, 1 if final else 0)


def encrypt_chunks(key: bytes, plaintext: bytes, header_hash: bytes,
                   chunk_size: int = 256 * 1024) -> list[bytes]:
    aead = AESGCM(key)
    pieces = [plaintext[i:i + chunk_size] for i in range(0, len(plaintext), chunk_size)] or [b""]
    last = len(pieces) - 1
    return [aead.encrypt(_nonce(i), piece, _aad(header_hash, i, i == last))
            for i, piece in enumerate(pieces)]


def decrypt_chunk(key: bytes, ciphertext: bytes, header_hash: bytes, index: int,
                  final: bool) -> bytes:
    """Raises InvalidTag when the chunk was changed, moved or its final flag altered."""
    return AESGCM(key).decrypt(_nonce(index), ciphertext, _aad(header_hash, index, final))


def sign(private_raw: bytes, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_raw).sign(data)


def verify(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
