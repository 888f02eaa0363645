"""Closing while background work runs: it finishes, nothing reaches deleted widgets,
and nothing Qt-owned is freed on a worker thread."""

from __future__ import annotations

import gc
import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel

from dagpleje_desktop.gui.operations import runner as runner_module
from dagpleje_desktop.gui.operations.runner import OperationRunner, wait_for_all

pytestmark = pytest.mark.gui


def test_shutdown_waits_for_running_work_and_then_delivers_nothing(qtbot):
    runner = OperationRunner()
    started, release, written, delivered = (threading.Event(), threading.Event(), [], [])

    def slow_write():
        started.set()
        release.wait(5)
        written.append("saved")
        return "saved"

    runner.run_db(slow_write, delivered.append)
    assert started.wait(10)
    threading.Timer(0.2, release.set).start()
    assert runner.shutdown()
    assert written == ["saved"]  # the write was not cut off by the close
    qtbot.wait(50)
    assert delivered == [] and not runner.busy
    # Closed means closed: no new work against a session that may be closed as well.
    assert runner.run_db(lambda: written.append("late"), delivered.append) == 0
    assert wait_for_all(1_000)
    assert written == ["saved"] and delivered == []
    assert runner.shutdown()  # closing twice is harmless


def test_a_result_for_a_deleted_widget_is_dropped(qtbot):
    runner = OperationRunner()
    label = QLabel("Henter …")
    release = threading.Event()
    runner.run_db(lambda: release.wait(5) and "Klar", label.setText)
    runner.run_db(lambda: "Klar", lambda text: label.setText(text), owner=label)
    shiboken6.delete(label)  # e.g. a dialog closed by the user while its data loads
    release.set()
    assert wait_for_all(10_000)  # would raise "Internal C++ object already deleted"
    assert not runner.busy
    runner.shutdown()


def test_what_a_job_captured_is_let_go_on_the_gui_thread(qtbot):
    runner = OperationRunner()
    gui_thread = threading.current_thread()
    freed_on = []

    class Captured:  # stands in for a page the job's lambda refers to
        def __del__(self):
            freed_on.append(threading.current_thread())

    def start():
        page = Captured()
        runner.run_db(lambda: page and 1, lambda _r: None)
    start()
    assert wait_for_all(10_000)
    gc.collect()
    assert freed_on == [gui_thread]
    runner.shutdown()


def test_the_cycle_collector_never_runs_on_a_worker(qtbot):
    runner = OperationRunner()
    collected_on = set()

    def note(phase, _info):
        if phase == "start":
            collected_on.add(threading.current_thread())

    def make_cycles():  # plenty of allocations: the collector would normally kick in
        for _ in range(50_000):
            node = {}
            node["self"] = node
        return "done"

    gc.callbacks.append(note)
    try:
        results = []
        for _ in range(3):
            runner.run_db(make_cycles, results.append)
            runner.run_file(make_cycles, results.append)
        qtbot.waitUntil(lambda: len(results) == 6, timeout=30_000)
    finally:
        gc.callbacks.remove(note)
    assert collected_on <= {threading.current_thread()}
    runner.shutdown()
    # Once every worker is idle, automatic collection is back on.
    qtbot.waitUntil(lambda: not runner_module._mailbox().collector.holding, timeout=5_000)
    assert gc.isenabled()
