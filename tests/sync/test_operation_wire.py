"""A package body's operations as they travel: ids stay the hex text they are stored as,
and an operation written any other way is refused before anything is stored."""

from __future__ import annotations

import json
import uuid
import zlib

import pytest

from dagpleje_desktop.sync.errors import InvalidContent
from dagpleje_desktop.sync.operations import PackageBody

ORIGIN = uuid.UUID("0192f1c2-7a3b-7cde-8f01-23456789abcd")
CHILD = uuid.UUID("5a0c6e1e-2b4d-4f6a-8c9e-0a1b2c3d4e5f")
OTHER = uuid.UUID("0192f1c2-7a3b-7cde-8f01-000000000002")
STAMP = f"001732358400000-000001-{ORIGIN}"


def _op(**changes) -> list:
    fields = {"op_id": uuid.uuid4().hex, "origin": ORIGIN.hex, "seq": 1, "entity": "child",
              "row_id": CHILD.hex, "field": "first_name", "value": json.dumps("Alma"),
              "hlc": STAMP, "prev_hlc": None, "kind": "set", "seen": None}
    fields.update(changes)
    return list(fields.values())


def _body(*ops) -> bytes:
    doc = {"ops": list(ops), "vector": {}, "base": {}, "covers": {}, "ack_package": 0,
           "ack_hash": "", "scope_exit": [], "home_id": None}
    return zlib.compress(json.dumps(doc).encode("utf-8"))


def test_an_operation_arrives_with_its_ids_and_value_read():
    op_id = uuid.uuid4().hex
    body = PackageBody.decode(_body(_op(op_id=op_id), _op(seq=2, field="birth_date",
                                                          value='"2023-05-05"')))

    first, second = body.ops
    assert first.op_id == op_id
    assert first.origin == ORIGIN and first.row_id == CHILD
    assert first.decoded == "Alma"
    assert str(second.decoded) == "2023-05-05"
    assert first.row_id is second.row_id  # one UUID per row, however many operations
    assert list(first.to_wire()) == _op(op_id=op_id)


@pytest.mark.parametrize("column, written", [
    ("op_id", str(OTHER)),                     # with dashes
    ("op_id", OTHER.hex.upper()),
    ("origin", "{" + ORIGIN.hex + "}"),
    ("row_id", CHILD.hex[:31]),
    ("row_id", CHILD.hex + "0"),
    ("row_id", 12345),
])
def test_an_id_written_any_other_way_is_refused(column, written):
    with pytest.raises(InvalidContent):
        PackageBody.decode(_body(_op(), _op(seq=2, **{column: written})))


@pytest.mark.parametrize("changes", [
    {"value": '"Alma" "Bo"'},             # two JSON values in one
    {"value": '"Alma'},                   # cut off
    {"value": "7"},                       # a number for a name
    {"field": "birth_date", "value": '"5. maj"'},
    {"hlc": STAMP.replace("0017", "٠٠١٧", 1)},  # digits, but not ASCII ones
    {"seq": 0},
    {"kind": "delete"},
])
def test_an_operation_that_does_not_fit_is_refused(changes):
    with pytest.raises(InvalidContent):
        PackageBody.decode(_body(_op(**changes)))
