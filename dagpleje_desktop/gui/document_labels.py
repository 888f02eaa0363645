"""Consent categories, transition sections and default agendas in the interface language.

``domain/consent_scope.py``, ``domain/transition.py`` and ``domain/agendas.py`` hold
their Danish names (the
printed documents for Danish readers keep them); the screen shows them through here, under
the translation context "DocumentLabels". lupdate only reads literals, so each Danish text
is repeated below; tests/gui/test_english_walk.py fails when one is missing.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain import agendas, consent_scope, transition
from ..domain.enums import MeetingKind

CONTEXT = "DocumentLabels"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentLabels", text)


def category_label(code: str) -> str:
    """"Mål og handleplan" / "Goals and action plan"."""
    return _tr(consent_scope.label(code))


def category_description(code: str) -> str:
    return _tr(consent_scope.category(code).description)


def categories_text(codes: Iterable[str]) -> str:
    """What a consent covers, in the list's order: "Observationer, Mål og handleplan"."""
    return ", ".join(category_label(code) for code in consent_scope.stored(",".join(codes)))


def section_title(code: str) -> str:
    return _tr(transition.section(code).title)


def section_hint(code: str) -> str:
    return _tr(transition.section(code).hint)


def section_category(code: str) -> str:
    return category_label(transition.section(code).category)


def default_agenda(kind: MeetingKind) -> tuple[str, ...]:
    """The agenda a new meeting of ``kind`` starts with, in the interface language (it is
    saved as shown: the person writes the rest of the meeting in that language too)."""
    return tuple(_tr(title) for title in agendas.default_agenda(kind))


CATALOGUE_LITERALS: tuple[str, ...] = (
    # consent_scope.CATEGORIES: label, description
    QT_TRANSLATE_NOOP("DocumentLabels", "Stamdata"),
    QT_TRANSLATE_NOOP("DocumentLabels",
                      "Navn, fødselsdato, sprog, rutiner og »Det virker for mig«"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Helbred (diagnoser, allergier, medicin)"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Særlige behov, diagnoser, allergier og medicin"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Familie og sociale forhold"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Forældre, anbringelse, samvær og sagsbehandler"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Observationer"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Observationer, der må deles, eller som er valgt"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Udviklingsvurderinger"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Udviklingsalder inden for områderne"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Mål og handleplan"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Aktuelle mål og den seneste godkendte handleplan"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Statusbeskrivelse"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Statusbeskrivelse til statusmøder"),
    QT_TRANSLATE_NOOP("DocumentLabels", "TOPI/trivsel"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Trivselsvurderinger (TOPI-positioner)"),
    # transition.SECTIONS: title, hint
    QT_TRANSLATE_NOOP("DocumentLabels", "Barnets styrker"),
    QT_TRANSLATE_NOOP("DocumentLabels",
                      "Hvad barnet er godt til, og hvad det har lært i Mini-dagplejen."),
    QT_TRANSLATE_NOOP("DocumentLabels", "Leg"),
    QT_TRANSLATE_NOOP("DocumentLabels",
                      "Hvad og hvordan barnet leger, alene og sammen med andre."),
    QT_TRANSLATE_NOOP("DocumentLabels", "Relationer og trivsel"),
    QT_TRANSLATE_NOOP("DocumentLabels",
                      "Barnets relationer til voksne og børn, og hvordan barnet trives."),
    QT_TRANSLATE_NOOP("DocumentLabels", "Det virker for mig"),
    QT_TRANSLATE_NOOP("DocumentLabels",
                      "Hvad der hjælper barnet i hverdagen: rutiner, overgange, sprog."),
    QT_TRANSLATE_NOOP("DocumentLabels", "Hjælpemidler"),
    QT_TRANSLATE_NOOP("DocumentLabels",
                      "Hjælpemidler barnet bruger, fx rollator, ståstativ eller sækkestol, "
                      "og hvornår."),
    QT_TRANSLATE_NOOP("DocumentLabels", "Anbefalinger til børnehaven"),
    QT_TRANSLATE_NOOP("DocumentLabels",
                      "Hvad børnehaven med fordel kan fortsætte med, og hvad der skal være "
                      "på plads ved starten."),
    # agendas.DEFAULT_AGENDAS and GENERIC_AGENDA ("Status" reads the same)
    QT_TRANSLATE_NOOP("DocumentLabels", "Opfølgning på sidste aftaler"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Status fra forældre"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Status fra mini-dagplejer"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Status fra konsulent og samarbejdsparter"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Evaluering af mål"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Reviderede mål"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Bevilling, revisitation eller overgang"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Aftaler (hvem, hvad, hvornår)"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Næste møde"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Velkommen og præsentation"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Forældrenes fortælling om barnet"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Barnets behov og hvad der virker"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Hverdagen i mini-dagplejen"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Mål for den første periode"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Samarbejde og kontakt"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Barnets trivsel og udvikling"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Det der virker for barnet"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Overgangen: aftaler med den nye institution"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Samtykke til overlevering"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Status fra deltagerne"),
    QT_TRANSLATE_NOOP("DocumentLabels", "Drøftelse"),
)
