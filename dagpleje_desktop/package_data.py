"""Files the program reads at run time: fonts, icons, translations, folder texts, forms.

They are package data, found with importlib.resources. In the repository they live in
resources/ and ui/ beside the package; pyproject.toml installs those folders as the
packages ``dagpleje_desktop.resources`` and ``dagpleje_desktop.ui``, so one lookup works
in the editable install of a checkout (``make``), an installed wheel and a frozen build.
"""

from __future__ import annotations

import atexit
import contextlib
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

RESOURCES_PACKAGE = "dagpleje_desktop.resources"
FORMS_PACKAGE = "dagpleje_desktop.ui"

# Files unpacked from a zip import stay on disk until the program ends.
_unpacked = contextlib.ExitStack()
atexit.register(_unpacked.close)


def resources() -> Traversable:
    """The resources/ folder as installed."""
    return files(RESOURCES_PACKAGE)


def forms() -> Traversable:
    """The ui/ folder (Qt Designer forms) as installed."""
    return files(FORMS_PACKAGE)


def on_disk(item: Traversable) -> Path:
    """A real file path for ``item`` (Qt and ReportLab open files by name).

    Installed normally, package data already is a file; from a zip it is unpacked once."""
    if isinstance(item, Path):
        return item
    return _unpacked.enter_context(as_file(item))


def resource_path(*parts: str) -> Path:
    """The path of a file in resources/, e.g. ``resource_path("fonts", "OFL.txt")``."""
    return on_disk(resources().joinpath(*parts))


def form_path(name: str) -> Path:
    """The path of the form ``ui/<name>.ui``."""
    return on_disk(forms().joinpath(f"{name}.ui"))


def form_names() -> list[str]:
    """The names of all forms in ui/, sorted."""
    return sorted(item.name[:-3] for item in forms().iterdir() if item.name.endswith(".ui"))
