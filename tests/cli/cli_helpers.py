"""Helpers for the command-line tests (fixtures are in conftest.py beside this file).

``state_of`` reads the database without logging in (no audit event of its own), so a
test can compare what a refused command left behind with what was there before. Login
and failed-login events are left out of that comparison: logging in is recorded by
design even when the command after it is refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from dagpleje_desktop.domain.enums import HomeKind, WellbeingPosition
from dagpleje_desktop.services.records import children, guardians, homes, placements
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.store.models import AuditEvent, Child, Observation


USER = "test"
PASSWORD = "korrekt-hest-batteri"  # TEST_PASSWORD in tests/conftest.py
CHILD_FIRST, CHILD_LAST, CHILD_CPR = "Ida", "Sørensen", "150323-4321"
GUARDIAN_NAME = "Mette Kildegaard"
OBSERVATION_TEXT = "Ida byggede et højt tårn af klodser og lo højt"
LOGIN_ACTIONS = {"login", "failed_login"}


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


@dataclass
class Seed:
    child_id: str
    other_child_id: str
    home_id: str
    observation_id: str


def where(installation) -> list[str]:
    if installation.database_url:
        return ["--database-url", installation.database_url]
    return ["--data-dir", str(installation.data_dir)]


def assert_refused(result: Result, *fragments: str, code: int = 1) -> None:
    """Non-zero exit, exactly one Danish line on stderr, nothing on stdout."""
    assert result.code == code, (result.code, result.err)
    lines = result.err.splitlines()
    assert len(lines) == 1 and lines[0].strip(), result.err
    assert "Traceback" not in result.err
    assert result.out == ""
    for fragment in fragments:
        assert fragment in result.err


def seed_records(installation) -> Seed:
    """A home, a placed child with CPR, guardian and observation, and a referred child."""
    ctx = installation.login(USER, PASSWORD)
    try:
        home = homes.create_home(ctx, homes.HomeInput("Solsikken", HomeKind.MINI, 4))
        child = children.create_child(ctx, children.ChildInput(CHILD_FIRST, CHILD_LAST,
                                                               cpr=CHILD_CPR))
        other = children.create_child(ctx, children.ChildInput("Malik", "Hansen"))
        guardians.add_guardian(ctx, child.id, guardians.GuardianInput(GUARDIAN_NAME, "mor"))
        placements.place_child(ctx, child.id, home.id, 2, date(2025, 1, 1))
        obs = observations.create_observation(ctx, observations.ObservationInput(
            child_id=child.id, text=OBSERVATION_TEXT, domains=("fine_motor",),
            position=WellbeingPosition.GREEN))
        return Seed(str(child.id), str(other.id), str(home.id), str(obs.id))
    finally:
        ctx.close()


def state_of(installation) -> dict:
    """Children, observations and non-login audit events, read without logging in."""
    db = installation.open_database(USER, PASSWORD)
    try:
        with db.transaction() as s:
            return {
                "children": sorted((str(c.id), c.first_name, c.status, c.deleted_at)
                                   for c in s.scalars(select(Child))),
                "observations": sorted((str(o.id), o.text, o.deleted_at)
                                       for o in s.scalars(select(Observation))),
                "events": [(e.seq, e.action, e.entity, e.entity_id) for e in s.scalars(
                    select(AuditEvent).order_by(AuditEvent.seq))
                    if e.action not in LOGIN_ACTIONS],
            }
    finally:
        db.dispose()


