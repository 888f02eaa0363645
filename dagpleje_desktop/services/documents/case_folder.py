"""Gathering barnets mappe: every record about one child, for the archive or an access
request (GDPR art. 15), including what was disclosed and the child's access log."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ...domain.access_log import capitalised, event_sentence
from ...domain.enums import ProfessionalRole, ReferralStatus, ReferrerType, UserRole, VisitKind
from ...domain.other_children import KnownChild, MentionFinder
from ...reports import data as rd
from ...reports.dates import danish_date
from ...store.models import (ActionPlan, Child, ChildGuardian, ChildminderHome, Consent,
                             Disclosure, FollowUp, Meeting, Observation, Placement, Professional,
                             Referral, UserAccount, Visit)
from ..journal import corrections
from . import report_data
from ..security.audit import AuditEntry
from ..records.consents import consent_info, consents_of, reference
from ..context import LOCAL_TZ
from .handover import disclosures_of

UNKNOWN_PERSON = "Ukendt bruger"

def _label(enum, value: str) -> str:
    try:
        return enum(value).label
    except ValueError:
        return value


def _people(session: Session, usernames: set[str]) -> dict[str, str]:
    """Login name -> "name (role)": the person behind the account, never the login."""
    if not usernames:
        return {}
    rows = session.execute(select(UserAccount, Professional)
                           .outerjoin(Professional,
                                      Professional.id == UserAccount.professional_id)
                           .where(UserAccount.username.in_(usernames))).all()
    people = {}
    for account, person in rows:
        if person is not None:
            name, role = person.name, _label(ProfessionalRole, person.role)
        else:
            name, role = account.display_name, _label(UserRole, account.role)
        people[account.username] = f"{name} ({role})" if role else name
    return people


_RECIPIENT_IN_DETAIL = re.compile(r"^to (.+?); consent ")


def _recipients(session: Session, entries: Sequence[AuditEntry]) -> dict[str, str]:
    """Disclosure id (the packet event's entity id) -> to whom it was given."""
    ids = []
    for e in entries:
        if e.entity == "handover_packet" and e.entity_id:
            try:
                ids.append(uuid.UUID(e.entity_id))
            except ValueError:
                continue
    if not ids:
        return {}
    return {str(i): r for i, r in session.execute(
        select(Disclosure.id, Disclosure.recipient).where(Disclosure.id.in_(ids)))}


def access_rows(session: Session, entries: Sequence[AuditEntry]) -> tuple[rd.AccessRow, ...]:
    """The child's access log in plain Danish: who (name and role), when, what."""
    people = _people(session, {e.username for e in entries})
    recipients = _recipients(session, entries)
    rows = []
    for e in entries:
        recipient = recipients.get(e.entity_id, "")
        if not recipient and e.entity == "handover_packet":
            found = _RECIPIENT_IN_DETAIL.match(e.detail or "")
            recipient = found.group(1) if found else ""
        what = event_sentence(e.action.value, e.entity, e.detail, recipient=recipient)
        rows.append(rd.AccessRow(report_data.local(e.at),
                                 people.get(e.username, UNKNOWN_PERSON), capitalised(what)))
    return tuple(rows)


def _referrals(session: Session, child_id) -> list[rd.ReferralRow]:
    rows = session.scalars(select(Referral).where(
        Referral.child_id == child_id, Referral.deleted_at.is_(None))
        .order_by(Referral.received_on)).all()
    return [rd.ReferralRow(r.received_on, r.referrer_name, _label(ReferrerType, r.referrer_type),
                           _label(ReferralStatus, r.status), r.reason, r.requested_places,
                           r.committee_date, r.decision_note, r.granted_places) for r in rows]


def _placements(session: Session, child_id) -> list[rd.PlacementRow]:
    rows = session.execute(select(Placement, ChildminderHome.name)
                           .join(ChildminderHome, ChildminderHome.id == Placement.home_id)
                           .where(Placement.child_id == child_id,
                                  Placement.deleted_at.is_(None))
                           .order_by(Placement.start_date)).all()
    return [rd.PlacementRow(name, p.places, p.start_date, p.end_date, p.end_reason,
                            p.next_institution) for p, name in rows]


def _home_visits_naming(session: Session, child: Child, day: date) -> list[Visit]:
    """Visits to a home (supervision, not about one child) while the child was placed
    there, whose notes name the child: records about the child too (GDPR art. 15)."""
    stays = session.execute(select(Placement.home_id, Placement.start_date, Placement.end_date)
                            .where(Placement.child_id == child.id,
                                   Placement.deleted_at.is_(None))).all()
    if not stays:
        return []
    during = [and_(Visit.home_id == home_id,
                   Visit.visited_at >= datetime.combine(start, datetime.min.time(),
                                                        LOCAL_TZ),
                   Visit.visited_at < datetime.combine((end or day) + timedelta(days=1),
                                                       datetime.min.time(),
                                                       LOCAL_TZ))
              for home_id, start, end in stays]
    candidates = session.scalars(select(Visit).where(
        Visit.child_id.is_(None), Visit.deleted_at.is_(None), or_(*during))).all()
    # Matched like another child's name is found (domain/other_children.py): the full
    # name, or the first name written with a capital letter.
    finder = MentionFinder([KnownChild(child.id, child.first_name, child.last_name)])
    return [v for v in candidates if finder.find(v.notes or "")]


def _visits(session: Session, child: Child, day: date) -> list[rd.VisitRow]:
    rows = list(session.scalars(select(Visit).where(Visit.child_id == child.id,
                                                    Visit.deleted_at.is_(None))).all())
    rows += _home_visits_naming(session, child, day)
    rows.sort(key=lambda v: v.visited_at)
    names = report_data.professional_names(session, {v.consultant_id for v in rows})
    homes = {h.id: h.name for h in session.scalars(select(ChildminderHome).where(
        ChildminderHome.id.in_({v.home_id for v in rows if v.home_id})))}
    return [rd.VisitRow(report_data.local(v.visited_at), _label(VisitKind, v.kind),
                        names.get(v.consultant_id, ""), homes.get(v.home_id, ""), v.notes,
                        report_data.tasks(report_data.follow_ups(
                            session, FollowUp.visit_id == v.id))) for v in rows]


def _consents(session: Session, child_id, day: date) -> list[rd.ConsentData]:
    result = []
    for consent in consents_of(session, child_id):
        info = consent_info(session, consent, day)
        result.append(rd.ConsentData(info.reference, info.guardian_name,
                                     info.guardian_relation, info.purpose.label,
                                     "\n".join(info.recipients), info.information,
                                     info.given_on, info.expires_on, info.withdrawn_on,
                                     info.form.label, info.state_label,
                                     info.categories_label, info.recipient_role))
    return result


def _consent_words(consent: Consent | None, relation: str) -> str:
    """A consent as a parent recognises it: who gave it and when, not its reference."""
    if consent is None:
        return ""
    who = f" fra {relation.lower()}" if relation else ""
    return f"samtykke{who} af {danish_date(consent.given_on)}"


def _disclosures(session: Session, child_id) -> list[rd.DisclosureRow]:
    rows = disclosures_of(session, child_id)
    consents = {c.id: c for c in session.scalars(select(Consent).where(
        Consent.id.in_({d.consent_id for d in rows if d.consent_id})))} if rows else {}
    relations = dict(session.execute(select(ChildGuardian.guardian_id, ChildGuardian.relation)
                                     .where(ChildGuardian.child_id == child_id)).all())
    result = []
    for d in rows:
        consent = consents.get(d.consent_id)
        words = _consent_words(consent, relations.get(consent.guardian_id, "")
                               if consent is not None else "")
        what = d.what
        if d.consent_id:  # the packet's description quotes the consent's short reference
            what = what.replace(f"samtykke {reference(d.consent_id)}", words or "samtykke")
            what = what.replace(reference(d.consent_id), words or "samtykket")
        result.append(rd.DisclosureRow(report_data.local(d.disclosed_at), d.recipient, what,
                                       capitalised(words), d.disclosed_by))
    return result


def case_folder_document(session: Session, child: Child, day: date, *, author: str,
                         purpose: str, access_log: Sequence[AuditEntry]) -> rd.CaseFolderDocument:
    observations = session.scalars(select(Observation).where(
        Observation.child_id == child.id, Observation.deleted_at.is_(None))
        .order_by(Observation.observed_at)).all()
    plans = session.scalars(select(ActionPlan).where(
        ActionPlan.child_id == child.id, ActionPlan.deleted_at.is_(None))
        .order_by(ActionPlan.version)).all()
    meetings = session.scalars(select(Meeting).where(
        Meeting.child_id == child.id, Meeting.deleted_at.is_(None))
        .order_by(Meeting.starts_at)).all()
    disclosures = _disclosures(session, child.id)
    return rd.CaseFolderDocument(
        org=report_data.org_header(session),
        child=report_data.child_profile(session, child, day), printed_on=day, author=author,
        purpose=purpose, guardians=tuple(report_data.guardian_contacts(session, child.id)),
        case_team=tuple(report_data.case_team(session, child.id, None)),
        referrals=tuple(_referrals(session, child.id)),
        placements=tuple(_placements(session, child.id)),
        observations=tuple(report_data.observation_entries(session, observations)),
        development=tuple(report_data.development_marks(session, child)),
        wellbeing=tuple(report_data.wellbeing_marks(session, child.id)),
        goals=tuple(report_data.goal_row(g) for g in report_data.child_goals(session,
                                                                                child.id)),
        plans=tuple(report_data.plan_data(session, p, day) for p in plans),
        meetings=tuple(report_data.meeting_data(session, m) for m in meetings),
        visits=tuple(_visits(session, child, day)),
        consents=tuple(_consents(session, child.id, day)),
        disclosures=tuple(disclosures), access_log=access_rows(session, access_log),
        corrections=tuple(rd.CorrectionRow(c.corrected_at, c.field_label, c.previous_text,
                                           c.reason, c.corrected_by)
                          for c in corrections.child_corrections(session, child.id)))
