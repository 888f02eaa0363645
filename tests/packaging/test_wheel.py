"""The wheel carries everything the program reads at run time: a plain, non-editable
install has its fonts, forms, icons, translations, folder texts and migrations."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# What the build reads; a new top-level file the build needs goes here too.
BUILD_INPUTS = ("pyproject.toml", "README.md", "LICENSE", "dagpleje_desktop", "resources", "ui")
# Folders installed inside the package (pyproject.toml, [tool.setuptools.package-dir]).
MAPPED = {"resources": "dagpleje_desktop/resources", "ui": "dagpleje_desktop/ui"}


def _source_files(folder: str) -> list[str]:
    return sorted(path.relative_to(ROOT / folder).as_posix()
                  for path in (ROOT / folder).rglob("*")
                  if path.is_file() and "__pycache__" not in path.parts)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    """Built from a copy of the sources, so the checkout gets no build/ or egg-info."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in BUILD_INPUTS:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name,
                            ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, source / name)
    build = subprocess.run(
        [sys.executable, "-c",
         "import sys, setuptools.build_meta as backend; print(backend.build_wheel(sys.argv[1]))",
         str(work / "dist")],
        cwd=source, capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr[-3000:]
    name = build.stdout.strip().splitlines()[-1]
    with zipfile.ZipFile(work / "dist" / name) as archive:
        yield archive


def _record(wheel: zipfile.ZipFile) -> set[str]:
    record = next(n for n in wheel.namelist() if n.endswith(".dist-info/RECORD"))
    return {row[0] for row in csv.reader(io.StringIO(wheel.read(record).decode()))}


@pytest.mark.parametrize("folder", sorted(MAPPED))
def test_every_file_of_the_folder_is_in_the_wheel(wheel, folder):
    listed = _record(wheel)
    missing = [name for name in _source_files(folder)
               if f"{MAPPED[folder]}/{name}" not in listed]
    assert not missing, (
        f"not in the wheel: {missing}; a new folder in {folder}/ goes into [tool.setuptools] "
        "packages and package-data in pyproject.toml")


def test_every_module_and_migration_is_in_the_wheel(wheel):
    listed = _record(wheel)
    missing = [name for name in _source_files("dagpleje_desktop")
               if f"dagpleje_desktop/{name}" not in listed]
    assert not missing, (f"not in the wheel: {missing}; a new package goes into "
                         "[tool.setuptools] packages in pyproject.toml")


def test_postgresql_driver_is_only_an_extra(wheel):
    metadata_name = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    requires = [line.split(":", 1)[1].strip()
                for line in wheel.read(metadata_name).decode().splitlines()
                if line.startswith("Requires-Dist:")]
    psycopg = [r for r in requires if r.startswith("psycopg")]
    assert psycopg and all('extra == "postgres"' in r for r in psycopg), psycopg
    entry_points = next(n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt"))
    scripts = wheel.read(entry_points).decode()
    assert "dagpleje = " in scripts and "dagpleje-desktop = " in scripts
