"""Other children's names: the children and adults an installation knows, for the forms'
live warning and for replacing the names in documents meant for parents and third
parties (domain/other_children.py does the matching)."""

from __future__ import annotations

import dataclasses
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.other_children import KnownChild, MentionFinder, replace_mentions
from ...store.models import Child, Guardian, Professional, UserAccount
from ..context import AppContext


@dataclass(frozen=True)
class NameBook:
    """Everyone whose name decides what counts as another child's name."""
    children: tuple[KnownChild, ...]
    adult_first_names: tuple[str, ...]

    def finder(self, own_child_ids: Iterable[uuid.UUID | None]) -> MentionFinder:
        return MentionFinder(self.children, exclude=[c for c in own_child_ids if c],
                             adult_first_names=self.adult_first_names)


@dataclass(frozen=True)
class Replacement:
    """One other child named in a document: shown to the person printing, not printed."""
    name: str
    count: int


def name_book_in(session: Session) -> NameBook:
    children = tuple(KnownChild(i, first or "", last or "") for i, first, last in session.execute(
        select(Child.id, Child.first_name, Child.last_name).where(Child.deleted_at.is_(None))))
    adults = [n for (n,) in session.execute(select(Guardian.name)
                                            .where(Guardian.deleted_at.is_(None)))]
    adults += [n for (n,) in session.execute(select(Professional.name))]
    adults += [n for (n,) in session.execute(select(UserAccount.display_name))]
    return NameBook(children, tuple(sorted({n.split()[0] for n in adults if n.split()})))


def name_book(ctx: AppContext) -> NameBook:
    with ctx.reading() as s:
        return name_book_in(s)


def redact_document(document, finder: MentionFinder) -> tuple[object, list[Replacement]]:
    """``document`` (a tree of dataclasses, tuples, lists and strings) with every other
    child's name replaced by the neutral mark, and what was replaced."""
    counts: Counter[str] = Counter()

    def redact(text: str) -> str:
        mentions = finder.find(text)
        if not mentions:
            return text
        counts.update(m.child.full_name for m in mentions)
        return replace_mentions(text, mentions)

    redacted = _map_strings(document, redact)
    return redacted, [Replacement(name, n) for name, n in sorted(counts.items())]


def _map_strings(value, fn: Callable[[str], str]):
    if type(value) is str:
        return fn(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changed = {}
        for f in dataclasses.fields(value):
            if not f.init:
                continue
            old = getattr(value, f.name)
            new = _map_strings(old, fn)
            if new is not old:
                changed[f.name] = new
        return dataclasses.replace(value, **changed) if changed else value
    if isinstance(value, list):
        items = [_map_strings(v, fn) for v in value]
        return items if any(a is not b for a, b in zip(items, value)) else value
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        items = tuple(_map_strings(v, fn) for v in value)
        return items if any(a is not b for a, b in zip(items, value)) else value
    if isinstance(value, dict):
        items = {k: _map_strings(v, fn) for k, v in value.items()}
        return items if any(items[k] is not value[k] for k in value) else value
    return value
