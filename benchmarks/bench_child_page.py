"""Opening the child with 5,000 observations in the municipality database until the
first timeline cards are painted, and one filter change, beside a bare QListView
painting 100 static rows for the first time (the helpers of bench_child_timeline)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.bench_child_timeline import (WINDOW, change_filter, floor_first_paint,  # noqa: E402
                                             open_child, settle)
from benchmarks.dataset import DataSet  # noqa: E402
from benchmarks.report import INTERACTIVE_MS, median, percentile, result  # noqa: E402
from dagpleje_desktop.gui.context import GuiContext  # noqa: E402
from dagpleje_desktop.gui.operations.runner import OperationRunner  # noqa: E402
from dagpleje_desktop.gui.pages.child_detail import ChildDetailView  # noqa: E402
from dagpleje_desktop.gui.style import apply_style  # noqa: E402


def run(data: DataSet, runs: int = 5, actions: int = 10, say=print) -> list[dict]:
    """``runs`` runs of ``actions`` opens and filter changes each; the figures are medians
    over the runs of each run's median or p95."""
    app = QApplication.instance() or QApplication([])
    apply_style(app)
    installation = data.installation()
    ctx = data.login()
    runner = OperationRunner()
    view = ChildDetailView(GuiContext(installation, ctx, runner))
    try:
        view.resize(*WINDOW)
        view.show()
        app.processEvents()
        open_child(app, view, data.heavy_child_id)  # warm-up; scroll the timeline into view
        bar = view.scroll_area.verticalScrollBar()
        bar.setValue(bar.maximum())
        app.processEvents()
        settle(app, runner)
        say(f"  child page: {view.timeline.model.total} observations listed")
        floors, opens, filters = [], [], []
        for _ in range(runs):
            floors.append([floor_first_paint(app) for _ in range(actions)])
            opens.append([open_child(app, view, data.heavy_child_id) for _ in range(actions)])
            filters.append([change_filter(app, view, 1 + n % 3) for n in range(actions)])
            change_filter(app, view, 0)
        settle(app, runner)
        floor_p95 = [percentile(f, 0.95) for f in floors]
        return [
            result("open_child_5000_first_cards_median", [median(o) for o in opens], "ms",
                   floor=[median(f) for f in floors], budget=INTERACTIVE_MS),
            result("open_child_5000_first_cards_p95", [percentile(o, 0.95) for o in opens],
                   "ms", floor=floor_p95, budget=INTERACTIVE_MS),
            result("timeline_filter_change_p95", [percentile(f, 0.95) for f in filters], "ms",
                   floor=floor_p95, budget=INTERACTIVE_MS),
        ]
    finally:
        view.close()
        runner.shutdown()
        ctx.close()
