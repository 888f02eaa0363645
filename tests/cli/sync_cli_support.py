"""Three installations driven through the ``dagpleje`` command, for the sync CLI tests.

``run`` calls ``main([...])`` in-process with the login in the environment and returns
code, stdout and stderr. Records that no command creates (a home with its
mini-childminder, placed children, edits of a child's record) are made with the services,
as the office's and consultant's GUI would; everything about devices and packages goes
through the command line.
"""

from __future__ import annotations

import io
import os
import shutil
import uuid
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from unittest import mock

from cli_helpers import PASSWORD, USER, Result, where
from sqlalchemy import select

from dagpleje_desktop.cli import main
from dagpleje_desktop.domain.enums import HomeKind, ProfessionalRole
from dagpleje_desktop.services.records import children, guardians, homes, placements, professionals
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.store.models import Base

LOGIN_ACTIONS = {"login", "failed_login"}
CHILD_CPR = "150323-4321"


def run(*args, **env) -> Result:
    """One command, as a person with DAGPLEJE_USER/DAGPLEJE_PASSWORD set would run it."""
    out, err = io.StringIO(), io.StringIO()
    full_env = {"DAGPLEJE_USER": USER, "DAGPLEJE_PASSWORD": PASSWORD, **env}
    with mock.patch.dict(os.environ, full_env), redirect_stdout(out), redirect_stderr(err):
        code = main([str(a) for a in args])
    return Result(code, out.getvalue(), err.getvalue())


def ok(*args, **env) -> Result:
    result = run(*args, **env)
    assert result.code == 0, (args, result.err)
    return result


@dataclass
class Device:
    """One installation and the options that point ``dagpleje`` at it."""

    name: str
    installation: Installation
    id: str = ""
    fingerprint: str = ""

    @property
    def at(self) -> list[str]:
        return where(self.installation)

    def __call__(self, *args, **env) -> Result:
        return run(*self.at, *args, **env)

    def ok(self, *args, **env) -> Result:
        return ok(*self.at, *args, **env)

    def moved_to(self, data_dir: Path) -> Device:
        return replace(self, installation=Installation(data_dir=data_dir))


def init_device(name: str, installation: Installation, role: str) -> Device:
    device = Device(name, installation)
    device.ok("init", "--role", role, "--name", name, "--user", USER)
    shown = device.ok("device", "show", "--json").json()
    device.id, device.fingerprint = shown["id"], shown["fingerprint"]
    return device


def pair(a: Device, b: Device, cards: Path, *, home_for_b: str | None = None) -> Result:
    """Both directions, as two people would; returns what ``a`` printed on pairing ``b``."""
    cards.mkdir(parents=True, exist_ok=True)
    a.ok("device", "card", "-o", cards / f"{a.name}.dgcard")
    b.ok("device", "card", "-o", cards / f"{b.name}.dgcard")
    extra = ["--home", home_for_b] if home_for_b else []
    shown = a.ok("device", "pair", cards / f"{b.name}.dgcard", *extra)
    b.ok("device", "pair", cards / f"{a.name}.dgcard")
    return shown


class Post:
    """Packages written by ``export`` and read by ``import``, numbered in order."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.count = folder, 0
        folder.mkdir(parents=True, exist_ok=True)

    def export(self, src: Device, dst: Device) -> Path:
        self.count += 1
        path = self.folder / f"{self.count:03d}-{src.name}-til-{dst.name}.dgsync"
        src.ok("export", "--to", dst.id, "-o", path)
        return path

    def send(self, src: Device, dst: Device) -> dict:
        """Export and import; the import's JSON counts."""
        return dst.ok("import", self.export(src, dst), "--json").json()


@dataclass
class OfficeRecords:
    home_id: str
    child_id: str          # placed with the mini-childminder's home
    other_child_id: str    # not placed anywhere
    observation_ids: list[str]


def seed_office(installation: Installation, *, observation_count: int = 1) -> OfficeRecords:
    """A mini home with its mini-childminder, a child placed there, and one not placed."""
    ctx = installation.login(USER, PASSWORD)
    try:
        minder = professionals.create_professional(ctx, "Mette Madsen",
                                                   ProfessionalRole.MINI_CHILDMINDER)
        home = homes.create_home(ctx, homes.HomeInput("Mettes mini-dagpleje", HomeKind.MINI, 4,
                                                      childminder_id=minder.id))
        child = children.create_child(ctx, children.ChildInput("Ida", "Sørensen",
                                                               cpr=CHILD_CPR))
        other = children.create_child(ctx, children.ChildInput("Malik", "Hansen"))
        guardians.add_guardian(ctx, child.id, guardians.GuardianInput("Mette Kildegaard", "mor"))
        placements.place_child(ctx, child.id, home.id, 2, date(2025, 1, 1))
        obs = [observations.create_observation(ctx, observations.ObservationInput(
            child_id=child.id, text=f"Ida byggede tårn nummer {n} af klodser"))
            for n in range(observation_count)]
        return OfficeRecords(str(home.id), str(child.id), str(other.id),
                             [str(o.id) for o in obs])
    finally:
        ctx.close()


def set_allergies(installation: Installation, child_id: str, text: str) -> None:
    """An edit of one field of the seeded child's record, as the GUI's form makes it."""
    ctx = installation.login(USER, PASSWORD)
    try:
        detail = children.get_child(ctx, uuid.UUID(child_id))
        s = detail.summary
        children.update_child(ctx, s.id, children.ChildInput(
            s.first_name, s.last_name, cpr=CHILD_CPR, birth_date=s.birth_date,
            status=s.status, special_needs=detail.special_needs, diagnoses=detail.diagnoses,
            allergies=text, medication=detail.medication, routines=detail.routines,
            what_works=detail.what_works, languages=detail.languages))
    finally:
        ctx.close()


def delete_observations(installation: Installation, ids: list[str]) -> None:
    ctx = installation.login(USER, PASSWORD)
    try:
        for obs_id in ids:
            observations.delete_observation(ctx, uuid.UUID(obs_id))
    finally:
        ctx.close()


def full_dump(installation: Installation) -> dict[str, list[str]]:
    """Every table, read without logging in; logins (recorded by design) left out."""
    db = installation.open_database(USER, PASSWORD)
    try:
        dump = {}
        with db.engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                if table.name == "audit_anchor":  # the log's head: every login moves it
                    continue
                rows = [dict(r) for r in conn.execute(select(table)).mappings()]
                if table.name == "audit_event":
                    rows = [r for r in rows if r["action"] not in LOGIN_ACTIONS]
                    rows = [{k: r[k] for k in ("seq", "action", "entity", "entity_id")}
                            for r in rows]
                elif table.name == "user_account":
                    rows = [{"id": r["id"], "username": r["username"]} for r in rows]
                dump[table.name] = sorted(repr(sorted(r.items())) for r in rows)
        return dump
    finally:
        db.dispose()


def copy_installation(source: Path, dest: Path) -> Installation:
    shutil.copytree(source, dest)
    return Installation(data_dir=dest)
