"""The transition to kindergarten: the planned start, the transition description's
sections as a person wrote them (every version kept), and the consultant's reminder two
months before the start. Printing is in ``transition_document`` (``printing.
print_transition`` is the entry point).

A section's text is suggested from the record (``transition_document.suggestions``) and
becomes part of the description only when a person saves it; an edit adds a version and
never overwrites the one before.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain import consent_scope
from ...domain import transition as rules
from ...domain.enums import AuditAction, ChildStatus, ConsentPurpose, UserRole
from ...domain.errors import ValidationError
from ...domain.danish import Day
from ...reports.dates import danish_date
from ...store.models import Child, Placement, TransitionSectionText
from ..security import audit
from ..security.access import require_child
from .consents import consents_of, reference, state_on
from ..context import AppContext

_ROLES = (UserRole.CONSULTANT, UserRole.OFFICE)
_TRANSITION_CATEGORIES = frozenset(s.category for s in rules.SECTIONS)


@dataclass(frozen=True)
class SectionVersion:
    version: int
    text: str
    written_by: str
    written_at: datetime


@dataclass(frozen=True)
class TransitionSectionInfo:
    code: str
    title: str
    hint: str
    category_label: str                       # the consent category that covers it
    current: SectionVersion | None            # None: nobody has written it yet
    earlier: tuple[SectionVersion, ...] = ()  # newest first
    suggestion: str = ""                      # from the record, to start from


@dataclass(frozen=True)
class TransitionInfo:
    child_id: uuid.UUID
    child_name: str
    planned_start: date | None
    kindergarten: str                         # the current placement's next institution
    sections: tuple[TransitionSectionInfo, ...]
    consent_reference: str = ""               # a valid handover consent covering it, if any


@dataclass(frozen=True)
class TransitionReminder:
    """A child starting kindergarten within two months whose transition is not ready."""
    child_id: uuid.UUID
    child_name: str
    planned_start: date
    days_left: int
    missing_description: bool
    missing_consent: bool

    @property
    def message(self) -> str:
        missing = [w for w, m in (("overgangsbeskrivelse", self.missing_description),
                                  ("samtykke til overlevering", self.missing_consent)) if m]
        when = "i dag" if self.days_left == 0 else f"om {self.days_left} dage"
        return (f"{self.child_name} starter i børnehave {danish_date(self.planned_start)} "
                f"({when}). Der mangler " + " og ".join(missing) + ".")


# --- reading ----------------------------------------------------------------------------

def section_rows(session: Session, child_id: uuid.UUID) -> dict[str, list[TransitionSectionText]]:
    """Every live version of each section, newest first."""
    rows: dict[str, list[TransitionSectionText]] = {code: [] for code in rules.CODES}
    for row in session.scalars(select(TransitionSectionText).where(
            TransitionSectionText.child_id == child_id,
            TransitionSectionText.deleted_at.is_(None))
            .order_by(TransitionSectionText.version.desc(),
                      TransitionSectionText.written_at.desc())):
        if row.section in rows:  # a section a newer version added is not known here
            rows[row.section].append(row)
    return rows


def _version(row: TransitionSectionText) -> SectionVersion:
    return SectionVersion(row.version, row.text, row.written_by, row.written_at)


def kindergarten_of(session: Session, child_id: uuid.UUID) -> str:
    """The institution the child moves on to, as recorded on the latest placement."""
    return session.scalar(select(Placement.next_institution).where(
        Placement.child_id == child_id, Placement.deleted_at.is_(None))
        .order_by(Placement.start_date.desc()).limit(1)) or ""


def covering_consent(session: Session, child_id: uuid.UUID, day: date):
    """The newest valid handover consent that covers at least one section, or None."""
    for consent in consents_of(session, child_id):
        if (consent.purpose == ConsentPurpose.HANDOVER.value
                and state_on(consent, day) == "valid"
                and _TRANSITION_CATEGORIES & set(consent_scope.stored(consent.categories))):
            return consent
    return None


def _overview(session: Session, child: Child, day: date) -> TransitionInfo:
    from ..documents.transition_document import suggestions
    rows = section_rows(session, child.id)
    suggested = suggestions(session, child, day)
    sections = tuple(TransitionSectionInfo(
        kind.code, kind.title, kind.hint, consent_scope.label(kind.category),
        _version(rows[kind.code][0]) if rows[kind.code] else None,
        tuple(_version(r) for r in rows[kind.code][1:]), suggested.get(kind.code, ""))
        for kind in rules.SECTIONS)
    consent = covering_consent(session, child.id, day)
    return TransitionInfo(child.id, child.full_name, child.planned_kindergarten_start,
                          kindergarten_of(session, child.id), sections,
                          reference(consent.id) if consent is not None else "")


def transition_overview(ctx: AppContext, child_id: uuid.UUID) -> TransitionInfo:
    """The planned start, each section (what is written, earlier versions, a suggestion
    from the record) and whether a consent lets it go to the kindergarten."""
    ctx.require_role(*_ROLES)
    with ctx.db.transaction() as s:
        child = require_child(s, ctx, child_id)
        info = _overview(s, child, ctx.today())
        audit.record(s, ctx, AuditAction.VIEW, "transition_section", child.id,
                     child_id=child.id, detail="overview")
        return info


# --- writing ----------------------------------------------------------------------------

def save_section(ctx: AppContext, child_id: uuid.UUID, section: str,
                 text: str) -> TransitionSectionInfo:
    """Store a person's text for one section as its next version; the earlier versions
    stay. The same text as the current version is refused (nothing would change)."""
    ctx.require_role(*_ROLES)
    kind = rules.parse_section(section)
    cleaned = rules.clean_text(text)
    with ctx.db.transaction() as s:
        child = require_child(s, ctx, child_id)
        existing = section_rows(s, child.id)[kind.code]
        if existing and existing[0].text == cleaned:
            raise ValidationError("Afsnittet »{section}« har allerede den tekst (version "
                                  "{version}); intet er ændret.",
                                  section=kind.title, version=existing[0].version,
                                  log_message="transition section unchanged")
        version = (existing[0].version + 1) if existing else 1
        row = TransitionSectionText(child_id=child.id, section=kind.code, version=version,
                                    text=cleaned, written_by=ctx.user.display_name,
                                    written_at=ctx.now())
        s.add(row)
        s.flush()
        if version == 1:
            audit.record(s, ctx, AuditAction.CREATE, "transition_section", row.id,
                         child_id=child.id, detail=f"{kind.code} version 1")
        else:
            audit.record(s, ctx, AuditAction.UPDATE, "transition_section", row.id,
                         child_id=child.id, detail=f"{kind.code} version {version}")
        info = _overview(s, child, ctx.today())
        return next(x for x in info.sections if x.code == kind.code)


def set_planned_start(ctx: AppContext, child_id: uuid.UUID, planned_start: date | None,
                      kindergarten: str | None = None) -> TransitionInfo:
    """The planned kindergarten start (None: not known any more) and, when given, the
    kindergarten, recorded as the current placement's next institution."""
    ctx.require_role(*_ROLES)
    with ctx.db.transaction() as s:
        child = require_child(s, ctx, child_id)
        day = ctx.today()
        if planned_start is not None:
            if child.birth_date is not None and planned_start <= child.birth_date:
                raise ValidationError("Børnehavestarten skal ligge efter barnets fødselsdag.",
                                      log_message="kindergarten start before birth")
            if planned_start < day - timedelta(days=365):
                raise ValidationError("{planned_start} ligger mere end et år tilbage. Skriv den "
                                      "planlagte børnehavestart.",
                                      planned_start=Day(planned_start),
                                      log_message="kindergarten start far in the past")
        name = " ".join((kindergarten or "").split())
        if kindergarten is not None and name:
            placement = s.scalar(select(Placement).where(
                Placement.child_id == child.id, Placement.deleted_at.is_(None))
                .order_by(Placement.start_date.desc()).limit(1))
            if placement is None:
                raise ValidationError("{child} har ingen placering at skrive børnehaven på. "
                                      "Placér barnet først.", child=child.full_name,
                                      log_message="kindergarten without a placement")
            placement.next_institution = name[:200]
        child.planned_kindergarten_start = planned_start
        audit.record(s, ctx, AuditAction.UPDATE, "child", child.id, child_id=child.id,
                     detail="planned kindergarten start"
                            + (" and kindergarten" if name else ""))
        s.flush()
        return _overview(s, child, day)


