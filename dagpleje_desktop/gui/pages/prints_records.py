"""What the letters, course papers and the month overview in Udskrifter can be about:
the child's guest care periods, decided referrals and courses, and the recent months."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ..domain_labels import label as domain_label
from ..formatting import format_date, month_name
from ..operations import prints as print_ops
from .prints_choice import Choice, by_child_id, whatever_kind

MONTHS_OFFERED = 13  # this month and the twelve before it


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintsPage", text)


def guest_care_choices(found) -> tuple[list[Choice], int]:
    items = [Choice(g.id, _tr("{start} – {end} hos {home}").format(
                        start=format_date(g.starts_on), end=format_date(g.ends_on),
                        home=g.guest_home_name),
                    _tr("gæstepleje {start}").format(start=format_date(g.starts_on)),
                    f"{g.starts_on:%Y-%m-%d}") for g in found]
    return items, 0


def referral_choices(found) -> tuple[list[Choice], int]:
    items = []
    for referral in found:
        decided = referral.committee_date or referral.received_on
        items.append(Choice(referral.id, _tr("{status} – udvalgsmøde {day}").format(
                                status=domain_label(referral.status),
                                day=format_date(decided)),
                            _tr("afgørelse {day}").format(day=format_date(decided)),
                            f"{decided:%Y-%m-%d}"))
    return items, 0


def course_choices(found) -> tuple[list[Choice], int]:
    items = [Choice(c.id, f"{domain_label(c.kind)} – {c.title or c.family} "
                          f"({_tr('fra {day}').format(day=format_date(c.start_date))})",
                    domain_label(c.kind).lower(), f"{c.start_date:%Y-%m-%d}")
             for c in found]
    return items, 0


def recent_months(today: date) -> list[tuple[int, int]]:
    year, month, found = today.year, today.month, []
    for _ in range(MONTHS_OFFERED):
        found.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return found


def month_choices(found: list[tuple[int, int]]) -> tuple[list[Choice], int]:
    items = [Choice(f"{year}-{month:02d}", f"{month_name(month)} {year}",
                    f"{month_name(month)} {year}", f"{year}-{month:02d}")
             for year, month in found]
    return items, 0


def _months(runner, ctx, _child, on_done, on_error) -> int:
    """No database: the months are counted back from today (on the file pool, so the
    page receives them the same way as every other list)."""
    return runner.run_file(lambda: recent_months(ctx.today()), on_done, on_error)


READERS = {
    "guest_care_letter": (by_child_id(print_ops.load_guest_care),
                          whatever_kind(guest_care_choices)),
    "decision_letter": (by_child_id(print_ops.load_decided_referrals),
                        whatever_kind(referral_choices)),
    "course": (by_child_id(print_ops.load_courses), whatever_kind(course_choices)),
    "supervision_month": (_months, whatever_kind(month_choices)),
}
