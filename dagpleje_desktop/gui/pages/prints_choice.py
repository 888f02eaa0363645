"""One entry of Udskrifter's "what" list, and the two adapters every list reader uses."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    """The id (a record's, or "2026-11" for a month) and how it is named in titles and
    file names."""
    id: object
    text: str
    title: str
    file_part: str


def by_child_id(read):
    """An operation about the child's id, called with the child."""
    return lambda runner, ctx, child, on_done, on_error: read(runner, ctx, child.id, on_done,
                                                              on_error)


def whatever_kind(choices):
    """Choices made the same way for every kind that reads them."""
    return lambda found, _kind, _now: choices(found)