# --- the dashboard's reminder -----------------------------------------------------------

def reminders(session: Session, child_ids, today: date) -> list[TransitionReminder]:
    """Children among ``child_ids`` whose planned start is within two months and who lack
    a written transition description or a valid handover consent covering it."""
    ids = list(child_ids)
    if not ids:
        return []
    children = session.execute(select(
        Child.id, Child.first_name, Child.last_name, Child.planned_kindergarten_start).where(
        Child.id.in_(ids), Child.deleted_at.is_(None),
        Child.status == ChildStatus.ACTIVE.value,
        Child.planned_kindergarten_start.is_not(None),
        Child.planned_kindergarten_start >= today,
        Child.planned_kindergarten_start <= today + timedelta(days=rules.REMINDER_DAYS))).all()
    if not children:
        return []
    written = set(session.scalars(select(TransitionSectionText.child_id).where(
        TransitionSectionText.child_id.in_([c[0] for c in children]),
        TransitionSectionText.deleted_at.is_(None))))
    result = []
    for child_id, first, last, start in children:
        missing_description = child_id not in written
        missing_consent = covering_consent(session, child_id, today) is None
        if missing_description or missing_consent:
            result.append(TransitionReminder(child_id, f"{first} {last}".strip(), start,
                                             (start - today).days, missing_description,
                                             missing_consent))
    return sorted(result, key=lambda r: (r.planned_start, r.child_name))
