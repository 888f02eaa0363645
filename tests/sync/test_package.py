"""The package file: every kind of damage or misuse is refused, with its own message,
and the database stays exactly as it was; nothing personal is readable in the file."""

from __future__ import annotations

import json
import struct

import pytest
from sync_helpers import Post, close_all, full_dump

from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.exchange import devices, sync
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.journal.observations import ObservationInput
from dagpleje_desktop.sync import exchange, package
from dagpleje_desktop.sync.errors import (AlreadyImported, NewerVersion, NotAPackage,
                                          PackageRefused, ReorderedPackage, RevokedSender,
                                          TamperedPackage, TruncatedPackage, UnknownSender,
                                          WrongRecipient)

SECRETS = ("Åsa", "Lindqvist", "Mælkeallergi", "kravlede op på sofaen", "050523")


@pytest.fixture
def sent(trio, tmp_path, monkeypatch):
    """A package from the office to consultant1 about a child, in several chunks."""
    office, consultant, _ = trio
    monkeypatch.setattr(package, "CHUNK_SIZE", 200)
    kid = children.create_child(office, ChildInput("Åsa", "Lindqvist", cpr="050523-4321",
                                                   allergies="Mælkeallergi"))
    observations.create_observation(office, ObservationInput(kid.id, "Åsa kravlede op på sofaen"))
    path = Post(tmp_path).export(office, consultant)
    return path


def _frame(data: bytes) -> dict:
    """Byte offsets of the parts of a package."""
    header_len = struct.unpack(">I", data[10:14])[0]
    key_start = 14 + header_len
    first_chunk = key_start + 92
    chunks, pos = [], first_chunk
    while True:
        flags, length = struct.unpack(">BI", data[pos:pos + 5])
        chunks.append((pos, pos + 5 + length))
        pos += 5 + length
        if flags == 1:
            break
    return {"header": (14, key_start), "key": (key_start, first_chunk), "chunks": chunks,
            "signature": (len(data) - 64, len(data))}


def _flip(data: bytes, position: int) -> bytes:
    return data[:position] + bytes([data[position] ^ 0x01]) + data[position + 1:]


def _swap_first_chunks(data: bytes) -> bytes:
    (a0, a1), (b0, b1) = _frame(data)["chunks"][:2]
    assert a1 - a0 == b1 - b0  # same size, so the frame still parses
    return data[:a0] + data[b0:b1] + data[a0:a1] + data[b1:]


def _header_position(data: bytes) -> int:
    start, end = _frame(data)["header"]
    return start + data[start:end].index(b'"prev"') + 2  # inside a key name: JSON still parses


