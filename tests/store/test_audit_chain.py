"""The hash-chained access log: tampering shows, and every change leaves a trace."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from dagpleje_desktop.domain.enums import AuditAction, HomeKind, ProfessionalRole
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import children, guardians, homes, placements, professionals
from dagpleje_desktop.services.journal import observations


@pytest.fixture
def busy_ctx(office_ctx):
    """An installation with a few events beyond login (at least five in all)."""
    kid = children.create_child(office_ctx, children.ChildInput("Åse", "Ørsted"))
    observations.create_observation(office_ctx, observations.ObservationInput(
        kid.id, "Første dag i dagplejen"))
    children.get_child(office_ctx, kid.id)
    assert audit.count_events(office_ctx) >= 5
    return office_ctx


def _raw(ctx, sql: str, **params) -> None:
    """Tamper as someone with the database would; on PostgreSQL that takes the table
    owner switching the append-only triggers off first."""
    with ctx.db.engine.begin() as conn:
        postgres = conn.dialect.name == "postgresql"
        if postgres:
            conn.execute(text("ALTER TABLE audit_event DISABLE TRIGGER USER"))
        conn.execute(text(sql), params)
        if postgres:
            conn.execute(text("ALTER TABLE audit_event ENABLE TRIGGER USER"))


def test_an_untouched_log_verifies(busy_ctx):
    report = audit.verify_chain(busy_ctx)
    assert report.ok
    assert report.events == audit.count_events(busy_ctx)
    assert report.problem == ""


def test_editing_an_event_behind_the_apps_back_is_detected_and_named(busy_ctx):
    _raw(busy_ctx, "UPDATE audit_event SET detail = :d WHERE seq = 3", d="ingen så noget")
    report = audit.verify_chain(busy_ctx)
    assert not report.ok
    assert "nr. 3 " in report.problem
    assert "ændret" in report.problem


def test_changing_who_did_it_is_detected(busy_ctx):
    _raw(busy_ctx, "UPDATE audit_event SET username = 'nogen' WHERE seq = 4")
    report = audit.verify_chain(busy_ctx)
    assert not report.ok
    assert "nr. 4 " in report.problem


def test_deleting_an_event_in_the_middle_is_detected(busy_ctx):
    _raw(busy_ctx, "DELETE FROM audit_event WHERE seq = 2")
    report = audit.verify_chain(busy_ctx)
    assert not report.ok
    assert "nr. 2 mangler" in report.problem


def _latest(ctx):
    [event] = audit.list_events(ctx, limit=1)
    return event


def test_every_change_through_the_services_writes_one_event(office_ctx):
    ctx = office_ctx
    home = None
    kid = None

    def create_home():
        nonlocal home
        home = homes.create_home(ctx, homes.HomeInput("Solsikken", HomeKind.MINI, 4))

    def create_child():
        nonlocal kid
        kid = children.create_child(ctx, children.ChildInput("Bjørn", "Ås"))

    obs_ids = []
    steps = [
        (create_home, AuditAction.CREATE, "childminder_home"),
        (create_child, AuditAction.CREATE, "child"),
        (lambda: children.update_child(ctx, kid.id, children.ChildInput("Bjørn", "Åsgaard")),
         AuditAction.UPDATE, "child"),
        (lambda: guardians.add_guardian(ctx, kid.id, guardians.GuardianInput("Mette Ås", "mor")),
         AuditAction.CREATE, "guardian"),
        (lambda: placements.place_child(ctx, kid.id, home.id, 2, date(2026, 1, 5)),
         AuditAction.CREATE, "placement"),
        (lambda: obs_ids.append(observations.create_observation(
            ctx, observations.ObservationInput(kid.id, "Legede med klodser")).id),
         AuditAction.CREATE, "observation"),
        (lambda: observations.update_observation(ctx, obs_ids[0], observations.ObservationInput(
            kid.id, "Legede længe med klodser")), AuditAction.UPDATE, "observation"),
        (lambda: observations.delete_observation(ctx, obs_ids[0]),
         AuditAction.DELETE, "observation"),
        (lambda: professionals.create_professional(ctx, "Lise Sundhed",
                                                   ProfessionalRole.HEALTH_VISITOR),
         AuditAction.CREATE, "professional"),
    ]
    for step, action, entity in steps:
        before = audit.count_events(ctx)
        step()
        assert audit.count_events(ctx) == before + 1, f"{action} {entity}"
        event = _latest(ctx)
        assert event.action == action
        assert (event.username, event.entity) == ("test", entity)
    assert audit.verify_chain(ctx).ok


def test_events_about_a_child_can_be_listed_for_that_child(office_ctx):
    kid = children.create_child(office_ctx, children.ChildInput("Åse", "Ørsted"))
    other = children.create_child(office_ctx, children.ChildInput("Bo", "Berg"))
    observations.create_observation(office_ctx, observations.ObservationInput(
        kid.id, "Sov til middag"))
    children.get_child(office_ctx, kid.id)
    events = audit.list_events(office_ctx, child_id=kid.id)
    assert {e.action for e in events} >= {AuditAction.CREATE, AuditAction.VIEW}
    assert all(e.child_id == kid.id for e in events)
    assert other.id not in {e.child_id for e in events}
