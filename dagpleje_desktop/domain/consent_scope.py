"""What a consent covers: one fixed list of categories that every document uses.

A consent names the categories of information it covers; a document for someone outside
the child's team is built from those categories only. The codes are used
by the CLI, JSON and the database (stored comma-separated); the labels are Danish.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class ConsentCategory:
    code: str
    label: str          # Danish, as printed and shown
    description: str    # what the category holds, in Danish


CATEGORIES: tuple[ConsentCategory, ...] = (
    ConsentCategory("stamdata", "Stamdata",
                    "Navn, fødselsdato, sprog, rutiner og »Det virker for mig«"),
    ConsentCategory("helbred", "Helbred (diagnoser, allergier, medicin)",
                    "Særlige behov, diagnoser, allergier og medicin"),
    ConsentCategory("familie", "Familie og sociale forhold",
                    "Forældre, anbringelse, samvær og sagsbehandler"),
    ConsentCategory("observationer", "Observationer",
                    "Observationer, der må deles, eller som er valgt"),
    ConsentCategory("udvikling", "Udviklingsvurderinger",
                    "Udviklingsalder inden for områderne"),
    ConsentCategory("handleplan", "Mål og handleplan",
                    "Aktuelle mål og den seneste godkendte handleplan"),
    ConsentCategory("statusbeskrivelse", "Statusbeskrivelse",
                    "Statusbeskrivelse til statusmøder"),
    ConsentCategory("trivsel", "TOPI/trivsel",
                    "Trivselsvurderinger (TOPI-positioner)"),
)
CODES: tuple[str, ...] = tuple(c.code for c in CATEGORIES)
_BY_CODE = {c.code: c for c in CATEGORIES}


class UnknownCategoryError(ValueError):
    """A code that is not on the list; ``codes`` are the unknown ones."""

    def __init__(self, codes: Iterable[str]):
        self.codes = tuple(codes)
        super().__init__(", ".join(self.codes))


def category(code: str) -> ConsentCategory:
    return _BY_CODE[code]


def label(code: str) -> str:
    return _BY_CODE[code].label


def normalise(codes: Iterable[str]) -> tuple[str, ...]:
    """Known codes in the list's order, without duplicates; UnknownCategoryError for others."""
    wanted = {c.strip().casefold() for c in codes if c and c.strip()}
    unknown = sorted(wanted - set(CODES))
    if unknown:
        raise UnknownCategoryError(unknown)
    return tuple(c for c in CODES if c in wanted)


def parse(text: str) -> tuple[str, ...]:
    """Codes from a comma-separated text (as stored, or typed on the command line)."""
    return normalise((text or "").split(","))


def stored(text: str) -> tuple[str, ...]:
    """Codes from the database column; unknown codes (from a newer version) are ignored."""
    have = {c.strip() for c in (text or "").split(",")}
    return tuple(c for c in CODES if c in have)


def serialise(codes: Iterable[str]) -> str:
    return ",".join(normalise(codes))


def labels(codes: Iterable[str]) -> tuple[str, ...]:
    have = set(codes)
    return tuple(c.label for c in CATEGORIES if c.code in have)


def describe(codes: Iterable[str]) -> str:
    """Danish list of the labels, e.g. "Udviklingsvurderinger og Mål og handleplan"."""
    names = labels(codes)
    if not names:
        return "ingen oplysninger"
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " og " + names[-1]


def _fold(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def names_party(recipient: str, name: str, workplace: str = "") -> bool:
    """Whether a consent's recipient (as written on it, e.g. "Familierådgivningen
    (sagsbehandler)") names this person: by name, by workplace, or by the institution at
    the start of the recipient ("Børneterapien (fysioterapeut)" names someone working at
    "Børneterapien, Kolding")."""
    wanted, person, place = _fold(recipient), _fold(name), _fold(workplace)
    if not wanted:
        return False
    if person and (person == wanted or person in wanted):
        return True
    if place and (place == wanted or place in wanted):
        return True
    head = wanted.split("(")[0].split(",")[0].strip()
    return len(head) >= 4 and bool(place) and head in place
