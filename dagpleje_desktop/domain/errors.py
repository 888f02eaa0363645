"""Errors that carry a Danish message for people and an English one for logs.

A message is a template with named ``{placeholders}`` (the message id in the
translation catalogue, ``resources/translations/messages_en.po``) and its parameters:

    raise ValidationError("Brugeren »{username}« findes ikke.", username=username,
                          log_message="unknown user")

``str(err)`` and ``err.message`` are the Danish text with the parameters filled in;
``dagpleje_desktop.message_catalogue`` shows the same error in another language.
A parameter that is itself a Danish label (a role, a status) is wrapped in
:class:`Label` so it is translated too.
"""

from __future__ import annotations


class Label(str):
    """A Danish label from a domain enum or table, passed as a message parameter: the
    translation of the message translates it as well."""

    __slots__ = ()


class DagplejeError(Exception):
    """Base error: ``str(err)`` is the Danish user-facing message."""

    def __init__(self, message: str, *, log_message: str | None = None,
                 **params: object) -> None:
        text = message.format(**params) if params else message
        super().__init__(text)
        self.template = message
        self.params = params
        self.message = text
        # The template, not the text: parameters can name a child.
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
