"""One entry of Udskrifter's "what" list: the record's id and how it is named."""

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
