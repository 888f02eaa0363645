"""The calendar: meetings, visits, absences, guest care, goal target dates, plan
evaluations, supervision due dates and Danish public holidays; ISO weeks, Monday first;
export of items or a period to an iCalendar file (built in ``calendar_export``).
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.enums import (AbsenceReason, AuditAction, MeetingKind, MeetingStatus, PlanStatus,
                             UserRole, VisitKind)
from ...domain.errors import ValidationError
from ...store.models import (Absence, ActionPlan, Child, ChildminderHome, Goal, GuestCare, Meeting,
                             Visit)
from ..security import audit
from ..security.access import visible_child_ids
from .calendar_export import build_ics
from ..context import LOCAL_TZ, AppContext
from .goals import OPEN_STATUSES
from .visits import OVERDUE_AFTER_DAYS, supervision_statuses
from ...store.private_files import write_private

VISIT_LENGTH = timedelta(hours=1)  # visits have a start only; show them as one hour


class ItemKind:
    MEETING = "meeting"
    VISIT = "visit"
    ABSENCE = "absence"
    GUEST_CARE = "guest_care"
    GOAL_TARGET = "goal_target"
    PLAN_EVALUATION = "plan_evaluation"
    SUPERVISION_DUE = "supervision_due"
    HOLIDAY = "holiday"


@dataclass(frozen=True)
class CalendarItem:
    """One entry. Timed items have aware datetimes; all-day items have dates, ``end``
    being the last day (inclusive)."""
    id: uuid.UUID | None
    kind: str            # an ItemKind value
    title: str           # full text for the app, e.g. "Statusmøde – Åse Ørsted"
    start: datetime | date
    end: datetime | date
    all_day: bool
    child_id: uuid.UUID | None = None
    home_id: uuid.UUID | None = None
    label: str = ""      # what it is, without names: "Statusmøde"
    subject: str = ""    # whom it is about: a child's or a home's name
    place: str = ""
    detail: str = ""     # e.g. the goal's text; personal, exported only on request


def iso_week(day: date) -> int:
    return day.isocalendar().week


def month_weeks(year: int, month: int) -> list[tuple[int, list[date]]]:
    """The weeks of a month view, Monday first, each with its ISO week number."""
    weeks = _stdlib_calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    return [(iso_week(week[0]), week) for week in weeks]


HOLIDAY_LANGUAGES = {"da": "da", "en": "en_US"}  # interface language -> the library's


def danish_holidays(start: date, end: date, language: str = "da") -> dict[date, str]:
    """Public holidays in Denmark between start and end (inclusive), named in ``language``
    ("da" or "en"; the holidays library has the names in both)."""
    import holidays  # ~0.1 s to import: only when a calendar is first shown, not at start-up
    days = holidays.Denmark(years=range(start.year, end.year + 1),
                            language=HOLIDAY_LANGUAGES.get(language, "da"))
    return {d: name for d, name in sorted(days.items()) if start <= d <= end}


def _bounds(start: date, end: date) -> tuple[datetime, datetime]:
    return (datetime.combine(start, time(), LOCAL_TZ),
            datetime.combine(end + timedelta(days=1), time(), LOCAL_TZ))


MAX_PERIOD_YEARS = 5  # a wider period is a typing slip, and costs minutes to collect


def checked_period(start: date, end: date) -> tuple[date, date]:
    """The period in order; refused (one Danish line) when longer than MAX_PERIOD_YEARS."""
    if end < start:
        start, end = end, start
    if (end - start).days > MAX_PERIOD_YEARS * 366:
        raise ValidationError(
            "Perioden fra {start} til {end} er for lang; den må højst være {max_period_years} "
            "år. Vælg en kortere periode.",
            start=_danish(start), end=_danish(end), max_period_years=MAX_PERIOD_YEARS,
            log_message="calendar period too long")
    return start, end


def _danish(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"  # strftime drops year 1's zeros


def calendar_items(ctx: AppContext, start: date, end: date, *,
                   include_holidays: bool = True,
                   holiday_language: str = "da") -> list[CalendarItem]:
    """Everything in [start, end] the user may see, in time order (all-day first); the
    holidays named in ``holiday_language``."""
    start, end = checked_period(start, end)
    with ctx.db.transaction() as s:
        items = _collect(s, ctx, start, end)
        audit.record(s, ctx, AuditAction.VIEW, "calendar",
                     detail=f"{start.isoformat()}..{end.isoformat()}: {len(items)} items")
    if include_holidays:
        items += [CalendarItem(None, ItemKind.HOLIDAY, name, day, day, True, label=name)
                  for day, name in danish_holidays(start, end, holiday_language).items()]
    return sorted(items, key=_sort_key)


def _collect(s: Session, ctx: AppContext, start: date, end: date) -> list[CalendarItem]:
    scope = _Scope(s, ctx)
    items = (_meetings(s, scope, start, end) + _visits(s, scope, start, end)
             + _absences(s, scope, start, end) + _guest_care(s, scope, start, end)
             + _goal_targets(s, scope, start, end) + _plan_evaluations(s, scope, start, end))
    if ctx.user.role != UserRole.CHILDMINDER:
        items += _supervision(s, ctx, start, end)
    return items


def _sort_key(item: CalendarItem):
    first = item.start if isinstance(item.start, datetime) else \
        datetime.combine(item.start, time(), LOCAL_TZ)
    return (first, not item.all_day, item.title)


class _Scope:
    """Which children and homes the user may see (None: all)."""

    def __init__(self, s: Session, ctx: AppContext):
        self.children = visible_child_ids(s, ctx)
        self.homes = None
        if self.children is not None:
            self.homes = set(s.scalars(select(ChildminderHome.id).where(
                ChildminderHome.childminder_id == ctx.user.professional_id)))
        self._names: dict[uuid.UUID, str] = {}
        self._session = s

    def child_ok(self, child_id) -> bool:
        return self.children is None or child_id in self.children

    def home_ok(self, home_id) -> bool:
        return self.homes is None or home_id in self.homes

    def child_name(self, child_id) -> str:
        if child_id is None:
            return ""
        if not self._names:  # one query for every name instead of one per item
            query = select(Child.id, Child.first_name, Child.last_name)
            if self.children is not None:
                query = query.where(Child.id.in_(self.children))
            self._names = {row.id: f"{row.first_name} {row.last_name}".strip()
                           for row in self._session.execute(query)}
        return self._names.get(child_id, "")


def _titled(label: str, subject: str) -> str:
    return f"{label} – {subject}" if subject else label


def _qualified(label: str, qualifier: str) -> str:
    return f"{label} ({qualifier})"


def _meetings(s: Session, scope: _Scope, start: date, end: date) -> list[CalendarItem]:
    low, high = _bounds(start, end)
    rows = s.execute(select(  # columns, not ORM objects: a municipality's month is thousands
        Meeting.id, Meeting.kind, Meeting.starts_at, Meeting.ends_at, Meeting.child_id,
        Meeting.place).where(
        Meeting.deleted_at.is_(None), Meeting.status != MeetingStatus.CANCELLED.value,
        Meeting.starts_at < high, Meeting.ends_at > low))
    items = []
    for m in rows:
        if m.child_id is None and scope.children is not None:
            continue
        if m.child_id is not None and not scope.child_ok(m.child_id):
            continue
        label, subject = MeetingKind(m.kind).label, scope.child_name(m.child_id)
        items.append(CalendarItem(m.id, ItemKind.MEETING, _titled(label, subject), m.starts_at,
                                  m.ends_at, False, m.child_id, None, label, subject, m.place))
    return items


def _visits(s: Session, scope: _Scope, start: date, end: date) -> list[CalendarItem]:
    low, high = _bounds(start, end)
    rows = s.execute(select(Visit.id, Visit.kind, Visit.visited_at, Visit.child_id,
                            Visit.home_id, ChildminderHome.name.label("home_name"))
                     .outerjoin(ChildminderHome, ChildminderHome.id == Visit.home_id)
                     .where(Visit.deleted_at.is_(None), Visit.visited_at >= low,
                            Visit.visited_at < high))
    items = []
    for v in rows:
        home_name = v.home_name
        if v.child_id is not None and not scope.child_ok(v.child_id):
            continue
        if v.child_id is None and not scope.home_ok(v.home_id):
            continue
        label = VisitKind(v.kind).label
        subject = scope.child_name(v.child_id) if v.kind == VisitKind.HOME.value else home_name
        items.append(CalendarItem(v.id, ItemKind.VISIT, _titled(label, subject or ""),
                                  v.visited_at, v.visited_at + VISIT_LENGTH, False, v.child_id,
                                  v.home_id, label, subject or ""))
    return items


def _absences(s: Session, scope: _Scope, start: date, end: date) -> list[CalendarItem]:
    rows = s.execute(select(Absence.id, Absence.reason, Absence.starts_on, Absence.ends_on,
                            Absence.home_id, ChildminderHome.name.label("home_name"))
                     .join(ChildminderHome, ChildminderHome.id == Absence.home_id)
                     .where(Absence.deleted_at.is_(None), Absence.starts_on <= end,
                            Absence.ends_on >= start))
    items = []
    for a in rows:
        home_name = a.home_name
        if scope.homes is not None and a.home_id not in scope.homes:
            continue
        label = _qualified("Fravær", AbsenceReason(a.reason).label.lower())
        items.append(CalendarItem(a.id, ItemKind.ABSENCE, _titled(label, home_name),
                                  a.starts_on, a.ends_on, True, None, a.home_id, label,
                                  home_name))
    return items


def _guest_care(s: Session, scope: _Scope, start: date, end: date) -> list[CalendarItem]:
    rows = s.execute(select(GuestCare, ChildminderHome.name)
                     .join(ChildminderHome, ChildminderHome.id == GuestCare.guest_home_id)
                     .where(GuestCare.deleted_at.is_(None), GuestCare.starts_on <= end,
                            GuestCare.ends_on >= start))
    items = []
    for g, home_name in rows:
        # Both homes see it: the child's own and the guest home that receives the child.
        if not (scope.child_ok(g.child_id) or scope.home_ok(g.guest_home_id)):
            continue
        subject = scope.child_name(g.child_id)
        items.append(CalendarItem(g.id, ItemKind.GUEST_CARE, _titled("Gæstepleje", subject),
                                  g.starts_on, g.ends_on, True, g.child_id, g.guest_home_id,
                                  "Gæstepleje", subject, home_name))
    return items


def _goal_targets(s: Session, scope: _Scope, start: date, end: date) -> list[CalendarItem]:
    rows = s.execute(select(Goal.id, Goal.child_id, Goal.title, Goal.target_date).where(
        Goal.deleted_at.is_(None), Goal.status.in_([st.value for st in OPEN_STATUSES]),
        Goal.target_date >= start, Goal.target_date <= end))
    items = []
    for g in rows:
        if not scope.child_ok(g.child_id):
            continue
        subject = scope.child_name(g.child_id)
        items.append(CalendarItem(g.id, ItemKind.GOAL_TARGET,
                                  f"{_titled('Måldato', subject)}: {g.title}", g.target_date,
                                  g.target_date, True, g.child_id, None, "Måldato", subject,
                                  detail=g.title))
    return items


def _plan_evaluations(s: Session, scope: _Scope, start: date, end: date) -> list[CalendarItem]:
    rows = s.execute(select(
        ActionPlan.id, ActionPlan.child_id, ActionPlan.next_evaluation, ActionPlan.version)
        .where(ActionPlan.deleted_at.is_(None), ActionPlan.status == PlanStatus.APPROVED.value,
               ActionPlan.next_evaluation >= start, ActionPlan.next_evaluation <= end))
    items = []
    label = "Evaluering af handleplan"
    for p in rows:
        if not scope.child_ok(p.child_id):
            continue
        subject = scope.child_name(p.child_id)
        items.append(CalendarItem(p.id, ItemKind.PLAN_EVALUATION, _titled(label, subject),
                                  p.next_evaluation, p.next_evaluation, True, p.child_id, None,
                                  label, subject, detail=f"Version {p.version}"))
    return items


def _supervision(s: Session, ctx: AppContext, start: date, end: date) -> list[CalendarItem]:
    """When each mini home needs its monthly visit; overdue homes show on today."""
    today, items = ctx.today(), []
    for home in supervision_statuses(s, today, ctx.now()):
        due_on = home.last_visit + timedelta(days=OVERDUE_AFTER_DAYS) if home.last_visit \
            else today
        label = "Tilsyn overskredet" if home.overdue else "Tilsyn forfalder"
        on = today if home.overdue else due_on
        if start <= on <= end:
            items.append(CalendarItem(home.home_id, ItemKind.SUPERVISION_DUE,
                                      _titled(label, home.home_name), on, on, True, None,
                                      home.home_id, label, home.home_name))
    return items


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int


def export_ics(ctx: AppContext, items_or_period: Sequence[CalendarItem] | tuple[date, date],
               path: Path | str, include_names: bool = False) -> ExportResult:
    """Write items, or every item of a (start, end) period, to an iCalendar file.

    Times are in Europe/Copenhagen with a VTIMEZONE, so Outlook shows them right.
    By default nothing personal leaves beyond initials ("Statusmøde – Å.Ø."): no place,
    no goal text. ``include_names=True`` is the user's explicit choice to include them.
    Public holidays are left out of a period (every calendar already has them).
    """
    path = Path(path)
    with ctx.db.transaction() as s:
        if _is_period(items_or_period):
            start, end = checked_period(*items_or_period)
            items = sorted(_collect(s, ctx, start, end), key=_sort_key)
        else:
            items = list(items_or_period)
        data = build_ics(items, include_names=include_names, stamp=ctx.now())
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_private(path, data)  # inside the transaction: no log entry without the file
        except OSError as exc:
            raise ValidationError("Kalenderfilen kunne ikke gemmes som {path}: {reason}.",
                                  path=path, reason=exc.strerror or exc,
                                  log_message=f"ics export failed: {exc!r}") from exc
        audit.record(s, ctx, AuditAction.EXPORT, "calendar",
                     detail=f"{len(items)} items to {path.name}; names={include_names}")
    return ExportResult(path, len(items))


def _is_period(value) -> bool:
    return (isinstance(value, tuple) and len(value) == 2
            and all(isinstance(v, date) and not isinstance(v, datetime) for v in value))
