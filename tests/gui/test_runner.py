"""Background operations deliver results and Danish errors back on the GUI thread."""

from __future__ import annotations

import re
import threading

import pytest

from dagpleje_desktop.domain.errors import ValidationError
from dagpleje_desktop.gui.operations.runner import (UNEXPECTED_ERROR, OperationRunner,
                                                    user_message)

pytestmark = pytest.mark.gui


def test_result_arrives_on_the_gui_thread(qtbot):
    runner = OperationRunner()
    gui_thread = threading.current_thread()
    seen = {}

    def work():
        seen["worker"] = threading.current_thread()
        return 42

    def done(result):
        seen["result"], seen["delivered_on"] = result, threading.current_thread()

    runner.run_db(work, done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=10_000)
    assert seen["result"] == 42
    assert seen["worker"] is not gui_thread and seen["delivered_on"] is gui_thread
    assert not runner.busy
    runner.shutdown()


def test_errors_arrive_with_their_danish_message(qtbot):
    runner = OperationRunner()
    errors = []

    def fail():
        raise ValidationError("Barnets fornavn skal udfyldes.")

    runner.run_db(fail, on_done=lambda _: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert user_message(errors[0]) == "Barnets fornavn skal udfyldes."
    assert user_message(KeyError("x")).startswith(UNEXPECTED_ERROR)
    runner.shutdown()


def test_an_unexpected_error_is_logged_with_its_traceback_and_a_code_for_support(qtbot,
                                                                                 caplog):
    runner = OperationRunner()
    errors = []

    child = {"name": "Maja Hansen", "cpr": "010203-1234"}

    def crash_deep_down():
        raise RuntimeError(f"{child['name']} {child['cpr']}")  # the message names a child

    runner.run_db(crash_deep_down, on_done=lambda _: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    shown = user_message(errors[0])
    code = re.search(r"Fejlkode til support: (F-[0-9A-F]{6})", shown)
    assert code, shown
    logged = [r.getMessage() for r in caplog.records if code[1] in r.getMessage()]
    assert len(logged) == 1, "logged once, under the code the person reads out"
    assert "crash_deep_down" in logged[0] and "RuntimeError" in logged[0]
    assert "Maja" not in logged[0] and "010203" not in logged[0]
    assert user_message(errors[0]) == shown, "the same code every time it is shown"
    runner.shutdown()


def test_database_work_runs_one_at_a_time(qtbot):
    runner = OperationRunner()
    active, overlaps, finished = [], [], []
    lock = threading.Lock()

    def work():
        with lock:
            active.append(1)
            overlaps.append(len(active))
        threading.Event().wait(0.01)
        with lock:
            active.pop()

    for _ in range(5):
        runner.run_db(work, on_done=finished.append)
    qtbot.waitUntil(lambda: len(finished) == 5, timeout=10_000)
    assert max(overlaps) == 1
    runner.shutdown()
