"""What the main window and its pages share, passed explicitly (no global singleton)."""

from __future__ import annotations

from dataclasses import dataclass

from ..services.context import AppContext
from ..services.installation import Installation
from .operations.changes import ChangeBus, change_bus
from .operations.runner import OperationRunner


@dataclass
class GuiContext:
    installation: Installation
    session: AppContext  # the logged-in user's service context
    runner: OperationRunner
    demo: bool = False

    def __post_init__(self) -> None:
        # A window's reads never wait for a writer: their access-log events are written
        # on the worker a moment later (operations/access_log.py) or when the session ends.
        self.session.defer_view_audit = True

    @property
    def changes(self) -> ChangeBus:
        """Change records of this session's writes, on the GUI thread."""
        return change_bus()

    @property
    def data_location(self) -> str:
        return self.installation.describe()
