"""A mini-childminder's scope brought up to date from the operations since the last
export is exactly the scope read whole, whatever was done in between."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import select

from dagpleje_desktop.domain.enums import (AbsenceReason, HomeKind, ProfessionalRole,
                                           VisitKind)
from dagpleje_desktop.services.exchange import sync
from dagpleje_desktop.services.journal import attachments, observations
from dagpleje_desktop.services.journal.observations import ObservationInput
from dagpleje_desktop.services.meeting_cycle import goals
from dagpleje_desktop.services.records import children, guardians, homes
from dagpleje_desktop.services.records import professionals
from dagpleje_desktop.store.models import (Absence, Child, FollowUp, Goal, GuestCare,
                                           Observation, ObservationGoal, Placement, Visit)
from dagpleje_desktop.sync import exchange, scope_update
from dagpleje_desktop.sync.scope import Scope, read_scope
from dagpleje_desktop.sync.vectors import load_vector

SEEN = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)


class Town:
    """An office with two homes: hers (A) and another (B), children placed with each."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.minder = professionals.create_professional(
            ctx, "Mette Madsen", ProfessionalRole.MINI_CHILDMINDER).id
        other = professionals.create_professional(ctx, "Hanne Holm",
                                                  ProfessionalRole.MINI_CHILDMINDER).id
        self.home = homes.create_home(ctx, homes.HomeInput("Mettes", HomeKind.MINI, 4,
                                                           childminder_id=self.minder)).id
        self.other = homes.create_home(ctx, homes.HomeInput("Hannes", HomeKind.MINI, 4,
                                                            childminder_id=other)).id
        self.count = 0
        for home in (self.home, self.home, self.other, None):
            self.new_child(home)

    def new_child(self, home) -> uuid.UUID:
        self.count += 1
        kid = children.create_child(self.ctx, children.ChildInput(f"Barn{self.count}", "Test"))
        if home:  # straight in: the homes' capacity is not what this is about
            with self.ctx.db.transaction() as s:
                s.add(Placement(child_id=kid.id, home_id=home, places=2,
                                start_date=self.today - timedelta(days=30)))
        goals.create_goal(self.ctx, goals.GoalInput(kid.id, "social", "Leger med andre"))
        self.observe(kid.id)
        return kid.id

    @property
    def today(self):
        return self.ctx.today()

    def observe(self, child_id) -> None:
        with self.ctx.db.transaction() as s:
            goal_ids = tuple(s.scalars(select(Goal.id).where(Goal.child_id == child_id)))
        observations.create_observation(self.ctx, ObservationInput(
            child_id, f"Byggede et tårn {self.count}", observed_at=SEEN, domains=("social",),
            goal_ids=goal_ids[:1]))
        self.count += 1

    def children(self) -> list[uuid.UUID]:
        with self.ctx.db.transaction() as s:
            return sorted(s.scalars(select(Child.id)), key=str)

    def scopes(self, previous: Scope | None) -> tuple[Scope, Scope]:
        """(brought up to date from ``previous``, read whole)."""
        with self.ctx.db.transaction() as s:
            conn = s.connection()
            kept = None if previous is None else Scope.from_json(previous.to_json())
            updated = scope_update.current_scope(conn, self.home, self.today, kept)
            return updated, read_scope(conn, self.home, self.today)


def _pick(items: list, which: int):
    return items[which % len(items)] if items else None


def _observe(town: Town, which: int) -> None:
    town.observe(_pick(town.children(), which))


def _new_guardian(town: Town, which: int) -> None:
    guardians.add_guardian(town.ctx, _pick(town.children(), which),
                           guardians.GuardianInput(f"Mor {town.count}", "mor"))
    town.count += 1


def _delete_observation(town: Town, which: int) -> None:
    with town.ctx.db.transaction() as s:
        ids = sorted(s.scalars(select(Observation.id).where(Observation.deleted_at.is_(None))),
                     key=str)
    if ids:
        observations.delete_observation(town.ctx, _pick(ids, which))


