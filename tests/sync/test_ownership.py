"""The walk up from a row (for small packages) says exactly what the closure from the
children says, for every row of the demo's data: the import's write-scope check gives the
same answer whichever way it is computed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from dagpleje_desktop.demo.demo import DEMO_USERNAME, install_demo
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.store.models import Placement
from dagpleje_desktop.sync import graph
from dagpleje_desktop.sync.ownership import OwnedRows, owned_rows

PASSWORD = "demo"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    installation = Installation(data_dir=tmp_path_factory.mktemp("ownership") / "data")
    install_demo(installation, password=PASSWORD)
    db = installation.open_database(DEMO_USERNAME, PASSWORD)
    yield db
    db.dispose()


def test_walking_up_agrees_with_the_closure_for_every_row(demo_db):
    with demo_db.engine.connect() as conn:
        homes = {h for (h,) in conn.execute(select(Placement.home_id).distinct())}
        assert homes
        for home_id in homes:
            children = {c for (c,) in conn.execute(
                select(Placement.child_id).where(Placement.home_id == home_id))}
            closure = graph.closure(conn, {"child": children}, include_local=False)
            walk = OwnedRows(conn, children)
            for entity, table in graph.record_tables(False).items():
                for (row_id,) in conn.execute(select(table.c.id)):
                    expected = row_id in closure.get(entity, set())
                    assert walk.contains(entity, row_id) == expected, (entity, row_id)


def test_large_packages_use_the_closure_and_small_ones_the_walk(demo_db):
    with demo_db.engine.connect() as conn:
        assert isinstance(owned_rows(conn, set(), 3), OwnedRows)
        assert not isinstance(owned_rows(conn, set(), 10_000), OwnedRows)
