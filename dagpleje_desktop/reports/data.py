"""Plain data the documents are built from (filled in by ``services.documents.printing``).

Labels are already Danish (the services translate enums); dates are ``date`` objects
and moments are local ``datetime`` objects, formatted by the documents themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class OrgHeader:
    """The organisation block at the top of every document."""
    name: str
    unit: str = ""
    contact_lines: tuple[str, ...] = ()
    logo_png: bytes | None = None


@dataclass(frozen=True)
class ChildProfile:
    name: str
    birth_date: date | None = None
    cpr_masked: str = ""
    age: str = ""            # on the day of printing, e.g. "2 år og 3 mdr."
    status: str = ""
    home_name: str = ""
    childminder_name: str = ""
    special_needs: str = ""
    # Health: None "not recorded", "" an explicit "none", else the list.
    diagnoses: str | None = None
    allergies: str | None = None
    medication: str | None = None
    routines: str = ""
    what_works: str = ""
    languages: str = ""
    allergy_severity: str | None = None   # AllergySeverity code


@dataclass(frozen=True)
class Contact:
    name: str
    role: str = ""        # profession, or the relation to the child for a guardian
    phone: str = ""
    email: str = ""
    workplace: str = ""   # or an address
    note: str = ""        # e.g. "forældremyndighed"


@dataclass(frozen=True)
class GoalRow:
    domain: str           # Danish label of the development domain
    title: str
    signs_of_progress: str = ""
    measures: str = ""
    measure_who: str = ""
    measure_how_often: str = ""
    responsible: str = ""
    start_date: date | None = None
    evaluation_date: date | None = None
    status: str = ""
    evaluation: str = ""
    measure_where: str = ""
    status_code: str = ""             # GoalStatus code
    evidence_count: int | None = None  # observations linked to the goal in the period


@dataclass(frozen=True)
class SignatureRow:
    """A signature line: signed (day and how) or still to be signed (``signed_on`` None)."""
    name: str
    role: str = ""
    signed_on: date | None = None
    method: str = ""          # Danish: "underskrevet på papir", "godkendt i programmet"


@dataclass(frozen=True)
class PlanData:
    version: int
    status: str
    period_start: date | None = None
    period_end: date | None = None
    approved_on: date | None = None
    next_evaluation: date | None = None
    participants: tuple[Contact, ...] = ()
    background: str = ""
    resources: str = ""
    challenges: str = ""
    parent_agreements: str = ""
    goals: tuple[GoalRow, ...] = ()
    signatories: tuple[str, ...] = ()          # names of those who signed
    guardian_signers: tuple[str, ...] = ()    # a signature line each
    consultant_signers: tuple[str, ...] = ()
    status_code: str = ""                     # PlanStatus code
    signatures: tuple[SignatureRow, ...] = ()  # signed and still-to-sign lines
    superseded_by: int | None = None           # the version that replaced this one
    previous_version: int | None = None        # its goals are evaluated in this one
    previous_goals: tuple[GoalRow, ...] = ()


@dataclass(frozen=True)
class ActionPlanDocument:
    org: OrgHeader
    child: ChildProfile
    plan: PlanData
    printed_on: date
    author: str = ""


@dataclass(frozen=True)
class Participant:
    name: str
    role: str = ""
    attendance: str = ""       # Danish label
    attendance_code: str = ""  # invited, present, apologies, absent


@dataclass(frozen=True)
class AgendaPoint:
    title: str
    minutes: str = ""


@dataclass(frozen=True)
class Task:
    description: str
    owner: str = ""
    due_on: date | None = None
    done_on: date | None = None


@dataclass(frozen=True)
class MeetingData:
    kind: str
    status: str
    starts_at: datetime
    ends_at: datetime | None = None
    place: str = ""
    participants: tuple[Participant, ...] = ()
    agenda: tuple[AgendaPoint, ...] = ()
    preparation_notes: str = ""
    minutes: str = ""
    decisions: str = ""
    follow_ups: tuple[Task, ...] = ()
    status_code: str = ""     # planned, held, cancelled


@dataclass(frozen=True)
class AgendaDocument:
    org: OrgHeader
    meeting: MeetingData
    printed_on: date
    author: str = ""
    child: ChildProfile | None = None
    since: date | None = None               # period the preparation covers
    observation_count: int | None = None
    open_follow_ups: tuple[Task, ...] = ()  # agreed earlier, not yet done
    goals_to_evaluate: tuple[GoalRow, ...] = ()
    default_agenda: tuple[str, ...] = ()    # printed when the meeting has no agenda yet
    send_to: tuple[str, ...] = ()           # who gets the agenda and status description


@dataclass(frozen=True)
class MinutesDocument:
    org: OrgHeader
    meeting: MeetingData
    printed_on: date
    author: str = ""
    child: ChildProfile | None = None
    evaluated_goals: tuple[GoalRow, ...] = ()
    resulting_plan_version: int | None = None
    next_meeting: datetime | None = None    # as recorded at the meeting
    send_to: tuple[str, ...] = ()           # who gets the minutes
    referent: str = ""                      # as recorded at the meeting


@dataclass(frozen=True)
class SupervisionDocument:
    org: OrgHeader
    kind: str                 # "Tilsyn" or "Hjemmebesøg"
    visited_at: datetime
    printed_on: date
    author: str = ""
    home_name: str = ""
    home_address: str = ""
    childminder_name: str = ""
    consultant_name: str = ""
    children: tuple[str, ...] = ()   # who was in the home's care that day
    notes: str = ""
    follow_ups: tuple[Task, ...] = ()
    previous_visit: date | None = None


@dataclass(frozen=True)
class DevelopmentMark:
    domain: str               # Danish label
    assessed_on: date
    level_months: int         # developmental age
    actual_months: int | None = None
    assessor: str = ""
    note: str = ""


@dataclass(frozen=True)
class WellbeingMark:
    on: date
    position: str             # green, yellow, red
    position_label: str
    source: str               # Danish: "Fælles vurdering", "Observation" ...
    assessor: str = ""
    comment: str = ""


@dataclass(frozen=True)
class ObservationEntry:
    observed_at: datetime
    text: str
    author: str = ""
    situation: str = ""
    domains: tuple[str, ...] = ()
    position: str = ""        # Danish label, empty when none
    concern: bool = False


@dataclass(frozen=True)
class ConsentData:
    reference: str            # short id people can quote
    guardian_name: str
    guardian_relation: str
    purpose: str
    recipients: str
    information: str
    given_on: date
    expires_on: date | None = None
    withdrawn_on: date | None = None
    form: str = ""
    status: str = ""          # "Gyldigt", "Udløbet", "Trukket tilbage"
    categories: str = ""      # Danish labels of what it covers, comma-separated
    recipient_role: str = ""


@dataclass(frozen=True)
class HandoverDocument:
    org: OrgHeader
    child: ChildProfile
    recipient: str
    consent: ConsentData
    printed_on: date
    author: str = ""
    sender: Contact | None = None           # the consultant signing the letter
    handover_on: date | None = None
    letter: str = ""                         # empty: a standard letter is written
    development: tuple[DevelopmentMark, ...] = ()
    wellbeing: tuple[WellbeingMark, ...] = ()
    goals: tuple[GoalRow, ...] = ()
    plan: PlanData | None = None
    observations: tuple[ObservationEntry, ...] = ()
    guardians: tuple[Contact, ...] = ()
    contacts: tuple[Contact, ...] = ()
    # What the consent covers (codes of domain.consent_scope) and their Danish labels:
    # only these sections are printed.
    categories: tuple[str, ...] = ()
    category_labels: tuple[str, ...] = ()
    recipient_role: str = ""
    status_description: str = ""
    status_description_on: date | None = None


@dataclass(frozen=True)
class PlacementRow:
    home_name: str
    places: int
    start: date
    end: date | None = None
    end_reason: str = ""
    next_institution: str = ""


@dataclass(frozen=True)
class ReferralRow:
    received_on: date
    referrer: str
    referrer_type: str
    status: str
    reason: str = ""
    requested_places: int | None = None
    committee_date: date | None = None
    decision_note: str = ""
    granted_places: int | None = None


@dataclass(frozen=True)
class VisitRow:
    visited_at: datetime
    kind: str
    consultant: str = ""
    home_name: str = ""
    notes: str = ""
    follow_ups: tuple[Task, ...] = ()


@dataclass(frozen=True)
class DisclosureRow:
    disclosed_at: datetime
    recipient: str
    what: str
    consent_reference: str = ""
    disclosed_by: str = ""


@dataclass(frozen=True)
class AccessRow:
    """One access-log event as a parent reads it: no login names, codes or ids."""
    at: datetime              # local time
    who: str                  # "Hanne Kjær (Mini-dagplejekonsulent)"
    what: str                 # "så barnets stamdata" (domain.access_log)


@dataclass(frozen=True)
class CorrectionRow:
    """An earlier wording kept when a locked text was corrected (notatpligt)."""
    corrected_at: datetime
    what: str            # "Observation", "Referat", "Beslutninger"
    previous_text: str
    reason: str
    corrected_by: str


@dataclass(frozen=True)
class CaseFolderDocument:
    org: OrgHeader
    child: ChildProfile
    printed_on: date
    author: str = ""
    purpose: str = ""         # e.g. "Indsigt efter databeskyttelsesforordningens art. 15"
    guardians: tuple[Contact, ...] = ()
    case_team: tuple[Contact, ...] = ()
    referrals: tuple[ReferralRow, ...] = ()
    placements: tuple[PlacementRow, ...] = ()
    observations: tuple[ObservationEntry, ...] = ()
    development: tuple[DevelopmentMark, ...] = ()
    wellbeing: tuple[WellbeingMark, ...] = ()
    goals: tuple[GoalRow, ...] = ()
    plans: tuple[PlanData, ...] = ()
    meetings: tuple[MeetingData, ...] = ()
    visits: tuple[VisitRow, ...] = ()
    consents: tuple[ConsentData, ...] = ()
    disclosures: tuple[DisclosureRow, ...] = ()
    access_log: tuple[AccessRow, ...] = ()
    corrections: tuple[CorrectionRow, ...] = ()


@dataclass(frozen=True)
class GuestSheetDocument:
    org: OrgHeader
    child: ChildProfile
    printed_on: date
    author: str = ""
    guardians: tuple[Contact, ...] = ()
    childminder: Contact | None = None
    consultant: Contact | None = None
    guest_care: str = ""      # e.g. "Gæstepleje hos Solsikken, 3.-7. marts 2026"
    other_contacts: tuple[Contact, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class FolderDocument:
    """The information leaflet; texts use light markup (see ``reports.blocks.markup``)."""
    org: OrgHeader
    front: str
    flap: str
    back: str
    inside_left: str
    inside_middle: str
    inside_right: str
    contact_lines: tuple[str, ...] = ()
    printed_on: date | None = None
