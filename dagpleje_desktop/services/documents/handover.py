"""The handover packet (overleveringspakke): gathered only under a valid consent, and
every packet made is recorded as a Disclosure and a Handover (what, to whom, when,
under which consent). ``printing.print_handover`` is the entry point.

The packet holds only the categories the consent covers (``domain.consent_scope``): what
is not covered is never read into the document, so it cannot be printed."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain import consent_scope
from ...domain.enums import (AuditAction, ConsentPurpose, MeetingKind, MeetingStatus,
                             ProfessionalRole, SharingLevel, UserRole)
from ...domain.errors import Label, ValidationError
from ...reports import data as rd
from ...reports.dates import danish_date
from ...store.models import (Child, Consent, Disclosure, Handover, Meeting, Observation,
                             Professional)
from ..security import audit
from . import report_data
from ..security.access import require_child
from ..records.consents import (ConsentInfo, consent_info, reference, require_scope,
                                require_valid_consent)
from ..context import AppContext

SECTIONS = ("Følgebrev", "Om barnet og »Det virker for mig«", "Udvikling og trivsel",
            "Mål", "Seneste godkendte handleplan", "Udvalgte observationer", "Kontakter",
            "Samtykke")


@dataclass(frozen=True)
class DisclosureInfo:
    id: uuid.UUID
    child_id: uuid.UUID
    recipient: str
    what: str
    disclosed_at: datetime
    consent_id: uuid.UUID | None
    disclosed_by: str

    @property
    def consent_reference(self) -> str:
        return reference(self.consent_id) if self.consent_id else ""


def clean_recipient(recipient: str) -> str:
    name = " ".join((recipient or "").split())
    if not name:
        raise ValidationError("Skriv hvem overleveringspakken skal til (modtager).",
                              log_message="handover without recipient")
    return name


def check_handover_consent(ctx: AppContext, child_id: uuid.UUID, recipient: str) -> ConsentInfo:
    """The consent a packet would be released under; ConsentMissingError when none."""
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    recipient = clean_recipient(recipient)
    with ctx.db.transaction() as s:
        child = require_child(s, ctx, child_id)
        consent = require_valid_consent(s, child, ConsentPurpose.HANDOVER, recipient,
                                        ctx.today())
        require_scope(consent, recipient)
        audit.record(s, ctx, AuditAction.VIEW, "consent", consent.id, child_id=child.id,
                     detail="handover check")
        return consent_info(s, consent, ctx.today())


def selected_observations(session: Session, child: Child, ids: Sequence[uuid.UUID],
                          categories: Sequence[str] | None = None) -> list[Observation]:
    """The observations the consultant chose; each must be the child's and shareable, and
    the consent must cover observations (``categories`` None: not checked here)."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    if categories is not None and "observationer" not in categories:
        raise ValidationError(
            "Samtykket omfatter ikke observationer. Fravælg observationerne, eller få et "
            "samtykke, der omfatter dem.", log_message="observations outside the consent")
    rows = {o.id: o for o in session.scalars(select(Observation).where(
        Observation.id.in_(wanted), Observation.deleted_at.is_(None)))}
    if len(rows) != len(wanted) or any(o.child_id != child.id for o in rows.values()):
        raise ValidationError("En af de valgte observationer hører ikke til {child}.",
                              child=child.full_name, log_message="foreign observation")
    internal = [o for o in rows.values() if o.sharing != SharingLevel.PARTNERS.value]
    if internal:
        first = min(internal, key=lambda o: o.observed_at)
        raise ValidationError(
            "Observationen fra {observed_on} må ikke deles med samarbejdsparter (deling: "
            "{sharing}). Ret delingen eller fravælg observationen.",
            observed_on=danish_date(report_data.local(first.observed_at)),
            sharing=Label(SharingLevel(first.sharing).label),
            log_message="handover with an observation not shareable with partners")
    return sorted(rows.values(), key=lambda o: o.observed_at)


def _sender(session: Session, ctx: AppContext) -> rd.Contact:
    person = (session.get(Professional, ctx.user.professional_id)
              if ctx.user.professional_id else None)
    if person is None:
        return rd.Contact(ctx.user.display_name, ctx.user.role.label)
    return report_data.professional_contact(person)


def _scoped_profile(profile: rd.ChildProfile, codes: Sequence[str]) -> rd.ChildProfile:
    """The child's profile holding only what the consent covers (the name always)."""
    everyday = "stamdata" in codes
    health = "helbred" in codes
    return rd.ChildProfile(
        profile.name,
        birth_date=profile.birth_date if everyday else None,
        cpr_masked=profile.cpr_masked if everyday else "",
        age=profile.age if everyday else "", status=profile.status if everyday else "",
        home_name=profile.home_name if everyday else "",
        childminder_name=profile.childminder_name if everyday else "",
        special_needs=profile.special_needs if health else "",
        # Health left out of the consent is "not recorded" here (None), never "none" ("").
        diagnoses=profile.diagnoses if health else None,
        allergies=profile.allergies if health else None,
        medication=profile.medication if health else None,
        allergy_severity=profile.allergy_severity if health else None,
        routines=profile.routines if everyday else "",
        what_works=profile.what_works if everyday else "",
        languages=profile.languages if everyday else "")


def _latest_status_description(session: Session, child_id: uuid.UUID):
    """The status description of the latest held status meeting that has one."""
    return session.scalar(select(Meeting).where(
        Meeting.child_id == child_id, Meeting.deleted_at.is_(None),
        Meeting.kind == MeetingKind.STATUS.value, Meeting.status == MeetingStatus.HELD.value,
        Meeting.preparation_notes != "").order_by(Meeting.starts_at.desc()).limit(1))


