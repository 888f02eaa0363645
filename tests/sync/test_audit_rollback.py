"""A partner notices when the sender's access log went back: every package carries the
sender's log head, the recipient keeps the latest it saw and reports a shorter log."""

from __future__ import annotations

from sqlalchemy import select
from sync_helpers import PASSWORD, Post, close_all, open_device

from dagpleje_desktop.services.security import backup
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.exchange import devices
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.store.models import AuditEvent


def test_the_device_reports_the_office_log_rolled_back_by_restoring_an_older_backup(
        fleet, tmp_path):
    office, laptop = fleet.copy(tmp_path, "office", "consultant1")
    post = Post(tmp_path)
    post.sync_all(office, laptop)
    saved = backup.backup_to(office, tmp_path / "office.backup").path
    for name in ("Bjørk", "Eik"):  # what the office did after the backup, in its log
        children.create_child(office, ChildInput(name, "Østergård"))
    first = post.exchange(office, laptop)
    assert not any("Adgangsloggen" in w for w in first.warnings)

    office.close()  # the office's log is rolled back: an older copy is restored
    backup.restore_from(Installation(data_dir=tmp_path / "office"), saved, "test", PASSWORD)
    office = open_device(tmp_path / "office", fleet.templates["office"].key)
    try:
        report = post.exchange(office, laptop)

        [warning] = [w for w in report.warnings if "Adgangsloggen" in w]
        assert "Adgangsloggen på »office (" in warning and "er kortere end i en tidligere" in warning
        [peer] = [d for d in devices.list_devices(laptop) if str(d.id) == office.device_id]
        assert "er kortere end i en tidligere pakke" in peer.audit_warning
        with laptop.db.transaction() as s:
            details = [e.detail for e in s.scalars(select(AuditEvent))]
        assert any(d.startswith("sender's access log went back") for d in details)
        again = post.exchange(office, laptop)  # reported once, kept in the device list
        assert not any("Adgangsloggen" in w for w in again.warnings)
        assert [d.audit_warning for d in devices.list_devices(laptop)
                if str(d.id) == office.device_id] == [peer.audit_warning]
    finally:
        close_all(office, laptop)
