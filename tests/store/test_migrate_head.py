"""The schema revision check that runs at every login, without loading Alembic."""

from __future__ import annotations

import subprocess
import sys

from dagpleje_desktop.store import migrate


def test_head_constant_is_the_newest_migration_script():
    # A new migration whose revision is not in HEAD_REVISION would never be applied.
    assert migrate.HEAD_REVISION == migrate.script_head_revision()
    # Sync compares a package's schema with this list without loading Alembic.
    assert migrate.known_revisions() == migrate.script_revisions()


def test_an_older_database_is_upgraded_and_a_current_one_is_left_alone(bare_db):
    assert migrate.current_revision(bare_db) is None
    assert migrate.needs_upgrade(bare_db)
    migrate.upgrade(bare_db, "0006")
    assert migrate.current_revision(bare_db) == "0006"
    assert migrate.needs_upgrade(bare_db)
    migrate.upgrade(bare_db)
    assert migrate.current_revision(bare_db) == migrate.HEAD_REVISION
    assert not migrate.needs_upgrade(bare_db)


def test_checking_the_revision_does_not_import_alembic():
    probe = ("import sys, os\n"
             "from dagpleje_desktop.store import migrate\n"
             "from dagpleje_desktop.store.database import open_sqlcipher\n"
             "import tempfile, pathlib\n"
             "db = open_sqlcipher(pathlib.Path(tempfile.mkdtemp()) / 'x.db', os.urandom(32),"
             " create=True)\n"
             "migrate.needs_upgrade(db)\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
