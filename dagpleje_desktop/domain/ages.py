"""Age arithmetic in whole months (developmental age is compared in months)."""

from __future__ import annotations

from datetime import date


def age_in_months(born: date, on: date) -> int:
    months = (on.year - born.year) * 12 + (on.month - born.month)
    if on.day < born.day:
        months -= 1
    return max(months, 0)


def describe_age(months: int) -> str:
    years, rest = divmod(months, 12)
    if years == 0:
        return f"{rest} mdr."
    if rest == 0:
        return f"{years} år"
    return f"{years} år {rest} mdr."
