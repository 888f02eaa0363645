"""Goals keep a history of every change; evaluation and evidence (both engines)."""

from dataclasses import replace
from datetime import date

import pytest

from dagpleje_desktop.domain.enums import AuditAction, GoalStatus
from dagpleje_desktop.domain.errors import ValidationError
from dagpleje_desktop.services.security import audit
from dagpleje_desktop.services.meeting_cycle import goals
from dagpleje_desktop.services.journal import observations

from consultant_setup import days_ago, local, make_case


@pytest.fixture
def case(consultant_ctx):
    return make_case(consultant_ctx)


def _input(child_id, **kw):
    values = dict(domain="gross_motor", title="Går selv", start_date=date(2026, 1, 5),
                  target_date=date(2026, 4, 1), responsible="Birthe")
    values.update(kw)
    return goals.GoalInput(child_id, **values)


def test_every_change_is_kept_with_who_when_and_old_and_new_value(consultant_ctx, case):
    ctx = consultant_ctx
    goal = goals.create_goal(ctx, _input(case.child_id))
    goals.update_goal(ctx, goal.id, _input(case.child_id, title="Går selv i haven",
                                           target_date=date(2026, 5, 1)))
    history = goals.goal_history(ctx, goal.id)
    assert [(c.action, c.field_label, c.old_value, c.new_value) for c in history] == [
        ("create", "Oprettet", "", "Går selv"),
        ("update", "Måldato", "01-04-2026", "01-05-2026"),
        ("update", "Mål", "Går selv", "Går selv i haven"),
    ]
    assert {c.changed_by for c in history} == {"Test Bruger"}
    assert all(c.changed_at.tzinfo is not None for c in history)
    assert any(e.entity == "goal_history" and e.action == AuditAction.VIEW
               for e in audit.list_events(ctx, child_id=case.child_id))


def test_unchanged_save_adds_no_history(consultant_ctx, case):
    goal = goals.create_goal(consultant_ctx, _input(case.child_id))
    goals.update_goal(consultant_ctx, goal.id, _input(case.child_id))
    assert len(goals.goal_history(consultant_ctx, goal.id)) == 1


def test_evaluating_a_goal_records_status_and_text_in_its_history(consultant_ctx, case):
    ctx = consultant_ctx
    goal = goals.create_goal(ctx, _input(case.child_id))
    evaluated = goals.evaluate_goal(ctx, goal.id, GoalStatus.PARTLY, "Går med støtte")
    assert (evaluated.status, evaluated.evaluation) == (GoalStatus.PARTLY, "Går med støtte")
    changes = {c.field: (c.old_value, c.new_value) for c in goals.goal_history(ctx, goal.id)
               if c.action == "evaluate"}
    assert changes == {"status": ("Aktivt", "Delvist opnået"),
                       "evaluation": ("", "Går med støtte")}
    goals.change_goal_status(ctx, goal.id, GoalStatus.ACTIVE)
    last = goals.goal_history(ctx, goal.id)[-1]
    assert (last.action, last.old_value, last.new_value) == ("status", "Delvist opnået",
                                                             "Aktivt")


def test_evaluation_needs_a_text_and_a_real_outcome(consultant_ctx, case):
    ctx = consultant_ctx
    goal = goals.create_goal(ctx, _input(case.child_id))
    with pytest.raises(ValidationError, match="kort evaluering"):
        goals.evaluate_goal(ctx, goal.id, GoalStatus.ACHIEVED, "  ")
    with pytest.raises(ValidationError, match="opnået, delvist opnået"):
        goals.evaluate_goal(ctx, goal.id, GoalStatus.ACTIVE, "Stadig i gang")
    assert goals.get_goal(ctx, goal.id).status == GoalStatus.ACTIVE
    assert len(goals.goal_history(ctx, goal.id)) == 1


def test_target_before_start_on_edit_is_refused_and_changes_nothing(consultant_ctx, case):
    ctx = consultant_ctx
    goal = goals.create_goal(ctx, _input(case.child_id))
    with pytest.raises(ValidationError, match="før startdatoen"):
        goals.update_goal(ctx, goal.id, _input(case.child_id, target_date=date(2026, 1, 1)))
    assert goals.get_goal(ctx, goal.id).target_date == date(2026, 4, 1)
    assert len(goals.goal_history(ctx, goal.id)) == 1


def test_linked_observations_are_the_goals_evidence(consultant_ctx, case):
    ctx = consultant_ctx
    goal = goals.create_goal(ctx, _input(case.child_id))
    other = goals.create_goal(ctx, replace(_input(case.child_id), title="Siger ord",
                                           domain="language"))
    seen = observations.create_observation(ctx, observations.ObservationInput(
        case.child_id, "Gik fra sofaen til bordet", observed_at=local(days_ago(ctx, 3), 10),
        goal_ids=(goal.id,)))
    observations.create_observation(ctx, observations.ObservationInput(
        case.child_id, "Sagde bil", goal_ids=(other.id,)))
    assert goals.goal_evidence_ids(ctx, goal.id) == [seen.id]
    assert goals.goal_evidence_ids(ctx, goal.id, since=local(days_ago(ctx, 1), 0)) == []
