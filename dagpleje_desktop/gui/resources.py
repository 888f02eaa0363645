"""The GUI's files: icons from resources/icons (package data, see package_data.py)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ..package_data import resource_path, resources


def icon(name: str) -> QIcon:
    """An icon from resources/icons (an empty icon if the file is missing)."""
    if not resources().joinpath("icons", f"{name}.svg").is_file():
        return QIcon()
    return QIcon(str(resource_path("icons", f"{name}.svg")))
