"""Result rows, the table on stdout, the JSON files and the machine they were measured on."""

from __future__ import annotations

import json
import os
import platform
import re
import resource
import statistics
import subprocess
from datetime import datetime, timezone
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
INTERACTIVE_MS = 50.0    # every interactive action, at p95
STARTUP_MS = 600.0       # start-up to an interactive window after the password
LAUNCH_MS = 1000.0       # from launching the program to an interactive window (DESIGN 8)
BULK_RATIO = 3.0         # bulk work within 3x its floor
MEMORY_MB = 250.0


def spread(values: list[float]) -> dict:
    """How a figure varied over its runs."""
    return {"runs": len(values), "min": round(min(values), 2),
            "median": round(median(values), 2), "p95": round(percentile(values, 0.95), 2),
            "max": round(max(values), 2)}


def result(name: str, value: float | list[float], unit: str, *,
           floor: float | list[float] | None = None, budget: float,
           budget_on_ratio: bool = False) -> dict:
    """One figure. ``value`` (and ``floor``) may be one number per run: the figure is then
    their median, so one noisy run can neither pass nor fail the budget, and the spread
    (min, median, p95, max) is kept beside it. For a p95 figure pass each run's p95.
    With ``budget_on_ratio`` the budget given is a multiple of the floor; it is stored in
    the figure's own unit (e.g. 3 x a 70 ms floor = 210 ms), so every row reads the same
    way: ok when value <= budget."""
    runs = list(value) if isinstance(value, (list, tuple)) else None
    floor_runs = list(floor) if isinstance(floor, (list, tuple)) else None
    if runs is not None:
        value = median(runs)
    if floor_runs is not None:
        floor = median(floor_runs)
    ratio = value / floor if floor else None
    if budget_on_ratio:
        budget = budget * floor if floor else 0.0
    row = {"name": name, "value": round(value, 2), "unit": unit,
           "floor": round(floor, 2) if floor is not None else None,
           "ratio": round(ratio, 2) if ratio is not None else None,
           "budget": round(budget, 2), "ok": value <= budget}
    if runs is not None:
        row["spread"] = spread(runs)
    if floor_runs is not None:
        row["floor_spread"] = spread(floor_runs)
    return row


def failed(name: str, unit: str, *, budget: float, error: str) -> dict:
    """A figure that could not be measured: recorded as missed, with the reason."""
    return {"name": name, "value": None, "unit": unit, "floor": None, "ratio": None,
            "budget": round(budget, 2), "ok": False, "error": error}


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


def _number(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _spread_text(row: dict, separator: str = "–") -> str:
    spread = row.get("spread")
    if not spread:
        return "–"
    return f"{spread['min']:.1f}{separator}{spread['max']:.1f} ({spread['runs']} runs)"


def format_table(rows: list[dict]) -> str:
    lines = [f"{'name':44} {'median':>12} {'min..max over runs':>26} {'floor':>10} "
             f"{'ratio':>7} {'budget':>10}  ok"]
    for row in rows:
        spread = row.get("spread")
        runs = (f"{spread['min']:.1f}..{spread['max']:.1f} p95 {spread['p95']:.1f}"
                if spread else "–")
        lines.append(f"{row['name']:44} {_number(row['value']):>9} {row['unit']:2} {runs:>26} "
                     f"{_number(row['floor']):>10} {_number(row['ratio']):>7} "
                     f"{row['budget']:>10g}  {'ja' if row['ok'] else 'NEJ'}")
        if row.get("error"):
            lines.append(f"{'':44} {row['error']}")
    return "\n".join(lines)


def write(name: str, rows: list[dict], machine: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (RESULTS / f"{name}.machine.json").write_text(
        json.dumps(machine, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def markdown_table(rows: list[dict]) -> str:
    """The table as Markdown, for README.md."""
    lines = ["| figure | median of runs | spread (min–max) | floor | ratio | budget | met |",
             "|---|---:|---:|---:|---:|---:|:---:|"]
    for row in rows:
        value = f"{row['value']:.2f} {row['unit']}" if row["value"] is not None else "–"
        ratio = f"{row['ratio']:.2f}×" if row["ratio"] is not None else "–"
        budget = f"≤ {row['budget']:g} {row['unit']}" if row["budget"] else "–"
        met = "yes" if row["ok"] else "**no**"
        if row.get("error"):
            met += f" ({row['error']})"
        lines.append(f"| {row['name']} | {value} | {_spread_text(row)} | {_number(row['floor'])} "
                     f"| {ratio} | {budget} | {met} |")
    return "\n".join(lines)


# -- README.md: the tables between marker comments, made from the committed results --------

README = RESULTS.parent.parent / "README.md"
README_SUITES = {"sqlite": "municipality_full_sqlite", "postgresql": "municipality_full_postgresql"}


def _caption(machine: dict) -> str:
    data = machine.get("dataset", {})
    counts = data.get("counts", {})
    return (f"Measured {machine.get('measured_at', '?')} at commit "
            f"{machine.get('git_commit') or '?'} on {machine.get('cpus', '?')} CPUs "
            f"({machine.get('cpu') or 'unknown CPU'}), load average (1, 5, 15 min) "
            f"{machine.get('load_average_at_start', '?')} at the start and "
            f"{machine.get('load_average_1_5_15_at_end', '?')} at the end; "
            f"{_count(counts.get('child'))} children, {_count(counts.get('observation'))} "
            f"observations; the suite took {machine.get('suite_seconds', '?')} s.")


def _count(value) -> str:
    return f"{value:,}" if isinstance(value, int) else "?"


def readme_block(engine: str, results: Path = RESULTS) -> str:
    """What README.md holds between ``<!-- bench:ENGINE -->`` and its closing marker."""
    suite = README_SUITES[engine]
    rows_path, machine_path = results / f"{suite}.json", results / f"{suite}.machine.json"
    if not rows_path.exists():
        return (f"No committed results for this engine yet (`benchmarks/results/{suite}.json`;"
                " `make bench" + (" PG=1" if engine == "postgresql" else "") + "` writes it).")
    rows = json.loads(rows_path.read_text(encoding="utf-8"))
    machine = json.loads(machine_path.read_text(encoding="utf-8")) \
        if machine_path.exists() else {}
    return _caption(machine) + "\n\n" + markdown_table(rows)


def _markers(engine: str) -> tuple[str, str]:
    return f"<!-- bench:{engine} -->", f"<!-- /bench:{engine} -->"


def readme_tables(text: str, results: Path = RESULTS) -> str:
    """``text`` (README.md) with every marked block made again from the results files."""
    for engine in README_SUITES:
        opening, closing = _markers(engine)
        block = f"{opening}\n{readme_block(engine, results)}\n{closing}"
        text = re.sub(re.escape(opening) + ".*?" + re.escape(closing), lambda _: block, text,
                      flags=re.DOTALL)
    return text


def main(argv: list[str] | None = None) -> int:
    import argparse
    parser = argparse.ArgumentParser(description="Results files as Markdown tables.")
    parser.add_argument("files", nargs="*", type=Path, help="results files to print")
    parser.add_argument("--readme", action="store_true",
                        help="rewrite README.md's performance tables from benchmarks/results")
    args = parser.parse_args(argv)
    if args.readme:
        README.write_text(readme_tables(README.read_text(encoding="utf-8")), encoding="utf-8")
        print(f"rewritten: {README}")
    for name in args.files:
        print(f"\n{name}\n")
        print(markdown_table(json.loads(name.read_text(encoding="utf-8"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
