"""Benchmark: the child page with 5,000 observations stays responsive.

    .venv/bin/python benchmarks/bench_child_timeline.py [--observations 5000] [--runs 5]

Creates an encrypted installation with one child and N observations (inserted through
the ORM in one transaction; the app itself only ever goes through the services), then
measures offscreen, beside floors taken in the same run:

- opening the child page until the first timeline cards are painted, against a bare
  QListView with 100 static rows painting for the first time;
- one filter change until the matching cards are painted;
- the slowest scroll step (fetch of one batch + paint) and scrolling to the very end,
  against a bare QListView holding all N rows scrolled to the end;
- resident memory afterwards.

Prints a table and writes benchmarks/results/child_timeline.json as a JSON array of
{"name", "value", "unit", "floor", "ratio", "budget", "ok"}. Timings are never
asserted in tests; this script is where they are looked at.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QEventLoop, QObject, QStringListModel, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QListView  # noqa: E402

from dagpleje_desktop.domain.enums import (ChildStatus, SharingLevel, UserRole,  # noqa: E402
                                           WellbeingPosition)
from dagpleje_desktop.gui.context import GuiContext  # noqa: E402
from dagpleje_desktop.gui.operations.runner import OperationRunner  # noqa: E402
from dagpleje_desktop.gui.pages.child_detail import ChildDetailView  # noqa: E402
from dagpleje_desktop.gui.style import apply_style  # noqa: E402
from dagpleje_desktop.services.records import children  # noqa: E402
from dagpleje_desktop.services.installation import Installation  # noqa: E402
from dagpleje_desktop.store.models import Observation, ObservationDomain  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "child_timeline.json"
PASSWORD = "benchmark-kaffe-og-klodser"
WINDOW = (1366, 768)
INTERACTIVE_MS = 50.0        # every interactive action within 50 ms
MEMORY_BUDGET_MB = 250.0
SITUATIONS = ("Frokost", "Udeleg i haven", "Leg på gulvet", "Sangstund", "Aflevering",
              "Tur til legepladsen", "Puslebordet", "Formiddagsmad")
SENTENCES = ("Barnet byggede et tårn af klodser og ventede på sin tur.",
             "Hun sagde »mere« og pegede på koppen.",
             "Han gik med rollatoren fra stuen ud til terrassen uden pause.",
             "Vi sang morgensangen, og barnet klappede med på omkvædet.",
             "Urolig ved aflevering; faldt til ro med bamsen efter fem minutter.",
             "Spiste selv med ske og spildte mindre end i sidste uge.",
             "Sov en time efter frokost og vågnede glad.",
             "Legede ved siden af de andre børn og kiggede interesseret på dem.")
DOMAINS = ("language", "gross_motor", "fine_motor", "social", "self_care", "emotional")
POSITIONS = (WellbeingPosition.GREEN, WellbeingPosition.GREEN, WellbeingPosition.YELLOW,
             WellbeingPosition.RED, WellbeingPosition.NONE, WellbeingPosition.NONE)


# -- data ------------------------------------------------------------------------------

def build_installation(data_dir: Path, count: int) -> None:
    """Runs in a child process, so the set-up's memory is not counted against the page."""
    installation = Installation(data_dir=data_dir)
    installation.create(role=UserRole.CONSULTANT, name="Bente Benchmark", username="bente",
                        password=PASSWORD)
    ctx = installation.login("bente", PASSWORD)
    child = children.create_child(ctx, children.ChildInput(
        first_name="Mange", last_name="Observationer", birth_date=date(2023, 2, 1),
        status=ChildStatus.ACTIVE))
    rng = random.Random(5000)
    start = datetime(2024, 1, 1, 7, 0, tzinfo=timezone.utc)
    with ctx.db.transaction() as s:  # one transaction: bulk set-up, not the app's path
        rows = []
        for number in range(count):
            rows.append(Observation(
                child_id=child.id, author_id=ctx.user.professional_id,
                observed_at=start + timedelta(hours=5 * number + rng.randint(0, 3)),
                situation=rng.choice(SITUATIONS),
                text=" ".join(rng.sample(SENTENCES, rng.randint(1, 4))),
                position=rng.choice(POSITIONS).value, concern=rng.random() < 0.05,
                sharing=SharingLevel.INTERNAL.value))
        s.add_all(rows)
        s.flush()
        s.add_all(ObservationDomain(observation_id=row.id, domain=code)
                  for row in rows for code in rng.sample(DOMAINS, rng.randint(0, 2)))
    ctx.close()


def open_installation(data_dir: Path):
    installation = Installation(data_dir=data_dir)
    ctx = installation.login("bente", PASSWORD)
    return installation, ctx, children.list_children(ctx)[0].id


# -- measuring -------------------------------------------------------------------------

class PaintWatch(QObject):
    """Counts paint events of a viewport."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


WAKE_MS = 2  # how often the waiting loop looks at conditions no Qt event announces


def pump_until(app: QApplication, done: Callable[[], bool], timeout_s: float = 60.0) -> None:
    """Run the event loop until ``done()``. It sleeps between events as ``app.exec()`` does:
    a loop spinning ``processEvents`` would hold the interpreter and slow the database
    worker's thread, which the running app does not do."""
    end = time.perf_counter() + timeout_s
    wake = QTimer()
    wake.setInterval(WAKE_MS)
    wake.start()
    try:
        while not done():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            if time.perf_counter() > end:
                raise TimeoutError("benchmark step did not finish")
    finally:
        wake.stop()


