"""Where the GUI's files live: ui/ forms and resources/icons beside the package."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QIcon

# The repository layout puts ui/ and resources/ beside the package; a frozen build
# (PyInstaller) sets DAGPLEJE_RESOURCE_ROOT to wherever it unpacked them.
ROOT = Path(os.environ.get("DAGPLEJE_RESOURCE_ROOT", Path(__file__).resolve().parents[2]))
UI_DIR = ROOT / "ui"
ICON_DIR = ROOT / "resources" / "icons"


def icon(name: str) -> QIcon:
    """An icon from resources/icons (an empty icon if the file is missing)."""
    path = ICON_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
