"""Age arithmetic in whole months (developmental age is compared in months)."""

from __future__ import annotations

from datetime import date


def age_in_months(born: date, on: date) -> int:
    months = (on.year - born.year) * 12 + (on.month - born.month)
    if on.day < born.day:
        months -= 1
    return max(months, 0)


# How an age is written, by what it has: the Danish texts are also the message ids the
# English interface translates (gui/messages.py).
AGE_FORMS = {"months": "{months} mdr.", "years": "{years} år",
             "both": "{years} år {months} mdr."}


def age_parts(months: int) -> tuple[str, dict[str, int]]:
    """The form of ``describe_age`` and its numbers, for a translation."""
    years, rest = divmod(months, 12)
    form = "months" if years == 0 else "years" if rest == 0 else "both"
    return AGE_FORMS[form], {"years": years, "months": rest}


def describe_age(months: int) -> str:
    """"3 år 8 mdr."."""
    template, params = age_parts(months)
    return template.format(**params)
