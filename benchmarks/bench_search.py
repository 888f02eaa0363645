"""Full-text search over every observation as the office: median and p95 of 200 queries
(each run; five runs)
through ``observations.search`` (ranked, snippets, audit event), beside the engine's
bare MATCH of the same words (first 200 row ids, no ranking) as the floor.

As in the window (GuiContext), the search's access-log event is spooled and written
right after the answer, outside the time measured: the person sees the hits before the
log is written (gui/operations/access_log.py writes the spool every 1.5 s)."""

from __future__ import annotations

import random
import time

from sqlalchemy import text

from benchmarks import dataset_text as words
from benchmarks.dataset import DataSet
from benchmarks.report import INTERACTIVE_MS, median, percentile, result
from dagpleje_desktop.demo import phrases as phrases
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.store.search import query_words


def queries(count: int) -> list[str]:
    """Words people look for: single words, two words, and typed prefixes."""
    rng = random.Random("dagpleje-search")
    pool = sorted({w.lower() for _, act in (a for acts in phrases.ACTS.values() for a in acts)
                   for w in query_words(act) if len(w) >= 4 and "{" not in w}
                  | {w.lower() for title, _, _ in phrases.SITUATIONS for w in query_words(title)
                     if len(w) >= 4} | {n.lower() for n in words.GIRLS + words.BOYS})
    out = []
    for _ in range(count):
        kind = rng.random()
        if kind < 0.6:
            out.append(rng.choice(pool))
        elif kind < 0.85:
            out.append(f"{rng.choice(pool)} {rng.choice(pool)}")
        else:
            out.append(rng.choice(pool)[:4])
    return out


def _floor_query(conn, dialect: str, query: str) -> None:
    found = query_words(query)
    if dialect == "sqlite":
        match = " ".join('"' + w + '"*' for w in found)
        conn.execute(text("SELECT rowid FROM observation_fts WHERE observation_fts MATCH :q "
                          "LIMIT 200"), {"q": match}).all()
    else:
        conn.execute(text("SELECT id FROM observation WHERE search_vector @@ "
                          "to_tsquery('danish', :q) LIMIT 200"),
                     {"q": " & ".join(w + ":*" for w in found)}).all()


def _one_run(ctx, asked: list[str]) -> tuple[list[float], list[float], list[int]]:
    timings, floors, hits = [], [], []
    with ctx.db.engine.connect() as conn:
        for query in asked:
            began = time.perf_counter()
            _floor_query(conn, ctx.db.dialect, query)
            floors.append((time.perf_counter() - began) * 1000)
            conn.rollback()
            began = time.perf_counter()
            hits.append(len(observations.search(ctx, query)))
            timings.append((time.perf_counter() - began) * 1000)
            ctx.flush_audit()
    return timings, floors, hits


def run(data: DataSet, count: int = 200, runs: int = 5, say=print) -> list[dict]:
    """``runs`` runs of the same ``count`` queries; the figures are medians over the runs
    of each run's median and p95."""
    ctx = data.login()
    ctx.defer_view_audit = True  # as GuiContext sets it
    try:
        asked = queries(count)
        for query in asked[:10]:  # warm-up: the first queries load pages into the cache
            observations.search(ctx, query)
        ctx.flush_audit()
        each = [_one_run(ctx, asked) for _ in range(runs)]
        timings, _, hits = each[-1]
        slowest = sorted(zip(timings, asked), reverse=True)[:3]
        say(f"  search: {sum(hits) / len(hits):.0f} hits on average; slowest in the last run: "
            + ", ".join(f"{q!r} {t:.0f} ms" for t, q in slowest))
        return [
            result("fts_search_median", [median(t) for t, _, _ in each], "ms",
                   floor=[median(f) for _, f, _ in each], budget=INTERACTIVE_MS),
            result("fts_search_p95", [percentile(t, 0.95) for t, _, _ in each], "ms",
                   floor=[percentile(f, 0.95) for _, f, _ in each], budget=INTERACTIVE_MS),
        ]
    finally:
        ctx.close()
