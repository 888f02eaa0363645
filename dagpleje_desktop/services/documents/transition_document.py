"""Gathering the transition description (overgangsbeskrivelse) for printing, and the
suggestions from the record a person starts each section from.

The copy for the parents and the child's team holds every section; a section nobody has
written yet prints the suggestion, marked as such, and the document is a KLADDE. The
copy for the kindergarten (``recipient``) is made only under a valid handover consent
for it, holds only the sections and the record the consent covers, prints only what a
person wrote (an unwritten section: "Ikke registreret"), and is recorded as a disclosure.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain import consent_scope
from ...domain import transition as rules
from ...domain.enums import (AssessmentKind, AuditAction, ConsentPurpose, GoalStatus, SharingLevel,
                             UserRole)
from ...domain.errors import Label, Notice, NoticeList, ValidationError
from ...reports import practice_data as pd
from ...reports.dates import short_date
from ...store.models import Child, Disclosure, Observation, ObservationDomain
from ..security import audit
from . import report_data
from ..security.access import require_child
from ..records.consents import (ConsentMissingError, recipient_as_written, reference,
                                require_scope, require_valid_consent)
from ..context import AppContext
from .printing import PrintJob, _renderer
from ..records.transition import kindergarten_of, section_rows

render_transition = _renderer("transition", "render_transition")

QUOTES_PER_SECTION = 3
_PLAY_WORDS = ("leg", "leger", "legede", "legen", "frileg", "rolleleg", "spil")
_AID_WORDS = ("rollator", "ståstativ", "sækkestol", "hjælpemiddel", "hjælpemidler",
              "kørestol", "høreapparat", "briller", "skinne", "gåstativ", "siddepude")
_RELATION_DOMAINS = ("social", "social_contact", "emotional")


# --- suggestions from the record ---------------------------------------------------------

def _shared_observations(session: Session, child_id: uuid.UUID) -> list[Observation]:
    """Observations shared beyond the team (never an internal note), newest first."""
    return list(session.scalars(select(Observation).where(
        Observation.child_id == child_id, Observation.deleted_at.is_(None),
        Observation.sharing.in_((SharingLevel.PARENTS.value, SharingLevel.PARTNERS.value)))
        .order_by(Observation.observed_at.desc())))


def _mentions(obs: Observation, words) -> bool:
    text = f"{obs.situation or ''} {obs.text or ''}".casefold()
    tokens = {t.strip(".,;:!?()»«\"'") for t in text.split()}
    return any(w in tokens for w in words)


def _quoted(rows: list[Observation]) -> list[str]:
    return [f"- {short_date(report_data.local(o.observed_at))}: {' '.join(o.text.split())}"
            for o in rows[:QUOTES_PER_SECTION]]


def _sentence(text: str) -> str:
    """One line ending in a full stop (or the author's own ! or ?)."""
    flat = " ".join((text or "").split())
    return flat if flat.endswith((".", "!", "?")) else flat + "."


def _block(title: str, lines: list[str]) -> str:
    return NoticeList((title, *lines), separator="\n") if lines else ""


def _join(*blocks: str) -> str:
    return NoticeList((b for b in blocks if b.strip()), separator="\n\n")


def _age(months: int | None) -> str:
    """As reports.dates.age_text ("2 år og 3 mdr."), as a Notice the GUI can translate."""
    if months is None:
        return ""
    years, rest = divmod(months, 12)
    if years == 0:
        return Notice("{months} mdr.", months=rest)
    if rest == 0:
        return Notice("{years} år", years=years)
    return Notice("{years} år og {months} mdr.", years=years, months=rest)


def suggestions(session: Session, child: Child, day) -> dict[str, str]:
    """A starting text per section, built from what is recorded (empty when nothing is).
    Only for a person to edit: the kindergarten never gets a suggestion unread."""
    goals = report_data.child_goals(session, child.id)
    observations = _shared_observations(session, child.id)
    domains: dict[uuid.UUID, set[str]] = {o.id: set() for o in observations}
    if observations:
        for obs_id, code in session.execute(select(
                ObservationDomain.observation_id, ObservationDomain.domain).where(
                ObservationDomain.observation_id.in_(list(domains)),
                ObservationDomain.deleted_at.is_(None))):
            domains[obs_id].add(code)
    latest_marks: dict[str, object] = {}
    for mark in report_data.development_marks(session, child):
        latest_marks[mark.domain] = mark
    # Notices: the headings and fixed words read in English in the English interface; what
    # was recorded (goals, observations) stays as written.
    development = [Notice("- {domain}: svarer til {age} (vurderet {day})", domain=Label(m.domain),
                          age=_age(m.level_months), day=short_date(m.assessed_on))
                   for m in latest_marks.values()]
    reached = [f"- {g.title}" + (f" ({' '.join(g.evaluation.split())})" if g.evaluation else "")
               for g in goals if g.status in (GoalStatus.ACHIEVED.value,
                                              GoalStatus.PARTLY.value)]
    plan = report_data.latest_approved_plan(session, child.id)
    joint = [m for m in report_data.wellbeing_marks(session, child.id)
             if m.source == AssessmentKind.JOINT.label]
    wellbeing = ""
    if joint:
        last = joint[-1]
        position = Label(last.position_label.lower())
        wellbeing = (Notice("Seneste fælles trivselsvurdering ({day}): {position} – {comment}.",
                            day=short_date(last.on), position=position,
                            comment=last.comment.strip().rstrip("."))
                     if last.comment else
                     Notice("Seneste fælles trivselsvurdering ({day}): {position}.",
                            day=short_date(last.on), position=position))
    open_goals = []
    for g in goals:
        if g.status != GoalStatus.ACTIVE.value:
            continue
        how = ", ".join(x for x in (g.measure_who, g.measure_how_often,
                                    getattr(g, "measure_where", "")) if x)
        parts = [f"- {_sentence(g.title)}"]
        if g.measures:
            measures = _sentence(g.measures)
            if how:
                measures = measures[:-1] + f" ({how})."
            parts.append(Notice(" Tiltag: {measures}", measures=measures))
        if g.evaluation:
            parts.append(Notice(" Evaluering indtil nu: {evaluation}",
                                evaluation=_sentence(g.evaluation)))
        open_goals.append(NoticeList(parts, separator=""))
    works = [x for x in ((child.what_works or "").strip(),
                         Notice("Rutiner: {routines}", routines=child.routines.strip())
                         if child.routines.strip() else "",
                         Notice("Sprog: {languages}", languages=child.languages.strip())
                         if child.languages.strip() else "")
             if x]
    return {
        "styrker": _join(_block(Notice("Mål, barnet har nået helt eller delvist:"), reached),
                         _block(Notice("Udviklingsvurderinger (seneste pr. område):"),
                                development),
                         Notice("Fra handleplanen: {resources}", resources=plan.resources.strip())
                         if plan is not None and plan.resources.strip() else ""),
        "leg": _block(Notice("Observationer af barnets leg:"), _quoted(
            [o for o in observations if _mentions(o, _PLAY_WORDS)])),
        "relationer": _join(wellbeing, _block(
            Notice("Observationer af samspil og følelser:"), _quoted(
                [o for o in observations if domains[o.id] & set(_RELATION_DOMAINS)]))),
        "det_virker": NoticeList(works, separator="\n"),
        "hjaelpemidler": _join(
            Notice("Særlige behov: {needs}", needs=child.special_needs.strip())
            if child.special_needs.strip() else "",
            _block(Notice("Observationer, der nævner hjælpemidler:"), _quoted(
                [o for o in observations if _mentions(o, _AID_WORDS)]))),
        "anbefalinger": _block(Notice("Mål, der arbejdes med nu, og det der virker:"),
                               open_goals),
    }


# --- the document ------------------------------------------------------------------------

def _kindergarten_consent(s: Session, child: Child, recipient: str, day):
    consent = require_valid_consent(s, child, ConsentPurpose.HANDOVER, recipient, day)
    codes = require_scope(consent, recipient)
    if not {k.category for k in rules.SECTIONS} & set(codes):
        raise ConsentMissingError(
            "Samtykket {consent} til »{recipient_name}« omfatter ingen af "
            "overgangsbeskrivelsens afsnit (det omfatter: {describe}). Der skal et samtykke fra "
            "en forælder med forældremyndighed, der omfatter fx udviklingsvurderinger eller "
            "trivsel, før beskrivelsen kan sendes.",
            consent=reference(consent.id), recipient_name=recipient,
            describe=Label(consent_scope.describe(codes)),
            purpose=ConsentPurpose.HANDOVER, recipient=recipient,
            log_message="consent covers no transition section")
    return consent, codes


def _sections(s: Session, child: Child, day, codes, for_team: bool
              ) -> tuple[pd.TransitionSection, ...]:
    rows = section_rows(s, child.id)
    suggested = suggestions(s, child, day) if for_team else {}
    result = []
    for kind in rules.SECTIONS:
        if kind.category not in codes:
            continue
        versions = rows[kind.code]
        if versions:
            current = versions[0]
            result.append(pd.TransitionSection(
                kind.title, current.text, current.version, current.written_by,
                report_data.local(current.written_at).date(), len(versions) - 1))
        else:
            result.append(pd.TransitionSection(kind.title, suggested.get(kind.code, "")))
    return tuple(result)


def transition_job(s: Session, ctx: AppContext, child_id: uuid.UUID,
                   recipient: str = "") -> PrintJob:
    from .handover import _scoped_profile  # the same scoping as the handover packet
    from .practice_documents import _domain_summaries, consent_data, sender
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    child = require_child(s, ctx, child_id)
    day = ctx.today()
    recipient = " ".join((recipient or "").split())
    consent = None
    codes: tuple[str, ...] = consent_scope.CODES
    if recipient:
        consent, codes = _kindergarten_consent(s, child, recipient, day)
        recipient = recipient_as_written(consent, recipient)
    sections = _sections(s, child, day, codes, for_team=consent is None)
    if consent is not None and not any(x.version for x in sections):
        raise ValidationError(
            "Ingen af de afsnit, samtykket omfatter, er skrevet endnu. Skriv dem (fx med "
            "»dagpleje transition edit«), før beskrivelsen sendes til {recipient_name}.",
            recipient_name=recipient, log_message="transition description without written sections")
    profile = report_data.child_profile(s, child, day)
    if consent is not None:
        profile = _scoped_profile(profile, codes)
    observations = []
    if "observationer" in codes:
        observations = list(s.scalars(select(Observation).where(
            Observation.child_id == child.id, Observation.deleted_at.is_(None))
            .order_by(Observation.observed_at)))
    goals = ()
    if "handleplan" in codes:
        goals = tuple(report_data.goal_row(g) for g in report_data.child_goals(s, child.id)
                      if g.status != GoalStatus.DROPPED.value)
    doc = pd.TransitionDocument(
        org=report_data.org_header(s), child=profile, printed_on=day,
        author=ctx.user.display_name,
        planned_start=child.planned_kindergarten_start if "stamdata" in codes else None,
        kindergarten=kindergarten_of(s, child.id) or (recipient if consent else ""),
        sections=sections,
        development=(tuple(report_data.development_marks(s, child))
                     if "udvikling" in codes else ()),
        wellbeing=(tuple(report_data.wellbeing_marks(s, child.id))
                   if "trivsel" in codes else ()),
        goals=goals, domains=_domain_summaries(s, observations, set()),
        observation_count=len(observations), recipient=recipient,
        consent=consent_data(s, consent, day) if consent is not None else None,
        categories=codes if consent is not None else (),
        category_labels=consent_scope.labels(codes) if consent is not None else (),
        sender=sender(s, ctx))

    def record() -> None:
        written = [x.title for x in sections if x.version]
        s.add(Disclosure(child_id=child.id, recipient=recipient,
                         what=(f"Overgangsbeskrivelse under samtykke {reference(consent.id)}. "
                               "Oplysninger: " + ", ".join(consent_scope.labels(codes))
                               + ". Afsnit: " + "; ".join(written)),
                         disclosed_at=ctx.now(), consent_id=consent.id,
                         disclosed_by=ctx.user.display_name))
        s.flush()
        audit.record(s, ctx, AuditAction.EXPORT, "transition_description", child.id,
                     child_id=child.id,
                     detail=f"to {recipient}; consent {reference(consent.id)}; "
                            f"categories {','.join(codes)}")
    if consent is not None:
        # The disclosure's audit event is the one log entry for this copy.
        return PrintJob(doc, render_transition, "transition_description", child_ids=(),
                        about=(child.id,), after_write=record)
    return PrintJob(doc, render_transition, "transition_description", child.id, (child.id,),
                    "to parents and team")
