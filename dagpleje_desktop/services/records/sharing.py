"""Who may no longer receive anything about a child: withdrawal and expiry take effect.

A partner (a professional outside the daycare, or a guest) whom a consent named, and whose
every consent naming them is now withdrawn or expired, is left out of the child's meeting
invitations, agendas ("Indbudte", "Sendes til") and minutes distribution, and a warning
says why. A party never named by a consent is not affected here (what they may receive is
decided by the people on the case). History stays: minutes keep who was present.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.consent_scope import names_party
from ...domain.consent_scope import stored as stored_categories
from ...domain.enums import AuditAction, ConsentPurpose, MeetingStatus, ProfessionalRole
from ...domain.danish import Day
from ...domain.errors import Notice
from ...store.models import CaseTeamMember, Meeting, MeetingParticipant, Professional
from ..security import audit
from ..security.access import require_child
from .consents import consents_of, reference, split_recipients, state_on
from ..context import AppContext

# Consents that let a party outside the team receive the child's information.
_SHARING_PURPOSES = (ConsentPurpose.SHARING.value, ConsentPurpose.HANDOVER.value)


@dataclass(frozen=True)
class BlockedParty:
    """A party no longer covered: every consent naming them is withdrawn or expired."""
    name: str
    professional_id: uuid.UUID | None
    recipient: str            # as written on the consent
    state: str                # withdrawn or expired
    ended_on: date
    consent_reference: str

    @property
    def message(self) -> str:
        template = ("{name} ({recipient}) får ikke invitation, dagsorden eller referat: "
                    "samtykket til at dele oplysninger med dem blev trukket tilbage den {day}."
                    if self.state == "withdrawn" else
                    "{name} ({recipient}) får ikke invitation, dagsorden eller referat: "
                    "samtykket til at dele oplysninger med dem udløb den {day}.")
        return Notice(template, name=self.name, recipient=self.recipient,
                      day=Day(self.ended_on))


@dataclass(frozen=True)
class _Party:
    name: str
    workplace: str
    professional_id: uuid.UUID | None


def _parties(session: Session, child_id: uuid.UUID,
             participants: Iterable[MeetingParticipant] = ()) -> list[_Party]:
    team = session.scalars(
        select(Professional).join(CaseTeamMember,
                                  CaseTeamMember.professional_id == Professional.id)
        .where(CaseTeamMember.child_id == child_id, CaseTeamMember.deleted_at.is_(None)))
    found = {p.id: _Party(p.name, p.workplace or "", p.id) for p in team}
    out = list(found.values())
    for row in participants:
        if row.guardian_id is not None:
            continue                       # parents are not third parties
        if row.professional_id is not None:
            if row.professional_id in found:
                continue
            person = session.get(Professional, row.professional_id)
            party = _Party(row.name, person.workplace if person else "", row.professional_id)
            found[row.professional_id] = party
        else:
            party = _Party(row.name, row.role or "", None)
        out.append(party)
    return out


def blocked_parties(session: Session, child_id: uuid.UUID, day: date,
                    participants: Sequence[MeetingParticipant] = ()) -> list[BlockedParty]:
    consents = [c for c in consents_of(session, child_id) if c.purpose in _SHARING_PURPOSES]
    if not consents:
        return []
    blocked = []
    for party in _parties(session, child_id, participants):
        naming = [(c, r) for c in consents for r in split_recipients(c.recipients)
                  if names_party(r, party.name, party.workplace)]
        if not naming or any(state_on(c, day) in ("valid", "pending") for c, _ in naming):
            continue
        ended = [(c, r, state_on(c, day)) for c, r in naming]
        consent, recipient, state = max(ended, key=lambda e: _ended(e[0], e[2]))
        blocked.append(BlockedParty(party.name, party.professional_id, recipient, state,
                                    _ended(consent, state), reference(consent.id)))
    return sorted(blocked, key=lambda b: b.name)


def _ended(consent, state: str) -> date:
    return consent.withdrawn_on if state == "withdrawn" else consent.expires_on


def is_blocked(blocked: Sequence[BlockedParty], name: str,
               professional_id: uuid.UUID | None) -> bool:
    for party in blocked:
        if professional_id is not None and party.professional_id == professional_id:
            return True
        if professional_id is None and party.professional_id is None and party.name == name:
            return True
    return False


def sharing_warnings(ctx: AppContext, child_id: uuid.UUID,
                     meeting_id: uuid.UUID | None = None) -> list[BlockedParty]:
    """The parties to leave out for this child (and this meeting's participants), with a
    Danish message each, for the GUI to show where meetings are planned and printed."""
    with ctx.db.transaction() as s:
        require_child(s, ctx, child_id)
        participants = []
        if meeting_id is not None:
            participants = list(s.scalars(select(MeetingParticipant).where(
                MeetingParticipant.meeting_id == meeting_id,
                MeetingParticipant.deleted_at.is_(None))))
        blocked = blocked_parties(s, child_id, ctx.today(), participants)
        audit.record(s, ctx, AuditAction.VIEW, "consent_list", child_id=child_id,
                     detail="sharing check")
        return blocked


def meeting_sharing_warnings(ctx: AppContext, meeting_id: uuid.UUID) -> list:
    """The parties left out of this meeting's papers (none when it is about no child):
    those whose consent was withdrawn or expired, and partners no valid consent covers for
    what the next paper holds (the agenda before the meeting, the minutes after)."""
    with ctx.reading() as s:
        meeting = s.get(Meeting, meeting_id)
        if meeting is None or meeting.is_deleted or meeting.child_id is None:
            return []
        child_id = meeting.child_id
        paper = "agenda" if meeting.status == MeetingStatus.PLANNED.value else "minutes"
        participants = list(s.scalars(select(MeetingParticipant).where(
            MeetingParticipant.meeting_id == meeting_id,
            MeetingParticipant.deleted_at.is_(None))))
        uncovered = uncovered_partners(s, child_id, ctx.today(), participants, paper)
    blocked = sharing_warnings(ctx, child_id, meeting_id)
    left_out = {b.name for b in blocked}
    return [*blocked, *(u for u in uncovered if u.name not in left_out)]


# Who works inside the daycare (the child's team at home and at the office); everyone
# else at a meeting is a partner, who is sent papers only under a consent that covers them.
_INSIDE_ROLES = frozenset({ProfessionalRole.MINI_CHILDMINDER.value,
                           ProfessionalRole.CHILDMINDER.value,
                           ProfessionalRole.MINI_CONSULTANT.value,
                           ProfessionalRole.DAYCARE_CONSULTANT.value,
                           ProfessionalRole.HOME_PEDAGOGUE.value,
                           ProfessionalRole.MANAGER.value,
                           ProfessionalRole.OFFICE_WORKER.value})
# What the meeting papers carry: the agenda promises the status description, the minutes
# hold the goals' evaluation and the agreements of the plan.
PAPER_CATEGORIES = {"agenda": frozenset({"statusbeskrivelse"}),
                    "minutes": frozenset({"statusbeskrivelse", "handleplan"})}


@dataclass(frozen=True)
class UncoveredPartner:
    """A partner at the meeting whom no valid consent covers for what the paper holds."""
    name: str
    paper: str   # agenda or minutes

    @property
    def message(self) -> str:
        template = ("{name} får ikke dagsorden og statusbeskrivelse tilsendt: intet gyldigt "
                    "samtykke fra forældrene dækker det." if self.paper == "agenda" else
                    "{name} får ikke referatet tilsendt: intet gyldigt samtykke fra forældrene "
                    "dækker det.")
        return Notice(template, name=self.name)


def uncovered_partners(session: Session, child_id: uuid.UUID, day: date,
                       participants: Sequence[MeetingParticipant],
                       paper: str) -> list[UncoveredPartner]:
    """Partners (not parents, not the daycare's own people) the paper may not be sent to:
    no valid consent names them with a category the paper holds. When in doubt, the paper
    is not sent; the person sees why and can record the consent."""
    needed = PAPER_CATEGORIES[paper]
    valid = [c for c in consents_of(session, child_id)
             if c.purpose in _SHARING_PURPOSES and state_on(c, day) == "valid"
             and needed & set(stored_categories(c.categories))]
    found = []
    for row in participants:
        if row.guardian_id is not None:
            continue
        person = session.get(Professional, row.professional_id) if row.professional_id else None
        if person is not None and person.role in _INSIDE_ROLES:
            continue
        workplace = (person.workplace if person else row.role) or ""
        if not any(names_party(r, row.name, workplace) for c in valid
                   for r in split_recipients(c.recipients)):
            found.append(UncoveredPartner(row.name, paper))
    return found
