"""The sync package file: header, wrapped key, encrypted chunks, signature.

    magic "DGSYNC\\r\\n" | u16 format | u32 n | header JSON (n bytes)
    wrapped content key (92 bytes: ephemeral X25519 key, nonce, sealed key)
    chunks: u8 flags (1 = last) | u32 n | AES-256-GCM ciphertext (n bytes) ... up to the last
    Ed25519 signature (64 bytes) over everything before it

The header holds only ids, numbers and hashes: no personal data is readable outside the
encrypted chunks. Parsing checks the frame (so a cut-off file is told apart from a changed
one); the signature is checked before anything is decrypted or believed.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import stat
import struct
import uuid
from dataclasses import dataclass, replace
from typing import BinaryIO

from . import crypto
from .errors import (DamagedLength, NewerVersion, NotAPackage, ReorderedPackage,
                     TamperedPackage, TruncatedPackage, UndecryptablePackage)

MAGIC = b"DGSYNC\r\n"
FORMAT_VERSION = 1
FILE_SUFFIX = ".dgsync"
CHUNK_SIZE = 256 * 1024
_MAX_HEADER = 64 * 1024
_MAX_CHUNK = 16 * 1024 * 1024
_LAST = 1


@dataclass(frozen=True)
class PackageHeader:
    schema: str
    sender: uuid.UUID
    recipient: uuid.UUID
    seq: int
    prev_hash: str  # hex SHA-256 of the previous package to this recipient, "" for the first

    def to_bytes(self) -> bytes:
        return json.dumps({"schema": self.schema, "sender": str(self.sender),
                           "recipient": str(self.recipient), "seq": self.seq,
                           "prev": self.prev_hash},
                          sort_keys=True, separators=(",", ":")).encode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes) -> "PackageHeader":
        try:
            data = json.loads(raw.decode("ascii"))
            header = cls(str(data["schema"]), uuid.UUID(data["sender"]),
                         uuid.UUID(data["recipient"]), int(data["seq"]), str(data["prev"]))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise TamperedPackage(log_message=f"unreadable header: {exc}") from None
        if header.seq < 1 or not isinstance(data["seq"], int):
            raise TamperedPackage(log_message="bad package sequence number")
        return header


@dataclass(frozen=True)
class ParsedPackage:
    header: PackageHeader
    header_hash: bytes
    wrapped_key: bytes
    chunks: tuple[bytes, ...]
    signed: bytes  # everything the signature covers
    signature: bytes
    version: int = FORMAT_VERSION  # as the file states it (checked with the signature)

    @property
    def file_hash(self) -> str:
        return hashlib.sha256(self.signed + self.signature).hexdigest()


def build_package(header: PackageHeader, plaintext: bytes, *, signing_private: bytes,
                  recipient_public: bytes, chunk_size: int | None = None) -> bytes:
    raw_header = header.to_bytes()
    head = MAGIC + struct.pack(">HI", FORMAT_VERSION, len(raw_header)) + raw_header
    header_hash = hashlib.sha256(head).digest()
    content_key = crypto.new_content_key()
    parts = [head, crypto.wrap_key(content_key, recipient_public, header_hash)]
    chunks = crypto.encrypt_chunks(content_key, plaintext, header_hash,
                                   chunk_size or CHUNK_SIZE)
    for index, chunk in enumerate(chunks):
        parts.append(struct.pack(">BI", _LAST if index == len(chunks) - 1 else 0, len(chunk)))
        parts.append(chunk)
    signed = b"".join(parts)
    return signed + crypto.sign(signing_private, signed)


class PackageFile:
    """A package file read piece by piece, for ``parse_package`` in place of its bytes.

    Parsing looks at the first bytes, then the frame: a file that is no package (a 2 GB
    video, ``/dev/zero``) is refused after reading a few bytes, in constant memory. Only
    a file whose frame is whole is read in full (the signature covers all of it).
    """

    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh
        # A device or pipe (st_size 0) is no package file: nothing of it is read.
        self._size = os.fstat(fh.fileno()).st_size if _regular(fh) else 0

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, key: slice) -> bytes:
        start, stop, step = key.indices(self._size)
        if step != 1:
            raise TypeError("a package file is read in order")
        if stop <= start:
            return b""
        self._fh.seek(start)
        piece = self._fh.read(stop - start)
        if len(piece) != stop - start:  # shortened while it was being read
            raise TruncatedPackage(log_message=f"file ends at {start + len(piece)}")
        return piece


def _regular(fh: BinaryIO) -> bool:
    return stat.S_ISREG(os.fstat(fh.fileno()).st_mode)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def take(self, count: int) -> bytes:
        if self.pos + count > len(self.data):
            raise TruncatedPackage(log_message=f"file ends at {len(self.data)}, "
                                               f"needed {self.pos + count}")
        piece = self.data[self.pos:self.pos + count]
        self.pos += count
        return piece


def parse_package(data: bytes | PackageFile) -> ParsedPackage:
    """The package's parts; refuses anything that is not a whole package of a known format."""
    if data[:len(MAGIC)] != MAGIC[:len(data)] or not data:
        raise NotAPackage(log_message="wrong magic")
    reader = _Reader(data)
    reader.take(len(MAGIC))
    version, header_len = struct.unpack(">HI", reader.take(6))
    if version > FORMAT_VERSION:
        # Newer, or this file with a damaged version field: a whole frame of this format
        # lets the signature decide (exchange.verify_incoming).
        try:
            return replace(_parse_frame(data, reader, header_len), version=version)
        except (TruncatedPackage, TamperedPackage):
            raise NewerVersion(log_message=f"package format {version} > {FORMAT_VERSION}") \
                from None
    if version < 1:
        raise TamperedPackage(log_message="bad format version")
    return _parse_frame(data, reader, header_len)


