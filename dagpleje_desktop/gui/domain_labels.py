"""Domain labels (roles, statuses, kinds, development domains) in the interface language.

``domain/`` holds the Danish labels and must not import Qt, so the GUI translates them
here, all under the translation context "DomainLabels". Show a domain value with
``label(member)``, never with ``member.label``, or it stays Danish in the English interface.

lupdate only reads literals, and the labels live in ``domain/``, so each one is repeated
below as a QT_TRANSLATE_NOOP literal for the catalogue. tests/gui/test_domain_labels.py
fails when a label is missing here; it prints the lines to add.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain import danish
from . import messages

CONTEXT = "DomainLabels"


class Labelled(Protocol):
    """An enum member or value type of ``domain/`` with a Danish ``label``."""

    @property
    def label(self) -> str: ...


def label(member: Labelled) -> str:
    """The member's label in the interface language (Danish when nothing is installed)."""
    return QCoreApplication.translate("DomainLabels", member.label)


def label_text(text: str) -> str:
    """A Danish label stored as text (a guardian's relation "Mor", a person's role
    "mini-dagplejer", "mor, forældremyndighed") in the interface language; a text that is
    no label (typed before the fixed lists existed) stays as it is."""
    if ", " in text:
        return ", ".join(label_text(part) for part in text.split(", "))
    for form in (text, text[:1].upper() + text[1:]):
        translated = QCoreApplication.translate("DomainLabels", form)
        if translated != form:
            return translated if form == text else translated[:1].lower() + translated[1:]
    return messages.service_text(text)


def named_with_role(name: str, role: str) -> str:
    """"Sara Nielsen (mor)" / "Sara Nielsen (mother)"; just the name without a role."""
    return danish.named_with_role(name, label_text(role or ""))


