"""Danish grammar the documents need: the possessive of a name.

Danish adds "s" to a name ("Almas forældre"); a name that already ends in s, x or z
takes an apostrophe instead ("Villads' forældre", "Alex' mor", "Liz' mål"). Never
"Alma's" (English) and never "Villadss".
"""

from __future__ import annotations

_SIBILANT_ENDINGS = ("s", "x", "z")


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
