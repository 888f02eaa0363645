"""The synthetic municipality: an office installation filled by a bulk loader, cached.

    .venv/bin/python -m benchmarks.dataset --scale quick [--pg URL] [--rebuild]

The installation is made the app's way (``Installation.create``, first login, a
consultant account through ``users.create_user``, the handover consent through
``consents.record_consent``); the bulk rows then go in with SQLAlchemy Core executemany
in large transactions. On SQLite the full-text triggers are set aside during the load
and the index is filled in one statement afterwards (the migration's own back-fill);
on PostgreSQL the GIN index is rebuilt after the load. The result is a database the app
opens and uses normally. The bulk rows then get the sync operations the app writes for
new rows (the office is their origin), and devices are paired with the office for the
sync figures (``dataset_sync``).

Data sets are cached by scale, schema revision and generator version under
``$DAGPLEJE_BENCH_CACHE`` (default: the temp folder), so reruns start at once.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from benchmarks import dataset_rows as rows
from benchmarks import dataset_sync
from benchmarks import dataset_text as words
from benchmarks.scales import SCALES, Scale
from dagpleje_desktop.domain.enums import ConsentPurpose, ProfessionalRole, UserRole
from dagpleje_desktop.domain.consent_scope import CATEGORIES
from dagpleje_desktop.services.records import consents, professionals
from dagpleje_desktop.services.security import users
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.store import migrate
from dagpleje_desktop.store.models import Base, ChildGuardian, Organisation

GENERATOR_VERSION = 2  # 2: sync operations for the bulk rows, paired devices
PASSWORD = "benchmark-kaffe-og-klodser"
OFFICE_USER, CONSULTANT_USER = "kontor", "bente"
RECIPIENT = "Børnehaven Solsikken"
CHUNK = 20_000
COMMIT_EVERY = 100_000
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class DataSet:
    scale: Scale
    manifest: dict
    data_dir: Path | None = None
    database_url: str | None = None
    folder: Path | None = None  # the cache folder (the paired devices live in devices/)

    @property
    def engine_name(self) -> str:
        return "postgresql" if self.database_url else "sqlite"

    def installation(self) -> Installation:
        return Installation(data_dir=self.data_dir, database_url=self.database_url)

    def login(self, username: str = OFFICE_USER):
        return self.installation().login(username, PASSWORD)

    @property
    def heavy_child_id(self) -> uuid.UUID:
        return uuid.UUID(self.manifest["heavy_child_id"])


def cache_root() -> Path:
    return Path(os.environ.get("DAGPLEJE_BENCH_CACHE")
                or Path(tempfile.gettempdir()) / "dagpleje-bench-cache")


def cache_key(scale: Scale) -> str:
    return f"{scale.name}-rev{migrate.head_revision()}-g{GENERATOR_VERSION}"


def ensure(scale: Scale, pg_url: str | None = None, *, rebuild: bool = False,
           say=print) -> DataSet:
    """The cached data set for ``scale``, generated first when missing (or ``rebuild``)."""
    key = cache_key(scale)
    folder = cache_root() / (key if pg_url is None else f"{key}-pg")
    manifest_path = folder / MANIFEST
    database_url = _pg_database_url(pg_url, key) if pg_url else None
    if manifest_path.exists() and not rebuild:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        return DataSet(scale, manifest, None if pg_url else folder / "data", database_url,
                       folder)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    if database_url:
        _recreate_pg_database(database_url)
    data_dir = None if pg_url else folder / "data"
    say(f"generating the {scale.name} data set ({scale.children} children, {scale.homes} homes, "
        f"{scale.observations:,} observations) on {'PostgreSQL' if pg_url else 'SQLCipher'} …")
    started = time.perf_counter()
    installation = Installation(data_dir=data_dir, database_url=database_url)
    manifest = generate(installation, scale, say)
    office = installation.login(OFFICE_USER, PASSWORD)
    try:
        manifest["devices"] = dataset_sync.pair_devices(
            office, folder / "devices", uuid.UUID(manifest["heavy_child_id"]), PASSWORD, say)
    finally:
        office.close()
    manifest["generation_seconds"] = round(time.perf_counter() - started, 1)
    manifest["key"] = key
    if data_dir is not None:
        manifest["database_bytes"] = sum(f.stat().st_size for f in data_dir.iterdir())
    manifest_path.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    say(f"generated in {manifest['generation_seconds']} s")
    return DataSet(scale, manifest, data_dir, database_url, folder)


# -- PostgreSQL databases --------------------------------------------------------------

def _pg_database_url(server_url: str, key: str) -> str:
    url = make_url(server_url)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    name = "dagpleje_bench_" + key.replace("-", "_")
    return url.set(database=name).render_as_string(hide_password=False)


def _recreate_pg_database(database_url: str) -> None:
    url = make_url(database_url)
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{url.database}"'))
    admin.dispose()


# -- generation ------------------------------------------------------------------------

def generate(installation: Installation, scale: Scale, say=print) -> dict:
    installation.create(role=UserRole.OFFICE, name="Kirsten Kontor", username=OFFICE_USER,
                        password=PASSWORD)
    ctx = installation.login(OFFICE_USER, PASSWORD)  # the first login stamps the seed rows
    try:
        today = ctx.today()
        with ctx.db.transaction() as s:
            org_id = s.scalar(select(Organisation.id))
        rng = random.Random(f"dagpleje-bench-{scale.name}")
        timings = {}
        began = time.perf_counter()
        world = _bulk_load(ctx.db, rng, scale, org_id, today, say)
        timings["bulk_load_seconds"] = round(time.perf_counter() - began, 1)
        consultant = professionals.create_professional(
            ctx, "Bente Benchmark", ProfessionalRole.MINI_CONSULTANT)
        _adopt_caseload(ctx.db, world, consultant.id, scale.caseload)
        users.create_user(ctx, CONSULTANT_USER, "Bente Benchmark", UserRole.CONSULTANT,
                          PASSWORD, professional_id=consultant.id)
        _handover_consent(ctx, world.heavy_child_id, today)
        began = time.perf_counter()
        operations = dataset_sync.stamp_for_sync(ctx.db, say)
        timings["sync_stamp_seconds"] = round(time.perf_counter() - began, 1)
        return {"scale": scale.name, "engine": ctx.db.dialect,
                "revision": migrate.head_revision(), "generator": GENERATOR_VERSION,
                "today": today.isoformat(), "heavy_child_id": str(world.heavy_child_id),
                "consultant_professional_id": str(consultant.id), "recipient": RECIPIENT,
                "counts": _counts(ctx.db), "sync_operations": operations, **timings}
    finally:
        ctx.close()


class _Buffer:
    """Rows per table, written with one executemany per table every CHUNK rows."""

    def __init__(self, conn) -> None:
        self.conn, self.pending, self.written = conn, {}, 0
        self.tables = Base.metadata.tables

    def emit(self, table: str, row: dict) -> None:
        batch = self.pending.setdefault(table, [])
        batch.append(row)
        if len(batch) >= CHUNK:
            self.flush()  # every table, parents first

    def flush(self, table: str | None = None) -> None:
        # Parents before children (foreign keys are on): flush in metadata order.
        names = [table] if table else [t.name for t in Base.metadata.sorted_tables]
        for name in names:
            batch = self.pending.pop(name, None)
            if batch:
                self.conn.execute(self.tables[name].insert(), batch)
                self.written += len(batch)


def _bulk_load(db, rng: random.Random, scale: Scale, org_id, today: date, say) -> rows.World:
    with db.engine.begin() as conn:
        buffer = _Buffer(conn)
        world = rows.people_and_homes(rng, scale, org_id, today, buffer.emit)
        world.heavy_child_id = world.children[-1].id
        buffer.flush()
        consultants = world.consultant_ids
        for number, plan in enumerate(world.children):
            rows.child_rows(rng, world, plan, today, consultants[number % len(consultants)],
                            buffer.emit)
        rows.visit_rows(rng, world, scale, today, buffer.emit)
        buffer.flush()
    say(f"  people, homes, children, plans, meetings, visits: {buffer.written:,} rows")
    with _search_index_set_aside(db), db.engine.connect() as conn:
        writer = words.ObservationWriter(rng)
        done, began = 0, time.perf_counter()
        transaction, buffer = conn.begin(), _Buffer(conn)
        for plan in world.children:
            for obs, domains in rows.observation_rows(rng, world, plan, today, writer):
                buffer.emit("observation", obs)
                for code in domains:
                    buffer.emit("observation_domain", {
                        "id": rows.new_id(rng), "created_at": obs["created_at"],
                        "updated_at": obs["created_at"], "deleted_at": None,
                        "observation_id": obs["id"], "domain": code})
            previous, done = done, done + plan.observations
            if done // COMMIT_EVERY != previous // COMMIT_EVERY:  # big transactions
                buffer.flush()
                transaction.commit()
                transaction = conn.begin()
                say(f"  observations: {done:,} ({time.perf_counter() - began:.0f} s)")
        buffer.flush()
        transaction.commit()
    return world


class _search_index_set_aside:
    """SQLite: drop the FTS triggers, back-fill the index in one go, put them back.
    PostgreSQL: drop the GIN index and build it once at the end."""

    def __init__(self, db) -> None:
        self.db, self.triggers = db, []

    def __enter__(self):
        with self.db.engine.begin() as conn:
            if self.db.is_sqlite:
                if conn.exec_driver_sql("SELECT count(*) FROM observation").scalar():
                    raise RuntimeError("bulk load expects no observations yet")
                self.triggers = [r[0] for r in conn.exec_driver_sql(
                    "SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                    "AND name LIKE 'observation_fts_%'")]
                for name in ("insert", "update", "delete"):
                    conn.exec_driver_sql(f"DROP TRIGGER observation_fts_{name}")
            else:
                conn.exec_driver_sql("DROP INDEX ix_observation_search_vector")
        return self

    def __exit__(self, *exc_info) -> None:
        with self.db.engine.begin() as conn:
            if self.db.is_sqlite:
                conn.exec_driver_sql("INSERT INTO observation_search_key (observation_id) "
                                     "SELECT id FROM observation ORDER BY observed_at")
                conn.exec_driver_sql(
                    "INSERT INTO observation_fts (rowid, situation, text) "
                    "SELECT k.rowid, o.situation, o.text FROM observation o "
                    "JOIN observation_search_key k ON k.observation_id = o.id")
                conn.exec_driver_sql("INSERT INTO observation_fts (observation_fts) "
                                     "VALUES ('optimize')")
                for sql in self.triggers:
                    conn.exec_driver_sql(sql)
            else:
                conn.exec_driver_sql("CREATE INDEX ix_observation_search_vector ON observation "
                                     "USING gin (search_vector)")
        if not self.db.is_sqlite:
            with self.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                c.exec_driver_sql("VACUUM ANALYZE")  # what autovacuum does soon after


def _adopt_caseload(db, world: rows.World, consultant_id: uuid.UUID, caseload: int) -> None:
    """The benchmark consultant takes over ``caseload`` active children."""
    caseload_ids = [c.id for c in world.children if c.end is None][:caseload]
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE case_team_member SET professional_id = :p "
                          "WHERE child_id = :c"),
                     [{"p": _param(db, consultant_id), "c": _param(db, c)} for c in caseload_ids])


def _param(db, value: uuid.UUID):
    return value.hex if db.is_sqlite else value


def _handover_consent(ctx, child_id: uuid.UUID, today: date) -> None:
    with ctx.db.transaction() as s:
        guardian_id = s.scalar(select(ChildGuardian.guardian_id).where(
            ChildGuardian.child_id == child_id))
    consents.record_consent(ctx, consents.ConsentInput(
        child_id=child_id, guardian_id=guardian_id, purpose=ConsentPurpose.HANDOVER,
        recipients=(RECIPIENT,), information="Udvikling, trivsel, mål og udvalgte observationer.",
        given_on=today - timedelta(days=20), expires_on=today + timedelta(days=300),
        categories=tuple(c.code for c in CATEGORIES)))  # the whole packet, as measured


def _counts(db) -> dict:
    names = ("child", "childminder_home", "observation", "observation_domain", "goal",
             "action_plan", "meeting", "visit", "development_assessment")
    with db.engine.connect() as conn:
        return {n: conn.exec_driver_sql(f"SELECT count(*) FROM {n}").scalar() for n in names}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate (or reuse) a benchmark data set.")
    parser.add_argument("--scale", choices=sorted(SCALES), default="quick")
    parser.add_argument("--pg", metavar="URL", help="PostgreSQL server URL (no database name)")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    data = ensure(SCALES[args.scale], args.pg, rebuild=args.rebuild)
    print(json.dumps(data.manifest, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
