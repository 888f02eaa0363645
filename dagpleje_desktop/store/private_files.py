"""Files only their owner can read: folders 0700, files 0600, from the moment they exist.

Everything the app writes about children (the database and its WAL, keys, backups, sync
packages, calendar files, PDFs, drafts, logs) is created through these helpers, or under
the process umask the programs set at start (PRIVATE_UMASK), never made private after.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_UMASK = 0o077
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def use_private_umask() -> None:
    """For the programs' entry points: whatever a library creates is private too."""
    os.umask(PRIVATE_UMASK)


def private_folder(path: Path) -> Path:
    """Create ``path`` (and parents) as 0700; an existing data folder is tightened."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    if os.name == "posix" and (path.stat().st_mode & 0o077):
        path.chmod(FOLDER_MODE)
    return path


def open_private(path: Path, mode: str = "wb"):
    """Open ``path`` for writing, created (or truncated) with mode 0600."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0), FILE_MODE)
    if os.name == "posix":
        os.fchmod(fd, FILE_MODE)  # an existing file keeps its old mode otherwise
    return os.fdopen(fd, mode)


def write_private(path: Path, data: bytes | str, *, encoding: str = "utf-8") -> None:
    with open_private(path, "wb") as handle:
        handle.write(data.encode(encoding) if isinstance(data, str) else data)
        handle.flush()
        os.fsync(handle.fileno())


def touch_private(path: Path) -> None:
    """Create an empty 0600 file if missing (before SQLite creates it with its own mode;
    SQLite gives the WAL and shared-memory files the database file's mode)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
