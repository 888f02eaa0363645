"""Demo goals (SMTTE) and action plans: version 1 superseded, version 2 approved, each
signed at a status meeting, with the goal history and per-version goal snapshots."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy.orm import Session

from ..domain.enums import GoalStatus, PlanStatus, SignatureMethod
from ..store.models import (ActionPlan, ActionPlanGoal, ActionPlanSignature, Goal, GoalRevision,
                            Meeting)
from .context import LOCAL_TZ
from .demo_meetings import ChildMeetings
from .demo_texts import Cast, DemoChild, at

PLAN_PERIOD_DAYS = 182
_SNAPSHOT_FIELDS = ("domain", "title", "signs_of_progress", "measures", "measure_who",
                    "measure_how_often", "measure_where", "responsible", "start_date",
                    "target_date")


def _day(meeting: Meeting) -> date:
    return meeting.starts_at.astimezone(LOCAL_TZ).date()


def write_plans(s: Session, cast: Cast, meetings: dict[uuid.UUID, ChildMeetings]) -> dict:
    """Goals and two plan versions per placed child; returns the goals per child id."""
    goals_by_child: dict[uuid.UUID, list[Goal]] = {}
    for child in cast.children:
        held = meetings.get(child.id)
        if held is None or len(held.held) < 2:
            continue
        goals_by_child[child.id] = _child_plans(s, cast, child, held)
    return goals_by_child


def _child_plans(s: Session, cast: Cast, child: DemoChild, held: ChildMeetings) -> list[Goal]:
    first, second = held.held[-2], held.held[-1]
    d1, d2, upcoming = _day(first), _day(second), _day(held.next_meeting)
    consultant_ref = cast.consultant_for(child)
    consultant = consultant_ref.name
    signatories = [g.spec.name for g in child.guardians if g.spec.has_custody]
    signatories += [child.home.childminder.name, consultant]
    v1 = _plan(child, 1, PlanStatus.SUPERSEDED, d1, d2, d2, first, signatories)
    v2 = _plan(child, 2, PlanStatus.APPROVED, d2, d2 + timedelta(days=PLAN_PERIOD_DAYS),
               upcoming, second, signatories)
    s.add_all([v1, v2])
    s.flush()
    for plan, day in ((v1, d1), (v2, d2)):  # everyone signed the paper at the meeting
        s.add_all(_signatures(child, plan, day, consultant_ref))
    first.resulting_plan_id, second.resulting_plan_id = v1.id, v2.id

    goals = []
    for index, spec in enumerate(child.spec.goals):
        start = d1 if index < 2 else d2
        target = (d2 if index == 0 else upcoming + timedelta(days=30 * max(index - 1, 0)))
        goals.append(Goal(
            id=uuid.uuid4(), child_id=child.id, action_plan_id=v1.id if index == 0 else v2.id,
            domain=spec.domain, title=spec.title, signs_of_progress=spec.signs,
            measures=spec.measures, measure_who=spec.who, measure_how_often=spec.how_often,
            measure_where=spec.where,
            responsible=consultant, start_date=start, target_date=target,
            status=(GoalStatus.ACHIEVED.value if index == 0 else
                    GoalStatus.PARTLY.value if index == 1 else GoalStatus.ACTIVE.value),
            evaluation=(f"Nået ved statusmødet {d2:%d.%m.%Y}: {spec.signs}" if index == 0
                        else "Delvist nået: tegnene ses nogle dage, men ikke hver dag endnu. "
                        "Målet fortsætter i version 2." if index == 1 else ""),
            sort_order=index))
    s.add_all(goals)
    s.flush()

    for position, goal in enumerate(goals[:2]):  # as version 1 was signed
        s.add(_snapshot(v1, goal, position, GoalStatus.ACTIVE, ""))
    for position, goal in enumerate(goals[1:]):  # as version 2 was signed
        s.add(_snapshot(v2, goal, position, GoalStatus(goal.status), goal.evaluation))
    for index, goal in enumerate(goals):
        meeting = first if index < 2 else second
        s.add(GoalRevision(goal_id=goal.id, child_id=child.id, meeting_id=meeting.id,
                           changed_at=at(goal.start_date, 10, 30), changed_by=consultant,
                           action="create", new_value=goal.title))
    for evaluated in goals[:2]:  # version 1's goals, evaluated at the second meeting
        for field, old, new in (("status", GoalStatus.ACTIVE.value, evaluated.status),
                                ("evaluation", "", evaluated.evaluation)):
            s.add(GoalRevision(goal_id=evaluated.id, child_id=child.id, meeting_id=second.id,
                               changed_at=at(d2, 10, 30), changed_by=consultant,
                               action="evaluate", field=field, old_value=old, new_value=new))
    return goals


def _plan(child: DemoChild, version: int, status: PlanStatus, start: date, end: date,
          evaluation: date, meeting: Meeting, signatories: list[str]) -> ActionPlan:
    spec = child.spec
    return ActionPlan(
        id=uuid.uuid4(), child_id=child.id, version=version, period_start=start,
        period_end=end, background=spec.background, resources=spec.resources,
        challenges=spec.challenges, parent_agreements=spec.parent_agreements,
        next_evaluation=evaluation, status=status.value, approved_on=start,
        signatories="\n".join(signatories), meeting_id=meeting.id)


def _signatures(child: DemoChild, plan: ActionPlan, day: date,
                consultant) -> list[ActionPlanSignature]:
    rows = [ActionPlanSignature(action_plan_id=plan.id, guardian_id=g.id, name=g.spec.name,
                                role=f"{g.spec.relation.capitalize()}, forældremyndighed",
                                signed_on=day, method=SignatureMethod.PAPER.value,
                                recorded_by=consultant.name)
            for g in child.guardians if g.spec.has_custody]
    minder = child.home.childminder
    for person in (minder, consultant):
        rows.append(ActionPlanSignature(action_plan_id=plan.id, professional_id=person.id,
                                        name=person.name, role=person.role.label,
                                        signed_on=day, method=SignatureMethod.PAPER.value,
                                        recorded_by=consultant.name))
    return rows


def _snapshot(plan: ActionPlan, goal: Goal, position: int, status: GoalStatus,
              evaluation: str) -> ActionPlanGoal:
    return ActionPlanGoal(action_plan_id=plan.id, goal_id=goal.id, position=position,
                          status=status.value, evaluation=evaluation,
                          **{f: getattr(goal, f) for f in _SNAPSHOT_FIELDS})
