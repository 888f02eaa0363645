"""Alembic, driven from code: the app upgrades an older database on open.

Alembic (and Mako behind it) costs about 0.1 s to import, so opening a database that is
already at the newest revision never loads it: the revision in ``alembic_version`` is read
with plain SQL and compared with ``HEAD_REVISION``. Alembic is imported only to upgrade.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from .database import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# The newest file in migrations/versions. Raise it with every new migration;
# tests/store/test_migrate_head.py fails while it differs from Alembic's own head.
HEAD_REVISION = "0009"
VERSION_TABLE = "alembic_version"


def alembic_config() -> Config:
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return HEAD_REVISION


def known_revisions() -> frozenset[str]:
    """Every revision up to the head: they are numbered in one line (0001, 0002, ...);
    tests/store/test_migrate_head.py checks this against Alembic's own list."""
    return frozenset(f"{number:04d}" for number in range(1, int(HEAD_REVISION) + 1))


def script_revisions() -> frozenset[str]:
    """The revisions as Alembic finds them in the migration scripts (slow: loads Alembic)."""
    from alembic.script import ScriptDirectory
    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


def script_head_revision() -> str:
    """The head as Alembic finds it in the migration scripts (slow: loads Alembic)."""
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    """The database's schema revision, None for a database that was never migrated."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        versions = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(versions) > 1:  # branches: let Alembic say what that means
        from alembic.runtime.migration import MigrationContext
        with db.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    return versions[0] if versions else None


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def needs_upgrade(db: Database) -> bool:
    return current_revision(db) != HEAD_REVISION
