"""The interface language: Danish (the source texts) or English (Qt Linguist, .qm files).

The choice is the QSettings key ``ui/language`` ("da", the default, or "en"). It is read
once at start-up, before any window is built, because texts are set when widgets are
made; a new choice therefore applies the next time the program starts. Qt's own texts
(standard buttons such as "Cancel", the file dialog) come from Qt's qtbase translations,
plus resources/translations/qtbase_supplement_<language>.ts for the few that catalogue
lacks (compile it with pyside6-lrelease).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

from .. import APP_SLUG
from ..package_data import resource_path, resources
from . import messages
from .formatting import use_language

log = logging.getLogger(__name__)

SETTINGS_KEY = "ui/language"
DANISH, ENGLISH = "da", "en"
LANGUAGES = (DANISH, ENGLISH)
DEFAULT_LANGUAGE = DANISH
CATALOGUE = "dagpleje"  # resources/translations/dagpleje_<language>.qm
QT_SUPPLEMENT = "qtbase_supplement"  # resources/translations/qtbase_supplement_<language>.qm

# Installed translators must outlive this call: Qt does not keep a Python reference.
_installed: list[QTranslator] = []


def language_settings() -> QSettings:
    return QSettings("Dagpleje", APP_SLUG)


def current_language() -> str:
    value = str(language_settings().value(SETTINGS_KEY, DEFAULT_LANGUAGE) or "")
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language: {language!r}")
    language_settings().setValue(SETTINGS_KEY, language)


def catalogue_path(language: str):
    return resource_path("translations", f"{CATALOGUE}_{language}.qm")


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for ``language`` (default: the stored choice) and return it.

    Replaces translators installed by an earlier call, so calling it again switches."""
    language = language or current_language()
    remove_translators(app)
    use_language(language)  # dates and times on screen follow the interface language
    messages.use_language(language)  # and so do refusals and labels from the services
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        _install(app, qt_own)
    else:
        log.info("no Qt translation for %s in %s", language, qt_dir)
    # Qt's texts its own catalogue lacks (e.g. the file dialog's "&Look in:"); installed
    # later, so searched first.
    supplement = resources().joinpath("translations", f"{QT_SUPPLEMENT}_{language}.qm")
    if supplement.is_file():
        qt_extra = QTranslator(app)
        if qt_extra.load(str(resource_path("translations", supplement.name))):
            _install(app, qt_extra)
    if language != DANISH:  # Danish is the source language: nothing to load
        ours = QTranslator(app)
        if ours.load(str(catalogue_path(language))):
            _install(app, ours)
        else:
            log.warning("translation not found: %s", catalogue_path(language))
    return language


def remove_translators(app: QCoreApplication) -> None:
    """Back to the source language: Qt's texts, messages, dates and alphabetical order."""
    messages.use_language(DANISH)
    use_language(DANISH)
    while _installed:
        app.removeTranslator(_installed.pop())


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)
