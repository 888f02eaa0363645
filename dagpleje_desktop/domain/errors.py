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


class Notice(str):
    """A Danish sentence for people that is no refusal (a warning the services return, a
    step, a budget), built from a template like an error's. It is the Danish text, so code
    and prints use it as any str; ``template`` and ``params`` let the GUI show it in
    another language (``message_catalogue.translate``)."""

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, **params: object) -> Notice:
        notice = super().__new__(cls, template.format(**params) if params else template)
        notice.template, notice.params = template, params
        return notice

    def __reduce__(self):  # copies and pickles keep the template
        return _notice, (type(self), self.template, self.params)


class NoticeList(str):
    """Notices joined with ", " ("2 børn, 1 ny observation") or another separator (the
    lines of a suggested text); each part translates, a plain part stays as it is."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, parts, separator: str = ", ") -> NoticeList:
        parts = tuple(parts)
        made = super().__new__(cls, separator.join(parts))
        made.parts, made.separator = parts, separator
        return made

    def __reduce__(self):
        return type(self), (self.parts, self.separator)


class Noun(str):
    """A counted Danish noun as a message parameter ("observationer" of 3): another
    language takes the singular's translation and makes its own plural."""

    singular: str
    plural: str
    count: int

    def __new__(cls, singular: str, plural: str, count: int) -> Noun:
        made = super().__new__(cls, singular if count == 1 else plural)
        made.singular, made.plural, made.count = singular, plural, count
        return made

    def __reduce__(self):
        return type(self), (self.singular, self.plural, self.count)


def _notice(cls, template: str, params: dict) -> Notice:
    return cls(template, **params)


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
