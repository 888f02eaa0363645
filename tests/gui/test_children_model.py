"""The children model holds ordered ids and fetches summaries in batches."""

from __future__ import annotations

import pytest

from dagpleje_desktop.domain.enums import UserRole
from dagpleje_desktop.gui.models.children_model import BATCH_SIZE, NAME, ChildrenTableModel
from dagpleje_desktop.services import children
from dagpleje_desktop.services.installation import Installation

from gui_support import PASSWORD

pytestmark = pytest.mark.gui
MANY = 250


@pytest.fixture(scope="module")
def many_children(tmp_path_factory):
    installation = Installation(data_dir=tmp_path_factory.mktemp("many") / "data")
    installation.create(role=UserRole.OFFICE, name="Kontoret", username="kontor",
                        password=PASSWORD)
    ctx = installation.login("kontor", PASSWORD)
    for number in range(MANY):
        children.create_child(ctx, children.ChildInput(first_name=f"Barn{number:03d}",
                                                       last_name="Hansen"))
    yield ctx
    ctx.close()


def test_rows_arrive_batch_by_batch(qtbot, many_children):
    ctx = many_children
    fetched_batches = []

    def summaries(ids):
        fetched_batches.append(len(ids))
        return children.child_summaries(ctx, ids)

    model = ChildrenTableModel(lambda: children.child_ids(ctx), summaries)
    model.reload()
    assert model.rowCount() == 0 and model.total == MANY
    assert model.canFetchMore()

    model.fetchMore()
    assert model.rowCount() == BATCH_SIZE
    model.fetchMore()
    assert model.rowCount() == 2 * BATCH_SIZE
    model.fetchMore()
    assert model.rowCount() == MANY
    assert not model.canFetchMore()
    assert fetched_batches == [BATCH_SIZE, BATCH_SIZE, MANY - 2 * BATCH_SIZE]
    names = [model.index(row, NAME).data() for row in range(MANY)]
    assert names == sorted(names)  # the service's order is kept
    assert names[0] == "Barn000 Hansen" and names[-1] == "Barn249 Hansen"


def test_reload_starts_over_with_fresh_ids(qtbot, many_children):
    ctx = many_children
    model = ChildrenTableModel(lambda: children.child_ids(ctx),
                               lambda ids: children.child_summaries(ctx, ids), batch_size=50)
    model.reload()
    model.fetch_all()
    assert model.rowCount() == MANY
    model.reload()
    assert model.rowCount() == 0 and model.canFetchMore()


def test_children_that_vanished_are_skipped(qtbot, many_children):
    ctx = many_children
    ids = children.child_ids(ctx)[:10]
    model = ChildrenTableModel(lambda: ids, lambda batch: children.child_summaries(
        ctx, [i for i in batch if i != ids[3]]))
    model.reload()
    model.fetchMore()
    assert model.rowCount() == 9
    assert not model.canFetchMore()
