"""Gathering barnets mappe: every record about one child, for the archive or an access
request (GDPR art. 15), including what was disclosed and the child's access log."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import ReferralStatus, ReferrerType, VisitKind
from ..reports import data as rd
from ..store.models import (ActionPlan, Child, ChildminderHome, FollowUp, Meeting, Observation,
                            Placement, Referral, Visit)
from . import report_data
from .audit import AuditEntry
from .consents import consent_info, consents_of, reference
from .handover import disclosures_of

# How the access log names what was used (entity codes from audit events).
ENTITY_LABELS = {
    "child": "Barnets oplysninger", "child_list": "Børnelisten", "guardian": "Forælder",
    "placement": "Indskrivning", "observation": "Observation",
    "observation_list": "Observationer", "goal": "Mål", "action_plan": "Handleplan",
    "action_plan_list": "Handleplaner", "meeting": "Møde", "meeting_list": "Møder",
    "meeting_preparation": "Mødeforberedelse", "visit": "Besøg", "visit_list": "Besøg",
    "consent": "Samtykke", "consent_list": "Samtykker", "handover_packet":
    "Overleveringspakke", "case_folder": "Barnets mappe", "guest_sheet": "Taskeseddel",
    "development_assessment": "Udviklingsvurdering", "development_profile": "Udvikling",
    "wellbeing_assessment": "Trivselsvurdering", "wellbeing_history": "Trivsel",
    "case_team": "Fagpersoner", "disclosure_list": "Videregivelser", "referral": "Indstilling",
    "follow_up": "Opfølgning", "agenda": "Dagsorden", "minutes": "Referat",
    "supervision_report": "Tilsynsrapport", "attachment": "Bilag",
}


def _label(enum, value: str) -> str:
    try:
        return enum(value).label
    except ValueError:
        return value


def access_rows(entries: Sequence[AuditEntry]) -> tuple[rd.AccessRow, ...]:
    return tuple(rd.AccessRow(report_data.local(e.at), e.username, e.action.label,
                              ENTITY_LABELS.get(e.entity, e.entity), e.detail)
                 for e in entries)


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


def _visits(session: Session, child_id) -> list[rd.VisitRow]:
    rows = session.scalars(select(Visit).where(Visit.child_id == child_id,
                                               Visit.deleted_at.is_(None))
                           .order_by(Visit.visited_at)).all()
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
                                     info.form.label, info.state_label))
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
    disclosures = [rd.DisclosureRow(report_data.local(d.disclosed_at), d.recipient, d.what,
                                    reference(d.consent_id) if d.consent_id else "",
                                    d.disclosed_by) for d in disclosures_of(session, child.id)]
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
        visits=tuple(_visits(session, child.id)),
        consents=tuple(_consents(session, child.id, day)),
        disclosures=tuple(disclosures), access_log=access_rows(access_log))
