"""Each refusal names its real cause: a damaged version field is damage, not a
newer program; a changed length field is damage, not a cut-off file; one's own package
is one's own, not a package from an unpaired device."""

from __future__ import annotations

import struct

import pytest
from sync_helpers import Post, full_dump

from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.exchange import sync
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.sync.errors import (DamagedLength, DamagedVersion, NewerVersion,
                                          OwnPackage, TruncatedPackage, UnknownSender)


@pytest.fixture
def sent(trio, tmp_path):
    office, consultant, _ = trio
    children.create_child(office, ChildInput("Åsa", "Lindqvist"))
    return Post(tmp_path).export(office, consultant)


def _refused(ctx, path, data: bytes, expected):
    bad = path.with_name("bad.dgsync")
    bad.write_bytes(data)
    before = full_dump(ctx)
    with pytest.raises(expected) as refused:
        sync.import_package(ctx, bad)
    assert type(refused.value) is expected
    assert full_dump(ctx) == before
    return str(refused.value)


@pytest.mark.parametrize("byte", [8, 9])
@pytest.mark.parametrize("value", [0x02, 0x41, 0xFF])
def test_a_damaged_format_version_is_damage_not_a_newer_program(sent, trio, byte, value):
    _, consultant, _ = trio
    data = bytearray(sent.read_bytes())
    data[byte] = value if data[byte] != value else value ^ 0x10
    if struct.unpack(">H", bytes(data[8:10]))[0] == 0:
        pytest.skip("version 0 is refused as tampered already")
    message = _refused(consultant, sent, bytes(data), DamagedVersion)
    assert "beskadiget" in message and "Opdater" not in message


def _last_chunk_length_at(data: bytes) -> int:
    header_len = struct.unpack(">I", data[10:14])[0]
    pos = 14 + header_len + 92
    while True:
        flags, length = struct.unpack(">BI", data[pos:pos + 5])
        if flags == 1:
            return pos + 1
        pos += 5 + length


@pytest.mark.parametrize("where", ["header length", "chunk length"])
def test_a_changed_length_field_is_damage_not_a_cut_off_file(sent, trio, where):
    _, consultant, _ = trio
    data = bytearray(sent.read_bytes())
    at = 10 if where == "header length" else _last_chunk_length_at(bytes(data))
    length = struct.unpack(">I", bytes(data[at:at + 4]))[0]
    data[at:at + 4] = struct.pack(">I", length + 0x100)  # one byte changed
    message = _refused(consultant, sent, bytes(data), DamagedLength)
    assert "afkortet" not in message and "længdefelt" in message


def test_a_file_really_cut_off_still_says_so(sent, trio):
    _, consultant, _ = trio
    data = sent.read_bytes()
    for cut in (10, 70, len(data) // 2):
        _refused(consultant, sent, data[:-cut], TruncatedPackage)


def test_importing_ones_own_package_says_so(sent, trio):
    office, _, _ = trio
    message = _refused(office, sent, sent.read_bytes(), OwnPackage)
    assert message.startswith("Det er din egen pakke")
    assert "parret" not in message


def test_refusal_messages_differ_for_each_cause():
    kinds = [DamagedVersion, DamagedLength, OwnPackage, NewerVersion, TruncatedPackage,
             UnknownSender]
    assert len({k.default_message for k in kinds}) == len(kinds)
