"""The program's log: stderr and a small rotating file that support can ask for.

English only and no personal data (see runner.support_reference); the file is readable
by its owner only, from the moment it exists.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from .. import APP_SLUG

LOG_NAME = "dagpleje-desktop.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Creates each log file (the rotated ones too) with mode 0600."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_SLUG, appauthor=False))


def configure_logging(log_dir: Path | None = None) -> Path | None:
    """Log to stderr and to ``log_dir``; returns the file, or None if it cannot be written."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    folder = Path(log_dir or default_log_dir())
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = PrivateRotatingFileHandler(folder / LOG_NAME, maxBytes=MAX_BYTES,
                                             backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:  # a read-only home: the program still runs, logging to stderr
        logging.getLogger(__name__).warning("no log file in %s: %s", folder, exc.strerror)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    logging.getLogger().addHandler(handler)
    return folder / LOG_NAME
