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

    @property
    def changes(self) -> ChangeBus:
        """Change records of this session's writes, on the GUI thread."""
        return change_bus()

    @property
    def data_location(self) -> str:
        return self.installation.describe()
