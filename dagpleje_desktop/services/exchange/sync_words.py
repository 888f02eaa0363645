"""A package's content in a childminder's words: "2 børn, 1 ny observation, 1 ændret mål".

Built from a ``sync.tally.Tally`` (records per kind, not operations). The kinds people
work with are named; the rest (guardians, placements, people ...) is "andre oplysninger".
"""

from __future__ import annotations

from ...domain.errors import Notice, NoticeList, Noun
from ...sync.tally import CHANGED, DELETED, NEW, Tally

# entity: (singular, plural, neuter?) - the adjective follows the noun's gender
NOUNS: dict[str, tuple[str, str, bool]] = {
    "child": ("barn", "børn", True),
    "observation": ("observation", "observationer", False),
    "goal": ("mål", "mål", True),
    "action_plan": ("handleplan", "handleplaner", False),
    "meeting": ("møde", "møder", True),
    "visit": ("besøg", "besøg", True),
    "absence": ("fraværsperiode", "fraværsperioder", False),
    "guest_care": ("gæsteplejeaftale", "gæsteplejeaftaler", False),
    "development_assessment": ("udviklingsvurdering", "udviklingsvurderinger", False),
    "wellbeing_assessment": ("trivselsvurdering", "trivselsvurderinger", False),
    "follow_up": ("opfølgning", "opfølgninger", False),
    "attachment": ("bilag", "bilag", True),
    "consent": ("samtykke", "samtykker", True),
}
ORDER = tuple(NOUNS)
# change: (common singular, neuter singular, plural); Notice templates, so the GUI can
# show them in English (the noun too: domain.errors.Noun)
TEMPLATES = {
    NEW: ("1 ny {noun}", "1 nyt {noun}", "{count} nye {noun}"),
    CHANGED: ("1 ændret {noun}", "1 ændret {noun}", "{count} ændrede {noun}"),
    DELETED: ("1 slettet {noun}", "1 slettet {noun}", "{count} slettede {noun}"),
}


def _count(number: int, change: str, entity: str) -> str:
    singular, plural, neuter = NOUNS[entity]
    common, neutral, many = TEMPLATES[change]
    noun = Noun(singular, plural, number)
    if number == 1:
        return Notice(neutral if neuter else common, noun=noun)
    return Notice(many, count=number, noun=noun)


def children_text(count: int) -> str:
    return Notice("1 barn") if count == 1 else Notice("{count} børn", count=count)


def describe(tally: Tally, *, conflicts: int = 0) -> str:
    """"2 børn, 1 ny observation, 1 ændret mål" ("Ingen ændringer" when empty)."""
    parts = []
    new_children = tally.count("child", NEW)
    if tally.children and not new_children:
        parts.append(children_text(tally.children))
    others = 0
    for entity in ORDER:
        for change in (NEW, CHANGED, DELETED):
            number = tally.count(entity, change)
            if number:
                parts.append(_count(number, change, entity))
    for entity, _change, number in tally.counts:
        if entity not in NOUNS:
            others += number
    if others:
        parts.append(Notice("1 anden oplysning") if others == 1
                     else Notice("{count} andre oplysninger", count=others))
    if conflicts:
        parts.append(Notice("1 konflikt") if conflicts == 1
                     else Notice("{count} konflikter", count=conflicts))
    return NoticeList(parts) if parts else Notice("Ingen ændringer")


def changes_text(count: int) -> str:
    return Notice("1 ændring") if count == 1 else Notice("{count} ændringer", count=count)
