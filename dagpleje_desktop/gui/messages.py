"""Texts from the services in the interface language: refusals (a ``DagplejeError``'s
message), and the Danish labels and ages the services hand over as plain text.

The services write Danish; ``dagpleje_desktop.message_catalogue`` holds the English.
Show a refusal with ``error_text(exc)``, never ``exc.message``, or it stays Danish in
the English interface; show a sentence or label a service returns (a warning, a next step,
a ``domain.errors.Notice``) with ``service_text``. gui/translation.py sets the language when it installs the Qt
translators.
"""

from __future__ import annotations

from .. import message_catalogue
from ..domain.ages import age_parts
from ..domain.errors import DagplejeError

DANISH, ENGLISH = message_catalogue.DANISH, message_catalogue.ENGLISH
_language = DANISH


def use_language(language: str) -> None:
    global _language
    _language = language if language in message_catalogue.LANGUAGES \
        else message_catalogue.DANISH


def language() -> str:
    return _language


def error_text(exc: DagplejeError) -> str:
    """What the refusal says, in the interface language."""
    return message_catalogue.error_text(exc, _language)


def service_text(text: str) -> str:
    """A Danish label from the services (a state, a field name, a calendar item) in the
    interface language; a text the catalogue does not know is shown as it is."""
    return message_catalogue.translate(text, _language)


def template_text(template: str, params: dict[str, object]) -> str:
    """A Danish template from the services with its values, in the interface language;
    text values are translated too when the catalogue knows them (a reason, a label)."""
    values = {k: service_text(v) if isinstance(v, str) else v for k, v in params.items()}
    return message_catalogue.translate(template, _language).format(**values)


def course_status(course) -> str:
    """"I gang", "Afsluttet 12-03-2026 (målene er nået)" of a course from the services."""
    return template_text(*course.status_parts())


def age_text(months: int) -> str:
    """"3 år 8 mdr." in Danish, "3 yr 8 mo" in English."""
    return template_text(*age_parts(months))
