"""The explicit application context passed to every service (no global singleton)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from ..domain.enums import UserRole
from ..domain.errors import PermissionDeniedError
from ..store.database import Database

LOCAL_TZ = ZoneInfo("Europe/Copenhagen")


@dataclass(frozen=True)
class CurrentUser:
    id: uuid.UUID
    username: str
    display_name: str
    role: UserRole
    professional_id: uuid.UUID | None


@dataclass
class AppContext:
    db: Database
    device_id: str
    user: CurrentUser
    data_dir: Path | None = None
    now: Callable[[], datetime] = field(default=lambda: datetime.now(timezone.utc))

    def today(self) -> date:
        return self.now().astimezone(LOCAL_TZ).date()

    def require_role(self, *roles: UserRole) -> None:
        if self.user.role not in roles:
            allowed = ", ".join(r.label for r in roles)
            raise PermissionDeniedError(
                f"Det kræver rollen {allowed}; du er logget ind som {self.user.role.label}.",
                log_message=f"role {self.user.role} not in {[r.value for r in roles]}")

    def close(self) -> None:
        self.db.dispose()
