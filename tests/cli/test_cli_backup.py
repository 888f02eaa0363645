"""``backup`` and ``restore`` of the local encrypted database (PostgreSQL: pg_dump)."""

from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile

import pytest
from cli_helpers import (CHILD_CPR, CHILD_FIRST, CHILD_LAST, GUARDIAN_NAME, OBSERVATION_TEXT,
                         PASSWORD, USER, assert_refused, state_of)

from dagpleje_desktop.domain.enums import UserRole
from dagpleje_desktop.services.security.backup import rotate_backups
from dagpleje_desktop.services.installation import Installation


@pytest.fixture
def installation(sqlite_installation):
    """Backups are files of the local database: these tests run on SQLite only."""
    return sqlite_installation


def _fingerprint(folder) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir())}


def _members(path) -> dict[str, bytes]:
    with tarfile.open(path) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}


def _rewrite(path, **replace: bytes) -> None:
    """The same archive with some members' bytes replaced (manifest left as it was)."""
    members = _members(path)
    members.update(replace)
    with tarfile.open(path, "w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


@pytest.fixture
def backup_file(seeded, cli, at, tmp_path):
    path = tmp_path / "kopi.dagpleje-backup"
    result = cli(*at, "backup", "-o", path)
    assert result.code == 0, result.err
    assert f"Sikkerhedskopien er gemt i {path}" in result.out
    return path


def test_backup_is_one_file_with_manifest_key_file_and_snapshot(backup_file, created):
    members = _members(backup_file)

    assert list(members) == ["manifest.json", "keys.json", "dagpleje.db"]
    manifest = json.loads(members["manifest.json"])
    assert manifest["format"] == "dagpleje-backup" and manifest["format_version"] == 2
    assert len(manifest["mac"]) == 64  # the seal only an unlocked installation can make
    assert manifest["schema_revision"] and manifest["created_at"]
    assert manifest["database"]["sha256"] == hashlib.sha256(members["dagpleje.db"]).hexdigest()
    # the same wrapped keys (the live file's audit anchor has moved on since the backup)
    assert json.loads(members["keys.json"])["users"] == \
        json.loads(created.keys_path.read_bytes())["users"]


def test_backup_file_holds_no_readable_personal_data(backup_file):
    data = backup_file.read_bytes()

    # Only strings of 6+ bytes: a 3-byte name turns up by chance in ~4 % of 600 kB of
    # ciphertext, a 6-byte one about once in 400 million backups.
    for secret in (f"{CHILD_FIRST} {CHILD_LAST}", CHILD_LAST, CHILD_CPR,
                   CHILD_CPR.replace("-", ""), GUARDIAN_NAME, OBSERVATION_TEXT[:20],
                   "Solsikken"):
        for encoding in ("utf-8", "utf-16-le"):
            assert secret.encode(encoding) not in data, secret


def test_backup_is_logged(backup_file, created):
    events = state_of(created)["events"]

    assert events[-1][1] == "backup"


def test_backup_into_a_missing_folder_is_refused(seeded, created, cli, at, tmp_path):
    before = state_of(created)

    result = cli(*at, "backup", "-o", tmp_path / "findes-ikke" / "kopi")

    assert_refused(result, "findes ikke")
    assert state_of(created) == before


def test_backup_then_damage_then_restore_brings_the_data_back(backup_file, created, cli, at):
    listing = cli(*at, "child", "list", "--json").json()
    observations = state_of(created)["observations"]
    with open(created.db_path, "r+b") as fh:
        fh.write(os.urandom(8192))
    assert cli(*at, "child", "list").code == 1

    result = cli(*at, "restore", backup_file)

    assert result.code == 0, result.err
    assert "er gendannet" in result.out
    assert cli(*at, "child", "list", "--json").json() == listing
    assert state_of(created)["observations"] == observations
    assert [e[1] for e in state_of(created)["events"]].count("restore") == 1
    kept = sorted(p.name for p in created.data_dir.glob("*.before-restore-*"))
    assert [n.split(".before-restore-")[0] for n in kept] == ["dagpleje.db", "keys.json"]
    assert cli(*at, "verify").code == 0
    assert cli(*at, "audit", "verify").code == 0


def test_restore_undoes_later_changes(backup_file, seeded, created, cli, at):
    cli(*at, "observe", seeded.child_id, "--text", "Skrevet efter sikkerhedskopien")

    assert cli(*at, "restore", backup_file).code == 0

    assert cli(*at, "search", "sikkerhedskopien", "--json").json() == []
    assert len(cli(*at, "search", "tårn", "--json").json()) == 1


def test_restore_onto_a_new_machine(backup_file, tmp_path, cli):
    fresh = Installation(data_dir=tmp_path / "ny-pc")

    result = cli("--data-dir", fresh.data_dir, "restore", backup_file)

    assert result.code == 0, result.err
    assert "tidligere filer" not in result.out
    assert len(cli("--data-dir", fresh.data_dir, "child", "list", "--json").json()) == 2


def test_restore_check_changes_nothing(backup_file, created, cli, at):
    before = _fingerprint(created.data_dir)

    result = cli(*at, "restore", "--check", backup_file)

    assert result.code == 0, result.err
    assert "Sikkerhedskopien er i orden" in result.out
    assert _fingerprint(created.data_dir) == before


def _assert_restore_refused(cli, at, created, path, *fragments) -> None:
    before = _fingerprint(created.data_dir)
    assert_refused(cli(*at, "restore", path), *fragments)
    assert _fingerprint(created.data_dir) == before  # no *.before-restore, no leftovers


def test_restore_of_a_truncated_backup_is_refused(backup_file, created, cli, at):
    data = backup_file.read_bytes()
    with tarfile.open(backup_file) as tar:
        snapshot = tar.getmember("dagpleje.db")
        last_byte = snapshot.offset_data + snapshot.size - 1
    for keep in (100, 3000, len(data) // 2, last_byte):
        backup_file.write_bytes(data[:keep])
        _assert_restore_refused(cli, at, created, backup_file, "ikke en brugbar sikkerhedskopi")


def test_restore_of_a_backup_with_a_changed_snapshot_is_refused(backup_file, created, cli, at):
    snapshot = bytearray(_members(backup_file)["dagpleje.db"])
    snapshot[len(snapshot) // 2] ^= 0xFF
    _rewrite(backup_file, **{"dagpleje.db": bytes(snapshot)})

    _assert_restore_refused(cli, at, created, backup_file, "ikke en brugbar sikkerhedskopi")


@pytest.mark.parametrize("member", ["dagpleje.db", "keys.json"])
def test_restore_of_a_changed_backup_with_recomputed_checksums_is_refused(
        backup_file, created, cli, at, member):
    members = _members(backup_file)
    changed = bytearray(members[member])
    if member == "dagpleje.db":
        changed[len(changed) // 2] ^= 0x01
    else:  # the key file still reads as JSON, one byte longer
        changed += b"\n"
    manifest = json.loads(members["manifest.json"])
    part = "database" if member == "dagpleje.db" else "keys"
    manifest[part].update(size=len(changed), sha256=hashlib.sha256(changed).hexdigest())
    _rewrite(backup_file, **{member: bytes(changed),
                             "manifest.json": json.dumps(manifest).encode()})

    _assert_restore_refused(cli, at, created, backup_file, "ændret, efter den blev lavet")
    check = cli(*at, "restore", "--check", backup_file)
    assert_refused(check, "ændret, efter den blev lavet")


def test_restore_of_files_that_are_not_backups_is_refused(created, cli, at, tmp_path):
    junk = tmp_path / "junk.dagpleje-backup"
    junk.write_bytes(os.urandom(50_000))
    other_tar = tmp_path / "andet.tar"
    with tarfile.open(other_tar, "w") as tar:
        tar.add(created.keys_path, arcname="keys.json")

    for path in (junk, other_tar, created.keys_path):
        _assert_restore_refused(cli, at, created, path, "ikke en brugbar sikkerhedskopi")
    _assert_restore_refused(cli, at, created, tmp_path / "mangler", "findes ikke")


def test_restore_of_another_installations_backup_is_refused(created, cli, at, tmp_path,
                                                            monkeypatch):
    other = tmp_path / "anden"
    monkeypatch.setenv("DAGPLEJE_PASSWORD", "en-anden-installation")
    assert cli("--data-dir", other, "init", "--role", "office", "--name", "Andre",
               "--user", USER).code == 0
    assert cli("--data-dir", other, "backup", "-o", tmp_path / "fremmed").code == 0
    monkeypatch.setenv("DAGPLEJE_PASSWORD", "korrekt-hest-batteri")

    _assert_restore_refused(cli, at, created, tmp_path / "fremmed",
                            "kan ikke låses op", "anden installation")


def test_restore_with_the_wrong_password_is_refused(backup_file, created, cli, at,
                                                    monkeypatch):
    monkeypatch.setenv("DAGPLEJE_PASSWORD", "forkert-kodeord")

    _assert_restore_refused(cli, at, created, backup_file, "kan ikke låses op")


def test_postgresql_backup_and_restore_point_to_pg_dump(pg_url, cli, tmp_path):
    backup = cli("--database-url", pg_url, "backup", "-o", tmp_path / "kopi")
    restore = cli("--database-url", pg_url, "restore", tmp_path / "kopi")

    assert_refused(backup, "pg_dump")
    assert_refused(restore, "pg_restore")
    assert not (tmp_path / "kopi").exists()




def test_backup_onto_an_existing_file_is_refused_and_the_file_kept(seeded, created, cli, at,
                                                                   tmp_path):
    precious = tmp_path / "vigtig.pdf"
    precious.write_bytes(b"%PDF-1.4 referat")
    assert_refused(cli(*at, "backup", "-o", precious), "findes allerede")
    assert precious.read_bytes() == b"%PDF-1.4 referat"
    assert_refused(cli(*at, "backup", "-o", precious, "--force"), "ikke en sikkerhedskopi")
    assert precious.read_bytes() == b"%PDF-1.4 referat"


def test_backup_onto_the_live_database_or_key_file_is_refused_even_with_force(
        seeded, created, cli, at):
    before = state_of(created)
    for live in (created.db_path, created.keys_path):
        assert_refused(cli(*at, "backup", "-o", live, "--force"), "installationens egne filer")
    assert state_of(created) == before
    assert cli(*at, "child", "list").code == 0


def test_force_replaces_an_older_backup(backup_file, cli, at):
    old = backup_file.read_bytes()
    result = cli(*at, "backup", "-o", backup_file, "--force")
    assert result.code == 0, result.err
    assert backup_file.read_bytes() != old and _members(backup_file)


def test_two_restores_in_a_row_keep_both_earlier_states(backup_file, seeded, created, cli, at):
    cli(*at, "observe", seeded.child_id, "--text", "Første tilstand")
    first_state = created.db_path.read_bytes()
    assert cli(*at, "restore", backup_file).code == 0
    cli(*at, "observe", seeded.child_id, "--text", "Anden tilstand")
    assert cli(*at, "restore", backup_file).code == 0
    kept = sorted(created.data_dir.glob("dagpleje.db.before-restore-*"))
    assert len(kept) == 2, [p.name for p in kept]
    assert first_state in {p.read_bytes() for p in kept}


def test_a_backup_of_another_installation_is_refused_without_yes(backup_file, tmp_path, cli):
    other = Installation(data_dir=tmp_path / "anden-pc")
    assert cli("--data-dir", other.data_dir, "restore", backup_file).code == 0  # a new PC
    # A second installation, made on its own, is not the one the backup came from.
    third = Installation(data_dir=tmp_path / "tredje-pc")
    third.create(role=UserRole.OFFICE, name="Kontoret", username=USER, password=PASSWORD)
    before = _fingerprint(third.data_dir)
    assert_refused(cli("--data-dir", third.data_dir, "restore", backup_file),
                   "anden installation")
    assert _fingerprint(third.data_dir) == before
    result = cli("--data-dir", third.data_dir, "restore", backup_file, "--yes")
    assert result.code == 0, result.err


def test_backup_restore_and_check_are_refused_for_a_childminder(installation, cli, at,
                                                                tmp_path):
    assert cli(*at, "init", "--role", "childminder", "--name", "Mette", "--user",
               USER).code == 0  # her own laptop
    ctx = installation.login(USER, PASSWORD)
    try:  # the program's own backup before an import is still taken on her laptop
        automatic = rotate_backups(ctx, tmp_path / "auto").path
    finally:
        ctx.close()
    before = state_of(installation)

    assert_refused(cli(*at, "backup", "-o", tmp_path / "kopi"), "ikke af en mini-dagplejer")
    assert not (tmp_path / "kopi").exists()
    assert_refused(cli(*at, "restore", automatic), "ikke af en mini-dagplejer")
    assert_refused(cli(*at, "restore", "--check", automatic), "ikke af en mini-dagplejer")
    assert state_of(installation) == before
    assert not list(installation.data_dir.glob("*before-restore*"))
