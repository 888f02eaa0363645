"""The children model holds ordered ids and fetches summaries in batches."""

from __future__ import annotations

import pytest

from dagpleje_desktop.domain.enums import UserRole
from dagpleje_desktop.gui.models.children_model import BATCH_SIZE, NAME, ChildrenTableModel
from dagpleje_desktop.services.records import children
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


def _answer_at_once(ctx, fetched_batches=None, skip=()):
    """A fetch that answers before it returns (the page's goes through the worker)."""
    def fetch(ids, done, failed):
        if fetched_batches is not None:
            fetched_batches.append(len(ids))
        done(children.child_summaries(ctx, [i for i in ids if i not in skip]))
    return fetch


def test_rows_arrive_batch_by_batch(qtbot, many_children):
    ctx = many_children
    fetched_batches = []
    model = ChildrenTableModel(_answer_at_once(ctx, fetched_batches))
    model.set_ids(children.child_ids(ctx))
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


def test_first_rows_read_with_the_ids_are_shown_at_once(qtbot, many_children):
    ctx = many_children
    fetched_batches = []
    ids = children.child_ids(ctx)
    model = ChildrenTableModel(_answer_at_once(ctx, fetched_batches), batch_size=50)
    model.set_ids(ids, children.child_summaries(ctx, ids[:50]))
    assert model.rowCount() == 50 and fetched_batches == []
    model.fetch_all()  # e.g. a name typed in the search field: the rest in one request
    assert model.rowCount() == MANY and fetched_batches == [MANY - 50]
    model.set_ids(ids)
    assert model.rowCount() == 0 and model.canFetchMore()


def test_rows_on_their_way_are_waited_for_and_a_stale_answer_dropped(qtbot, many_children):
    ctx = many_children
    ids = children.child_ids(ctx)
    pending = []
    model = ChildrenTableModel(lambda batch, done, failed: pending.append((batch, done)),
                               batch_size=10)
    model.set_ids(ids[:30])
    model.fetchMore()
    model.fetchMore()  # the first batch is still on its way: nothing asked twice
    assert len(pending) == 1 and model.rowCount() == 0
    batch, done = pending.pop()
    done(children.child_summaries(ctx, batch))
    assert model.rowCount() == 10
    model.fetchMore()
    model.set_ids(ids[:5])  # the list was read again meanwhile
    batch, done = pending.pop()
    done(children.child_summaries(ctx, batch))
    assert model.rowCount() == 0 and model.total == 5  # the old answer is not shown


def test_children_that_vanished_are_skipped(qtbot, many_children):
    ctx = many_children
    ids = children.child_ids(ctx)[:10]
    model = ChildrenTableModel(_answer_at_once(ctx, skip={ids[3]}))
    model.set_ids(ids)
    model.fetchMore()
    assert model.rowCount() == 9
    assert not model.canFetchMore()
