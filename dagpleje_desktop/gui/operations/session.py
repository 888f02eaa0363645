"""Operations that open a session: set up an installation, fill demo data, log in.

Each takes the runner and the GUI's callbacks; the slow parts (Argon2, migrations)
run on the database worker so the window keeps painting.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.enums import UserRole
from ...services.context import AppContext
from ...demo.accounts import DEMO_PASSWORD, DEMO_USERS
from ...services.installation import Installation, check_password_strength
from .runner import DoneCallback, ErrorCallback, OperationRunner

# Re-exported for the log-in and set-up dialogs: the installation they open, the demo
# accounts they offer and the password rules they check while typing (no database).
__all__ = ["DEMO_PASSWORD", "DEMO_USERS", "AppContext", "Installation", "NewInstallation",
           "check_password_strength", "create_installation", "install_demo", "login"]


@dataclass(frozen=True)
class NewInstallation:
    session: AppContext
    recovery_key: str | None


def login(runner: OperationRunner, installation: Installation, username: str, password: str,
          on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """on_done receives the logged-in AppContext."""
    return runner.run_db(lambda: installation.login(username, password), on_done, on_error)


def create_installation(runner: OperationRunner, installation: Installation, *,
                        role: UserRole, name: str, username: str, password: str,
                        on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """Create the installation and log its first user in; on_done gets NewInstallation."""
    def work() -> NewInstallation:
        result = installation.create(role=role, name=name, username=username,
                                     password=password)
        return NewInstallation(installation.login(username, password), result.recovery_key)
    return runner.run_db(work, on_done, on_error)


def install_demo(runner: OperationRunner, installation: Installation, password: str,
                 on_done: DoneCallback, on_error: ErrorCallback) -> int:
    """Create and fill the demo installation if needed; on_done gets the DemoResult."""
    from ...demo import demo  # the demo's writer only when a demo is made
    return runner.run_db(lambda: demo.install_demo(installation, password=password),
                         on_done, on_error)
