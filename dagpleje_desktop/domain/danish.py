"""Danish grammar the documents need: the possessive of a name.

Danish adds "s" to a name ("Almas forældre"); a name that already ends in s, x or z
takes an apostrophe instead ("Villads' forældre", "Alex' mor", "Liz' mål"). Never
"Alma's" (English) and never "Villadss".
"""

from __future__ import annotations

from datetime import date

_SIBILANT_ENDINGS = ("s", "x", "z")


MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")


class Day(str):
    """A date as a message parameter, as Danes write it ("7. december 2026"); ``day``
    lets another language write its own ("7 December 2026", message_catalogue)."""

    day: date | None

    def __new__(cls, day: date | None) -> Day:
        made = super().__new__(cls, f"{day.day}. {MONTHS[day.month - 1]} {day.year}"
                               if day is not None else "")
        made.day = day
        return made

    def __reduce__(self):  # copies and pickles keep the date
        return type(self), (self.day,)


class Possessive(str):
    """A name's Danish possessive as a message parameter ("Almas"); ``name`` lets another
    language make its own ("Alma's", message_catalogue)."""

    name: str

    def __new__(cls, name: str) -> Possessive:
        made = super().__new__(cls, possessive(name))
        made.name = name
        return made

    def __reduce__(self):
        return type(self), (self.name,)


def possessive(name: str) -> str:
    """``"Villads"`` -> ``"Villads'"``, ``"Alma"`` -> ``"Almas"``; empty stays empty."""
    name = (name or "").strip()
    if not name:
        return ""
    return f"{name}'" if name[-1].casefold() in _SIBILANT_ENDINGS else f"{name}s"


_INSTITUTION_WORDS = ("børnehave", "vuggestue", "institution", "dagtilbud", "skole", "sfo",
                      "kommune", "dagpleje", "center", "centret", "huset", "klub", "afdeling",
                      "team", "gruppen", "stuen", "forvaltning", "ppr", "sundhedspleje",
                      "børnehus", "børnegård", "hus", "rådgivning")


def is_institution(recipient: str) -> bool:
    """Whether a letter's recipient reads as a place or organisation, not a person."""
    words = (recipient or "").casefold().replace(",", " ").split()
    return any(w.startswith(_INSTITUTION_WORDS) or w.endswith(_INSTITUTION_WORDS)
               for w in words)


def salutation(recipient: str) -> str:
    """"Kære Hanne" to a person; "Til Børnehaven Solsikken" to an institution."""
    recipient = (recipient or "").strip()
    return f"Til {recipient}" if is_institution(recipient) else f"Kære {recipient}"


def common_noun(word: str) -> str:
    """A role or relation as it stands in running Danish text: "Mor" -> "mor",
    "Fysioterapeut" -> "fysioterapeut"; an abbreviation keeps its capitals ("PPR")."""
    word = (word or "").strip()
    if len(word) > 1 and word[0].isupper() and word[1].islower():
        return word[0].lower() + word[1:]
    return word


def named_with_role(name: str, role: str) -> str:
    """"Sara Nielsen (mor)"; just the name when the role is not recorded."""
    role = common_noun(role)
    return f"{name} ({role})" if role else name
