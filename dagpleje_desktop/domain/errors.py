"""Errors that carry a Danish message for people and an English one for logs."""

from __future__ import annotations


class DagplejeError(Exception):
    """Base error: ``str(err)`` is the Danish user-facing message."""

    def __init__(self, message: str, *, log_message: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.log_message = log_message or message


class ValidationError(DagplejeError):
    """Input that breaks a domain rule; nothing was changed."""


class NotFoundError(DagplejeError):
    """The requested record does not exist (or is not visible to this user)."""


class CapacityError(ValidationError):
    """A placement would overbook a childminder home."""


class AuthenticationError(DagplejeError):
    """Wrong user name or password, or the account is locked."""


class PermissionDeniedError(DagplejeError):
    """The logged-in user's role does not allow this action."""


class StoreError(DagplejeError):
    """The database could not be opened or is damaged."""
