"""``audit``, ``audit verify`` and ``verify`` on both engines."""

from __future__ import annotations

from datetime import datetime

from cli_helpers import PASSWORD, USER, assert_refused, seed_records
from sqlalchemy import text, update

from dagpleje_desktop.store.models import AuditEvent


def _tamper_with_event(installation, seq: int) -> None:
    db = installation.open_database(USER, PASSWORD)
    try:
        with db.transaction() as s:
            if db.dialect == "postgresql":  # the table owner switches the guard off first
                s.execute(text("ALTER TABLE audit_event DISABLE TRIGGER USER"))
            s.execute(update(AuditEvent).where(AuditEvent.seq == seq)
                      .values(detail="skjult ændring"))
            if db.dialect == "postgresql":
                s.execute(text("ALTER TABLE audit_event ENABLE TRIGGER USER"))
    finally:
        db.dispose()


def test_audit_json_lists_events_newest_first(seeded, cli, at):
    events = cli(*at, "audit", "--json").json()

    seqs = [e["seq"] for e in events]
    assert seqs == sorted(seqs, reverse=True) and len(seqs) > 5
    assert {"seq", "at", "username", "device_id", "action", "entity", "entity_id",
            "child_id", "detail"} <= set(events[0])
    assert events[0]["action"] == "login"  # this very command's login
    assert events[-1]["action"] == "create" and events[-1]["entity"] == "installation"
    datetime.fromisoformat(events[0]["at"])


def test_audit_filters_by_child_and_limits(seeded, cli, at):
    cli(*at, "child", "show", seeded.child_id)

    about_ida = cli(*at, "audit", "--json", "--child", seeded.child_id).json()
    two = cli(*at, "audit", "--json", "--limit", "2").json()

    assert about_ida and {e["child_id"] for e in about_ida} == {seeded.child_id}
    assert ("view", "child") in {(e["action"], e["entity"]) for e in about_ida}
    assert len(two) == 2


def test_audit_human_output_is_a_table(seeded, cli, at):
    result = cli(*at, "audit", "--limit", "3")

    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].split()[:3] == ["Nr.", "Tidspunkt", "Bruger"]
    assert len(lines) == 2 + 3 and "Login" in lines[2]


def test_audit_with_a_malformed_child_id_or_limit_is_refused(created, cli, at):
    assert_refused(cli(*at, "audit", "--child", "nej"), "»nej« er ikke et gyldigt barne-id.")
    assert_refused(cli(*at, "audit", "--limit", "-1"), "--limit")
    assert_refused(cli(*at, "audit", "--limit", "mange"), "skal være et helt tal", code=2)


def test_audit_verify_reports_an_intact_chain_with_its_length(seeded, cli, at):
    result = cli(*at, "audit", "verify")

    assert result.code == 0, result.err
    count = len(cli(*at, "audit", "--json", "--limit", "0").json())
    # verify itself logged in once before counting; the listing added one more login
    assert result.out.strip() == f"Loggen er intakt ({count - 1} hændelser)."


def test_a_changed_event_breaks_the_chain_and_is_named(created, cli, at):
    seed_records(created)
    _tamper_with_event(created, 3)

    broken = cli(*at, "audit", "verify")
    checked = cli(*at, "verify")

    assert_refused(broken, "Loggen er brudt: Hændelse nr. 3 er blevet ændret.")
    assert_refused(checked, "Adgangsloggen er brudt: Hændelse nr. 3 er blevet ændret.")


def test_verify_reports_a_sound_database(seeded, cli, at):
    result = cli(*at, "verify")

    assert result.code == 0, result.err
    assert result.out.startswith("Databasen er i orden: integritetstjek ok, skema ")
    assert "loggen er intakt" in result.out


def test_verify_finds_a_damaged_page_in_the_local_database(sqlite_installation, cli):
    at = ["--data-dir", sqlite_installation.data_dir]
    assert cli(*at, "init", "--role", "office", "--name", "Kontoret", "--user", USER).code == 0
    seed_records(sqlite_installation)
    size = sqlite_installation.db_path.stat().st_size
    with open(sqlite_installation.db_path, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\xff" * 64)  # one page deep inside the file no longer decrypts

    result = cli(*at, "verify")

    assert_refused(result, "beskadiget", "dagpleje restore")
