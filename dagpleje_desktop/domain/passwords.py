"""The password rules: long enough, not the user name, not a common one.

Pure Python: the list of common passwords is read from a path the caller passes in
(the services know where ``resources/passwords/common-passwords.txt`` lives), so this
module imports no framework and is the one place the rules are written down. Every
place a password is set (set-up, new user, change, reset) asks ``password_problem``.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

MIN_LENGTH = 12
# A user name shorter than this is only refused as the whole password: "bo" or "al"
# inside a long passphrase gives an attacker nothing.
MIN_NAME_TO_CONTAIN = 3

TOO_SHORT = "Adgangskoden skal være mindst {min} tegn (der mangler {missing})."
IS_USER_NAME = "Adgangskoden må ikke være brugernavnet."
CONTAINS_USER_NAME = "Adgangskoden må ikke indeholde brugernavnet."
TOO_COMMON = ("Adgangskoden er for almindelig: den står på listen over kendte "
              "adgangskoder. Vælg en anden, fx nogle ord, der ikke hører sammen.")


def _fold(text: str) -> str:
    return text.strip().casefold()


def load_common_passwords(path: Path) -> frozenset[str]:
    """The list at ``path``, one password a line, folded for a case-insensitive match."""
    with open(path, encoding="utf-8") as lines:
        return frozenset(f for f in (_fold(line) for line in lines) if f)


def password_problem(password: str, username: str = "",
                     common: Collection[str] = frozenset()) -> str | None:
    """Why ``password`` is refused, in Danish, or None when it may be used.

    ``common`` holds folded passwords (``load_common_passwords``); the checks come in the
    order a person can act on them while typing: length first.
    """
    refusal = password_refusal(password, username, common)
    return None if refusal is None else refusal[0].format(**refusal[1])


def password_refusal(password: str, username: str = "",
                     common: Collection[str] = frozenset()) -> tuple[str, dict] | None:
    """The reason as a message template and its parameters (for a translated error)."""
    password = password or ""
    if len(password) < MIN_LENGTH:
        return TOO_SHORT, {"min": MIN_LENGTH, "missing": MIN_LENGTH - len(password)}
    folded, name = _fold(password), _fold(username or "")
    if name and folded == name:
        return IS_USER_NAME, {}
    if len(name) >= MIN_NAME_TO_CONTAIN and name in folded:
        return CONTAINS_USER_NAME, {}
    if folded in common:
        return TOO_COMMON, {}
    return None
