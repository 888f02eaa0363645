"""Supervision visits, home visits and the once-a-month rule (both engines)."""

from datetime import timedelta

import pytest

from dagpleje_desktop.domain.enums import AuditAction, HomeKind, VisitKind
from dagpleje_desktop.domain.errors import ValidationError
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.records import homes
from dagpleje_desktop.services.meeting_cycle import visits
from dagpleje_desktop.services.meeting_cycle.follow_ups import FollowUpInput

from consultant_setup import local, make_case


def _supervise(ctx, home_id, days_ago, notes="Alt vel", **kw):
    # Noon local time, so the day count never depends on the hour the test runs.
    when = local(ctx.today() - timedelta(days=days_ago), 12) if days_ago else ctx.now()
    return visits.record_visit(ctx, visits.VisitInput(
        VisitKind.SUPERVISION, when, home_id=home_id, notes=notes, **kw))


def test_home_not_visited_for_31_days_is_overdue(consultant_ctx):
    ctx = consultant_ctx
    late = homes.create_home(ctx, homes.HomeInput("Mælkebøtten", HomeKind.MINI, 4))
    fine = homes.create_home(ctx, homes.HomeInput("Solstrålen", HomeKind.MINI, 4))
    edge = homes.create_home(ctx, homes.HomeInput("Regnbuen", HomeKind.MINI, 4))
    homes.create_home(ctx, homes.HomeInput("Nyt hjem", HomeKind.MINI, 4))  # never visited
    homes.create_home(ctx, homes.HomeInput("Almindelig", HomeKind.ORDINARY, 5))
    _supervise(ctx, late.id, 31)
    _supervise(ctx, late.id, 70)
    _supervise(ctx, fine.id, 10)
    _supervise(ctx, edge.id, 30)
    _supervise(ctx, fine.id, -5)  # planned: does not count as a visit yet

    due = {d.home_name: d for d in visits.supervision_due(ctx)}

    assert set(due) == {"Mælkebøtten", "Solstrålen", "Regnbuen", "Nyt hjem"}
    assert (due["Mælkebøtten"].days_since, due["Mælkebøtten"].overdue) == (31, True)
    assert due["Mælkebøtten"].last_visit == ctx.today() - timedelta(days=31)
    assert (due["Regnbuen"].days_since, due["Regnbuen"].overdue, due["Regnbuen"].due) == (
        30, False, True)
    assert (due["Solstrålen"].days_since, due["Solstrålen"].overdue,
            due["Solstrålen"].due) == (10, False, False)
    assert (due["Nyt hjem"].last_visit, due["Nyt hjem"].overdue) == (None, True)
    assert [d.home_name for d in visits.supervision_due(ctx)][:2] == ["Nyt hjem",
                                                                      "Mælkebøtten"]
    assert due["Mælkebøtten"].home_id == late.id


def test_supervision_visit_keeps_notes_and_follow_ups(consultant_ctx):
    ctx = consultant_ctx
    home = homes.create_home(ctx, homes.HomeInput("Solstrålen", HomeKind.MINI, 4))
    due = ctx.today() + timedelta(days=7)
    visit = _supervise(ctx, home.id, 0, notes="Puderum indrettet",
                       follow_ups=(FollowUpInput("Bestil madras", "Konsulent", due),))
    [listed] = visits.list_visits(ctx, home_id=home.id)
    assert listed.id == visit.id
    assert (listed.home_name, listed.notes, listed.consultant_name) == (
        "Solstrålen", "Puderum indrettet", "Test Bruger")
    assert [(f.description, f.due_on) for f in listed.follow_ups] == [("Bestil madras", due)]


def test_home_visit_to_a_family_is_logged_on_the_child(consultant_ctx):
    ctx = consultant_ctx
    case = make_case(ctx)
    visit = visits.record_visit(ctx, visits.VisitInput(
        VisitKind.HOME, ctx.now() - timedelta(days=1), child_id=case.child_id,
        notes="Afklaring af behov efter visitation"))
    assert [v.id for v in visits.list_visits(ctx, child_id=case.child_id)] == [visit.id]
    logged = [e for e in audit.list_events(ctx, child_id=case.child_id) if e.entity == "visit"]
    assert [e.action for e in logged] == [AuditAction.CREATE]


def test_visit_without_its_home_or_family_is_refused(consultant_ctx):
    ctx = consultant_ctx
    with pytest.raises(ValidationError, match="dagplejehjem"):
        visits.record_visit(ctx, visits.VisitInput(VisitKind.SUPERVISION, ctx.now()))
    with pytest.raises(ValidationError, match="familie"):
        visits.record_visit(ctx, visits.VisitInput(VisitKind.HOME, ctx.now()))
    assert visits.list_visits(ctx) == []


def test_moving_a_planned_visit(consultant_ctx):
    ctx = consultant_ctx
    home = homes.create_home(ctx, homes.HomeInput("Solstrålen", HomeKind.MINI, 4))
    planned = _supervise(ctx, home.id, -3)
    later = ctx.now() + timedelta(days=4)
    moved = visits.update_visit(ctx, planned.id, visits.VisitInput(
        VisitKind.SUPERVISION, later, home_id=home.id, notes="Flyttet"))
    assert moved.visited_at == later
    assert visits.get_visit(ctx, planned.id).notes == "Flyttet"
