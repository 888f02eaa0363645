"""Export and import of a sync package with 100,000 changes (office -> consultant, both on
SQLCipher), beside raw sqlite3 (SQLCipher, same key) floors on the same rows:

- export floor: SELECT the same operation rows, ``json.dumps`` them, write and fsync;
- import floor: what any import must write, by the driver with no Python work between:
  ``executemany`` of the same operation rows into the app's ``change_operation`` table
  (its real indexes: the operation log is read by origin and sequence for relaying and by
  row for merging) and of the observation rows they make into the app's ``observation``
  table (with its indexes), then the full-text index of those notes filled in bulk (two
  INSERT ... SELECT, as ``store/search_bulk.py`` does: imported notes must be found), in
  a fresh encrypted database with the app's page cache, one transaction. The tables' DDL
  is read from the office database, so the floor follows the schema. Not in the floor:
  decoding and checking the package, the merge, the field stamps, the commit's
  bookkeeping rows (audit, vectors, peer state).

An earlier import floor inserted the operation rows only, into a table with a primary key
and no other index, and no entity rows at all: less than any import must write (storing
the log with its two indexes alone cost 1.4x that floor, in raw sqlite3). It is still
measured and printed (``import floor, log without indexes``) so the two can be compared.

The two paired installations are made once (cached); every run works on fresh copies.
The import is measured as on a day whose backup is already taken: the rotated backup is
taken at most once a day, not per package, and is a copy of the database, not import work.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from statistics import median

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import func, select

from benchmarks.dataset import PASSWORD, cache_root
from benchmarks.report import BULK_RATIO, result
from benchmarks.scales import Scale
from dagpleje_desktop.domain.enums import UserRole
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.exchange import devices, sync
from dagpleje_desktop.services.context import AppContext, CurrentUser
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.store import migrate
from dagpleje_desktop.store.changes import install_capture
from dagpleje_desktop.store.database import DB_FILENAME, PAGE_CACHE_KIB, open_sqlcipher
from dagpleje_desktop.store.keystore import KeyStore
from dagpleje_desktop.store.models import ChangeOperation, Device, Observation, UserAccount

START = datetime(2024, 1, 8, 8, 0, tzinfo=timezone.utc)
OPS_PER_OBSERVATION = 11  # one per synced field of a new row
SYNC_IMPORT_RATIO = 2.0  # a bulk import within 2x its floor (stricter than other bulk work)
SYNC_USER = "synk"  # the password rules refuse a password that contains the user name


def _template(scale: Scale, say) -> tuple[Path, dict]:
    folder = cache_root() / f"sync-{scale.sync_changes}-rev{migrate.head_revision()}"
    info_path = folder / "info.json"
    if info_path.exists():
        return folder, json.loads(info_path.read_text())
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    say(f"  making the paired office and consultant with {scale.sync_changes:,} changes …")
    info = {}
    contexts = {}
    for name, role in (("office", UserRole.OFFICE), ("consultant", UserRole.CONSULTANT)):
        installation = Installation(data_dir=folder / name)
        made = installation.create(role=role, name=name.title(), username=SYNC_USER,
                                   password=PASSWORD)
        contexts[name] = installation.login(SYNC_USER, PASSWORD)
        info[name] = {"device_id": str(made.device_id),
                      "key": KeyStore(installation.keys_path).unlock(SYNC_USER, PASSWORD).hex()}
    office, consultant = contexts["office"], contexts["consultant"]
    for a, b in ((office, consultant), (consultant, office)):
        card = devices.write_card(b, folder / f"{b.device_id}.dgcard")
        devices.pair_device(a, card)
    child = children.create_child(office, children.ChildInput("Bjørk", "Østergård"))
    number, made = 0, _operations(office)
    while made < scale.sync_changes:
        step = min(2000, max(1, (scale.sync_changes - made) // OPS_PER_OBSERVATION))
        with office.db.transaction() as s:  # the app's path: ORM rows, captured
            s.add_all(Observation(child_id=child.id, observed_at=START + timedelta(hours=n),
                                  situation="Leg på gulvet i stuen",
                                  text=f"Observation {n}: byggede et tårn af klodser og "
                                       "ventede på sin tur.", position="green")
                      for n in range(number, number + step))
        number += step
        made = _operations(office)
    info["operations"] = _operations(office)
    for ctx in contexts.values():
        ctx.close()
    info_path.write_text(json.dumps(info))
    return folder, info


def _operations(ctx: AppContext) -> int:
    with ctx.db.transaction() as s:
        return s.scalar(select(func.count()).select_from(ChangeOperation))


def open_with_key(folder: Path, key: bytes, username: str = SYNC_USER) -> AppContext:
    """An installation opened with its known key (Argon2 is the login's cost, not sync's)."""
    db = open_sqlcipher(folder / DB_FILENAME, key)
    with db.transaction() as s:
        account = s.scalar(select(UserAccount).where(UserAccount.username == username))
        device_id = s.scalar(select(Device.id).where(Device.is_self.is_(True)))
    user = CurrentUser(account.id, account.username, account.display_name,
                       UserRole(account.role), account.professional_id)
    ctx = AppContext(db=db, device_id=str(device_id), user=user, data_dir=folder)
    install_capture(db, device_id)
    return ctx


OP_SELECT = ("SELECT op_id, origin_device, origin_seq, entity, row_id, field, value, hlc, "
             "prev_hlc, kind, seen FROM change_operation")
# What the import of the package writes (tables, their indexes; no triggers: the search
# index is filled in bulk as the import does).
FLOOR_TABLES = ("change_operation", "observation", "observation_search_key", "observation_fts")
SEARCH_FILL = (
    "INSERT INTO observation_search_key (observation_id) SELECT id FROM observation",
    "INSERT INTO observation_fts (rowid, situation, text) SELECT k.rowid, o.situation, "
    "o.text FROM observation_search_key k JOIN observation o ON o.id = k.observation_id")


def _floors(office: Path, key: bytes, work: Path) -> tuple[float, float, float]:
    """(export floor, import floor, earlier import floor without indexes or rows) in ms."""
    source = sqlcipher.connect(str(office / DB_FILENAME))
    source.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    began = time.perf_counter()
    ops = source.execute(OP_SELECT).fetchall()
    path = work / "floor.json"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(ops))
        handle.flush()
        os.fsync(handle.fileno())
    export_floor = (time.perf_counter() - began) * 1000
    schema = [sql for (sql,) in source.execute(
        f"SELECT sql FROM sqlite_master WHERE tbl_name IN {FLOOR_TABLES} AND sql IS NOT NULL "
        "AND type IN ('table', 'index') ORDER BY type = 'index'")]
    observations = source.execute("SELECT * FROM observation").fetchall()
    source.close()
    import_floor = _import_floor(work / "floor.db", schema,
                                 {"change_operation": ops, "observation": observations},
                                 then=SEARCH_FILL)
    earlier = _import_floor(work / "floor-log-only.db", [
        "CREATE TABLE change_operation (op_id CHAR(32) PRIMARY KEY, origin_device CHAR(32), "
        "origin_seq INTEGER, entity VARCHAR(60), row_id CHAR(32), field VARCHAR(60), "
        "value TEXT, hlc VARCHAR(80), prev_hlc VARCHAR(80), kind VARCHAR(10), seen TEXT)"],
        {"change_operation": ops}, app_cache=False)
    return export_floor, import_floor, earlier


def _import_floor(path: Path, schema: list[str], rows: dict[str, list[tuple]], *,
                  then: tuple[str, ...] = (), app_cache: bool = True) -> float:
    """ms to insert ``rows`` (table -> tuples) by executemany into a fresh encrypted
    database made by ``schema`` and run the statements ``then``, in one transaction (with
    the app's page cache, or with SQLite's default one as the earlier floor had)."""
    target = sqlcipher.connect(str(path), isolation_level=None)
    target.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    target.execute("PRAGMA journal_mode = WAL")
    if app_cache:
        target.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
    for statement in schema:
        target.execute(statement)
    began = time.perf_counter()
    target.execute("BEGIN IMMEDIATE")
    for table, values in rows.items():
        if values:
            marks = ", ".join("?" * len(values[0]))
            target.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
    for statement in then:
        target.execute(statement)
    target.execute("COMMIT")
    took = (time.perf_counter() - began) * 1000
    target.close()
    return took


def run(scale: Scale, runs: int = 3, say=print) -> list[dict]:
    folder, info = _template(scale, say)
    keys = {name: bytes.fromhex(info[name]["key"]) for name in ("office", "consultant")}
    exports, imports, export_floors, import_floors, earlier_floors = [], [], [], [], []
    with tempfile.TemporaryDirectory(prefix="dagpleje-bench-sync-") as temp:
        for number in range(runs):
            work = Path(temp) / str(number)
            for name in ("office", "consultant"):
                shutil.copytree(folder / name, work / name)
            office = open_with_key(work / "office", keys["office"])
            consultant = open_with_key(work / "consultant", keys["consultant"])
            try:
                began = time.perf_counter()
                exported = sync.export_package(office, uuid.UUID(consultant.device_id),
                                               work / "pakke.dgsync")
                exports.append((time.perf_counter() - began) * 1000)
                began = time.perf_counter()
                report = sync.import_package(consultant, exported.path, backup=False)
                imports.append((time.perf_counter() - began) * 1000)
            finally:
                office.close()
                consultant.close()
            export_floor, import_floor, earlier = _floors(work / "office", keys["office"], work)
            export_floors.append(export_floor)
            import_floors.append(import_floor)
            earlier_floors.append(earlier)
            shutil.rmtree(work)
    say(f"  sync: {exported.operations:,} operations, {exported.size / 1e6:.1f} MB package; "
        f"import: {report.detail()}")
    say(f"  import floor, log without indexes (earlier floor): {median(earlier_floors):.0f} ms, "
        f"import {median(imports) / median(earlier_floors):.2f}x it")
    label = f"{round(info['operations'] / 1000)}k"
    return [
        result(f"sync_export_{label}_changes", exports, "ms",
               floor=export_floors, budget=BULK_RATIO, budget_on_ratio=True),
        result(f"sync_import_{label}_changes", imports, "ms",
               floor=import_floors, budget=SYNC_IMPORT_RATIO, budget_on_ratio=True),
    ]
