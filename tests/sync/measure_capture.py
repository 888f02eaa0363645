"""Measure what change capture costs a bulk insert (not a test: timings are reported only).

    .venv/bin/python tests/sync/measure_capture.py [ROWS] [REPEATS]

Creates one installation, then repeatedly inserts ROWS observations in one transaction
into fresh copies of it, with and without capture (interleaved, median reported).
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from sqlalchemy import func, select  # noqa: E402
from sync_helpers import create_template  # noqa: E402

from dagpleje_desktop.domain.enums import UserRole  # noqa: E402
from dagpleje_desktop.services.records import children  # noqa: E402
from dagpleje_desktop.services.records.children import ChildInput  # noqa: E402
from dagpleje_desktop.store.changes import install_capture  # noqa: E402
from dagpleje_desktop.store.database import DB_FILENAME, open_sqlcipher  # noqa: E402
from dagpleje_desktop.store.models import ChangeOperation, Observation  # noqa: E402

START = datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc)


def one_run(template_dir: Path, key: bytes, device_id, child_id, rows: int,
            capture: bool, work: Path) -> tuple[float, int]:
    target = work / f"run-{time.monotonic_ns()}"
    shutil.copytree(template_dir, target)
    db = open_sqlcipher(target / DB_FILENAME, key)
    if capture:
        install_capture(db, device_id)
    began = time.perf_counter()
    with db.transaction() as s:
        s.add_all(Observation(child_id=child_id, observed_at=START + timedelta(minutes=i),
                              situation="Sandkassen", text=f"Observation {i}: byggede et tårn")
                  for i in range(rows))
    elapsed = time.perf_counter() - began
    with db.transaction() as s:
        ops = s.scalar(select(func.count()).select_from(ChangeOperation)
                       .where(ChangeOperation.entity == "observation"))
    db.dispose()
    shutil.rmtree(target)
    return elapsed, ops


def main(rows: int = 10_000, repeats: int = 3) -> None:
    work = Path(tempfile.mkdtemp())
    template, ctx = create_template(work, "office", UserRole.OFFICE)
    child_id = children.create_child(ctx, ChildInput("Bjørk", "Østergård")).id
    ctx.close()
    plain, captured, ops = [], [], 0
    for _ in range(repeats):
        plain.append(one_run(template.data_dir, template.key, template.device_id, child_id,
                             rows, False, work)[0])
        seconds, ops = one_run(template.data_dir, template.key, template.device_id, child_id,
                               rows, True, work)
        captured.append(seconds)
    base, with_capture = statistics.median(plain), statistics.median(captured)
    print(f"{rows} observations in one transaction (median of {repeats}):")
    print(f"  without capture: {base:.2f} s")
    print(f"  with capture:    {with_capture:.2f} s  ({ops} operations)")
    print(f"  ratio:           {with_capture / base:.2f}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
