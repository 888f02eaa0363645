"""Importing a big package moves the progress bar all through the merge, on one scale,
and a cancel is honoured up to the moment of saving (nothing changes)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sync_helpers import Post, syncable_rows

from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.exchange import sync
from dagpleje_desktop.services.records.children import ChildInput
from dagpleje_desktop.store.models import Observation
from dagpleje_desktop.sync.errors import OperationCancelled

NOTES = 300
MERGING = "Indlæser ændringer"
SAVING = "Gemmer"


@pytest.fixture
def big_package(trio, tmp_path):
    office, consultant, _ = trio
    kid = children.create_child(office, ChildInput("Bjørk", "Østergård"))
    start = datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc)
    with office.db.transaction() as s:
        s.add_all(Observation(child_id=kid.id, observed_at=start + timedelta(minutes=i),
                              text=f"Observation nummer {i}") for i in range(NOTES))
    return Post(tmp_path).export(office, consultant)


def test_the_progress_bar_moves_through_a_big_import_on_one_scale(big_package, trio):
    _, consultant, _ = trio
    seen: list[tuple[int, int, str]] = []
    sync.import_package(consultant, big_package, backup=False,
                        progress=lambda done, total, label: seen.append((done, total, label)))

    assert len({total for _, total, _ in seen}) == 1  # one scale from start to end
    fractions = [done / total for done, total, _ in seen]
    assert fractions == sorted(fractions)  # never goes backwards
    assert fractions[-1] == 1 and seen[-1][2] == "Færdig"
    merging = {done for done, _, label in seen if label == MERGING}
    assert len(merging) >= 20  # many steps while the operations are merged, not a jump
    assert SAVING in [label for _, _, label in seen]


@pytest.mark.parametrize("moment", ["halfway through the merge", "just before saving"])
def test_a_cancel_during_the_import_changes_nothing(moment, big_package, trio):
    _, consultant, _ = trio
    token = sync.CancelToken()
    before = syncable_rows(consultant)

    def cancel_at(done, total, label):
        if moment.startswith("halfway") and label == MERGING and done / total > 0.5:
            token.cancel()
        if moment.startswith("just before") and label == SAVING:
            token.cancel()

    with pytest.raises(OperationCancelled, match="annulleret"):
        sync.import_package(consultant, big_package, progress=cancel_at, cancel=token,
                            backup=False)
    assert syncable_rows(consultant) == before
    report = sync.import_package(consultant, big_package, backup=False)
    assert report.new >= NOTES
