"""First visit to each page of the main window, and opening the heavy child while another
connection holds the write lock (as a sync import does for seconds).

First visit: a fresh main window per run, each page shown once until its background reads
are done and it has painted, beside a bare page (a QLabel) shown the same way.
Read under a write: opening the child with 5,000 observations while a writer holds the
lock, beside the same open with no writer; a ratio near 1 means reads do not wait.
"""

from __future__ import annotations

import os
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402
from sqlalchemy import update  # noqa: E402

from benchmarks.bench_child_timeline import WINDOW, open_child, pump_until, settle  # noqa: E402
from benchmarks.dataset import DataSet  # noqa: E402
from benchmarks.report import INTERACTIVE_MS, percentile, result  # noqa: E402
from dagpleje_desktop.gui.context import GuiContext  # noqa: E402
from dagpleje_desktop.gui.lazy_pages import shown_pages  # noqa: E402
from dagpleje_desktop.gui.main_window import MainWindow  # noqa: E402
from dagpleje_desktop.gui.operations.runner import OperationRunner  # noqa: E402
from dagpleje_desktop.gui.pages.child_detail import ChildDetailView  # noqa: E402
from dagpleje_desktop.gui.style import apply_style  # noqa: E402
from dagpleje_desktop.store.models import Organisation  # noqa: E402

FIRST_VISIT_MS = 200.0  # first visit to each page, p95 on the quick data set


def _bare_page(app: QApplication) -> float:
    label = QLabel("Side")
    label.resize(*WINDOW)
    started = time.perf_counter()
    label.show()
    app.processEvents()
    elapsed = (time.perf_counter() - started) * 1000
    label.close()
    return elapsed


def _first_visits(app: QApplication, data: DataSet) -> dict[str, float]:
    ctx = data.login()
    runner = OperationRunner()
    window = MainWindow(GuiContext(data.installation(), ctx, runner))
    times: dict[str, float] = {}
    try:
        window.resize(*WINDOW)
        window.show()
        settle(app, runner)
        for name in shown_pages(ctx.user.role):
            started = time.perf_counter()
            window.show_page(name)
            app.processEvents()
            settle(app, runner)
            times[name] = (time.perf_counter() - started) * 1000
    finally:
        window.close()
        runner.shutdown()
    return times


class _Writer(threading.Thread):
    """Holds the write lock on its own connection until told to commit."""

    def __init__(self, data: DataSet) -> None:
        super().__init__(daemon=True)
        self.data = data
        self.holding, self.release = threading.Event(), threading.Event()

    def run(self) -> None:
        ctx = self.data.login()
        try:
            with ctx.db.transaction() as s:
                s.execute(update(Organisation).values(name=Organisation.name))
                s.flush()
                self.holding.set()
                self.release.wait(timeout=300)
        finally:
            ctx.close()


def _open_under_write(app: QApplication, view: ChildDetailView, data: DataSet,
                      runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        writer = _Writer(data)
        writer.start()
        pump_until(app, writer.holding.is_set)
        try:
            times.append(open_child(app, view, data.heavy_child_id))
        finally:
            writer.release.set()
            writer.join(timeout=60)
    return times


def run(data: DataSet, runs: int = 5, say=print) -> list[dict]:
    app = QApplication.instance() or QApplication([])
    apply_style(app)
    floors = [[_bare_page(app) for _ in range(10)] for _ in range(runs)]
    visits: list[list[float]] = []  # per run: each page's first visit
    slowest: dict[str, float] = {}
    for _ in range(runs):
        visits.append([])
        for name, ms in _first_visits(app, data).items():
            visits[-1].append(ms)
            slowest[name] = max(ms, slowest.get(name, 0.0))
    say("  first visits, slowest per page: " + ", ".join(
        f"{name} {ms:.0f} ms" for name, ms in sorted(slowest.items(), key=lambda i: -i[1])))

    ctx = data.login()
    runner = OperationRunner()
    view = ChildDetailView(GuiContext(data.installation(), ctx, runner))
    try:
        view.resize(*WINDOW)
        view.show()
        open_child(app, view, data.heavy_child_id)  # warm-up
        quiet = [open_child(app, view, data.heavy_child_id) for _ in range(runs)]
        busy = _open_under_write(app, view, data, runs)
        settle(app, runner)
    finally:
        view.close()
        runner.shutdown()
        ctx.close()
    return [
        result("first_visit_each_page_p95", [percentile(v, 0.95) for v in visits], "ms",
               floor=[percentile(f, 0.95) for f in floors], budget=FIRST_VISIT_MS),
        result("open_child_while_a_write_holds_the_lock_median", busy, "ms",
               floor=quiet, budget=INTERACTIVE_MS),
    ]