def floor_first_paint(app: QApplication) -> float:
    view = QListView()
    view.resize(*WINDOW)
    watch = PaintWatch(view.viewport())
    view.show()
    pump_until(app, lambda: watch.paints > 0)
    started = time.perf_counter()
    view.setModel(QStringListModel([f"Række {n}: en kort tekst" for n in range(100)]))
    before = watch.paints
    pump_until(app, lambda: watch.paints > before)
    elapsed = (time.perf_counter() - started) * 1000
    view.close()
    return elapsed


def floor_scroll_to_end(app: QApplication, count: int) -> float:
    view = QListView()
    view.resize(*WINDOW)
    view.setModel(QStringListModel([f"Række {n}: en kort tekst" for n in range(count)]))
    view.show()
    pump_until(app, lambda: view.isVisible())
    app.processEvents()
    started = time.perf_counter()
    view.scrollToBottom()
    bar = view.verticalScrollBar()
    pump_until(app, lambda: bar.value() == bar.maximum() and bar.maximum() > 0)
    app.processEvents()
    elapsed = (time.perf_counter() - started) * 1000
    view.close()
    return elapsed


def settle(app: QApplication, runner: OperationRunner) -> None:
    """Let the page finish its background reads, as between two things a person does
    (including those it starts only once the cards are painted)."""
    while True:
        pump_until(app, lambda: not runner.busy)
        app.processEvents()
        if not runner.busy:
            return


def open_child(app: QApplication, view: ChildDetailView, child_id) -> float:
    settle(app, view.gui.runner)
    timeline = view.timeline
    delegate = timeline.list.itemDelegate()
    delegate.painted_rows = 0
    started = time.perf_counter()
    view.show_child(child_id)
    pump_until(app, lambda: delegate.painted_rows > 0)
    return (time.perf_counter() - started) * 1000


def change_filter(app: QApplication, view: ChildDetailView, index: int) -> float:
    settle(app, view.gui.runner)
    timeline = view.timeline
    delegate = timeline.list.itemDelegate()
    delegate.painted_rows = 0
    started = time.perf_counter()
    timeline.filters.position_filter.setCurrentIndex(index)
    pump_until(app, lambda: not timeline.loading and delegate.painted_rows > 0)
    return (time.perf_counter() - started) * 1000


def scroll_to_end(app: QApplication, view: ChildDetailView) -> tuple[float, float]:
    """(total ms, slowest step ms): scroll like a held-down End key until all rows are in."""
    timeline = view.timeline
    model, bar = timeline.model, timeline.list.verticalScrollBar()
    steps = []
    started = time.perf_counter()
    while True:
        step = time.perf_counter()
        timeline.list.scrollToBottom()
        app.processEvents()
        steps.append((time.perf_counter() - step) * 1000)
        if not model.canFetchMore() and bar.value() == bar.maximum():
            break
    return (time.perf_counter() - started) * 1000, max(steps)


def result(name: str, value: float, unit: str, floor: float | None, budget: float) -> dict:
    return {"name": name, "value": round(value, 2), "unit": unit,
            "floor": round(floor, 2) if floor is not None else None,
            "ratio": round(value / floor, 2) if floor else None,
            "budget": budget, "ok": value <= budget}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--observations", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args(argv)
    if args.build is not None:
        build_installation(args.build, args.observations)
        return 0
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)
    with tempfile.TemporaryDirectory(prefix="dagpleje-bench-") as folder:
        set_up = time.perf_counter()
        data_dir = Path(folder) / "data"
        subprocess.run([sys.executable, __file__, "--build", str(data_dir),
                        "--observations", str(args.observations)], check=True)
        print(f"data: {args.observations} observations in "
              f"{time.perf_counter() - set_up:.1f} s", flush=True)
        installation, ctx, child_id = open_installation(data_dir)
        runner = OperationRunner()
        view = ChildDetailView(GuiContext(installation, ctx, runner))
        view.resize(*WINDOW)
        view.show()
        app.processEvents()
        # Scroll the page so the timeline fills the window, as a reader would.
        open_child(app, view, child_id)
        bar = view.scroll_area.verticalScrollBar()
        bar.setValue(bar.maximum())
        app.processEvents()

        floors = [floor_first_paint(app) for _ in range(args.runs)]
        opens = [open_child(app, view, child_id) for _ in range(args.runs)]
        filters = [change_filter(app, view, 1 + run % 3) for run in range(args.runs)]
        change_filter(app, view, 0)
        total, slowest = scroll_to_end(app, view)
        end_floor = floor_scroll_to_end(app, args.observations)
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        batches = -(-args.observations // 100)
        rows = [
            result("open_child_first_cards", statistics.median(opens), "ms",
                   statistics.median(floors), INTERACTIVE_MS),
            result("filter_change_to_cards", statistics.median(filters), "ms",
                   statistics.median(floors), INTERACTIVE_MS),
            result("scroll_step_slowest", slowest, "ms", None, INTERACTIVE_MS),
            result(f"scroll_to_end_{args.observations}", total, "ms", end_floor,
                   INTERACTIVE_MS * batches),
            result("peak_resident_memory", rss_mb, "MB", None, MEMORY_BUDGET_MB),
        ]
        view.close()
        runner.shutdown()
        ctx.close()
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"\nmachine load average (1, 5, 15 min): {load} on {os.cpu_count()} CPUs")
    print(f"\n{'name':32} {'value':>10} {'floor':>9} {'ratio':>7} {'budget':>9}  ok")
    for row in rows:
        floor = f"{row['floor']:.2f}" if row["floor"] is not None else "–"
        ratio = f"{row['ratio']:.1f}" if row["ratio"] is not None else "–"
        print(f"{row['name']:32} {row['value']:>7.2f} {row['unit']:2} {floor:>9} {ratio:>7} "
              f"{row['budget']:>9.0f}  {'ja' if row['ok'] else 'NEJ'}")
    print(f"\nwritten: {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
