"""Gathering the documents practice uses every week: status description, TOPI sheet,
consent and withdrawal forms (``printing.print_*`` are the entry points; letters and the
supervision papers are in ``practice_letters``).

Each ``*_job`` runs inside ``printing._produce``'s transaction and returns a
``PrintJob``. Nothing is invented: what the record does not hold is left empty and the
document prints "Ikke registreret". A status description for a partner outside the
child's team is made only under a valid consent that covers it, and holds only the
categories that consent covers (``domain.consent_scope``); the disclosure is recorded.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain import consent_scope
from ...domain.enums import (AssessmentKind, AuditAction, ConsentPurpose, MeetingKind,
                             MeetingStatus, SharingLevel, UserRole, WellbeingPosition)
from ...domain.errors import Label, NotFoundError
from ...domain.topi import POSITION_ORDER, action_for
from ...reports import data as rd
from ...reports import practice_data as pd
from ...store.models import (ChildGuardian, Consent, Disclosure, Meeting, Observation,
                             ObservationDomain, Professional)
from ..security import audit
from . import report_data
from ..security.access import require_child
from ..records.consents import (ConsentMissingError, consent_info, recipient_as_written, reference,
                                require_scope, require_valid_consent)
from ..context import LOCAL_TZ, AppContext
from .printing import PrintJob, _renderer

render_status_description = _renderer("status_description", "render_status_description")
render_topi = _renderer("topi", "render_topi")
render_consent_form = _renderer("consent_forms", "render_consent_form")

QUOTES_PER_DOMAIN = 2
CHILDMINDER_NOTES = 3
NO_DOMAIN = "Uden udviklingsområde"


def sender(session: Session, ctx: AppContext) -> rd.Contact:
    """The person printing, as a letter is signed."""
    person = (session.get(Professional, ctx.user.professional_id)
              if ctx.user.professional_id else None)
    if person is None:
        return rd.Contact(ctx.user.display_name, ctx.user.role.label)
    return report_data.professional_contact(person)


def consent_data(session: Session, consent: Consent, day) -> rd.ConsentData:
    info = consent_info(session, consent, day)
    return rd.ConsentData(
        info.reference, info.guardian_name, info.guardian_relation, info.purpose.label,
        "\n".join(info.recipients), info.information, info.given_on, info.expires_on,
        info.withdrawn_on, info.form.label, info.state_label, info.categories_label,
        info.recipient_role)


# --- Statusbeskrivelse ------------------------------------------------------------------

def _status_meeting(s: Session, ctx: AppContext, child_id: uuid.UUID,
                    meeting_id: uuid.UUID | None) -> Meeting | None:
    if meeting_id is not None:
        meeting = s.get(Meeting, meeting_id)
        if meeting is None or meeting.is_deleted or meeting.child_id != child_id:
            raise NotFoundError("Mødet med id {meeting_id} findes ikke for barnet.",
                                meeting_id=meeting_id)
        return meeting
    # The next planned status meeting (the one the description is sent before).
    return s.scalar(select(Meeting).where(
        Meeting.child_id == child_id, Meeting.deleted_at.is_(None),
        Meeting.kind == MeetingKind.STATUS.value,
        Meeting.status == MeetingStatus.PLANNED.value,
        Meeting.starts_at >= ctx.now() - timedelta(hours=12))
        .order_by(Meeting.starts_at).limit(1))


def _partner_consent(s: Session, child, recipient: str, day) -> Consent:
    """A valid consent to share with ``recipient`` (sharing, else handover) that covers
    the status description; ConsentMissingError naming what is missing otherwise."""
    try:
        consent = require_valid_consent(s, child, ConsentPurpose.SHARING, recipient, day)
    except ConsentMissingError as missing:
        try:
            consent = require_valid_consent(s, child, ConsentPurpose.HANDOVER, recipient, day)
        except ConsentMissingError:
            raise missing from None
    codes = require_scope(consent, recipient)
    if "statusbeskrivelse" not in codes:
        raise ConsentMissingError(
            "Samtykket {consent} til »{recipient_name}« omfatter ikke statusbeskrivelsen (det "
            "omfatter: {describe}). Der skal et samtykke fra en forælder med forældremyndighed, "
            "der omfatter statusbeskrivelsen, før den kan sendes.",
            consent=reference(consent.id), recipient_name=recipient.strip(),
            describe=Label(consent_scope.describe(codes)),
            purpose=ConsentPurpose(consent.purpose), recipient=recipient,
            log_message="consent does not cover the status description")
    return consent


def _positions_text(codes) -> str:
    counts = Counter(c for c in codes if c in POSITION_ORDER)
    return ", ".join(f"{WellbeingPosition(c).label.lower()} {counts[c]}"
                     for c in POSITION_ORDER if counts[c])


def _domain_summaries(s: Session, rows: list[Observation], quotable: set[uuid.UUID]
                      ) -> tuple[pd.DomainSummary, ...]:
    entries = {o.id: e for o, e in zip(rows, report_data.observation_entries(s, rows))}
    codes: dict[uuid.UUID, list[str]] = {o.id: [] for o in rows}
    if rows:
        for obs_id, code in s.execute(select(ObservationDomain.observation_id,
                                             ObservationDomain.domain).where(
                ObservationDomain.observation_id.in_(list(codes)),
                ObservationDomain.deleted_at.is_(None))):
            codes[obs_id].append(code)
    groups: dict[str, list[Observation]] = {}
    for obs in rows:
        for code in codes[obs.id] or [""]:
            groups.setdefault(code, []).append(obs)
    order = {d: i for i, d in enumerate(report_data.DOMAIN_LABELS)}
    result = []
    seen: set[uuid.UUID] = set()   # an observation in several domains is quoted once
    for code in sorted(groups, key=lambda c: (c == "", order.get(c, 99))):
        group = groups[code]
        picked = [o.id for o in reversed(group) if o.id in quotable and o.id not in seen]
        picked = picked[:QUOTES_PER_DOMAIN]
        seen.update(picked)
        quoted = [entries[i] for i in picked]
        result.append(pd.DomainSummary(
            report_data.domain_label(code) if code else NO_DOMAIN, len(group),
            report_data.local(group[-1].observed_at).date(),
            _positions_text(o.position for o in group), tuple(quoted)))
    return tuple(result)


def status_job(s: Session, ctx: AppContext, child_id: uuid.UUID,
               meeting_id: uuid.UUID | None = None, recipient: str = "") -> PrintJob:
    from .handover import _scoped_profile  # the same scoping as the handover packet
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    child = require_child(s, ctx, child_id)
    day = ctx.today()
    recipient = " ".join((recipient or "").split())
    consent = None
    codes: tuple[str, ...] = consent_scope.CODES
    if recipient:
        consent = _partner_consent(s, child, recipient, day)
        codes = consent_scope.stored(consent.categories)
        recipient = recipient_as_written(consent, recipient)
    meeting = _status_meeting(s, ctx, child.id, meeting_id)
    until = meeting.starts_at if meeting is not None else ctx.now()
    last = s.scalar(select(Meeting).where(
        Meeting.child_id == child.id, Meeting.deleted_at.is_(None),
        Meeting.kind == MeetingKind.STATUS.value, Meeting.status == MeetingStatus.HELD.value,
        Meeting.starts_at < until).order_by(Meeting.starts_at.desc()).limit(1))
    query = select(Observation).where(Observation.child_id == child.id,
                                      Observation.deleted_at.is_(None),
                                      Observation.observed_at < until)
    if last is not None:
        query = query.where(Observation.observed_at >= last.starts_at)
    rows = list(s.scalars(query.order_by(Observation.observed_at)))
    # Parents read what is shared with them; a partner only what is shared with partners,
    # and only when the consent covers observations.
    if consent is None:
        shareable = (SharingLevel.PARENTS.value, SharingLevel.PARTNERS.value)
    else:
        shareable = ((SharingLevel.PARTNERS.value,) if "observationer" in codes else ())
    quotable = {o.id for o in rows if o.sharing in shareable}
    home, _ = report_data.current_home(s, child.id, day)
    minder_id = home.childminder_id if home is not None else None
    domains = _domain_summaries(s, rows, quotable)
    shown = {(q.observed_at, q.text) for d in domains for q in d.quoted}
    minder_all = [o for o in rows if minder_id and o.author_id == minder_id]
    minder_rows = [o for o in minder_all if o.id in quotable
                   and (report_data.local(o.observed_at), o.text) not in shown
                   ][-CHILDMINDER_NOTES:]
    since = report_data.local(last.starts_at).date() if last else None
    wellbeing = ()
    if "trivsel" in codes:
        wellbeing = tuple(m for m in report_data.wellbeing_marks(s, child.id)
                          if since is None or m.on >= since)
    goals = ()
    if "handleplan" in codes:
        goals = tuple(report_data.goal_row(g) for g in report_data.child_goals(
            s, child.id, open_only=True))
    profile = report_data.child_profile(s, child, day)
    if consent is not None:
        profile = _scoped_profile(profile, codes)
    consultants = report_data.consultant_names(s, child.id, day)
    doc = pd.StatusDescriptionDocument(
        org=report_data.org_header(s), child=profile, printed_on=day,
        author=ctx.user.display_name,
        meeting_at=report_data.local(meeting.starts_at) if meeting else None,
        meeting_place=meeting.place if meeting else "", since=since,
        observation_count=len(rows), domains=domains,
        goals=goals, wellbeing=wellbeing,
        childminder_name=(home.childminder.name if home is not None and home.childminder
                          else ""),
        childminder_notes=tuple(reversed(report_data.observation_entries(s, minder_rows))),
        childminder_count=len(minder_all),
        consultant_name=", ".join(consultants),
        consultant_notes=meeting.preparation_notes if meeting else "",
        recipient=recipient, consent=consent_data(s, consent, day) if consent else None,
        categories=codes if consent else (),
        category_labels=consent_scope.labels(codes) if consent else (),
        withheld_quotes=len(rows) - len(quotable))

    def record() -> None:
        what = (f"Statusbeskrivelse under samtykke {reference(consent.id)}. Oplysninger: "
                + ", ".join(consent_scope.labels(codes)))
        s.add(Disclosure(child_id=child.id, recipient=recipient, what=what,
                         disclosed_at=ctx.now(), consent_id=consent.id,
                         disclosed_by=ctx.user.display_name))
        s.flush()
        audit.record(s, ctx, AuditAction.EXPORT, "status_description", child.id,
                     child_id=child.id,
                     detail=f"to {recipient}; consent {reference(consent.id)}")
    detail = f"to {recipient}" if recipient else "to parents and team"
    return PrintJob(doc, render_status_description, "status_description",
                    meeting.id if meeting else child.id, (child.id,), detail,
                    after_write=record if consent is not None else None)


# --- TOPI -----------------------------------------------------------------------------

def topi_job(s: Session, ctx: AppContext, child_id: uuid.UUID) -> PrintJob:
    child = require_child(s, ctx, child_id)
    day = ctx.today()
    marks = report_data.wellbeing_marks(s, child.id)
    by_day: dict = {}
    for mark in marks:
        by_day.setdefault(mark.on, []).append(mark)
    rounds = []
    joint_label = AssessmentKind.JOINT.label
    for on in sorted(by_day, reverse=True):
        same = by_day[on]
        joints = [m for m in same if m.source == joint_label]
        rounds.append(pd.TopiRound(on, tuple(m for m in same if m.source != joint_label),
                                   joints[-1] if joints else None))
    last_joint = max((m.on for m in marks if m.source == joint_label), default=None)
    query = select(Observation.position).where(
        Observation.child_id == child.id, Observation.deleted_at.is_(None),
        Observation.position != WellbeingPosition.NONE.value)
    if last_joint is not None:
        query = query.where(Observation.observed_at >= datetime.combine(
            last_joint, datetime.min.time(), tzinfo=LOCAL_TZ))
    doc = pd.TopiDocument(
        org=report_data.org_header(s), child=report_data.child_profile(s, child, day),
        printed_on=day, author=ctx.user.display_name, rounds=tuple(rounds),
        observation_positions=_positions_text(s.scalars(query)),
        actions=tuple((c, WellbeingPosition(c).label, action_for(c)) for c in POSITION_ORDER))
    return PrintJob(doc, render_topi, "topi_sheet", child.id, (child.id,),
                    f"{len(marks)} assessments")


# --- Consent form and withdrawal ---------------------------------------------------------

def consent_form_job(s: Session, ctx: AppContext, consent_id: uuid.UUID,
                     withdrawal: bool = False) -> PrintJob:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    consent = s.get(Consent, consent_id)
    if consent is None or consent.is_deleted:
        raise NotFoundError("Samtykket med id {consent_id} findes ikke.", consent_id=consent_id)
    child = require_child(s, ctx, consent.child_id)
    day = ctx.today()
    covered = set(consent_scope.stored(consent.categories))
    holders = [link.guardian.name for link in s.scalars(select(ChildGuardian).where(
        ChildGuardian.child_id == child.id, ChildGuardian.deleted_at.is_(None),
        ChildGuardian.has_custody.is_(True)).order_by(ChildGuardian.created_at))]
    data = consent_data(s, consent, day)
    doc = pd.ConsentFormDocument(
        org=report_data.org_header(s), child=report_data.child_profile(s, child, day),
        consent=data, printed_on=day, author=ctx.user.display_name, withdrawal=withdrawal,
        categories=tuple(pd.CategoryLine(c.label, c.description, c.code in covered)
                         for c in consent_scope.CATEGORIES),
        recipients=tuple(r for r in data.recipients.splitlines() if r.strip()),
        custody_holders=tuple(holders), sender=sender(s, ctx))
    detail = f"consent {reference(consent.id)}"
    if withdrawal:
        return PrintJob(doc, render_consent_form, "consent_withdrawal_form", consent.id,
                        (child.id,), detail)
    return PrintJob(doc, render_consent_form, "consent_form", consent.id, (child.id,), detail)
