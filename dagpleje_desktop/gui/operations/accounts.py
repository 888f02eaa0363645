"""Operations on accounts: change one's password, reset a forgotten one with the recovery
key, make a new recovery key, log out.

Each runs on the database worker (Argon2 takes a noticeable fraction of a second) and
reports through the GUI's callbacks, like gui/operations/session.py.
"""

from __future__ import annotations

from ...domain.enums import AuditAction
from ...services.security import audit, users
from ...services.context import AppContext
from ...services.installation import Installation
from ...services.security.passwords import problem as password_problem
from .runner import DoneCallback, ErrorCallback, OperationRunner

__all__ = ["change_password", "log_out", "new_recovery_key", "password_problem",
           "reset_password"]

LOGOUT_DETAIL = "logged out"
SWITCH_USER_DETAIL = "logged out to switch user"


def change_password(runner: OperationRunner, session: AppContext, current: str, new: str,
                    on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives None once the new password is in force (and in the audit log)."""
    return runner.run_db(lambda: users.change_password(session, current, new),
                         on_done, on_error)


def new_recovery_key(runner: OperationRunner, session: AppContext, password: str,
                     on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the new recovery key, to be shown once."""
    return runner.run_db(lambda: users.new_recovery_key(session, password), on_done, on_error)


def reset_password(runner: OperationRunner, installation: Installation, recovery_key: str,
                   username: str, new: str, on_done: DoneCallback,
                   on_error: ErrorCallback) -> int:
    """Before login: the recovery key gives ``username`` a new password; on_done gets None."""
    return runner.run_db(lambda: installation.reset_password(recovery_key, username, new),
                         on_done, on_error)


def log_out(runner: OperationRunner, session: AppContext, *, switch_user: bool,
            on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """Write the logout to the audit log, after any work still queued for the session.

    The caller then closes the window, which shuts the runner down and closes the session
    (the database is locked again)."""
    detail = SWITCH_USER_DETAIL if switch_user else LOGOUT_DETAIL

    def work() -> None:
        with session.db.transaction() as s:
            audit.record(s, session, AuditAction.LOGOUT, "session", detail=detail)
    return runner.run_db(work, on_done, on_error)
