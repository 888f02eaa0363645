"""Shared set-up for the consultant workflow tests: a child in a mini home with a case team."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dagpleje_desktop.domain.enums import HomeKind, MeetingKind, ProfessionalRole
from dagpleje_desktop.services.records import children, guardians, homes, placements, professionals
from dagpleje_desktop.services.meeting_cycle import meetings
from dagpleje_desktop.services.context import LOCAL_TZ
from dagpleje_desktop.store.models import CaseTeamMember


@dataclass(frozen=True)
class Case:
    child_id: uuid.UUID
    home_id: uuid.UUID
    guardian_id: uuid.UUID
    psychologist_id: uuid.UUID


def make_case(ctx, first="Åse", last="Ørsted", cpr="010323-4567",
              home_name="Solstrålen") -> Case:
    minder = professionals.create_professional(ctx, "Birthe Holm",
                                               ProfessionalRole.MINI_CHILDMINDER)
    home = homes.create_home(ctx, homes.HomeInput(home_name, HomeKind.MINI, 4,
                                                  childminder_id=minder.id))
    child = children.create_child(ctx, children.ChildInput(first, last, cpr=cpr))
    placements.place_child(ctx, child.id, home.id, 2, date(2026, 1, 1))
    mother = guardians.add_guardian(ctx, child.id, guardians.GuardianInput("Sara Ørsted", "Mor"))
    psychologist = professionals.create_professional(ctx, "Peter Lund",
                                                     ProfessionalRole.PPR_PSYCHOLOGIST)
    with ctx.db.transaction() as s:
        s.add(CaseTeamMember(child_id=child.id, professional_id=psychologist.id,
                             role=ProfessionalRole.PPR_PSYCHOLOGIST.value))
    return Case(child.id, home.id, mother.id, psychologist.id)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), LOCAL_TZ)


def plan_status_meeting(ctx, child_id, day: date, hour: int = 10, **kw):
    return meetings.plan_meeting(ctx, meetings.MeetingInput(
        MeetingKind.STATUS, local(day, hour), local(day, hour + 1), child_id=child_id,
        place=kw.pop("place", "Solstrålen"), **kw))


def days_ago(ctx, days: int) -> date:
    return ctx.today() - timedelta(days=days)