def _move_observation(town: Town, which: int) -> None:
    """An observation noted on the wrong child is moved to another (a reference changes)."""
    kids = town.children()
    with town.ctx.db.transaction() as s:
        obs = s.scalars(select(Observation).order_by(Observation.id)).all()
        if obs and len(kids) > 1:
            moved = _pick(obs, which)
            moved.child_id = _pick([k for k in kids if k != moved.child_id], which)


def _end_placement(town: Town, which: int) -> None:
    with town.ctx.db.transaction() as s:
        open_ = s.scalars(select(Placement).where(Placement.end_date.is_(None))
                          .order_by(Placement.id)).all()
        if open_:
            ended = _pick(open_, which)
            ended.end_date = town.today - timedelta(days=1)


def _move_home(town: Town, which: int, child=None) -> None:
    """A child placed elsewhere from today (her home's or the other one)."""
    child = child or _pick(town.children(), which)
    with town.ctx.db.transaction() as s:
        for placement in s.scalars(select(Placement).where(Placement.child_id == child,
                                                           Placement.end_date.is_(None))):
            placement.end_date = town.today - timedelta(days=1)
        s.add(Placement(child_id=child, home_id=town.home if which % 2 else town.other,
                        places=2, start_date=town.today))


def _future_placement(town: Town, which: int) -> None:
    child = _pick(town.children(), which)
    with town.ctx.db.transaction() as s:
        s.add(Placement(child_id=child, home_id=town.other if which % 2 else town.home,
                        places=2, start_date=town.today + timedelta(days=60)))


def _guest_care(town: Town, which: int) -> None:
    child = _pick(town.children(), which)
    with town.ctx.db.transaction() as s:
        absence = Absence(home_id=town.other, starts_on=town.today,
                          ends_on=town.today + timedelta(days=2),
                          reason=AbsenceReason.HOLIDAY.value)
        s.add(absence)
        s.flush()
        s.add(GuestCare(absence_id=absence.id, child_id=child, guest_home_id=town.home,
                        starts_on=town.today, ends_on=town.today + timedelta(days=2)))


def _absence(town: Town, which: int) -> None:
    with town.ctx.db.transaction() as s:
        s.add(Absence(home_id=town.home if which % 2 else town.other, starts_on=town.today,
                      ends_on=town.today + timedelta(days=1),
                      reason=AbsenceReason.HOLIDAY.value))


def _visit(town: Town, which: int) -> None:
    """A supervision visit to a home with an agreed follow-up about one of the children."""
    consultant = professionals.create_professional(town.ctx, f"Konsulent {town.count}",
                                                   ProfessionalRole.MINI_CONSULTANT).id
    town.count += 1
    child = _pick(town.children(), which)
    with town.ctx.db.transaction() as s:
        visit = Visit(kind=VisitKind.SUPERVISION.value, home_id=_pick(
            [town.home, town.other], which), consultant_id=consultant, visited_at=SEEN)
        s.add(visit)
        s.flush()
        s.add(FollowUp(visit_id=visit.id, child_id=child if which % 3 else None,
                       description="Mere leg ude"))


def _attachment(town: Town, which: int) -> None:
    with town.ctx.db.transaction() as s:
        ids = sorted(s.scalars(select(Observation.id).where(Observation.deleted_at.is_(None))),
                     key=str)
    if ids:
        attachments.add_attachment(town.ctx, _pick(ids, which), "tegning.png", b"\x89PNG")


def _goal_of_another_child(town: Town, which: int) -> None:
    """An observation linked to another child's goal: it may not follow her child."""
    with town.ctx.db.transaction() as s:
        obs = s.scalars(select(Observation).order_by(Observation.id)).all()
        goal_rows = s.scalars(select(Goal).order_by(Goal.id)).all()
        observation = _pick(obs, which)
        others = [g for g in goal_rows if g.child_id != observation.child_id]
        if others:
            s.add(ObservationGoal(observation_id=observation.id,
                                  goal_id=_pick(others, which).id))


def _new_child(town: Town, which: int) -> None:
    town.new_child(_pick([town.home, town.other, None], which))


