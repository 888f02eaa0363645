"""Child process for the start-up and memory figures (run by ``bench_startup``).

    python -m benchmarks.probe_app bare
    python -m benchmarks.probe_app app (--data-dir DIR | --database-url URL) --user U
        [--exercise CHILD_ID]

Prints ``READY <json>`` as soon as the window has painted and the event queue has run
dry once (interactive), then, with ``--exercise``, opens the child's page until its
first cards are painted and runs a few searches, and prints ``DONE <json>`` with the
peak resident memory. The parent times from process launch to the READY line.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
STARTED = time.perf_counter()
MARKS: dict[str, float] = {}


def mark(name: str) -> None:
    MARKS[name] = round((time.perf_counter() - STARTED) * 1000, 1)


def current_rss_mb() -> float:
    """Resident now (the peak also holds the 64 MiB Argon2 takes for a moment at login)."""
    for line in open("/proc/self/status", encoding="ascii"):
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def wait_for(app, done, timeout_s: float = 60.0) -> None:
    end = time.perf_counter() + timeout_s
    while not done():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("probe step did not finish")


def paint_watch(app):
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        painted = False

        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    watch = Watch()
    app.installEventFilter(watch)
    return watch


def interactive(app, window) -> None:
    """Painted once, then the queue of pending events has been run."""
    from PySide6.QtCore import QTimer
    watch = paint_watch(app)
    window.show()
    wait_for(app, lambda: watch.painted)
    mark("first_paint")
    idle = []
    QTimer.singleShot(0, lambda: idle.append(True))
    wait_for(app, lambda: idle)
    mark("interactive")


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    mark("imports")
    app = QApplication(sys.argv[:1])
    mark("qapplication")
    window = QMainWindow()
    window.setCentralWidget(QLabel("Dagpleje"))
    window.resize(1366, 768)
    interactive(app, window)
    import resource
    MARKS["rss_mb_at_ready"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print("READY " + json.dumps(MARKS), flush=True)


def app_window(args: list[str]) -> None:
    import argparse
    import resource
    import uuid
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir")
    parser.add_argument("--database-url")
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--exercise")
    opts = parser.parse_args(args)
    from PySide6.QtWidgets import QApplication

    from dagpleje_desktop.gui.context import GuiContext
    from dagpleje_desktop.gui.main_window import MainWindow
    from dagpleje_desktop.gui.operations.runner import OperationRunner
    from dagpleje_desktop.gui.style import apply_style
    from dagpleje_desktop.gui.translation import install_translators
    from dagpleje_desktop.services.installation import Installation
    mark("imports")
    app = QApplication(sys.argv[:1])
    apply_style(app)
    install_translators(app)
    mark("qapplication")
    installation = Installation(data_dir=opts.data_dir, database_url=opts.database_url)
    ctx = installation.login(opts.user, opts.password)  # as the login dialog does it
    mark("login")
    runner = OperationRunner()
    window = MainWindow(GuiContext(installation, ctx, runner))
    mark("main_window_built")
    interactive(app, window)
    window.offer_unsaved_drafts()
    MARKS["rss_mb_at_ready"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print("READY " + json.dumps(MARKS), flush=True)
    if opts.exercise:
        from dagpleje_desktop.services.journal import observations
        wait_for(app, lambda: not runner.busy)
        steps = {"ready": current_rss_mb()}
        window.open_child(uuid.UUID(opts.exercise))
        timeline = window.pages["Børn"].detail_view.timeline
        wait_for(app, lambda: not timeline.loading and timeline.model.rowCount() > 0)
        wait_for(app, lambda: not runner.busy)
        steps["child_open"] = current_rss_mb()
        for _ in range(3):
            timeline.list.scrollToBottom()
            app.processEvents()
        wait_for(app, lambda: not runner.busy)
        steps["scrolled"] = current_rss_mb()
        for query in ("klodser", "frokost", "haven"):
            observations.search(ctx, query)
        wait_for(app, lambda: not runner.busy)
        steps["searched"] = current_rss_mb()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print("DONE " + json.dumps({"peak_rss_mb": round(rss, 1), "rss_mb": steps}), flush=True)
    window.close()
    runner.shutdown()
    ctx.close()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        app_window(sys.argv[2:])
