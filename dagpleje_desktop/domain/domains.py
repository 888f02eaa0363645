"""Development domains: the six læreplan themes and the practical domains."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DevelopmentDomain:
    code: str
    label: str
    group: str  # "laereplan" or "practical"


LAEREPLAN_THEMES: tuple[DevelopmentDomain, ...] = (
    DevelopmentDomain("personal", "Alsidig personlig udvikling", "laereplan"),
    DevelopmentDomain("social", "Social udvikling", "laereplan"),
    DevelopmentDomain("communication", "Kommunikation og sprog", "laereplan"),
    DevelopmentDomain("body", "Krop, sanser og bevægelse", "laereplan"),
    DevelopmentDomain("nature", "Natur, udeliv og science", "laereplan"),
    DevelopmentDomain("culture", "Kultur, æstetik og fællesskab", "laereplan"),
)

PRACTICAL_DOMAINS: tuple[DevelopmentDomain, ...] = (
    DevelopmentDomain("gross_motor", "Grovmotorik", "practical"),
    DevelopmentDomain("fine_motor", "Finmotorik", "practical"),
    DevelopmentDomain("language", "Sprog", "practical"),
    DevelopmentDomain("social_contact", "Socialt samspil", "practical"),
    DevelopmentDomain("emotional", "Følelser", "practical"),
    DevelopmentDomain("cognition", "Kognition", "practical"),
    DevelopmentDomain("self_care", "Selvhjulpenhed", "practical"),
    DevelopmentDomain("senses", "Sanser", "practical"),
    DevelopmentDomain("sleep_eating", "Søvn og måltider", "practical"),
)

ALL_DOMAINS: tuple[DevelopmentDomain, ...] = LAEREPLAN_THEMES + PRACTICAL_DOMAINS
_BY_CODE = {d.code: d for d in ALL_DOMAINS}


def domain_by_code(code: str) -> DevelopmentDomain:
    return _BY_CODE[code]


def parse_domain(value: str) -> DevelopmentDomain:
    """Accept a domain code or its Danish label, case-insensitive."""
    wanted = value.strip().casefold()
    for domain in ALL_DOMAINS:
        if wanted in (domain.code.casefold(), domain.label.casefold()):
            return domain
    raise KeyError(value)
