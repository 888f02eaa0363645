"""One installation, one scope: what an installation holds, and who may have an account.

Every account on an SQLite installation unwraps the same database key, so an
installation may hold only what its most restricted account may see. A mini-childminder
sees her own home only; her account therefore belongs on an installation whose data is
her home: her own laptop (device role childminder), fed by sync from the office. On an
office or consultant installation, which holds every home, no childminder account may
be made. The fictional demo is the one exception (its three users share one made-up data
set) and is marked as a demo installation so the exception cannot be claimed elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ...domain.enums import UserRole
from ...domain.errors import Label, ValidationError
from ...store.models import Setting
from ..context import AppContext
from ..exchange.devices import self_device

DEMO_SETTING = "installation.demo"  # local only: settings are never synced
DEMO_FILLED_SETTING = "demo_data_filled_on"

CHILDMINDER_ELSEWHERE = (
    "En mini-dagplejer kan kun have en konto på sin egen computer, hvis data er hendes "
    "eget hjem (hentet ved synkronisering). Denne installation er {kind} og rummer alle "
    "hjem; opret i stedet en installation med rollen mini-dagplejer på hendes computer "
    "(»dagpleje init --role childminder«) og par den med kontoret. Intet er oprettet.")
_KIND = {UserRole.OFFICE.value: "dagplejekontorets",
         UserRole.CONSULTANT.value: "en konsulents"}


@dataclass(frozen=True)
class InstallationScope:
    device_role: UserRole
    demo: bool

    @property
    def childminder_accounts_allowed(self) -> bool:
        return self.demo or self.device_role == UserRole.CHILDMINDER


def mark_demo(session) -> None:
    """This installation is the fictional demo (set before the demo's users are made)."""
    if session.get(Setting, DEMO_SETTING) is None:
        session.add(Setting(key=DEMO_SETTING, value="1"))


def demo_filled_on(session) -> str | None:
    """The day the demo's data set was written (ISO date), or None if it has not been."""
    return session.scalar(select(Setting.value).where(Setting.key == DEMO_FILLED_SETTING))


def mark_demo_filled(session, day: date) -> None:
    session.merge(Setting(key=DEMO_FILLED_SETTING, value=day.isoformat()))


def scope_of(session) -> InstallationScope:
    me = self_device(session)
    demo = session.scalar(select(Setting.value).where(Setting.key == DEMO_SETTING)) == "1"
    return InstallationScope(UserRole(me.role), demo)


def installation_scope(ctx: AppContext) -> InstallationScope:
    with ctx.reading() as s:
        return scope_of(s)


def check_new_account(session, role: UserRole) -> None:
    """Refuses a childminder account on an installation that holds more than her home."""
    if UserRole(role) != UserRole.CHILDMINDER:
        return
    scope = scope_of(session)
    if not scope.childminder_accounts_allowed:
        raise ValidationError(
            CHILDMINDER_ELSEWHERE, kind=Label(_KIND.get(scope.device_role.value,
                                                        "ikke en mini-dagplejers")),
            log_message="childminder account refused on an office/consultant installation")
