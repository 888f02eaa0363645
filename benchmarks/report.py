"""Result rows, the table on stdout, the JSON files and the machine they were measured on."""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
from datetime import datetime, timezone
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
INTERACTIVE_MS = 100.0   # every interactive action, at p95
STARTUP_MS = 1000.0
BULK_RATIO = 3.0         # bulk work within 3x its floor
MEMORY_MB = 250.0


def result(name: str, value: float, unit: str, *, floor: float | None = None,
           budget: float, budget_on_ratio: bool = False) -> dict:
    """One figure. With ``budget_on_ratio`` the budget given is a multiple of the floor;
    it is stored in the figure's own unit (e.g. 3 x a 70 ms floor = 210 ms), so every
    row reads the same way: ok when value <= budget."""
    ratio = value / floor if floor else None
    if budget_on_ratio:
        budget = budget * floor if floor else 0.0
    return {"name": name, "value": round(value, 2), "unit": unit,
            "floor": round(floor, 2) if floor is not None else None,
            "ratio": round(ratio, 2) if ratio is not None else None,
            "budget": round(budget, 2), "ok": value <= budget}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_average() -> str:
    return ", ".join(f"{v:.2f}" for v in os.getloadavg())


def machine_info(extra: dict | None = None) -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        memory = Path("/proc/meminfo").read_text().splitlines()[0].split(":", 1)[1].strip()
    except (OSError, IndexError):
        pass
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, cwd=RESULTS.parent, check=False).stdout.strip()
    except OSError:
        commit = ""
    return {"measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "platform": platform.platform(), "python": platform.python_version(),
            "cpu": cpu, "cpus": os.cpu_count(), "memory": memory,
            "load_average_1_5_15_at_end": load_average(), "git_commit": commit, **(extra or {})}


def format_table(rows: list[dict]) -> str:
    lines = [f"{'name':40} {'value':>12} {'floor':>10} {'ratio':>7} {'budget':>16}  ok"]
    for row in rows:
        floor = f"{row['floor']:.2f}" if row["floor"] is not None else "–"
        ratio = f"{row['ratio']:.2f}" if row["ratio"] is not None else "–"
        budget = f"{row['budget']:g}"
        lines.append(f"{row['name']:40} {row['value']:>9.2f} {row['unit']:2} {floor:>10} "
                     f"{ratio:>7} {budget:>16}  {'ja' if row['ok'] else 'NEJ'}")
    return "\n".join(lines)


def write(name: str, rows: list[dict], machine: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (RESULTS / f"{name}.machine.json").write_text(
        json.dumps(machine, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def markdown_table(rows: list[dict]) -> str:
    """The table as Markdown, for README.md (``python -m benchmarks.report FILE...``)."""
    lines = ["| figure | value | floor | ratio | budget | met |",
             "|---|---:|---:|---:|---:|:---:|"]
    for row in rows:
        floor = f"{row['floor']:.2f}" if row["floor"] is not None else "–"
        ratio = f"{row['ratio']:.2f}×" if row["ratio"] is not None else "–"
        budget = f"≤ {row['budget']:g} {row['unit']}"
        lines.append(f"| {row['name']} | {row['value']:.2f} {row['unit']} | {floor} | {ratio} "
                     f"| {budget} | {'yes' if row['ok'] else '**no**'} |")
    return "\n".join(lines)


if __name__ == "__main__":
    import sys
    for name in sys.argv[1:]:
        print(f"\n{name}\n")
        print(markdown_table(json.loads(Path(name).read_text(encoding="utf-8"))))
