"""Growing delay after failed logins (speed bump against guessing)."""

from __future__ import annotations

FREE_ATTEMPTS = 3
BASE_DELAY_SECONDS = 30
MAX_DELAY_SECONDS = 60 * 60


def lockout_seconds(failed_attempts: int) -> int:
    """Seconds the account stays locked after this many consecutive failures."""
    if failed_attempts < FREE_ATTEMPTS:
        return 0
    doublings = failed_attempts - FREE_ATTEMPTS
    return min(BASE_DELAY_SECONDS * (2 ** doublings), MAX_DELAY_SECONDS)