# Generated from domain/enums.py, domain/courses.py, domain/child_record.py and
# domain/domains.py; each Danish label once, in the order it first appears there.
CATALOGUE_LITERALS: tuple[str, ...] = (
    # enums.UserRole
    QT_TRANSLATE_NOOP("DomainLabels", "Mini-dagplejer"),
    QT_TRANSLATE_NOOP("DomainLabels", "Mini-dagplejekonsulent"),
    QT_TRANSLATE_NOOP("DomainLabels", "Dagplejekontor"),
    # enums.ProfessionalRole
    QT_TRANSLATE_NOOP("DomainLabels", "Dagplejer"),
    QT_TRANSLATE_NOOP("DomainLabels", "Dagplejekonsulent"),
    QT_TRANSLATE_NOOP("DomainLabels", "Sundhedsplejerske"),
    QT_TRANSLATE_NOOP("DomainLabels", "Småbørnskonsulent"),
    QT_TRANSLATE_NOOP("DomainLabels", "Socialrådgiver"),
    QT_TRANSLATE_NOOP("DomainLabels", "PPR-psykolog"),
    QT_TRANSLATE_NOOP("DomainLabels", "Fysioterapeut"),
    QT_TRANSLATE_NOOP("DomainLabels", "Talehørekonsulent"),
    QT_TRANSLATE_NOOP("DomainLabels", "Hjemmepædagog"),
    QT_TRANSLATE_NOOP("DomainLabels", "Pædagog"),
    QT_TRANSLATE_NOOP("DomainLabels", "Leder"),
    QT_TRANSLATE_NOOP("DomainLabels", "Administrativ medarbejder"),
    # enums.HomeKind
    QT_TRANSLATE_NOOP("DomainLabels", "Mini-dagplejehjem"),
    QT_TRANSLATE_NOOP("DomainLabels", "Almindeligt dagplejehjem"),
    # enums.ChildStatus
    QT_TRANSLATE_NOOP("DomainLabels", "Indstillet"),
    QT_TRANSLATE_NOOP("DomainLabels", "Indskrevet"),
    QT_TRANSLATE_NOOP("DomainLabels", "Overleveret"),
    QT_TRANSLATE_NOOP("DomainLabels", "Arkiveret"),
    # enums.WellbeingPosition
    QT_TRANSLATE_NOOP("DomainLabels", "Grøn"),
    QT_TRANSLATE_NOOP("DomainLabels", "Gul"),
    QT_TRANSLATE_NOOP("DomainLabels", "Rød"),
    QT_TRANSLATE_NOOP("DomainLabels", "Ingen"),
    # enums.AssessmentKind
    QT_TRANSLATE_NOOP("DomainLabels", "Individuel vurdering"),
    QT_TRANSLATE_NOOP("DomainLabels", "Fælles vurdering"),
    # enums.SharingLevel
    QT_TRANSLATE_NOOP("DomainLabels", "Kun internt"),
    QT_TRANSLATE_NOOP("DomainLabels", "Forældre"),
    QT_TRANSLATE_NOOP("DomainLabels", "Samarbejdsparter (med samtykke)"),
    # enums.ReferrerType
    QT_TRANSLATE_NOOP("DomainLabels", "Sundhedsplejen"),
    QT_TRANSLATE_NOOP("DomainLabels", "Socialrådgiver/sagsbehandler"),
    QT_TRANSLATE_NOOP("DomainLabels", "Visitationsudvalget"),
    # enums.ReferralStatus
    QT_TRANSLATE_NOOP("DomainLabels", "Modtaget"),
    QT_TRANSLATE_NOOP("DomainLabels", "Til visitation"),
    QT_TRANSLATE_NOOP("DomainLabels", "Bevilget"),
    QT_TRANSLATE_NOOP("DomainLabels", "Afslået"),
    QT_TRANSLATE_NOOP("DomainLabels", "Trukket tilbage"),
    # enums.GoalStatus
    QT_TRANSLATE_NOOP("DomainLabels", "Aktivt"),
    QT_TRANSLATE_NOOP("DomainLabels", "Opnået"),
    QT_TRANSLATE_NOOP("DomainLabels", "Delvist opnået"),
    QT_TRANSLATE_NOOP("DomainLabels", "Justeret"),
    QT_TRANSLATE_NOOP("DomainLabels", "Opgivet"),
    # enums.SignatureMethod
    QT_TRANSLATE_NOOP("DomainLabels", "Underskrevet på papir"),
    QT_TRANSLATE_NOOP("DomainLabels", "Godkendt i programmet"),
    # enums.PlanStatus
    QT_TRANSLATE_NOOP("DomainLabels", "Kladde"),
    QT_TRANSLATE_NOOP("DomainLabels", "Godkendt"),
    QT_TRANSLATE_NOOP("DomainLabels", "Erstattet"),
    # enums.MeetingKind
    QT_TRANSLATE_NOOP("DomainLabels", "Statusmøde"),
    QT_TRANSLATE_NOOP("DomainLabels", "Opstartsmøde"),
    QT_TRANSLATE_NOOP("DomainLabels", "Overleveringsmøde"),
    QT_TRANSLATE_NOOP("DomainLabels", "Netværksmøde"),
    QT_TRANSLATE_NOOP("DomainLabels", "Småbørnscafé"),
    QT_TRANSLATE_NOOP("DomainLabels", "Vejledningssession"),
    # enums.MeetingStatus
    QT_TRANSLATE_NOOP("DomainLabels", "Planlagt"),
    QT_TRANSLATE_NOOP("DomainLabels", "Afholdt"),
    QT_TRANSLATE_NOOP("DomainLabels", "Aflyst"),
    # enums.Attendance
    QT_TRANSLATE_NOOP("DomainLabels", "Inviteret"),
    QT_TRANSLATE_NOOP("DomainLabels", "Til stede"),
    QT_TRANSLATE_NOOP("DomainLabels", "Afbud"),
    QT_TRANSLATE_NOOP("DomainLabels", "Udeblevet"),
    # enums.VisitKind
    QT_TRANSLATE_NOOP("DomainLabels", "Tilsyn"),
    QT_TRANSLATE_NOOP("DomainLabels", "Hjemmebesøg"),
    # enums.AbsenceReason
    QT_TRANSLATE_NOOP("DomainLabels", "Sygdom"),
    QT_TRANSLATE_NOOP("DomainLabels", "Ferie"),
    QT_TRANSLATE_NOOP("DomainLabels", "Kursus"),
    QT_TRANSLATE_NOOP("DomainLabels", "Afspadsering/fri"),
    # enums.CourseKind
    QT_TRANSLATE_NOOP("DomainLabels", "Hjemmepædagogisk forløb"),
    QT_TRANSLATE_NOOP("DomainLabels", "Minivejledningsforløb"),
    # enums.SessionMode
    QT_TRANSLATE_NOOP("DomainLabels", "Video"),
    QT_TRANSLATE_NOOP("DomainLabels", "Telefon"),
    QT_TRANSLATE_NOOP("DomainLabels", "Fysisk møde"),
    # enums.ConsentPurpose
    QT_TRANSLATE_NOOP("DomainLabels", "Overlevering"),
    QT_TRANSLATE_NOOP("DomainLabels", "Deling med samarbejdsparter"),
    QT_TRANSLATE_NOOP("DomainLabels", "Billeder"),
    # enums.ConsentForm
    QT_TRANSLATE_NOOP("DomainLabels", "Skriftligt"),
    QT_TRANSLATE_NOOP("DomainLabels", "Mundtligt"),
    # enums.AuditAction
    QT_TRANSLATE_NOOP("DomainLabels", "Visning"),
    QT_TRANSLATE_NOOP("DomainLabels", "Søgning"),
    QT_TRANSLATE_NOOP("DomainLabels", "Oprettelse"),
    QT_TRANSLATE_NOOP("DomainLabels", "Ændring"),
    QT_TRANSLATE_NOOP("DomainLabels", "Sletning"),
    QT_TRANSLATE_NOOP("DomainLabels", "Udskrift"),
    QT_TRANSLATE_NOOP("DomainLabels", "Eksport"),
    QT_TRANSLATE_NOOP("DomainLabels", "Import"),
    QT_TRANSLATE_NOOP("DomainLabels", "Login"),
    QT_TRANSLATE_NOOP("DomainLabels", "Mislykket login"),
    QT_TRANSLATE_NOOP("DomainLabels", "Log ud"),
    QT_TRANSLATE_NOOP("DomainLabels", "Sikkerhedskopi"),
    QT_TRANSLATE_NOOP("DomainLabels", "Gendannelse"),
    # courses.CourseEndReason
    QT_TRANSLATE_NOOP("DomainLabels", "Målene er nået"),
    QT_TRANSLATE_NOOP("DomainLabels", "Henvist til anden indsats"),
    QT_TRANSLATE_NOOP("DomainLabels", "Forløbet er gennemført"),
    # child_record.HealthState ("Ingen" is listed under enums.WellbeingPosition)
    QT_TRANSLATE_NOOP("DomainLabels", "Ikke registreret"),
    QT_TRANSLATE_NOOP("DomainLabels", "Registreret"),
    # child_record.AllergySeverity
    QT_TRANSLATE_NOOP("DomainLabels", "Mild"),
    QT_TRANSLATE_NOOP("DomainLabels", "Svær"),
    QT_TRANSLATE_NOOP("DomainLabels", "Livstruende (anafylaksi)"),
    # child_record.GuardianRelation
    QT_TRANSLATE_NOOP("DomainLabels", "Mor"),
    QT_TRANSLATE_NOOP("DomainLabels", "Far"),
    QT_TRANSLATE_NOOP("DomainLabels", "Plejemor"),
    QT_TRANSLATE_NOOP("DomainLabels", "Plejefar"),
    QT_TRANSLATE_NOOP("DomainLabels", "Værge"),
    QT_TRANSLATE_NOOP("DomainLabels", "Andet"),
    # child_record.PermissionKind
    QT_TRANSLATE_NOOP("DomainLabels", "Foto"),
    QT_TRANSLATE_NOOP("DomainLabels", "Kørsel"),
    QT_TRANSLATE_NOOP("DomainLabels", "Ture ud af huset"),
    # domains.LAEREPLAN_THEMES and domains.PRACTICAL_DOMAINS
    QT_TRANSLATE_NOOP("DomainLabels", "Alsidig personlig udvikling"),
    QT_TRANSLATE_NOOP("DomainLabels", "Social udvikling"),
    QT_TRANSLATE_NOOP("DomainLabels", "Kommunikation og sprog"),
    QT_TRANSLATE_NOOP("DomainLabels", "Krop, sanser og bevægelse"),
    QT_TRANSLATE_NOOP("DomainLabels", "Natur, udeliv og science"),
    QT_TRANSLATE_NOOP("DomainLabels", "Kultur, æstetik og fællesskab"),
    QT_TRANSLATE_NOOP("DomainLabels", "Grovmotorik"),
    QT_TRANSLATE_NOOP("DomainLabels", "Finmotorik"),
    QT_TRANSLATE_NOOP("DomainLabels", "Sprog"),
    QT_TRANSLATE_NOOP("DomainLabels", "Socialt samspil"),
    QT_TRANSLATE_NOOP("DomainLabels", "Følelser"),
    QT_TRANSLATE_NOOP("DomainLabels", "Kognition"),
    QT_TRANSLATE_NOOP("DomainLabels", "Selvhjulpenhed"),
    QT_TRANSLATE_NOOP("DomainLabels", "Sanser"),
    QT_TRANSLATE_NOOP("DomainLabels", "Søvn og måltider"),
)
