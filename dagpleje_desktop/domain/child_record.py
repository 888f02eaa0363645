"""Rules for a child's record that people complete and correct.

Health in three states: a field never filled in is *not recorded* (NULL), an explicit
"none" is stored as the empty text, anything else is the list. "Ikke registreret" is
never shown or printed as "Ingen". Also: the age a CPR number or birth date implies,
the fixed relations of a guardian, and the permissions the custody holders give.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .ages import age_in_months
from .cpr import parse_cpr
from .errors import Notice

NOT_RECORDED_TEXT = "Ikke registreret"
# The three health fields, their caption and what an explicit "none" reads as.
HEALTH_FIELDS: dict[str, tuple[str, str]] = {
    "allergies": ("Allergier", "Ingen kendte allergier"),
    "medication": ("Medicin", "Ingen medicin"),
    "diagnoses": ("Diagnoser", "Ingen kendte diagnoser"),
}
# The service takes children from birth until school age.
MAX_AGE_YEARS = 6


class _Labelled(StrEnum):
    """A code with a Danish label (the labels live next to the codes here)."""

    @property
    def label(self) -> str:
        return type(self)._labels().get(self.value, self.value)

    @classmethod
    def _labels(cls) -> dict[str, str]:  # pragma: no cover - overridden
        return {}

    @classmethod
    def parse(cls, value: str):
        wanted = value.strip().casefold()
        for member in cls:
            if wanted in (member.value.casefold(), member.label.casefold()):
                return member
        raise ValueError(value)


class HealthState(_Labelled):
    NOT_RECORDED = "not_recorded"
    NONE = "none"
    LISTED = "listed"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {"not_recorded": "Ikke registreret", "none": "Ingen", "listed": "Registreret"}


class AllergySeverity(_Labelled):
    MILD = "mild"
    SEVERE = "severe"
    ANAPHYLAXIS = "anaphylaxis"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {"mild": "Mild", "severe": "Svær",
                "anaphylaxis": "Livstruende (anafylaksi)"}


class GuardianRelation(_Labelled):
    """Stored as the Danish word: relations recorded before the list existed are words too."""

    MOTHER = "mor"
    FATHER = "far"
    FOSTER_MOTHER = "plejemor"
    FOSTER_FATHER = "plejefar"
    LEGAL_GUARDIAN = "værge"
    OTHER = "andet"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {m.value: m.value.capitalize() for m in cls}


class PermissionKind(_Labelled):
    """What the custody holders allow at the start of the placement."""

    PHOTO = "photo"
    DRIVING = "driving"
    TRIPS = "trips"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {"photo": "Foto", "driving": "Kørsel", "trips": "Ture ud af huset"}

    @property
    def column(self) -> str:
        """The child's column holding the answer (``…_by`` and ``…_on`` beside it)."""
        return f"{self.value}_permission"


def health_state(value: str | None) -> HealthState:
    if value is None:
        return HealthState.NOT_RECORDED
    return HealthState.LISTED if value.strip() else HealthState.NONE


def health_text(field: str, value: str | None) -> str:
    """What to show or print for a health field: never "Ingen" for "not recorded"."""
    state = health_state(value)
    if state is HealthState.NOT_RECORDED:
        return NOT_RECORDED_TEXT
    if state is HealthState.NONE:
        return HEALTH_FIELDS[field][1]
    return value.strip()


def clean_health(value: str | None) -> str | None:
    """None stays "not recorded"; any text (the empty text: "none") is stripped."""
    return None if value is None else value.strip()


def is_serious_allergy(severity: str | None, allergies: str | None) -> bool:
    """Severe or life-threatening, and there is an allergy on record."""
    return (health_state(allergies) is HealthState.LISTED
            and severity in (AllergySeverity.SEVERE.value, AllergySeverity.ANAPHYLAXIS.value))


def allergy_warning(severity: str | None, allergies: str | None) -> str:
    """The boxed warning line on screen and paper ("" when there is none to give)."""
    if not is_serious_allergy(severity, allergies):
        return ""
    if severity == AllergySeverity.ANAPHYLAXIS.value:
        return "LIVSTRUENDE ALLERGI – ANAFYLAKSI"
    return "SVÆR ALLERGI"


@dataclass(frozen=True)
class BirthReading:
    """What a CPR number or birth date says about the child, for showing while typing."""

    birth_date: date
    century: int | None       # from the CPR number's 7th digit; None for a typed date
    age_months: int | None    # None: born after ``today``
    warning: str              # "" when the age fits the service


def age_warning(born: date, today: date) -> str:
    if born > today:
        return Notice("Fødselsdatoen ligger efter i dag. Kontrollér den.")
    years = age_in_months(born, today) // 12
    if years > MAX_AGE_YEARS:
        return Notice("Barnet ville være {years} år. Dagplejen tager børn fra 0 til "
                      "{max_age_years} år – kontrollér CPR-nummeret eller fødselsdatoen.",
                      years=years, max_age_years=MAX_AGE_YEARS)
    return ""


def read_birth(born: date, today: date, century: int | None = None) -> BirthReading:
    age = age_in_months(born, today) if born <= today else None
    return BirthReading(born, century, age, age_warning(born, today))


def read_cpr(text: str, today: date) -> BirthReading:
    """Raises ValidationError (Danish) for a malformed number or impossible date."""
    cpr = parse_cpr(text)
    return read_birth(cpr.birth_date, today, cpr.birth_date.year // 100 * 100)
