"""The demo data set for command-line tests: installed once per test module, copied per test.

``demo_template`` runs ``install_demo`` into a temporary folder once (it takes seconds);
``demo`` gives each test its own copy of that folder, so a test may change anything.
Import both fixtures into a test module: ``from demo_support import demo, demo_template``.
``snapshot`` reads what a refused command must leave untouched, without logging in.
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from cli_helpers import LOGIN_ACTIONS, PASSWORD
from sqlalchemy import select

from dagpleje_desktop.demo.demo import DEMO_USERNAME, install_demo
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.store.models import AuditEvent, Disclosure

SOLSIKKEN = "Børnehaven Solsikken"
ALMA = "Alma Kjær Sørensen"          # active, consent to hand over to Solsikken
VILLADS = "Villads Ærbøll"           # active, no handover consent
LUCJA = "Łucja Kowalska"             # referred, no action plan yet


@dataclass
class Demo:
    installation: Installation
    at: list[str]
    out: Path   # an empty folder for the files a test makes

    def child_id(self, cli, name: str) -> str:
        rows = cli(*self.at, "child", "list", "--all", "--json").json()
        return next(row["id"] for row in rows if row["name"] == name)

    def files(self) -> list[str]:
        return sorted(p.name for p in self.out.iterdir())


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo-template") / "data"
    install_demo(Installation(data_dir=folder), password=PASSWORD)
    return folder


@pytest.fixture
def demo(demo_template, tmp_path, cli_env, monkeypatch) -> Demo:
    folder = tmp_path / "data"
    shutil.copytree(demo_template, folder)
    monkeypatch.setenv("DAGPLEJE_USER", DEMO_USERNAME)
    out = tmp_path / "out"
    out.mkdir()
    return Demo(Installation(data_dir=folder), ["--data-dir", str(folder)], out)


def snapshot(installation: Installation) -> dict:
    """Audit events (logins left out: a login is recorded even before a refusal) and
    disclosures."""
    db = installation.open_database(DEMO_USERNAME, PASSWORD)
    try:
        with db.transaction() as s:
            return {
                "events": [(e.seq, e.action, e.entity, e.entity_id) for e in s.scalars(
                    select(AuditEvent).order_by(AuditEvent.seq))
                    if e.action not in LOGIN_ACTIONS],
                "disclosures": sorted(str(d.id) for d in s.scalars(select(Disclosure))),
            }
    finally:
        db.dispose()


def new_events(installation: Installation, before: dict) -> list[tuple]:
    return snapshot(installation)["events"][len(before["events"]):]


def unknown_id() -> str:
    return str(uuid.uuid4())
