"""Device identity, device cards and pairing, as people use them."""

from __future__ import annotations

import json
import uuid

import pytest
from sync_helpers import Post, close_all

from dagpleje_desktop.domain.enums import AuditAction, UserRole
from dagpleje_desktop.domain.errors import (NotFoundError, PermissionDeniedError,
                                            ValidationError)
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.exchange import devices, sync
from dagpleje_desktop.sync.errors import DeviceNotPaired


@pytest.fixture
def pairless(fleet, tmp_path):
    """A consultant's and a mini-childminder's device that are not paired with each other."""
    consultant, mini = fleet.copy(tmp_path, "consultant2", "minihanne")
    yield consultant, mini
    close_all(consultant, mini)


def test_this_device_has_an_identity_with_a_short_fingerprint(pairless):
    consultant, _ = pairless
    me = devices.show_device(consultant)
    assert str(me.id) == consultant.device_id and me.is_self
    assert me.role == UserRole.CONSULTANT
    groups = me.fingerprint.split(" ")
    assert len(groups) == 6 and all(len(g) == 4 for g in groups)


def test_a_device_card_holds_keys_name_and_role_only(pairless, tmp_path):
    consultant, _ = pairless
    path = devices.write_card(consultant, tmp_path / "kort.dgcard")
    card = json.loads(path.read_text(encoding="utf-8"))
    assert set(card) == {"kind", "version", "device_id", "name", "role", "signing_public_key",
                         "encryption_public_key", "fingerprint"}
    assert "private" not in path.read_text()


def test_pairing_shows_the_same_fingerprint_on_both_sides(pairless, tmp_path):
    consultant, mini = pairless
    card = devices.write_card(mini, tmp_path / "mini.dgcard")
    paired = devices.pair_device(consultant, card)
    assert paired.fingerprint == devices.show_device(mini).fingerprint
    assert [d.id for d in devices.list_devices(consultant) if d.id == paired.id] == [paired.id]


def test_a_damaged_card_is_refused(pairless, tmp_path):
    consultant, mini = pairless
    card = json.loads(devices.write_card(mini, tmp_path / "mini.dgcard").read_text())
    card["fingerprint"] = "0000 0000 0000 0000 0000 0000"
    bad = tmp_path / "bad.dgcard"
    bad.write_text(json.dumps(card))
    with pytest.raises(ValidationError, match="fingeraftrykket passer ikke"):
        devices.pair_device(consultant, bad)
    (tmp_path / "junk.dgcard").write_text("ikke et kort")
    with pytest.raises(ValidationError, match="ikke et enhedskort"):
        devices.pair_device(consultant, tmp_path / "junk.dgcard")


def test_a_device_cannot_pair_with_itself(pairless, tmp_path):
    consultant, _ = pairless
    card = devices.write_card(consultant, tmp_path / "me.dgcard")
    with pytest.raises(ValidationError, match="eget kort"):
        devices.pair_device(consultant, card)


def test_only_the_office_and_consultants_link_a_device_to_a_home(fleet, pairless, tmp_path):
    consultant, mini = pairless
    mini_card = devices.write_card(mini, tmp_path / "mini.dgcard")
    with pytest.raises(NotFoundError):
        devices.pair_device(consultant, mini_card, home_id=uuid.uuid4())
    consultant_card = devices.write_card(consultant, tmp_path / "c.dgcard")
    with pytest.raises(PermissionDeniedError):
        devices.pair_device(mini, consultant_card, home_id=fleet.home_a.id)


def test_no_package_can_be_made_for_an_unpaired_or_revoked_device(trio, tmp_path):
    office, consultant, _ = trio
    with pytest.raises(NotFoundError, match="ikke parret"):
        sync.export_package(office, uuid.uuid4(), tmp_path / "x.dgsync")
    devices.revoke_device(office, consultant.device_id)
    with pytest.raises(DeviceNotPaired, match="spærret"):
        Post(tmp_path).export(office, consultant)
    assert not (tmp_path / "p0001.dgsync").exists()
    card = devices.write_card(consultant, tmp_path / "c.dgcard")
    with pytest.raises(ValidationError, match="spærret"):
        devices.pair_device(office, card)


def test_the_device_list_shows_the_last_package_in_and_out(trio, tmp_path):
    office, consultant, _ = trio
    post = Post(tmp_path)
    post.exchange(office, consultant)
    post.exchange(consultant, office)
    [peer] = [d for d in devices.list_devices(office) if str(d.id) == consultant.device_id]
    assert peer.last_out_at is not None and peer.last_in_at is not None
    assert (peer.packages_out, peer.packages_in) == (1, 1)
    logged = {(e.action, e.entity) for e in audit.list_events(office)}
    assert {(AuditAction.EXPORT, "sync_package"), (AuditAction.IMPORT, "sync_package")} <= logged
    [imported] = [e for e in audit.list_events(office) if e.action == AuditAction.IMPORT]
    assert "new=" in imported.detail and "conflicts=" in imported.detail
