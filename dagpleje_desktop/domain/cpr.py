"""Danish CPR numbers: DDMMYY-SSSS, century from the 7th digit; no modulus 11 check.

Since 2007 valid CPR numbers may fail the modulus 11 test, so it is not enforced. Numbers are always shown masked.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from .errors import ValidationError

_CPR_RE = re.compile(r"^([0-9]{2})([0-9]{2})([0-9]{2})-?([0-9]{4})$")


@dataclass(frozen=True)
class Cpr:
    """A validated CPR number in canonical form ``DDMMYY-SSSS``."""

    value: str
    birth_date: date

    @property
    def masked(self) -> str:
        return mask_cpr(self.value)


def century_for(year2: int, seventh_digit: int) -> int:
    """Century rule of the CPR office (the 7th digit and the two-digit year)."""
    if seventh_digit in (0, 1, 2, 3):
        return 1900
    if seventh_digit in (4, 9):
        return 2000 if year2 <= 36 else 1900
    # 5, 6, 7, 8
    return 2000 if year2 <= 57 else 1800


def parse_cpr(text: str) -> Cpr:
    """Validate and normalise; raise ValidationError with a Danish message."""
    raw = (text or "").strip().replace(" ", "")
    # Full-width, Arabic-Indic … digits become 0-9, so one number has one spelling and
    # cannot dodge the duplicate check.
    raw = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in raw)
    raw = raw.replace("\uff0d", "-").replace("\u2011", "-").replace("\u2010", "-")
    match = _CPR_RE.match(raw)
    if not match:
        raise ValidationError(
            "CPR-nummeret skal skrives som DDMMÅÅ-XXXX (10 cifre).",
            log_message=f"CPR number has the wrong format: {len(raw)} characters",
        )
    dd, mm, yy, serial = (int(match.group(1)), int(match.group(2)),
                          int(match.group(3)), match.group(4))
    year = century_for(yy, int(serial[0])) + yy
    try:
        born = date(year, mm, dd)
    except ValueError:
        raise ValidationError(
            "CPR-nummeret »{cpr}« har en dato, der ikke findes ({dd:02d}.{mm:02d}.{year}).",
            cpr=mask_cpr(raw), dd=dd, mm=mm, year=year,
            log_message="CPR number has a non-existent date",
        ) from None
    canonical = f"{match.group(1)}{match.group(2)}{match.group(3)}-{serial}"
    return Cpr(canonical, born)


def mask_cpr(value: str | None) -> str:
    """``DDMMYY-XXXX``; empty string for no CPR."""
    if not value:
        return ""
    digits = value.replace("-", "")
    return f"{digits[:6]}-XXXX"
