"""A fleet of paired installations, made once per session and copied per test.

office ── consultant1 ── consultant2 (all paired with each other), and the office paired
with two mini-childminders' devices: minimette serves home A, minihanne serves home B.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from sync_helpers import PASSWORD, Template, close_all, copy_device, create_template, pair

from dagpleje_desktop.domain.enums import HomeKind, ProfessionalRole, UserRole
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.services.records import homes, professionals
from dagpleje_desktop.services.context import AppContext


@dataclass
class Fleet:
    templates: dict[str, Template]
    home_a: object
    home_b: object

    def copy(self, folder: Path, *names: str, now_ms=None) -> list[AppContext]:
        return [copy_device(self.templates[n], folder / n, now_ms=now_ms) for n in names]


@pytest.fixture(scope="session")
def fleet(tmp_path_factory) -> Fleet:
    folder = tmp_path_factory.mktemp("fleet")
    roles = {"office": UserRole.OFFICE, "consultant1": UserRole.CONSULTANT,
             "consultant2": UserRole.CONSULTANT, "minimette": UserRole.CHILDMINDER,
             "minihanne": UserRole.CHILDMINDER}
    made = {name: create_template(folder, name, role) for name, role in roles.items()}
    templates = {name: t for name, (t, _) in made.items()}
    ctx = {name: c for name, (_, c) in made.items()}
    office = ctx["office"]
    mette = professionals.create_professional(office, "Mette Madsen",
                                              ProfessionalRole.MINI_CHILDMINDER)
    hanne = professionals.create_professional(office, "Hanne Holm",
                                              ProfessionalRole.MINI_CHILDMINDER)
    home_a = homes.create_home(office, homes.HomeInput("Mettes mini-dagpleje", HomeKind.MINI, 4,
                                                       childminder_id=mette.id))
    home_b = homes.create_home(office, homes.HomeInput("Hannes mini-dagpleje", HomeKind.MINI, 4,
                                                       childminder_id=hanne.id))
    cards = folder / "cards"
    pair(office, ctx["consultant1"], cards)
    pair(office, ctx["consultant2"], cards)
    pair(ctx["consultant1"], ctx["consultant2"], cards)
    pair(office, ctx["minimette"], cards, home_for_b=home_a.id)
    pair(office, ctx["minihanne"], cards, home_for_b=home_b.id)
    close_all(*ctx.values())
    return Fleet(templates, home_a, home_b)


@pytest.fixture
def trio(fleet, tmp_path):
    """Office and two consultants, paired, each with only its own data so far."""
    devices = fleet.copy(tmp_path, "office", "consultant1", "consultant2")
    yield devices
    close_all(*devices)


@pytest.fixture
def pg_office(pg_url):
    """An office installation on the test PostgreSQL server, logged in."""
    installation = Installation(database_url=pg_url)
    installation.create(role=UserRole.OFFICE, name="Kontoret", username="test",
                        password=PASSWORD)
    ctx = installation.login("test", PASSWORD)
    yield ctx
    ctx.close()
