"""Rules for courses: home-pedagogue courses last at most 40 weeks (seed 004), guidance
courses (minivejledning) have a budget of 10 hours (seed 002)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .errors import Notice, ValidationError

MAX_COURSE_WEEKS = 40
WARN_WEEKS_BEFORE_LIMIT = 4
GUIDANCE_BUDGET_HOURS = 10.0
CAFE_AGE_MONTHS = 18
_EPSILON = 1e-9


class CourseEndReason(StrEnum):
    GOALS_MET = "goals_met"
    REFERRED = "referred"      # referred to another measure (anden indsats)
    COMPLETED = "completed"    # a guidance course or café visit that has run its course

    @property
    def label(self) -> str:
        return _END_LABELS[self]

    @classmethod
    def parse(cls, value: str) -> "CourseEndReason":
        wanted = value.strip().casefold()
        for member in cls:
            if wanted in (member.value, member.label.casefold()):
                return member
        raise ValueError(value)


_END_LABELS = {
    CourseEndReason.GOALS_MET: "Målene er nået",
    CourseEndReason.REFERRED: "Henvist til anden indsats",
    CourseEndReason.COMPLETED: "Forløbet er gennemført",
}
HOME_PEDAGOGUE_END_REASONS = (CourseEndReason.GOALS_MET, CourseEndReason.REFERRED)


def hours_text(hours: float) -> str:
    """Danish number of hours: 1,5 / 10 / 0,25."""
    text = f"{round(hours, 2):.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _day(value: date) -> str:
    return f"{value.day:02d}-{value.month:02d}-{value.year}"


def latest_end(start: date) -> date:
    """The last day a home-pedagogue course may run: 40 weeks after its start."""
    return start + timedelta(weeks=MAX_COURSE_WEEKS)


def warning_from(start: date) -> date:
    """From this day on the course is in its last four weeks before the limit."""
    return latest_end(start) - timedelta(weeks=WARN_WEEKS_BEFORE_LIMIT)


def check_planned_end(start: date, planned_end: date) -> str:
    """Refuse an end beyond 40 weeks; return a Danish warning when it is in the last
    four weeks before the limit (empty when there is nothing to warn about)."""
    if planned_end <= start:
        raise ValidationError("Den planlagte afslutning skal ligge efter forløbets start.",
                              log_message="course ends before it starts")
    limit = latest_end(start)
    if planned_end > limit:
        weeks = (planned_end - start).days / 7
        raise ValidationError(
            "Et hjemmepædagogisk forløb varer højst {max_course_weeks} uger. Med start {start} "
            "kan det senest slutte {latest_end}; {planned_end} ville give {weeks} uger. Har "
            "familien brug for mere støtte, så henvis til en anden indsats.",
            max_course_weeks=MAX_COURSE_WEEKS, start=_day(start), latest_end=_day(limit),
            planned_end=_day(planned_end), weeks=hours_text(weeks),
            log_message=f"home-pedagogue course longer than {MAX_COURSE_WEEKS} weeks")
    if planned_end > warning_from(start):
        return Notice("Den planlagte afslutning {planned_end} ligger i de sidste {weeks} uger "
                      "før grænsen på {max_course_weeks} uger ({latest_end}). Overvej i god "
                      "tid, om familien skal henvises til en anden indsats.",
                      planned_end=_day(planned_end), weeks=WARN_WEEKS_BEFORE_LIMIT,
                      max_course_weeks=MAX_COURSE_WEEKS, latest_end=_day(limit))
    return ""


def running_warning(start: date, today: date) -> str:
    """What a running course's list row should say as the 40-week limit draws near."""
    limit = latest_end(start)
    if today > limit:
        return Notice("Forløbet har passeret grænsen på {max_course_weeks} uger "
                      "({latest_end}). Afslut det, eller henvis familien til en anden indsats.",
                      max_course_weeks=MAX_COURSE_WEEKS, latest_end=_day(limit))
    if today >= warning_from(start):
        days = (limit - today).days
        return Notice("Forløbet når grænsen på {max_course_weeks} uger om {days} dage "
                      "({latest_end}). Afslut det, når målene er nået, eller henvis familien "
                      "til en anden indsats.", max_course_weeks=MAX_COURSE_WEEKS, days=days,
                      latest_end=_day(limit))
    return ""


def check_end(start: date, end: date, *, limited: bool) -> None:
    if end < start:
        raise ValidationError("Forløbet kan ikke slutte, før det er begyndt.",
                              log_message="course end before start")
    if limited and end > latest_end(start):
        raise ValidationError(
            "Et hjemmepædagogisk forløb varer højst {max_course_weeks} uger og kan senest "
            "afsluttes {latest_end}.",
            max_course_weeks=MAX_COURSE_WEEKS, latest_end=_day(latest_end(start)),
            log_message="course ended beyond 40 weeks")


@dataclass(frozen=True)
class HourBudget:
    """The hours of a guidance course: used, remaining, and what still fits."""

    budget: float
    used: float

    @property
    def remaining(self) -> float:
        return max(round(self.budget - self.used, 2), 0.0)

    @property
    def text(self) -> str:
        return Notice("{used} af {budget} timer brugt, {remaining} tilbage",
                      used=hours_text(self.used), budget=hours_text(self.budget),
                      remaining=hours_text(self.remaining))

    def check_session(self, hours: float) -> None:
        if not hours > 0:
            raise ValidationError("En session skal vare mere end 0 timer.",
                                  log_message="session without hours")
        if self.used + hours > self.budget + _EPSILON:
            raise ValidationError(
                "Minivejledningsforløbet har {budget} timer: {used} er brugt, og der er "
                "{remaining} tilbage. En session på {hours} timer kan ikke registreres.",
                budget=hours_text(self.budget), used=hours_text(self.used),
                remaining=hours_text(self.remaining), hours=hours_text(hours),
                log_message="guidance course over its hour budget")