def _erase(town: Town, which: int) -> None:
    kids = town.children()
    if len(kids) > 2:
        sync.erase_child(town.ctx, _pick(kids, which))


EDITS = {"observe": _observe, "guardian": _new_guardian, "delete": _delete_observation,
         "move_observation": _move_observation, "end_placement": _end_placement,
         "move_home": _move_home, "future_placement": _future_placement,
         "guest_care": _guest_care, "absence": _absence, "visit": _visit,
         "new_child": _new_child, "erase": _erase, "attachment": _attachment,
         "goal_of_another_child": _goal_of_another_child}


@pytest.fixture
def town(office_ctx) -> Town:
    return Town(office_ctx)


def _same(updated: Scope, whole: Scope) -> None:
    assert updated.children == whole.children
    assert updated.rows == whole.rows


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(edits=st.lists(st.tuples(st.sampled_from(sorted(EDITS)), st.integers(0, 7)),
                      min_size=1, max_size=6))
def test_a_scope_brought_up_to_date_is_the_scope_read_whole(town, edits):
    previous, whole = town.scopes(None)
    _same(previous, whole)
    for edit, which in edits:
        EDITS[edit](town, which)
        previous, whole = town.scopes(previous)
        _same(previous, whole)


def test_new_work_about_her_children_is_added_without_reading_the_scope_whole(town,
                                                                               monkeypatch):
    previous, _ = town.scopes(None)
    kids = town.children()
    for kid in kids:
        town.observe(kid)  # hers and the other home's
    _new_guardian(town, 0)
    _visit(town, 0)
    _absence(town, 1)
    with town.ctx.db.transaction() as s:
        whole = read_scope(s.connection(), town.home, town.today)
    monkeypatch.setattr(scope_update, "read_scope", _must_not_read_whole)

    updated, _ = town.scopes(previous)

    _same(updated, whole)
    assert len(updated.keys()) > len(previous.keys())


def _must_not_read_whole(*_args, **_kwargs):
    raise AssertionError("the scope was read whole")


def _her_child_leaves(town: Town, previous: Scope) -> None:
    _move_home(town, 0, child=sorted(previous.children, key=str)[0])


@pytest.mark.parametrize("edit", [
    lambda town, _: _move_observation(town, 0), _her_child_leaves,
    lambda town, _: _erase(town, 0)], ids=["observation moved", "child leaves", "erasure"])
def test_what_may_take_rows_out_of_her_scope_reads_it_whole(town, monkeypatch, edit):
    previous, _ = town.scopes(None)
    edit(town, previous)
    read = []
    monkeypatch.setattr(scope_update, "read_scope",
                        lambda *args: read.append(args) or read_scope(*args))

    updated, whole = town.scopes(previous)

    _same(updated, whole)
    assert read


@pytest.mark.parametrize("acknowledged_first", [False, True])
def test_reading_the_scopes_rows_once_sends_what_reading_by_sequence_sends(
        town, monkeypatch, acknowledged_first):
    """A first export reads the operations about the scope's rows once, for what is new
    and for the snapshot of the rows entering: the same operations as read by sequence."""
    ack: dict[str, int] = {}
    if acknowledged_first:  # she holds everything up to here; then new work
        with town.ctx.db.transaction() as s:
            ack = load_vector(s.connection())
        for kid in town.children():
            town.observe(kid)
    with town.ctx.db.transaction() as s:
        conn = s.connection()
        scope = read_scope(conn, town.home, town.today)
        entering = set(sorted(scope.keys(), key=str)[::2])  # half of it is new to her
        monkeypatch.setattr(exchange, "FEW_UNACKNOWLEDGED", 10**9)
        by_sequence = {op[0] for op in exchange.scope_operations(conn, scope, ack, entering)}
        monkeypatch.setattr(exchange, "FEW_UNACKNOWLEDGED", -1)
        by_rows = {op[0] for op in exchange.scope_operations(conn, scope, ack, entering)}
    assert by_sequence == by_rows and by_sequence
