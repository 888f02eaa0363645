"""Run a callable on a worker thread and deliver its result or error on the GUI thread.

Database work goes to a pool with a single worker so writes never race each other;
file and PDF work has its own pool. Workers never expire: the SQLite pool keeps one
connection per thread, so a fixed, small set of threads keeps it bounded.

Why it is built the way it is (each rule closes a way to crash at random):

* Workers emit on one mailbox that lives as long as the process, never on an object
  that a window or a test could delete while the work runs.
* A worker hands the job's callable over together with its result, so whatever the
  job captured (often a page or dialog) is let go on the GUI thread, never on a worker.
* A result whose receiver was deleted meanwhile is dropped, not delivered.
* ``shutdown`` (window close) waits, bounded, for running work, then drops what was
  not delivered yet and refuses new work; ``wait_for_all`` lets tests settle first.
* While work runs, Python's cycle collector runs on the GUI thread only (gui_thread_gc).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import secrets
import sys
import traceback
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import (QT_TRANSLATE_NOOP, QCoreApplication, QDeadlineTimer, QEvent,
                            QEventLoop, QObject, QThread, QThreadPool, Signal, Slot)

from ...domain.errors import DagplejeError
from ..messages import error_text
from .gui_thread_gc import GuiThreadCollector

log = logging.getLogger(__name__)

UNEXPECTED_ERROR = QT_TRANSLATE_NOOP(
    "Runner", "Der skete en uventet fejl, og handlingen blev ikke gennemført. Prøv igen; sker "
              "det igen, så kontakt support.")
SUPPORT_REFERENCE = QT_TRANSLATE_NOOP("Runner", "Fejlkode til support: %1")
SHUTDOWN_WAIT_MS = 30_000
# While a worker runs Python, the GUI thread waits for the interpreter lock, which Python
# hands over only every switch interval (5 ms by default): every event the window handles
# meanwhile could wait that long (opening a child: median 88 -> 45 ms on a loaded machine).
GIL_SWITCH_INTERVAL_S = 0.0005

DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


def support_reference(exc: BaseException) -> str:
    """A short code the person can read to support; the log has the traceback under it.

    Logged once per exception, in English and without the exception's message (database
    errors quote the row's values, which may be a child's name or CPR number).
    """
    reference = getattr(exc, "_support_reference", None)
    if reference is None:
        reference = "F-" + secrets.token_hex(3).upper()
        with contextlib.suppress(AttributeError, TypeError):
            exc._support_reference = reference  # type: ignore[attr-defined]
        log.error("unexpected error, reference %s:\n%s", reference, stack_only(exc))
    return reference


def stack_only(exc: BaseException) -> str:
    """The traceback of ``exc`` and its causes: frames and exception types, no messages."""
    seen: set[int] = set()
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or current.__context__
    return "".join("".join(traceback.extract_tb(link.__traceback__).format())
                   + f"{type(link).__module__}.{type(link).__qualname__}\n"
                   for link in reversed(chain))


def user_message(exc: BaseException) -> str:
    """The text to show for an exception in the interface language (never a stack
    trace); an unexpected one is logged and carries a reference for support."""
    if isinstance(exc, DagplejeError):
        return error_text(exc)
    return QCoreApplication.translate("Runner", UNEXPECTED_ERROR) + "\n" + \
        QCoreApplication.translate("Runner", SUPPORT_REFERENCE).replace(
            "%1", support_reference(exc))


@dataclass
class _Job:
    on_done: DoneCallback
    on_error: ErrorCallback | None
    owner: QObject | None  # results are dropped once it is deleted

    def receiver_alive(self) -> bool:
        owners = [self.owner, getattr(self.on_done, "__self__", None),
                  getattr(self.on_error, "__self__", None)]
        return all(shiboken6.isValid(o) for o in owners if isinstance(o, QObject))


class _Outcome:
    """What a worker hands to the GUI thread; emptied there, so the worker's own
    reference, dropped last, never keeps anything alive."""

    __slots__ = ("fn", "result", "error")

    def __init__(self, fn: Callable[[], Any]) -> None:
        self.fn, self.result, self.error = fn, None, None

    def take(self) -> tuple[Any, BaseException | None]:
        result, error = self.result, self.error
        self.fn = self.result = self.error = None
        return result, error


def _worker(job_id: int, fn: Callable[[], Any]) -> Callable[[], None]:
    """The callable a pool thread runs; it holds ``fn`` only inside the outcome."""
    outcome = [_Outcome(fn)]
    del fn

    def run() -> None:
        mine = outcome.pop()
        try:
            mine.result = mine.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            mine.error = exc
        _mailbox().arrived.emit(job_id, mine)
    return run


# -- process-wide state, touched on the GUI thread only --------------------------------

_IN_FLIGHT: dict[int, OperationRunner] = {}  # job id -> runner, until its result arrives
_RUNNERS: weakref.WeakSet[OperationRunner] = weakref.WeakSet()
_job_ids = itertools.count(1)


def _workers_idle() -> bool:
    return all(not shiboken6.isValid(r) or r._pools_idle() for r in list(_RUNNERS))


class _Mailbox(QObject):
    """Lives on the GUI thread for the whole process; workers emit here (queued)."""

    arrived = Signal(int, object)  # job id, _Outcome

    def __init__(self) -> None:
        super().__init__()
        self.collector = GuiThreadCollector(_workers_idle)
        self.arrived.connect(self._arrived)

    @Slot(int, object)
    def _arrived(self, job_id: int, outcome: _Outcome) -> None:
        result, error = outcome.take()
        runner = _IN_FLIGHT.pop(job_id, None)
        self.collector.release()
        if runner is not None and shiboken6.isValid(runner):
            runner._deliver(job_id, result, error)


_MAILBOX: list[_Mailbox] = []


def _mailbox() -> _Mailbox:
    if not _MAILBOX:  # first made by a runner, i.e. on the GUI thread
        _MAILBOX.append(_Mailbox())
    return _MAILBOX[0]


def in_flight() -> int:
    """How many operations, in all runners, have not been delivered yet."""
    return len(_IN_FLIGHT)


def wait_for_all(timeout_ms: int = SHUTDOWN_WAIT_MS) -> bool:
    """Process events until every started operation was delivered (or dropped).

    For the end of a test or the app: afterwards no result is on its way to a widget.
    Returns False if work was still running when the time was up.
    """
    deadline = QDeadlineTimer(timeout_ms)
    while _IN_FLIGHT and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if _IN_FLIGHT:
            QThread.msleep(5)
    if _IN_FLIGHT:
        log.warning("%d background operations still running after %d ms",
                    len(_IN_FLIGHT), timeout_ms)
    return not _IN_FLIGHT


class OperationRunner(QObject):
    """One per application window; pass it around explicitly (no global)."""

    # True when the first job starts, False when the last one has been delivered; the
    # window shows "Arbejder …" only if work stays busy past a moment (busy_indicator).
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        _mailbox()
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_INTERVAL_S))
        self._db_pool = self._pool(1)
        self._file_pool = self._pool(2)
        self._jobs: dict[int, _Job] = {}
        self._closed = False
        _RUNNERS.add(self)

    def _pool(self, threads: int) -> QThreadPool:
        pool = QThreadPool(self)
        pool.setMaxThreadCount(threads)
        pool.setExpiryTimeout(-1)
        return pool

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    @property
    def closed(self) -> bool:
        return self._closed

    def run_db(self, fn: Callable[[], Any], on_done: DoneCallback,
               on_error: ErrorCallback | None = None, *, owner: QObject | None = None) -> int:
        """Run a service call on the single database worker.

        The result is dropped if ``owner`` (or the object a bound-method callback
        belongs to) was deleted meanwhile. Returns the job id, 0 if refused (closed).
        """
        return self._start(self._db_pool, fn, on_done, on_error, owner)

    def run_file(self, fn: Callable[[], Any], on_done: DoneCallback,
                 on_error: ErrorCallback | None = None, *, owner: QObject | None = None) -> int:
        """Run file or PDF work on the file pool (same rules as ``run_db``)."""
        return self._start(self._file_pool, fn, on_done, on_error, owner)

    def _start(self, pool: QThreadPool, fn, on_done, on_error, owner) -> int:
        if self._closed:
            # The window is closing: its session may be closed too, so nothing new starts.
            log.warning("operation refused: runner already shut down")
            return 0
        job_id = next(_job_ids)
        was_idle = not self._jobs
        self._jobs[job_id] = _Job(on_done, on_error, owner)
        if was_idle:
            self.busy_changed.emit(True)
        _IN_FLIGHT[job_id] = self
        mailbox = _mailbox()
        mailbox.collector.hold()
        pool.start(_worker(job_id, fn))
        return job_id

    def _deliver(self, job_id: int, result: Any, error: BaseException | None) -> None:
        job = self._jobs.pop(job_id, None)
        if job is not None and not self._jobs:
            self.busy_changed.emit(False)
        if job is None or self._closed:
            return
        if not job.receiver_alive():
            log.debug("result of operation %d dropped: its receiver was deleted", job_id)
            return
        if error is None:
            job.on_done(result)
            return
        if not isinstance(error, DagplejeError):
            support_reference(error)  # logged once, with the code the person will see
        else:
            log.info("operation refused: %s", error.log_message)
        if job.on_error is not None:
            job.on_error(error)

    def _pools_idle(self) -> bool:
        return self._db_pool.activeThreadCount() == 0 and \
            self._file_pool.activeThreadCount() == 0

    def shutdown(self, timeout_ms: int = SHUTDOWN_WAIT_MS) -> bool:
        """Let running and queued work finish (a half-done write is worse than a slow
        close), then drop undelivered results and refuse new work. Safe to call twice.
        Returns False if work was still running when the time was up."""
        self._closed = True
        finished = self._db_pool.waitForDone(timeout_ms) and \
            self._file_pool.waitForDone(timeout_ms)
        if not finished:
            log.warning("closing while background work is still running")
        # Hand over what the workers posted already, so every job's captured widgets are
        # let go here and now; their callbacks are not called (the runner is closed).
        QCoreApplication.sendPostedEvents(_mailbox(), QEvent.Type.MetaCall)
        self._jobs.clear()
        return finished


def guarded(owner: QObject, fn: Callable) -> Callable:
    """``fn`` unless ``owner`` was deleted meanwhile (a dialog closed while work ran)."""
    def call(*args):
        if shiboken6.isValid(owner):
            fn(*args)
    return call
