"""Plain data for the documents practice uses every week (filled in by
``services.practice_documents``): status description, TOPI sheet, consent forms,
letters to parents, the supervision papers, the transition description and the course
papers.

As in ``reports.data``: labels are Danish, dates are ``date`` objects, moments local
``datetime`` objects. An empty text means "not recorded"; the documents print
"Ikke registreret" for it and never invent a value.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .data import (ChildProfile, ConsentData, Contact, DevelopmentMark, GoalRow, MeetingData,
                   ObservationEntry, OrgHeader, Task, WellbeingMark)

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


# --- Overgangsbeskrivelse ----------------------------------------------------------------

@dataclass(frozen=True)
class TransitionSection:
    """One narrative section: what a person wrote (``version`` set), a suggestion from the
    record not yet edited (``version`` None, only in the team's copy), or nothing ("")."""
    title: str
    text: str = ""
    version: int | None = None
    written_by: str = ""
    written_on: date | None = None
    earlier_versions: int = 0


@dataclass(frozen=True)
class TransitionDocument:
    org: OrgHeader
    child: ChildProfile
    printed_on: date
    author: str = ""
    planned_start: date | None = None
    kindergarten: str = ""
    sections: tuple[TransitionSection, ...] = ()
    # The record the sections rest on, each only when the consent covers it.
    development: tuple[DevelopmentMark, ...] = ()
    wellbeing: tuple[WellbeingMark, ...] = ()
    goals: tuple[GoalRow, ...] = ()
    domains: tuple[DomainSummary, ...] = ()
    observation_count: int = 0
    # Sent to the kindergarten: the consent and what it covers (domain.consent_scope codes);
    # empty recipient: the copy for the parents and the child's team.
    recipient: str = ""
    consent: ConsentData | None = None
    categories: tuple[str, ...] = ()
    category_labels: tuple[str, ...] = ()
    sender: Contact | None = None


# --- Course papers -----------------------------------------------------------------------

@dataclass(frozen=True)
class CourseSessionRow:
    number: int
    held_at: datetime
    mode: str                                # Danish: "Video", "Telefon", "Fysisk møde"
    hours: str                               # Danish number, e.g. "1,5"
    notes: str = ""


@dataclass(frozen=True)
class CoursePaperDocument:
    """Home-pedagogue course (start agreement, goals, closing), guidance course
    (agreement, hours log) or café visit (the meeting, its notes only under consent)."""
    org: OrgHeader
    kind: str                                # CourseKind code
    title: str                               # e.g. "Hjemmepædagogisk forløb"
    subject: str                             # the family, the unit or the child
    printed_on: date
    author: str = ""
    facts: tuple[tuple[str, str], ...] = ()
    goals: str = ""                          # agreed goals, or the guidance's challenge
    meeting: MeetingData | None = None       # start meeting or café visit
    closing: tuple[tuple[str, str], ...] = ()   # how and when it ended; empty: running
    running_note: str = ""                   # what ends a running course, and by when
    sessions: tuple[CourseSessionRow, ...] = ()
    hours_summary: str = ""                  # "3,5 af 10 timer brugt, 6,5 tilbage"
    notes: str = ""                          # the café's shared notes (under consent)
    notes_note: str = ""                     # under which consent, or why not printed
    signers: tuple[tuple[str, str], ...] = ()   # (name, role) for a signature line each
