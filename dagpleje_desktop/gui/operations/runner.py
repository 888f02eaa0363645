"""Run a callable on a worker thread and deliver its result or error on the GUI thread.

Database work goes to a pool with a single worker so writes never race each other;
file and PDF work has its own pool. Workers never expire: the SQLite pool keeps one
connection per thread, so a fixed, small set of threads keeps it bounded.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ...domain.errors import DagplejeError

log = logging.getLogger(__name__)

UNEXPECTED_ERROR = ("Der skete en uventet fejl, og handlingen blev ikke gennemført. "
                    "Prøv igen; sker det igen, så kontakt support.")

DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


def user_message(exc: BaseException) -> str:
    """The Danish text to show for an exception (never a stack trace)."""
    if isinstance(exc, DagplejeError):
        return exc.message
    return UNEXPECTED_ERROR


@dataclass
class _Job:
    fn: Callable[[], Any]
    on_done: DoneCallback
    on_error: ErrorCallback | None


class _Task(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], deliver: Signal) -> None:
        super().__init__()
        self._job_id, self._fn, self._deliver = job_id, fn, deliver

    def run(self) -> None:
        try:
            result, error = self._fn(), None
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            result, error = None, exc
        self._deliver.emit(self._job_id, result, error)


class OperationRunner(QObject):
    """One per application window; pass it around explicitly (no global)."""

    _delivered = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_pool = self._pool(1)
        self._file_pool = self._pool(2)
        self._jobs: dict[int, _Job] = {}
        self._tasks: dict[int, _Task] = {}
        self._ids = itertools.count(1)
        # Emitted on a worker thread; the receiver lives on the GUI thread, so Qt queues it.
        self._delivered.connect(self._deliver)

    def _pool(self, threads: int) -> QThreadPool:
        pool = QThreadPool(self)
        pool.setMaxThreadCount(threads)
        pool.setExpiryTimeout(-1)
        return pool

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def run_db(self, fn: Callable[[], Any], on_done: DoneCallback,
               on_error: ErrorCallback | None = None) -> int:
        """Run a service call on the single database worker."""
        return self._start(self._db_pool, fn, on_done, on_error)

    def run_file(self, fn: Callable[[], Any], on_done: DoneCallback,
                 on_error: ErrorCallback | None = None) -> int:
        """Run file or PDF work on the file pool."""
        return self._start(self._file_pool, fn, on_done, on_error)

    def _start(self, pool: QThreadPool, fn, on_done, on_error) -> int:
        job_id = next(self._ids)
        task = _Task(job_id, fn, self._delivered)
        task.setAutoDelete(False)  # Python keeps it alive until its result is delivered
        self._jobs[job_id] = _Job(fn, on_done, on_error)
        self._tasks[job_id] = task
        pool.start(task)
        return job_id

    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: Any, error: BaseException | None) -> None:
        job = self._jobs.pop(job_id, None)
        self._tasks.pop(job_id, None)
        if job is None:
            return
        if error is None:
            job.on_done(result)
            return
        if not isinstance(error, DagplejeError):
            log.error("background operation failed", exc_info=error)
        else:
            log.info("operation refused: %s", error.log_message)
        if job.on_error is not None:
            job.on_error(error)

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Let running work finish (a half-done write is worse than a slow close)."""
        self._db_pool.waitForDone(timeout_ms)
        self._file_pool.waitForDone(timeout_ms)
