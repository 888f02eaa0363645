"""README's performance tables are what the committed results files say, never typed:
``python -m benchmarks.report --readme`` makes them, and a table edited by hand or left
behind after a new run fails here."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks import report

ROOT = Path(__file__).resolve().parents[2]


def _readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_has_a_marked_table_for_each_engine():
    text = _readme()
    for engine in report.README_SUITES:
        assert text.count(f"<!-- bench:{engine} -->") == 1
        assert text.count(f"<!-- /bench:{engine} -->") == 1


def test_readme_tables_equal_what_the_report_makes_from_the_results_files():
    text = _readme()
    assert report.readme_tables(text) == text, \
        "README's tables differ from benchmarks/results: run python -m benchmarks.report --readme"


def test_a_new_results_file_changes_the_table(tmp_path):
    rows = [report.result("fts_search_p95", [41.0, 38.5, 60.2, 44.0, 39.9], "ms",
                          floor=[9.0, 8.0, 9.5, 8.7, 9.1], budget=report.INTERACTIVE_MS)]
    (tmp_path / "municipality_full_sqlite.json").write_text(json.dumps(rows), encoding="utf-8")
    made = report.readme_tables(_readme(), tmp_path)
    block = made.split("<!-- bench:sqlite -->")[1].split("<!-- /bench:sqlite -->")[0]
    assert "| fts_search_p95 | 41.00 ms | 38.5–60.2 (5 runs) | 9.00 | 4.56× | ≤ 50 ms | yes |" \
        in block
    assert "No committed results" in made.split("<!-- bench:postgresql -->")[1]