DAMAGE = {
    "flipped byte in the header": (lambda d: _flip(d, _header_position(d)), TamperedPackage),
    "flipped byte in the wrapped key": (lambda d: _flip(d, _frame(d)["key"][0] + 40),
                                        TamperedPackage),
    "flipped byte in the body": (lambda d: _flip(d, _frame(d)["chunks"][1][0] + 20),
                                 TamperedPackage),
    "flipped byte in the signature": (lambda d: _flip(d, len(d) - 10), TamperedPackage),
    "truncated file": (lambda d: d[:len(d) * 2 // 3], TruncatedPackage),
    "signature cut off": (lambda d: d[:-64], TruncatedPackage),
    "swapped chunks": (_swap_first_chunks, ReorderedPackage),
    "not a package at all": (lambda d: b"%PDF-1.7 " + d[9:], NotAPackage),
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_package_is_refused_with_its_own_message_and_changes_nothing(
        damage, sent, trio, tmp_path):
    _, consultant, _ = trio
    spoil, expected = DAMAGE[damage]
    bad = tmp_path / "damaged.dgsync"
    bad.write_bytes(spoil(sent.read_bytes()))
    before = full_dump(consultant)

    with pytest.raises(expected) as refused:
        sync.import_package(consultant, bad)

    assert type(refused.value) is expected
    assert str(refused.value) == expected.default_message
    assert full_dump(consultant) == before
    sync.import_package(consultant, sent)  # the undamaged package still goes in
    assert [c.name for c in children.list_children(consultant)] == ["Åsa Lindqvist"]


def test_every_single_flipped_byte_is_refused(sent, trio, tmp_path):
    _, consultant, _ = trio
    data = sent.read_bytes()
    before = full_dump(consultant)
    bad = tmp_path / "flipped.dgsync"
    for position in range(0, len(data), 7):
        bad.write_bytes(_flip(data, position))
        with pytest.raises(PackageRefused):
            sync.import_package(consultant, bad)
    assert full_dump(consultant) == before


def test_all_refusal_messages_differ():
    kinds = [TamperedPackage, TruncatedPackage, ReorderedPackage, NotAPackage, WrongRecipient,
             UnknownSender, RevokedSender, AlreadyImported, NewerVersion]
    messages = {k.default_message for k in kinds}
    assert len(messages) == len(kinds)
    assert "opdater programmet" in NewerVersion.default_message.lower()
    assert "allerede indlæst" in AlreadyImported.default_message


def test_a_package_for_another_device_is_refused(sent, trio):
    _, _, other = trio
    before = full_dump(other)
    with pytest.raises(WrongRecipient, match="anden enhed"):
        sync.import_package(other, sent)
    assert full_dump(other) == before


def test_a_package_from_an_unpaired_device_is_refused(fleet, trio, tmp_path):
    office, consultant, _ = trio
    stranger, = fleet.copy(tmp_path, "minihanne")  # paired with the office only
    try:
        path = Post(tmp_path).export(stranger, office)
        before = full_dump(consultant)
        with pytest.raises(UnknownSender, match="ikke er parret"):
            sync.import_package(consultant, path)
        assert full_dump(consultant) == before
    finally:
        close_all(stranger)


def test_a_package_from_a_revoked_device_is_refused(sent, trio):
    office, consultant, _ = trio
    devices.revoke_device(consultant, office.device_id)
    before = full_dump(consultant)
    with pytest.raises(RevokedSender, match="spærret"):
        sync.import_package(consultant, sent)
    assert full_dump(consultant) == before
    assert [d.revoked for d in devices.list_devices(consultant) if str(d.id) == office.device_id] \
        == [True]


def test_a_replayed_older_package_is_refused_and_changes_nothing(trio, tmp_path):
    office, consultant, _ = trio
    post = Post(tmp_path)
    kid = children.create_child(office, ChildInput("Åsa", "Lindqvist"))
    older = post.export(office, consultant)
    children.update_child(office, kid.id, ChildInput("Åsa", "Lindqvist", allergies="Gluten"))
    newer = post.export(office, consultant)
    sync.import_package(consultant, newer)
    before = full_dump(consultant)
    with pytest.raises(AlreadyImported, match="allerede indlæst"):
        sync.import_package(consultant, older)
    assert full_dump(consultant) == before


def test_a_package_from_a_newer_program_asks_for_an_update(trio, tmp_path, monkeypatch):
    office, consultant, _ = trio
    monkeypatch.setattr(exchange, "schema_revision", lambda: "9999_from_the_future")
    path = Post(tmp_path).export(office, consultant)
    monkeypatch.undo()
    before = full_dump(consultant)
    with pytest.raises(NewerVersion, match="Opdater programmet"):
        sync.import_package(consultant, path)
    assert full_dump(consultant) == before


def test_no_personal_data_is_readable_in_the_file_or_its_name(sent, trio):
    office, consultant, _ = trio
    data = sent.read_bytes()
    for secret in SECRETS:
        for encoding in ("utf-8", "utf-16-le", "latin-1"):
            try:
                assert secret.encode(encoding) not in data
            except UnicodeEncodeError:
                pass
    header_len = struct.unpack(">I", data[10:14])[0]
    header = json.loads(data[14:14 + header_len])
    assert set(header) == {"schema", "sender", "recipient", "seq", "prev"}
    name = sync.suggested_filename(office, consultant.device_id)
    assert name.endswith(".dgsync")
    # The devices' own names (people and offices) make the file readable; no
    # child's name or other personal data from the records is in it
    assert not any(secret.lower() in name for secret in SECRETS)


def test_a_package_in_a_newer_file_format_asks_for_an_update(trio, tmp_path, monkeypatch):
    """Signed by its sender as a newer format: an update is the answer (a damaged version
    field, whose signature does not match, is told apart: see test_refusal_causes)."""
    office, consultant, _ = trio
    monkeypatch.setattr(package, "FORMAT_VERSION", package.FORMAT_VERSION + 1)
    newer = Post(tmp_path).export(office, consultant)
    monkeypatch.undo()
    before = full_dump(consultant)
    with pytest.raises(NewerVersion, match="Opdater programmet"):
        sync.import_package(consultant, newer)
    assert full_dump(consultant) == before
