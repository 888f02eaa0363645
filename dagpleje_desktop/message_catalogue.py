"""Messages from the services, domain, store and sync in the user's language.

The program's texts are written in Danish. A ``DagplejeError`` carries its Danish
template (the message id) and its parameters; the English catalogue,
resources/translations/messages_en.po compiled to messages_en.mo by
tools/update_messages.sh, holds every template and the Danish labels (roles, statuses,
ages) that reach the user from outside the GUI. Danish needs no catalogue.

Used by the GUI (in the language chosen in the settings) and the CLI (in the language of
the environment: ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``).
"""

from __future__ import annotations

import functools
import gettext
import logging
import os
import re
from collections.abc import Mapping

from .domain.danish import Day, Possessive
from .domain.errors import DagplejeError, Label, Notice, NoticeList, Noun
from .package_data import resources

log = logging.getLogger(__name__)

DANISH, ENGLISH = "da", "en"
LANGUAGES = (DANISH, ENGLISH)
CATALOGUE = "messages"  # resources/translations/messages_<language>.mo
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_QUALIFIED = re.compile(r"^(.+) \((.+)\)$")


@functools.cache
def catalogue(language: str) -> gettext.NullTranslations:
    """The compiled catalogue for ``language``; Danish (the source) translates to itself."""
    if language not in LANGUAGES or language == DANISH:
        return gettext.NullTranslations()
    item = resources().joinpath("translations", f"{CATALOGUE}_{language}.mo")
    try:
        with item.open("rb") as stream:
            return gettext.GNUTranslations(stream)
    except OSError:
        log.warning("message catalogue not found: %s", item)
        return gettext.NullTranslations()


def translate(text: str, language: str) -> str:
    """One Danish text or label in ``language``; unknown texts stay as they are.

    Labels often reach a sentence lowercased ("aflyst" from "Aflyst"), as a list
    ("Konsulent, Dagplejekontor") or before a name ("Tilsyn – Solsikken"): those find the
    catalogue's entry too."""
    if language == DANISH or not text:
        return text
    if isinstance(text, Notice):
        return notice_text(text, language)
    if isinstance(text, NoticeList):
        return text.separator.join(translate(part, language) for part in text.parts)
    found = _lookup(text, language)
    if found is not None:
        return found
    if " – " in text:  # "Statusmøde – Åse Ørsted": a label and a name
        return " – ".join(translate(part, language) for part in text.split(" – "))
    if ", " in text:
        return ", ".join(translate(part, language) for part in text.split(", "))
    if " og " in text:  # "hvem og hvor": labels the catalogue knows, joined
        parts = [_lookup(part, language) for part in text.split(" og ")]
        if all(part is not None for part in parts):
            return " and ".join(parts)
    qualified = _QUALIFIED.match(text)  # "Fravær (ferie)"
    if qualified:
        return (f"{translate(qualified.group(1), language)} "
                f"({translate(qualified.group(2), language)})")
    return text


def _lookup(text: str, language: str) -> str | None:
    books = catalogue(language)
    translated = books.gettext(text)
    if translated != text:
        return translated
    first = text[:1]
    other = first.upper() if first.islower() else first.lower()
    if other == first:
        return None
    translated = books.gettext(other + text[1:])
    if translated == other + text[1:]:
        return None
    fixed = translated[:1].lower() if first.islower() else translated[:1].upper()
    return fixed + translated[1:]


def error_text(exc: DagplejeError, language: str) -> str:
    """What ``exc`` says, in ``language``: its template translated and filled in, with
    labels (and errors quoted in it) translated too. Danish when no translation fits."""
    template = getattr(exc, "template", None)
    if language == DANISH or template is None:
        return exc.message
    params: Mapping[str, object] = getattr(exc, "params", {}) or {}
    translated = catalogue(language).gettext(template)
    if not params:
        return translated
    values = {name: _parameter(value, language) for name, value in params.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        log.warning("translation of a message does not fit its parameters: %s",
                    exc.log_message)
        return exc.message


def notice_text(notice: Notice, language: str) -> str:
    """A Notice in ``language``: its template translated and filled in, as an error's."""
    translated = catalogue(language).gettext(notice.template)
    if not notice.params:
        return translated
    values = {name: _parameter(value, language) for name, value in notice.params.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        log.warning("translation of a notice does not fit its parameters: %s", notice.template)
        return str(notice)


def _parameter(value: object, language: str) -> object:
    if isinstance(value, Notice):
        return notice_text(value, language)
    if isinstance(value, Noun) and language == ENGLISH:
        word = translate(value.singular, language)
        return word if value.count == 1 else _english_plural(word)
    if isinstance(value, Day) and language == ENGLISH:
        day = value.day
        return f"{day.day} {_ENGLISH_MONTHS[day.month - 1]} {day.year}" if day else ""
    if isinstance(value, Possessive) and language == ENGLISH:
        return f"{value.name}'" if value.name.endswith("s") else f"{value.name}'s"
    if isinstance(value, Label):
        return translate(value, language)
    if isinstance(value, DagplejeError):
        return error_text(value, language)
    return value


_IRREGULAR_PLURALS = {"child": "children"}
_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December")


def _english_plural(word: str) -> str:
    return _IRREGULAR_PLURALS.get(word, word + "s")


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """English when the environment asks for it (``LANG=en_GB.UTF-8``), Danish otherwise.

    The first variable set decides, in gettext's order; ``LANGUAGE`` may list several."""
    environ = os.environ if environ is None else environ
    for name in _LOCALE_VARIABLES:
        value = (environ.get(name) or "").strip()
        if value:
            first = value.split(":", 1)[0].lower()
            return ENGLISH if first.startswith("en") else DANISH
    return DANISH
