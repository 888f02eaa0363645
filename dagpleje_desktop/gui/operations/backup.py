"""Backups from Indstillinger: make one, check one, restore one (office and consultant).

Making a backup reads the database, so it runs on the database worker; checking a file
only reads that file (file pool). Restoring replaces the database files, so it runs
after the window has logged out and closed its session (gui/app.py), never while a
session is open on them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal

from ...domain.enums import UserRole
from ...services.security import backup
from ...services.security.backup import PG_BACKUP_MESSAGE, RestoreResult, new_backup_name
from ...services.security.backup_archive import BackupInfo
from ...services.context import AppContext
from ...services.installation import Installation
from ..messages import service_text
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["PG_BACKUP_MESSAGE", "BackupInfo", "BackupProgress", "RestoreRequest",
           "RestoreResult", "can_back_up", "check_backup", "make_backup", "new_backup_name",
           "restore_backup"]


class BackupProgress(QObject):
    """Carries the worker's ``(done, total, label)`` to the GUI thread."""

    progressed = Signal(int, int, str)

    def callback(self, done: int, total: int, label: str) -> None:
        if shiboken6.isValid(self):
            self.progressed.emit(done, total, service_text(label))  # the step in the interface language


@dataclass(frozen=True)
class RestoreRequest:
    """What the person chose in Indstillinger; carried out after the logout."""

    path: Path
    username: str
    password: str
    other_installation: bool
    created_at_text: str


def can_back_up(ctx: AppContext) -> bool:
    """Backups are an office and consultant action (a mini-childminder's laptop is fed
    by sync and restored from the office)."""
    return ctx.user.role != UserRole.CHILDMINDER


def is_postgres(ctx: AppContext) -> bool:
    return not ctx.db.is_sqlite


def make_backup(runner: OperationRunner, ctx: AppContext, path: Path,
                progress: BackupProgress, on_done: DoneCallback,
                on_error: ErrorCallback) -> int:
    """on_done receives the BackupInfo of the file written."""
    return runner.run_db(lambda: backup.backup_to(ctx, path, progress.callback),
                         on_done, on_error)


def check_backup(runner: OperationRunner, path: Path, username: str, password: str,
                 on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """Everything a restore checks, changing nothing; on_done receives the BackupInfo."""
    return runner.run_file(lambda: backup.check_backup(path, username, password),
                           on_done, on_error)


def restore_backup(runner: OperationRunner, installation: Installation,
                   request: RestoreRequest, on_done: DoneCallback,
                   on_error: ErrorCallback) -> int:
    """Only with no session open; on_done receives the RestoreResult."""
    return runner.run_db(
        lambda: backup.restore_from(installation, request.path, request.username,
                                    request.password,
                                    other_installation=request.other_installation),
        on_done, on_error)
