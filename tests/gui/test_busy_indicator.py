"""Work that outlasts a moment shows "Arbejder …"; quick work shows nothing."""

from __future__ import annotations

import threading

import pytest

from dagpleje_desktop.gui.operations.runner import OperationRunner
from dagpleje_desktop.gui.widgets.busy_indicator import BusyIndicator

pytestmark = pytest.mark.gui


@pytest.fixture
def runner():
    made = OperationRunner()
    yield made
    made.shutdown()


def test_long_work_shows_the_indicator_until_it_is_done(qtbot, runner):
    indicator = BusyIndicator(runner.busy_changed)
    qtbot.addWidget(indicator)
    release = threading.Event()
    results = []
    runner.run_db(lambda: release.wait(30), results.append)
    qtbot.waitUntil(lambda: not indicator.isHidden(), timeout=10_000)
    assert "Arbejder" in indicator.label.text()
    release.set()
    qtbot.waitUntil(lambda: results == [True], timeout=10_000)
    assert indicator.isHidden()


def test_quick_work_never_shows_it(qtbot, runner):
    indicator = BusyIndicator(runner.busy_changed)
    qtbot.addWidget(indicator)
    results = []
    runner.run_db(lambda: 7, results.append)
    qtbot.waitUntil(lambda: results == [7], timeout=10_000)
    assert indicator.isHidden()
    # the timer that would have shown it was stopped with the last result
    assert not indicator._timer.isActive()
