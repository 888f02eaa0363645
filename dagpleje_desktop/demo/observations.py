"""A year of demo observations per placed child, 2-4 a week on working days.

Texts are combined from fragments (situation, what the child did, a reflection); most
positions are green, some yellow, one child has a red episode, a few carry a concern.
Observations about a domain with an active goal are linked to that goal. A child with a
planned handover has a handful of recent observations marked shareable with partners, so
the handover packet has something to offer. Each is saved through the observation
service by its author, at the moment it was written.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta

from ..domain.enums import GoalStatus, SharingLevel, WellbeingPosition
from ..services.journal import observations
from ..services.context import AppContext
from .history import as_of
from ..services.meeting_cycle.goals import GoalInfo
from .phrases import (ACTS, REFLECTIONS, RED_REFLECTIONS, SITUATION_BY_TITLE, SITUATIONS,
                      YELLOW_ACTS, YELLOW_REFLECTIONS)
from .record import RED_DAYS_AGO, RED_EPISODE
from .texts import Cast, DemoChild, PersonRef, at

HISTORY_DAYS = 364
PER_WEEK = (2, 3, 3, 4)
# The læreplan theme a practical domain is usually also noted under.
THEME_OF = {"gross_motor": "body", "fine_motor": "body", "senses": "body",
            "sleep_eating": "body", "language": "communication", "social_contact": "social",
            "emotional": "personal", "self_care": "personal", "cognition": "nature"}
EVERYDAY_DOMAINS = ("social_contact", "emotional", "sleep_eating", "nature", "culture",
                    "senses", "self_care", "social")
# The handover consent covers "observationer om motorik og trivsel": only those are shared.
HANDOVER_DOMAINS = frozenset({"gross_motor", "fine_motor", "body", "emotional", "personal"})
SHARED_FOR_HANDOVER = 6


def write_observations(ctx: AppContext, cast: Cast, goals: dict, rng: random.Random,
                       now: datetime) -> int:
    """Save every demo observation, oldest first per child; returns how many."""
    count = 0
    for child in cast.children:
        if child.home is None:
            continue
        writer = _ChildWriter(cast, child, goals.get(child.id, []), rng)
        written = [writer.observation(day, moment)
                   for day, moment in _moments(child, cast.today, now, rng)]
        if child.spec.extra.get("handover_to"):
            written = _share_for_handover(written)
        with ctx.db.transaction():  # one child at a time: the session stays small
            for author, data in written:
                with as_of(ctx, data.observed_at, author):
                    observations.create_observation(ctx, data)
        count += len(written)
    return count



def _share_for_handover(written: list[tuple[PersonRef, observations.ObservationInput]]
                        ) -> list[tuple[PersonRef, observations.ObservationInput]]:
    """Mark the latest calm observations about motor skills and wellbeing shareable.

    Chosen without the random generator so every other demo observation stays as it was;
    one carrying a concern or a red position is never handed over by default.
    """
    fitting = [data for _, data in written
               if not data.concern and data.position != WellbeingPosition.RED
               and HANDOVER_DOMAINS & set(data.domains)]
    shared = {id(data) for data in sorted(fitting, key=lambda d: d.observed_at)
              [-SHARED_FOR_HANDOVER:]}
    return [(author, replace(data, sharing=SharingLevel.PARTNERS) if id(data) in shared
             else data) for author, data in written]



def _moments(child: DemoChild, today: date, now: datetime, rng) -> list[tuple[date, datetime]]:
    first = max(child.placement_start, today - timedelta(days=HISTORY_DAYS))
    monday = first - timedelta(days=first.weekday())
    result = []
    while monday < today:
        for offset in sorted(rng.sample(range(5), rng.choice(PER_WEEK))):
            day = monday + timedelta(days=offset)
            minutes = rng.randrange(0, 7 * 60)
            moment = at(day, 8 + minutes // 60, minutes % 60)
            if first <= day and moment < now:
                result.append((day, moment))
        monday += timedelta(days=7)
    return result


class _ChildWriter:
    def __init__(self, cast: Cast, child: DemoChild, goals: list[GoalInfo],
                 rng: random.Random):
        self.cast, self.child, self.goals, self.rng = cast, child, goals, rng
        self.names = child.pronouns()
        self.author = child.home.childminder
        self.consultant = cast.consultant_for(child)
        spec = child.spec
        self.domains = [g.domain for g in spec.goals] + [d for d, _ in spec.development] \
            + list(EVERYDAY_DOMAINS)
        crisis = spec.extra.get("crisis")
        self.crisis = crisis if spec.key == RED_EPISODE else None
        self.crisis_days = (cast.today - timedelta(days=RED_DAYS_AGO[0]),
                            cast.today - timedelta(days=RED_DAYS_AGO[1]))
        self.events = spec.extra.get("events", ())

    def _say(self, template: str) -> str:
        return template.format(**self.names)

    def observation(self, day: date, moment: datetime):
        rng = self.rng
        concern = False
        if self.crisis and self.crisis_days[0] <= day <= self.crisis_days[1]:
            position = WellbeingPosition.RED if rng.random() < 0.6 else WellbeingPosition.YELLOW
            situation, domain = "Aflevering og dagens forløb", "emotional"
            text = f"{self._say(rng.choice(self.crisis))} {self._say(rng.choice(RED_REFLECTIONS))}"
            concern = position == WellbeingPosition.RED and rng.random() < 0.4
        elif self.events and rng.random() < 0.025:
            position, domain = WellbeingPosition.YELLOW, "body"
            situation, text = "Anfald", self._say(rng.choice(self.events))
        elif rng.random() < 0.1:
            position, domain = WellbeingPosition.YELLOW, rng.choice(("emotional", "personal"))
            situation = "Dagens trivsel"
            text = " ".join((self._say(rng.choice(YELLOW_ACTS)),
                             self._say(rng.choice(YELLOW_REFLECTIONS))))
            concern = rng.random() < 0.06
        else:
            position = WellbeingPosition.NONE if rng.random() < 0.14 else WellbeingPosition.GREEN
            if self.child.spec.focus and rng.random() < 0.4:
                domain, title, act = rng.choice(self.child.spec.focus)
            else:
                domain = rng.choice(self.domains)
                title, act = rng.choice(ACTS[domain])
            situation, opener = self._situation(domain, title)
            text = " ".join(filter(None, (opener, self._say(act),
                                          self._say(rng.choice(REFLECTIONS)))))
        domains = [domain]
        if domain in THEME_OF and rng.random() < 0.6:
            domains.append(THEME_OF[domain])
        author = self.consultant if rng.random() < 0.08 else self.author
        sharing = SharingLevel.PARENTS if rng.random() < 0.2 else SharingLevel.INTERNAL
        goal_ids = tuple(g.id for g in self._goals_for(domains, day) if rng.random() < 0.85)
        return author, observations.ObservationInput(
            self.child.id, text, moment, situation, tuple(domains), position, concern,
            sharing, goal_ids)

    def _situation(self, domain: str, title: str | None) -> tuple[str, str]:
        """The situation's title and an opening sentence that fits it (none if unknown)."""
        if title is not None:
            openers = SITUATION_BY_TITLE.get(title)
            return title, self.rng.choice(openers) if openers else ""
        fitting = [s for s in SITUATIONS if domain in s[2]] or list(SITUATIONS)
        title, openers, _ = self.rng.choice(fitting)
        return title, self.rng.choice(openers)

    def _goals_for(self, domains: list[str], day: date) -> list[GoalInfo]:
        result = []
        for goal in self.goals:
            end = goal.target_date if goal.status == GoalStatus.ACHIEVED else self.cast.today
            if goal.domain in domains and goal.start_date <= day <= end:
                result.append(goal)
        return result
