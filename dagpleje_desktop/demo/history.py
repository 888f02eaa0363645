"""The demo writes its history through the app's own services, on the day each fact
happened and as the person who recorded it: the context's clock and user are set for the
call and put back afterwards, so every rule, audit event and change record applies."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime

from ..services.context import AppContext
from .texts import PersonRef, at

# A fact known only by its day (a consent, an assessment) is recorded at midday.
MIDDAY = 12


@contextmanager
def as_of(ctx: AppContext, moment: datetime | date,
          person: PersonRef | None = None) -> Iterator[AppContext]:
    """``ctx`` with its clock at ``moment`` and, when given, ``person`` as the author.

    The account stays the demo user's (the access log names who really wrote the data);
    the name and professional are the fictional person's, so authorship, signatures'
    "recorded by" and goal history read as they would had that person typed them."""
    fixed = moment if isinstance(moment, datetime) else at(moment, MIDDAY)
    saved_now, saved_user = ctx.now, ctx.user
    ctx.now = lambda: fixed
    if person is not None:
        ctx.user = replace(saved_user, display_name=person.name, professional_id=person.id)
    try:
        yield ctx
    finally:
        ctx.now, ctx.user = saved_now, saved_user
