"""Run one package import in its own process (the crash test kills it with SIGKILL).

Usage: python import_worker.py DATA_DIR KEY_HEX PACKAGE
Prints "importing" just before the import starts, each progress label, and "done".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from sync_helpers import open_device  # noqa: E402

from dagpleje_desktop.services.exchange import sync  # noqa: E402


def main(data_dir: str, key_hex: str, package: str) -> None:
    ctx = open_device(Path(data_dir), bytes.fromhex(key_hex), durable=True)
    print("importing", flush=True)
    sync.import_package(ctx, Path(package),
                        progress=lambda done, total, label: print(label, flush=True))
    print("done", flush=True)
    ctx.close()


if __name__ == "__main__":
    main(*sys.argv[1:4])
