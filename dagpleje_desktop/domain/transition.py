"""The transition description (overgangsbeskrivelse / pædagogisk udviklingsbeskrivelse)
the kindergarten receives: its narrative sections and which consent category each belongs
to, so a copy for the kindergarten holds only what the parents' consent covers.

The municipality holds the transition talk on an assessment made at about 2 years 9 months
and meets the kindergarten about a month before the start; the consultant is reminded two
months before the planned start.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ValidationError

REMINDER_DAYS = 61          # "two months" before the planned kindergarten start
MAX_SECTION_CHARS = 20_000


@dataclass(frozen=True)
class TransitionSectionKind:
    code: str          # as typed on the command line and stored
    title: str         # Danish heading
    category: str      # the consent category (domain.consent_scope) that covers it
    hint: str          # what to write, in Danish


SECTIONS: tuple[TransitionSectionKind, ...] = (
    TransitionSectionKind("styrker", "Barnets styrker", "udvikling",
                          "Hvad barnet er godt til, og hvad det har lært i Mini-dagplejen."),
    TransitionSectionKind("leg", "Leg", "udvikling",
                          "Hvad og hvordan barnet leger, alene og sammen med andre."),
    TransitionSectionKind("relationer", "Relationer og trivsel", "trivsel",
                          "Barnets relationer til voksne og børn, og hvordan barnet trives."),
    TransitionSectionKind("det_virker", "Det virker for mig", "stamdata",
                          "Hvad der hjælper barnet i hverdagen: rutiner, overgange, sprog."),
    TransitionSectionKind("hjaelpemidler", "Hjælpemidler", "helbred",
                          "Hjælpemidler barnet bruger, fx rollator, ståstativ eller "
                          "sækkestol, og hvornår."),
    TransitionSectionKind("anbefalinger", "Anbefalinger til børnehaven", "handleplan",
                          "Hvad børnehaven med fordel kan fortsætte med, og hvad der skal "
                          "være på plads ved starten."),
)
CODES: tuple[str, ...] = tuple(s.code for s in SECTIONS)
_BY_CODE = {s.code: s for s in SECTIONS}


def section(code: str) -> TransitionSectionKind:
    return _BY_CODE[code]


def parse_section(value: str) -> TransitionSectionKind:
    """A section by its code or Danish title ("hjælpemidler" and "hjaelpemidler" alike)."""
    wanted = " ".join((value or "").split()).casefold().replace("-", "_")
    folded = wanted.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    for kind in SECTIONS:
        if wanted in (kind.code, kind.title.casefold()) or folded == kind.code:
            return kind
    raise ValidationError(
        "»{value}« er ikke et afsnit i overgangsbeskrivelsen. Vælg et af: {choices}.",
        value=value, choices=", ".join(CODES), log_message="unknown transition section")


def clean_text(text: str) -> str:
    """The section's text as it will be stored; refused when empty or far too long."""
    lines = [line.rstrip() for line in (text or "").replace("\r\n", "\n").split("\n")]
    cleaned = "\n".join(lines).strip()
    if not cleaned:
        raise ValidationError("Skriv afsnittets tekst; et tomt afsnit gemmes ikke.",
                              log_message="empty transition section")
    if len(cleaned) > MAX_SECTION_CHARS:
        raise ValidationError("Afsnittet er for langt ({length} tegn); det må højst være "
                              "{max_section_chars} tegn.",
                              length=len(cleaned), max_section_chars=MAX_SECTION_CHARS,
                              log_message="transition section too long")
    return cleaned
