"""Plain data for the documents practice uses every week (filled in by
``services.practice_documents``): status description, TOPI sheet, consent forms,
letters to parents and the supervision papers.

As in ``reports.data``: labels are Danish, dates are ``date`` objects, moments local
``datetime`` objects. An empty text means "not recorded"; the documents print
"Ikke registreret" for it and never invent a value.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .data import (ChildProfile, ConsentData, Contact, GoalRow, ObservationEntry, OrgHeader,
                   Task, WellbeingMark)

NOT_RECORDED = "Ikke registreret"


# --- Statusbeskrivelse ------------------------------------------------------------------

@dataclass(frozen=True)
class DomainSummary:
    """Observations in one development domain since the last status meeting."""
    label: str
    count: int
    latest: date | None = None
    positions: str = ""                          # e.g. "2 grøn, 1 gul"
    quoted: tuple[ObservationEntry, ...] = ()    # the texts that may be shown here


@dataclass(frozen=True)
class StatusDescriptionDocument:
    org: OrgHeader
    child: ChildProfile
    printed_on: date
    author: str = ""
    meeting_at: datetime | None = None       # the status meeting it is written for
    meeting_place: str = ""
    since: date | None = None                # the last held status meeting; None: never
    observation_count: int = 0
    domains: tuple[DomainSummary, ...] = ()
    goals: tuple[GoalRow, ...] = ()
    wellbeing: tuple[WellbeingMark, ...] = ()
    childminder_name: str = ""
    childminder_notes: tuple[ObservationEntry, ...] = ()   # not already quoted above
    childminder_count: int = 0               # her observations in the period
    consultant_name: str = ""
    consultant_notes: str = ""
    # Sent to a partner: the consent it is sent under and what it covers (codes of
    # domain.consent_scope); empty recipient: for the parents and the child's team.
    recipient: str = ""
    consent: ConsentData | None = None
    categories: tuple[str, ...] = ()
    category_labels: tuple[str, ...] = ()
    withheld_quotes: int = 0                 # observations counted but not quoted


# --- TOPI --------------------------------------------------------------------------------

@dataclass(frozen=True)
class TopiRound:
    """The assessments of one day: individual first, then the joint one."""
    on: date
    individual: tuple[WellbeingMark, ...] = ()
    joint: WellbeingMark | None = None


@dataclass(frozen=True)
class TopiDocument:
    org: OrgHeader
    child: ChildProfile
    printed_on: date
    author: str = ""
    rounds: tuple[TopiRound, ...] = ()       # newest first
    observation_positions: str = ""          # e.g. "3 grøn, 1 gul" since the last joint
    actions: tuple[tuple[str, str, str], ...] = ()   # (code, label, what it calls for)


# --- Consent form and withdrawal -------------------------------------------------------

@dataclass(frozen=True)
class CategoryLine:
    label: str
    description: str
    covered: bool


@dataclass(frozen=True)
class ConsentFormDocument:
    org: OrgHeader
    child: ChildProfile
    consent: ConsentData
    printed_on: date
    author: str = ""
    withdrawal: bool = False
    categories: tuple[CategoryLine, ...] = ()
    recipients: tuple[str, ...] = ()
    custody_holders: tuple[str, ...] = ()
    sender: Contact | None = None


# --- Letters to parents ------------------------------------------------------------------

@dataclass(frozen=True)
class LetterDocument:
    org: OrgHeader
    title: str                               # e.g. "Invitation til statusmøde"
    child_name: str
    printed_on: date
    author: str = ""
    to: tuple[str, ...] = ()                 # custody holders by name
    address: str = ""                        # their address, when recorded (and shared)
    salutation: str = ""                     # "Kære Agnieszka"
    opening: str = ""
    facts: tuple[tuple[str, str], ...] = ()  # where, when, who ...
    body: str = ""
    list_title: str = ""                     # e.g. "Dagsorden"
    items: tuple[str, ...] = ()
    closing: str = ""
    sender: Contact | None = None
    copy_to: tuple[str, ...] = ()
    subject_kind: str = ""                   # "invitation", "guest_care", "decision"


# --- Supervision ----------------------------------------------------------------------

@dataclass(frozen=True)
class ChecklistSection:
    title: str
    points: tuple[str, ...]


@dataclass(frozen=True)
class SupervisionChecklistDocument:
    org: OrgHeader
    visited_at: datetime
    printed_on: date
    planned: bool                            # not yet held: a plan, not a report
    author: str = ""
    home_name: str = ""
    home_address: str = ""
    childminder_name: str = ""
    consultant_name: str = ""
    children: tuple[str, ...] = ()
    previous_visit: date | None = None
    sections: tuple[ChecklistSection, ...] = ()
    notes: str = ""
    follow_ups: tuple[Task, ...] = ()


@dataclass(frozen=True)
class MonthVisit:
    visited_at: datetime
    kind: str
    consultant: str = ""
    planned: bool = False
    notes_written: bool = False


@dataclass(frozen=True)
class HomeMonth:
    home_name: str
    childminder_name: str = ""
    children: tuple[str, ...] = ()
    visits: tuple[MonthVisit, ...] = ()


@dataclass(frozen=True)
class SupervisionMonthDocument:
    org: OrgHeader
    year: int
    month: int
    printed_on: date
    author: str = ""
    homes: tuple[HomeMonth, ...] = ()