def _header_end(data: bytes, start: int) -> int | None:
    """Where the header's JSON object really ends (None when it is not readable)."""
    try:
        _, end = json.JSONDecoder().raw_decode(data[start:start + _MAX_HEADER].decode(
            "ascii", errors="replace"))
    except ValueError:
        return None
    return start + end


def _parse_frame(data: bytes, reader: _Reader, header_len: int) -> ParsedPackage:
    end = _header_end(data, reader.pos)
    if end is not None and end != reader.pos + header_len:
        raise DamagedLength(log_message=f"header length {header_len}, header ends at {end}")
    if header_len > _MAX_HEADER:
        raise TamperedPackage(log_message="bad header length")
    raw_header = reader.take(header_len)
    header_hash = hashlib.sha256(data[:reader.pos]).digest()
    header = PackageHeader.from_bytes(raw_header)
    wrapped = reader.take(crypto.WRAPPED_KEY_BYTES)
    chunks = []
    while True:
        flags, length = struct.unpack(">BI", reader.take(5))
        if flags not in (0, _LAST) or length > _MAX_CHUNK + crypto.TAG_BYTES:
            raise TamperedPackage(log_message="bad chunk frame")
        if flags == _LAST and reader.pos + length + crypto.SIGNATURE_BYTES > len(data):
            # Cut off, or a changed length field: what the whole file would need is
            # kept, so the importer can tell the two apart with the sender's signature.
            fits = len(data) - reader.pos - crypto.SIGNATURE_BYTES
            error = TruncatedPackage(log_message=f"last chunk of {length} bytes, {fits} there")
            error.length_repair = (reader.pos - 4, fits) if fits >= 0 else None
            error.header = header
            raise error
        chunks.append(reader.take(length))
        if flags == _LAST:
            break
    remaining = len(data) - reader.pos
    if remaining < crypto.SIGNATURE_BYTES:
        raise TruncatedPackage(log_message="signature missing or cut")
    if remaining > crypto.SIGNATURE_BYTES:
        raise TamperedPackage(log_message="bytes after the signature")
    return ParsedPackage(header, header_hash, wrapped, tuple(chunks), data[:reader.pos],
                         data[reader.pos:])


def signature_valid(parsed: ParsedPackage, signing_public: bytes) -> bool:
    return crypto.verify(signing_public, parsed.signature, parsed.signed)


def _content_key(parsed: ParsedPackage, encryption_private: bytes) -> bytes:
    try:
        return crypto.unwrap_key(parsed.wrapped_key, encryption_private, parsed.header_hash)
    except (crypto.InvalidTag, ValueError):
        raise UndecryptablePackage() from None


def decrypt_body(parsed: ParsedPackage, encryption_private: bytes) -> bytes:
    """The plaintext of a package whose signature has been verified."""
    key = _content_key(parsed, encryption_private)
    last = len(parsed.chunks) - 1
    try:
        return b"".join(crypto.decrypt_chunk(key, chunk, parsed.header_hash, i, i == last)
                        for i, chunk in enumerate(parsed.chunks))
    except crypto.InvalidTag:
        raise TamperedPackage(log_message="chunk authentication failed") from None


def diagnose_bad_signature(parsed: ParsedPackage, encryption_private: bytes):
    """After a failed signature check: were whole chunks moved, or were bytes changed?"""
    try:
        key = _content_key(parsed, encryption_private)
    except UndecryptablePackage:
        return TamperedPackage(log_message="signature invalid; key block does not open")
    last = len(parsed.chunks) - 1
    positions = {}
    for i, chunk in enumerate(parsed.chunks):
        for j in itertools.chain((i,), range(len(parsed.chunks))):
            try:
                crypto.decrypt_chunk(key, chunk, parsed.header_hash, j, j == last)
            except crypto.InvalidTag:
                continue
            positions[i] = j
            break
    moved = len(positions) == len(parsed.chunks) and any(i != j for i, j in positions.items())
    if moved and sorted(positions.values()) == list(range(len(parsed.chunks))):
        return ReorderedPackage(log_message=f"chunks out of order: {positions}")
    return TamperedPackage(log_message="signature invalid")
