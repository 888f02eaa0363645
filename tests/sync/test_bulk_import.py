"""A device's first big package: the operation log is indexed by row once, after the
operations are in, instead of row by row. Nothing a person sees changes: the rows and
the log arrive as from any import, later edits still merge, and an import that fails
half-way leaves the log indexed as it was."""

from __future__ import annotations

import pytest
from sync_helpers import Post, syncable_rows

from dagpleje_desktop.services.exchange import sync
from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.sync import apply, oplog

ROW_INDEX = "ix_change_operation_row"


@pytest.fixture
def every_package_is_big(monkeypatch):
    monkeypatch.setattr(oplog, "INDEX_AFTER_FROM", 1)


def _row_index(ctx) -> str | None:
    with ctx.db.transaction() as s:
        return s.connection().exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
            (ROW_INDEX,)).scalar()


def _log_size(ctx) -> int:
    with ctx.db.transaction() as s:
        return s.connection().exec_driver_sql("SELECT count(*) FROM change_operation").scalar()


def test_a_first_big_package_arrives_whole_and_later_edits_merge(trio, tmp_path,
                                                                  every_package_is_big):
    office, laptop, _ = trio
    post = Post(tmp_path / "post")
    made = [children.create_child(office, ChildInput(f"Barn{n}", "Ærø")) for n in range(3)]
    index_before = _row_index(laptop)

    report = post.exchange(office, laptop)

    assert report.new >= len(made)
    assert _row_index(laptop) == index_before is not None
    assert syncable_rows(laptop)["child"] == syncable_rows(office)["child"]
    children.update_child(office, made[0].id, ChildInput("Bjørk", "Ærø"))
    post.exchange(laptop, office)
    post.exchange(office, laptop)
    assert syncable_rows(laptop)["child"] == syncable_rows(office)["child"]


def test_an_import_that_fails_after_storing_the_log_leaves_it_as_it_was(
        trio, tmp_path, every_package_is_big, monkeypatch):
    office, laptop, _ = trio
    post = Post(tmp_path / "post")
    children.create_child(office, ChildInput("Ida", "Øby"))
    package = post.export(office, laptop)
    index_before, size_before = _row_index(laptop), _log_size(laptop)

    def fail(*_args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(apply, "write_back", fail)
    with pytest.raises(RuntimeError):
        sync.import_package(laptop, package, backup=False)

    assert _row_index(laptop) == index_before is not None
    assert _log_size(laptop) == size_before
