"""Helpers for service tests: homes, and mini-childminders who log in as themselves."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest

from dagpleje_desktop.domain.enums import HomeKind, ProfessionalRole, UserRole
from dagpleje_desktop.services.records import homes, professionals
from dagpleje_desktop.services.security import users
from dagpleje_desktop.services.context import AppContext
from demo_exemption import share_with_childminders

CHILDMINDER_PASSWORD = "passer-boern-godt-paa"


@dataclass
class LoggedInChildminder:
    ctx: AppContext
    home: homes.HomeInfo
    professional_id: uuid.UUID


@pytest.fixture
def make_childminder(installation, office_ctx):
    """Factory: a mini-childminder (professional + her home + user account), logged in.

    Her account is made on the office's installation, which a real installation refuses
    (one installation, one scope): these tests check what she may see of the office's
    data, which needs both in one database, so the installation is marked as a demo one
    (the demo's exemption) on purpose. Tests of her own laptop use the sync fleet."""
    opened: list[AppContext] = []
    share_with_childminders(office_ctx)

    def make(name: str = "Mette Madsen", username: str = "mette",
             home_name: str = "Mettes mini-dagpleje", places: int = 4) -> LoggedInChildminder:
        person = professionals.create_professional(office_ctx, name,
                                                   ProfessionalRole.MINI_CHILDMINDER)
        home = homes.create_home(office_ctx, homes.HomeInput(home_name, HomeKind.MINI, places,
                                                             childminder_id=person.id))
        users.create_user(office_ctx, username, name, UserRole.CHILDMINDER,
                          CHILDMINDER_PASSWORD, professional_id=person.id)
        ctx = installation.login(username, CHILDMINDER_PASSWORD)
        opened.append(ctx)
        return LoggedInChildminder(ctx, home, person.id)

    yield make
    for ctx in opened:
        ctx.close()


@pytest.fixture
def mini_home(office_ctx):
    """A mini home with four places and no childminder user."""
    return homes.create_home(office_ctx, homes.HomeInput("Solstrålen", HomeKind.MINI, 4))