def packet_document(session: Session, ctx: AppContext, child: Child, recipient: str,
                    consent: Consent, observation_ids: Sequence[uuid.UUID]) -> rd.HandoverDocument:
    """The packet under ``consent``: only the categories it covers are read at all."""
    today = ctx.today()
    codes = require_scope(consent, recipient)
    _, placement = report_data.current_home(session, child.id, today)
    info = consent_info(session, consent, today)
    consent_data = rd.ConsentData(
        info.reference, info.guardian_name, info.guardian_relation, info.purpose.label,
        "\n".join(info.recipients), info.information, info.given_on, info.expires_on,
        info.withdrawn_on, info.form.label, info.state_label, info.categories_label,
        info.recipient_role)
    observations = selected_observations(session, child, observation_ids, codes)
    plan_data = goals = None
    if "handleplan" in codes:
        plan = report_data.latest_approved_plan(session, child.id)
        plan_data = report_data.plan_data(session, plan, today) if plan else None
        if plan_data is not None and "familie" not in codes:
            # Who took part and signed names the family and the case worker.
            plan_data = replace(plan_data, participants=(), signatories=(),
                                guardian_signers=(), signatures=())
        goals = tuple(report_data.goal_row(g) for g in report_data.child_goals(
            session, child.id, open_only=True))
    contacts: tuple[rd.Contact, ...] = ()
    if "stamdata" in codes:
        social_worker = ProfessionalRole.SOCIAL_WORKER.label
        contacts = tuple(c for c in report_data.team_with_childminder(session, child.id, today)
                         if "familie" in codes or c.role != social_worker)
    status = (_latest_status_description(session, child.id)
              if "statusbeskrivelse" in codes else None)
    return rd.HandoverDocument(
        org=report_data.org_header(session),
        child=_scoped_profile(report_data.child_profile(session, child, today), codes),
        recipient=recipient, consent=consent_data, printed_on=today,
        author=ctx.user.display_name, sender=_sender(session, ctx),
        handover_on=placement.end_date if placement else None,
        development=(tuple(report_data.development_marks(session, child))
                     if "udvikling" in codes else ()),
        wellbeing=(tuple(report_data.wellbeing_marks(session, child.id))
                   if "trivsel" in codes else ()),
        goals=goals or (), plan=plan_data,
        observations=tuple(report_data.observation_entries(session, observations)),
        guardians=(tuple(report_data.guardian_contacts(session, child.id))
                   if "familie" in codes else ()),
        contacts=contacts, categories=codes, category_labels=consent_scope.labels(codes),
        recipient_role=info.recipient_role,
        status_description=status.preparation_notes if status else "",
        status_description_on=report_data.local(status.starts_at).date() if status else None)


def packet_sections(document: rd.HandoverDocument) -> list[str]:
    """The sections printed in the packet, as the recipient sees them."""
    codes = set(document.categories)
    parts = ["Følgebrev"]
    if codes & {"stamdata", "helbred", "familie"}:
        parts.append("Om barnet")
    if "udvikling" in codes:
        parts.append("Udviklingsvurderinger")
    if "trivsel" in codes:
        parts.append("Trivsel")
    if "handleplan" in codes:
        parts.append("Mål")
        parts.append(f"Handleplan version {document.plan.version}" if document.plan
                     else "Seneste godkendte handleplan")
    if "statusbeskrivelse" in codes:
        parts.append("Statusbeskrivelse")
    if "observationer" in codes:
        parts.append(f"Udvalgte observationer ({len(document.observations)})")
    if document.contacts:
        parts.append("Kontakter")
    parts.append("Samtykke")
    return parts


def describe_packet(document: rd.HandoverDocument) -> str:
    return (f"Overleveringspakke under samtykke {document.consent.reference}. Oplysninger: "
            + ", ".join(document.category_labels) + ". Afsnit: "
            + "; ".join(packet_sections(document)))


def record_packet(session: Session, ctx: AppContext, child: Child, recipient: str,
                  consent: Consent, document: rd.HandoverDocument) -> Disclosure:
    """What was given, to whom, when and under which consent (in the caller's transaction)."""
    what = describe_packet(document)
    disclosure = Disclosure(child_id=child.id, recipient=recipient, what=what,
                            disclosed_at=ctx.now(), consent_id=consent.id,
                            disclosed_by=ctx.user.display_name)
    session.add(disclosure)
    session.add(Handover(child_id=child.id, institution=recipient, handover_on=ctx.today(),
                         consent_id=consent.id,
                         sections="\n".join(packet_sections(document))))
    session.flush()
    audit.record(session, ctx, AuditAction.EXPORT, "handover_packet", disclosure.id,
                 child_id=child.id,
                 detail=f"to {recipient}; consent {reference(consent.id)}; "
                        f"categories {','.join(document.categories)}; "
                        f"{len(document.observations)} observations")
    return disclosure


def disclosures_of(session: Session, child_id: uuid.UUID) -> list[Disclosure]:
    return list(session.scalars(select(Disclosure).where(
        Disclosure.child_id == child_id, Disclosure.deleted_at.is_(None))
        .order_by(Disclosure.disclosed_at.desc())))


def list_disclosures(ctx: AppContext, child_id: uuid.UUID) -> list[DisclosureInfo]:
    """Everything given to third parties about the child, newest first."""
    with ctx.db.transaction() as s:
        require_child(s, ctx, child_id)
        rows = disclosures_of(s, child_id)
        audit.record(s, ctx, AuditAction.VIEW, "disclosure_list", child_id=child_id)
        return [DisclosureInfo(d.id, d.child_id, d.recipient, d.what, d.disclosed_at,
                               d.consent_id, d.disclosed_by) for d in rows]
