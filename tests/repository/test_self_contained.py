"""The repository explains itself: code, tests, docs and README never point at documents
outside it (design notes, issue trackers, shared folders) — a newcomer must find what a
reference names in the checkout."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUTSIDE = re.compile(r"DESIGN\.md|\.\./shared|\bshared/|\bseeds/|\bissue #?\d+|perf_findings",
                     re.IGNORECASE)


def _files():
    for folder in ("dagpleje_desktop", "tests", "benchmarks", "docs", "tools", "packaging"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in {".py", ".md", ".sh", ".spec", ".toml"} and path.is_file():
                yield path
    yield from (ROOT / name for name in ("README.md", "Makefile", "pyproject.toml"))


def test_nothing_points_outside_the_repository():
    found = []
    for path in _files():
        if path == Path(__file__):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if OUTSIDE.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:90]}")
    assert found == []
