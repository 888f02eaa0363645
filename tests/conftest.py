"""Shared fixtures: installations on SQLite/SQLCipher and on a real PostgreSQL.

PostgreSQL comes from ``DAGPLEJE_TEST_PG_URL`` (default: the local server that
``.ci/run`` starts). With ``DAGPLEJE_REQUIRE_PG=1`` (set by CI) a missing server fails
the run instead of skipping the PostgreSQL half.
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, make_url, text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# PostgreSQL installations keep the key to their secret in a file on the office machine;
# the tests' one lives in a temporary folder of this process, never the user's own.
os.environ.setdefault("DAGPLEJE_KEY_FILE", os.path.join(
    __import__("tempfile").mkdtemp(prefix="dagpleje-test-keys-"), "postgres-installation.key"))
# Qt's settings (language, lock minutes, last sync folder) per test process: never the
# developer's own, and never shared between the parallel workers of `make test`.
os.environ["XDG_CONFIG_HOME"] = __import__("tempfile").mkdtemp(prefix="dagpleje-test-config-")

from dagpleje_desktop.domain.enums import UserRole  # noqa: E402
from dagpleje_desktop.services.installation import Installation  # noqa: E402

PG_URL = os.environ.get("DAGPLEJE_TEST_PG_URL",
                        "postgresql+psycopg://dagpleje:dagpleje@localhost:5432/dagpleje_test")
REQUIRE_PG = os.environ.get("DAGPLEJE_REQUIRE_PG") == "1"
TEST_PASSWORD = "korrekt-hest-batteri"


@pytest.fixture(scope="session")
def pg_server():
    """An admin connection to the server; each test run gets a database of its own."""
    engine = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any failure means "no server"
        engine.dispose()
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL required (DAGPLEJE_REQUIRE_PG=1) but unreachable: {exc}")
        pytest.skip(f"PostgreSQL not available: {exc}")
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def pg_run_url(pg_server):
    """A database private to this pytest process, so parallel runs never collide.

    The role needs CREATEDB (``.ci/run`` grants it).
    """
    name = f"dagpleje_run_{os.getpid()}"
    with pg_server.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        # UTF-8 ctype: Danish case folding (Æ/æ) must not depend on the cluster's locale.
        conn.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' '
                          f"LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0"))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    yield url
    with pg_server.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def pg_engine(pg_run_url):
    engine = create_engine(pg_run_url, isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


@pytest.fixture
def pg_url(pg_engine, pg_run_url):
    """A PostgreSQL database emptied for this test."""
    with pg_engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    return pg_run_url


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_name(request):
    return request.param


@pytest.fixture
def installation(engine_name, tmp_path, request):
    """An installation not yet created, on each engine in turn."""
    if engine_name == "postgresql":
        return Installation(database_url=request.getfixturevalue("pg_url"))
    return Installation(data_dir=tmp_path / "data")


@pytest.fixture
def sqlite_installation(tmp_path):
    return Installation(data_dir=tmp_path / "data")


def _login_new(installation, role: UserRole):
    installation.create(role=role, name="Test Bruger", username="test", password=TEST_PASSWORD)
    return installation.login("test", TEST_PASSWORD)


@pytest.fixture
def office_ctx(installation):
    ctx = _login_new(installation, UserRole.OFFICE)
    yield ctx
    ctx.close()


@pytest.fixture
def consultant_ctx(installation):
    ctx = _login_new(installation, UserRole.CONSULTANT)
    yield ctx
    ctx.close()
