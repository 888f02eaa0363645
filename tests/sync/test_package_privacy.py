"""A package of the whole demo data set reveals no name, CPR number or note in its raw
bytes or file name (a lost USB stick reveals nothing), though all of it is inside."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sync_helpers import Post, close_all

from dagpleje_desktop.demo import demo
from dagpleje_desktop.services.exchange import sync
from dagpleje_desktop.services.exchange.devices import self_device
from dagpleje_desktop.store.models import Child, Guardian, Observation, Professional
from dagpleje_desktop.sync.operations import PackageBody
from dagpleje_desktop.sync.package import decrypt_body, parse_package

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "latin-1")
SHORTEST = 4  # shorter strings turn up in any few hundred kilobytes of random bytes


def _personal_data(ctx) -> set[str]:
    found: set[str] = set()
    with ctx.db.transaction() as s:
        for child in s.scalars(select(Child)):
            found |= {child.last_name, child.first_name}
            if child.cpr:
                digits = child.cpr.replace("-", "")
                found |= {digits, f"{digits[:6]}-{digits[6:]}"}
        for guardian in s.scalars(select(Guardian)):
            found |= {guardian.name, guardian.phone, guardian.email}
        found |= set(s.scalars(select(Professional.name)))
        found |= {text[:40] for text in s.scalars(select(Observation.text))}
    return {f for f in found if f and len(f) >= SHORTEST}


def test_no_package_file_contains_readable_personal_data(fleet, tmp_path):
    office, consultant = fleet.copy(tmp_path, "office", "consultant1")
    try:
        demo.fill_demo(office)
        secrets = _personal_data(office)
        assert len(secrets) > 50
        path = Post(tmp_path).export(office, consultant)
        data = path.read_bytes()

        readable = [s for s in secrets for enc in ENCODINGS
                    if _encodable(s, enc) and s.encode(enc) in data]
        assert readable == []
        name = sync.suggested_filename(office, uuid.UUID(consultant.device_id))
        # The two devices' own names make the file readable (here the test
        # installations' users are called "office" and "consultant1"); nothing else
        device_names = {"office", "consultant1"}
        assert not [s for s in secrets - device_names if s.lower() in name.lower()]
        assert "office" in name and "consultant1" in name

        # The data is all there for the recipient (so the test looks at the right file).
        body = PackageBody.decode(decrypt_body(parse_package(data), _private_key(consultant)))
        inside = "\n".join(str(op.decoded) for op in body.ops)
        inside += inside.replace("-", "")  # CPR numbers are looked for with and without "-"
        assert [s for s in secrets if s not in inside] == []
    finally:
        close_all(office, consultant)


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _private_key(ctx) -> bytes:
    with ctx.db.transaction() as s:
        return self_device(s).encryption_private_key
