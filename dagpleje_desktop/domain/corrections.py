"""Corrections with history (notatpligt): a text in a child's record that others may have
read is not silently rewritten. After a day it is locked: a correction needs a reason,
and the earlier wording stays readable to the team and in the access request."""

from __future__ import annotations

from datetime import datetime, timedelta

from .errors import Label, ValidationError

LOCKED_AFTER = timedelta(hours=24)


def is_locked(written_at: datetime | None, now: datetime) -> bool:
    return written_at is not None and now - written_at >= LOCKED_AFTER


def required_reason(reason: str, what: str) -> str:
    """The reason for correcting ``what`` (e.g. "observationen"), or a Danish refusal."""
    cleaned = " ".join((reason or "").split())
    if not cleaned:
        raise ValidationError(
            "{what} er låst, fordi den er mere end et døgn gammel. Skriv en begrundelse "
            "for rettelsen; den tidligere ordlyd gemmes og kan stadig læses.",
            what=Label(what[:1].upper() + what[1:]),
            log_message="locked text corrected without a reason")
    if len(cleaned) > 500:
        raise ValidationError("Begrundelsen må højst være 500 tegn.",
                              log_message="correction reason too long")
    return cleaned
