"""The GUI reaches data one way: pages, dialogs, widgets and models import no services
module and open no session; they call gui/operations, which runs the work on the
database worker. (Only gui/operations and the start-up code may import services.)"""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "dagpleje_desktop" / "gui"
VIEW_FOLDERS = ("pages", "dialogs", "widgets", "models")


def _imported_modules(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            dots = "." * node.level
            yield dots + (node.module or ""), [alias.name for alias in node.names]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []


def _reaches_services(module: str, names: list[str]) -> bool:
    parts = module.lstrip(".").split(".")
    if "services" in parts or "store" in parts or module.startswith("sqlalchemy"):
        return True
    return parts[-1] in {"", "dagpleje_desktop"} and "services" in names


def test_views_import_no_services_store_or_sqlalchemy():
    found = []
    for folder in VIEW_FOLDERS:
        for path in sorted((GUI / folder).rglob("*.py")):
            for module, names in _imported_modules(path):
                if _reaches_services(module, names):
                    found.append(f"{path.relative_to(GUI.parent)}: {module}")
    assert found == []


def test_the_check_sees_a_services_import():
    # The rule above must be able to fail: these are the shapes a service import takes.
    assert _reaches_services("...services", ["meetings"])
    assert _reaches_services("...services.meetings", ["MeetingInput"])
    assert _reaches_services("dagpleje_desktop.services.records.children", ["get_child"])
    assert _reaches_services("...store.models", ["Child"])
    assert not _reaches_services("..operations", ["meetings"])
    assert not _reaches_services("...domain.enums", ["UserRole"])
