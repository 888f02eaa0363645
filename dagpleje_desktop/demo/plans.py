"""Demo goals (SMTTE) and action plans, agreed at the two latest status meetings: the goals
recorded with the meeting, version 1 approved and signed on paper at the first, its goals
evaluated and version 2 approved at the second (superseding version 1)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from ..domain.enums import GoalStatus, SignatureMethod
from ..services.meeting_cycle import goals as goal_service
from ..services.meeting_cycle import meeting_minutes, meetings, plans
from ..services.context import LOCAL_TZ, AppContext
from .history import as_of
from .meetings import ChildMeetings
from .texts import Cast, DemoChild, at

PLAN_PERIOD_DAYS = 182


def _day(meeting: meetings.MeetingSummary) -> date:
    return meeting.start.astimezone(LOCAL_TZ).date()


def write_plans(ctx: AppContext, cast: Cast, held_meetings: dict[uuid.UUID, ChildMeetings]
                ) -> dict:
    """Goals and two plan versions per placed child; returns the goals per child id."""
    goals_by_child: dict[uuid.UUID, list[goal_service.GoalInfo]] = {}
    for child in cast.children:
        held = held_meetings.get(child.id)
        if held is None or len(held.held) < 2:
            continue
        with ctx.db.transaction():
            goals_by_child[child.id] = _child_plans(ctx, cast, child, held)
    return goals_by_child



def _child_plans(ctx: AppContext, cast: Cast, child: DemoChild, held: ChildMeetings
                 ) -> list[goal_service.GoalInfo]:
    first, second = held.held[-2], held.held[-1]
    d1, d2, upcoming = _day(first), _day(second), _day(held.next_meeting)
    consultant = cast.consultant_for(child)
    specs = child.spec.goals
    inputs = []
    for index, spec in enumerate(specs):
        inputs.append(goal_service.GoalInput(
            child.id, spec.domain, spec.title, spec.signs, spec.measures, spec.who,
            spec.how_often, consultant.name, d1 if index < 2 else d2,
            d2 if index == 0 else upcoming + timedelta(days=30 * max(index - 1, 0)),
            measure_where=spec.where))
    # The minutes are written during the meeting; goals and plan at its end.
    with as_of(ctx, _meeting_end(d1), consultant):
        meeting_minutes.hold_meeting(ctx, first.id, meeting_minutes.HoldInput(
            new_goals=tuple(inputs[:2])))
        ids = _goal_ids(ctx, child)
        _conclude(ctx, child, first, d1, d2, d2, [ids[s.title] for s in specs[:2]], consultant)
    achieved = f"Nået ved statusmødet {d2:%d.%m.%Y}: {specs[0].signs}"
    partly = ("Delvist nået: tegnene ses nogle dage, men ikke hver dag endnu. Målet "
              "fortsætter i version 2.")
    with as_of(ctx, _meeting_end(d2), consultant):
        meeting_minutes.hold_meeting(ctx, second.id, meeting_minutes.HoldInput(
            evaluations=(
                meeting_minutes.GoalEvaluation(ids[specs[0].title], GoalStatus.ACHIEVED,
                                               achieved),
                meeting_minutes.GoalEvaluation(ids[specs[1].title], GoalStatus.PARTLY, partly)),
            new_goals=tuple(inputs[2:])))
        ids = _goal_ids(ctx, child)
        _conclude(ctx, child, second, d2, d2 + timedelta(days=PLAN_PERIOD_DAYS), upcoming,
                  [ids[s.title] for s in specs[1:]], consultant)
        infos = {g.id: g for g in goal_service.goals_for_child(ctx, child.id)}
    return [infos[ids[s.title]] for s in specs]


def _meeting_end(day: date) -> datetime:
    return at(day, 10, 30)


def _goal_ids(ctx: AppContext, child: DemoChild) -> dict[str, uuid.UUID]:
    return {g.title: g.id for g in goal_service.goals_for_child(ctx, child.id)}



def _conclude(ctx: AppContext, child: DemoChild, meeting: meetings.MeetingSummary, start: date,
              end: date, evaluation: date, goal_ids: list[uuid.UUID], consultant) -> None:
    """The meeting's plan version, approved the same day; everyone signed the paper."""
    spec = child.spec
    meeting_minutes.conclude_meeting(ctx, meeting.id, plans.PlanInput(
        child.id, spec.background, spec.resources, spec.challenges, spec.parent_agreements,
        start, end, evaluation, tuple(goal_ids)), approved_on=start,
        signatories=_signatures(child, start, consultant))



def _signatures(child: DemoChild, day: date, consultant) -> list[plans.SignatureInput]:
    rows = [plans.SignatureInput(g.spec.name, day, SignatureMethod.PAPER,
                                 f"{g.spec.relation.capitalize()}, forældremyndighed",
                                 guardian_id=g.id)
            for g in child.guardians if g.spec.has_custody]
    for person in (child.home.childminder, consultant):
        rows.append(plans.SignatureInput(person.name, day, SignatureMethod.PAPER,
                                         person.role.label, professional_id=person.id))
    return rows
