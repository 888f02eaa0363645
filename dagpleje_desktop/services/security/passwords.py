"""The password rules of domain/passwords.py with the list of common passwords the app ships.

The list (resources/passwords/common-passwords.txt, about 46,000 lines) is read once,
the first time a password is checked. Without it the other rules still apply and the
problem is logged: a broken build must not stop anyone from setting a password.
"""

from __future__ import annotations

import functools
import logging

from ...domain.errors import Notice, ValidationError
from ...domain.passwords import load_common_passwords, password_refusal
from ...package_data import resource_path

log = logging.getLogger(__name__)

COMMON_PASSWORDS_PATH = resource_path("passwords", "common-passwords.txt")  # package data


@functools.cache
def common_passwords() -> frozenset[str]:
    try:
        return load_common_passwords(COMMON_PASSWORDS_PATH)
    except OSError as exc:
        log.error("list of common passwords unreadable (%s): only length and user name "
                  "are checked", exc)
        return frozenset()


def problem(password: str, username: str = "") -> str | None:
    """The Danish reason ``password`` may not be used by ``username``, or None; a Notice,
    so the GUI can show it in English as it is typed."""
    refusal = password_refusal(password, username, common_passwords())
    if refusal is None:
        return None
    template, params = refusal
    return Notice(template, **params)


def check_password_strength(password: str, username: str = "") -> None:
    """Raise ValidationError with the reason when the password breaks a rule."""
    refusal = password_refusal(password, username, common_passwords())
    if refusal is not None:
        template, params = refusal
        raise ValidationError(template, log_message="password refused by the password rules",
                              **params)
