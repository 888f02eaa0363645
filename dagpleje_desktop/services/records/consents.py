"""Consents (samtykker): record, list, show, expire and withdraw.

Only a guardian with custody can give consent, naming purpose, recipients (with the
recipient's role) and the categories of information it covers (the fixed list is
``domain.consent_scope``). The free-text ``information`` is a note. A consent
recorded before categories existed covers nothing until a person chooses its categories
(``set_categories``); nothing is guessed from the note. A consent counts from ``given_on`` up to, not
including, ``expires_on`` or ``withdrawn_on``: expiring or withdrawing it today blocks
new handover packets at once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain import consent_scope
from ...domain.enums import AuditAction, ConsentForm, ConsentPurpose, UserRole
from ...domain.errors import Label, NotFoundError, ValidationError
from ...domain.danish import Day
from ...store.models import Child, ChildGuardian, Consent, Guardian
from ..security import audit
from ..security.access import require_child, visible_child_ids
from ..context import AppContext

# Why no consent covers a disclosure: the newest one's state, or none was ever given.
_NEW_CONSENT_NEEDED = (" Der skal et nyt samtykke fra en forælder med forældremyndighed, før "
                       "oplysningerne kan gives videre.")
NO_LONGER_VALID = {
    "withdrawn": "Der mangler et gyldigt samtykke til {purpose_label} til »{recipient_name}« for "
                 "{child}. Det seneste samtykke blev trukket tilbage den {day}."
                 + _NEW_CONSENT_NEEDED,
    "expired": "Der mangler et gyldigt samtykke til {purpose_label} til »{recipient_name}« for "
               "{child}. Det seneste samtykke udløb den {day}." + _NEW_CONSENT_NEEDED,
    "pending": "Der mangler et gyldigt samtykke til {purpose_label} til »{recipient_name}« for "
               "{child}. Det seneste samtykke gælder først fra den {day}." + _NEW_CONSENT_NEEDED,
}
NEVER_GIVEN = ("Der mangler samtykke til {purpose_label} til »{recipient_name}« for {child}. "
               "Registrér samtykket fra en forælder med forældremyndighed (formål: "
               "{purpose_label}, modtager: {recipient_name}), før oplysningerne kan gives "
               "videre.")
NEVER_GIVEN_OTHERS_VALID = NEVER_GIVEN + " Der er gyldigt samtykke til: {others}."

STATE_LABELS = {"valid": "Gyldigt", "pending": "Gælder endnu ikke", "expired": "Udløbet",
                "withdrawn": "Trukket tilbage"}


class ConsentMissingError(ValidationError):
    """No valid consent covers what was asked for; the message says which is missing."""

    def __init__(self, message: str, *, purpose: ConsentPurpose, recipient: str,
                 log_message: str | None = None, **params: object):
        super().__init__(message, log_message=log_message, **params)
        self.purpose, self.recipient = purpose, recipient


@dataclass(frozen=True)
class ConsentInput:
    child_id: uuid.UUID
    guardian_id: uuid.UUID
    purpose: ConsentPurpose
    recipients: tuple[str, ...]
    information: str
    given_on: date
    expires_on: date | None = None
    form: ConsentForm = ConsentForm.WRITTEN
    categories: tuple[str, ...] = ()   # codes of consent_scope.CATEGORIES
    recipient_role: str = ""           # e.g. "Kommende børnehave", "Sagsbehandler"


@dataclass(frozen=True)
class ConsentInfo:
    id: uuid.UUID
    child_id: uuid.UUID
    guardian_id: uuid.UUID | None
    guardian_name: str
    guardian_relation: str
    purpose: ConsentPurpose
    recipients: tuple[str, ...]
    information: str
    given_on: date
    expires_on: date | None
    withdrawn_on: date | None
    form: ConsentForm
    state: str                # valid, pending, expired, withdrawn (on the day asked)
    categories: tuple[str, ...] = ()   # empty: recorded before categories; covers nothing
    recipient_role: str = ""

    @property
    def reference(self) -> str:
        return reference(self.id)

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]

    @property
    def is_valid(self) -> bool:
        return self.state == "valid"

    def covers(self, recipient: str) -> bool:
        return normalise(recipient) in {normalise(r) for r in self.recipients}

    @property
    def categories_label(self) -> str:
        """Danish list of what the consent covers ("" when not chosen yet)."""
        return ", ".join(consent_scope.labels(self.categories))

    @property
    def ended_on(self) -> date | None:
        """The day a withdrawn or expired consent stopped counting."""
        return {"withdrawn": self.withdrawn_on, "expired": self.expires_on}.get(self.state)


def reference(consent_id: uuid.UUID) -> str:
    """A short reference people can quote on paper and on the phone."""
    return consent_id.hex[:8].upper()


def normalise(name: str) -> str:
    return " ".join(name.split()).casefold()


def split_recipients(text: str) -> tuple[str, ...]:
    return tuple(r.strip() for r in text.splitlines() if r.strip())


def recipient_as_written(consent: Consent, recipient: str) -> str:
    """The recipient spelled as on the consent (the user may have typed it differently)."""
    wanted = normalise(recipient)
    for name in split_recipients(consent.recipients):
        if normalise(name) == wanted:
            return name
    return recipient.strip()


def state_on(consent: Consent, day: date) -> str:
    if consent.withdrawn_on is not None and consent.withdrawn_on <= day:
        return "withdrawn"
    if consent.expires_on is not None and consent.expires_on <= day:
        return "expired"
    if consent.given_on > day:
        return "pending"
    return "valid"


def consent_info(session: Session, consent: Consent, day: date) -> ConsentInfo:
    name, relation = "", ""
    if consent.guardian_id is not None:
        link = session.scalar(select(ChildGuardian).where(
            ChildGuardian.child_id == consent.child_id,
            ChildGuardian.guardian_id == consent.guardian_id))
        guardian = link.guardian if link else session.get(Guardian, consent.guardian_id)
        name = guardian.name if guardian else ""
        relation = link.relation if link else ""
    return ConsentInfo(consent.id, consent.child_id, consent.guardian_id, name, relation,
                       ConsentPurpose(consent.purpose), split_recipients(consent.recipients),
                       consent.information, consent.given_on, consent.expires_on,
                       consent.withdrawn_on, ConsentForm(consent.form),
                       state_on(consent, day), consent_scope.stored(consent.categories),
                       consent.recipient_role or "")


def parse_categories(codes) -> tuple[str, ...]:
    """Known category codes (list order); a Danish ValidationError naming unknown ones."""
    if isinstance(codes, str):
        codes = codes.split(",")
    try:
        return consent_scope.normalise(codes)
    except consent_scope.UnknownCategoryError as unknown:
        raise ValidationError(
            "Ukendt oplysningskategori: {codes}. Vælg blandt: {choices}.",
            codes=', '.join(unknown.codes), choices=', '.join(consent_scope.CODES),
            log_message="unknown consent category") from None


NO_CATEGORIES = "Vælg mindst én slags oplysninger, som samtykket omfatter."


def _validate(ctx: AppContext, data: ConsentInput) -> tuple[str, ...]:
    recipients = tuple(dict.fromkeys(r.strip() for r in data.recipients if r.strip()))
    if data.purpose in (ConsentPurpose.HANDOVER, ConsentPurpose.SHARING) and not recipients:
        raise ValidationError("Skriv hvem oplysningerne må gives til (modtager).",
                              log_message="consent without recipient")
    categories = parse_categories(data.categories)
    if data.purpose == ConsentPurpose.HANDOVER and not categories:
        # A handover packet is built from the categories only: without any it holds nothing.
        raise ValidationError(NO_CATEGORIES, log_message="handover consent without categories")
    if not categories and not data.information.strip():
        raise ValidationError("Skriv hvilke oplysninger samtykket omfatter.",
                              log_message="consent without information")
    if data.given_on > ctx.today():
        raise ValidationError("Samtykket kan ikke være givet i fremtiden.",
                              log_message="consent given in the future")
    if data.expires_on is not None and data.expires_on <= data.given_on:
        raise ValidationError("Udløbsdatoen skal ligge efter datoen for samtykket.",
                              log_message="consent expires before given")
    return recipients


def record_consent(ctx: AppContext, data: ConsentInput) -> ConsentInfo:
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    recipients = _validate(ctx, data)
    with ctx.db.transaction() as s:
        child = require_child(s, ctx, data.child_id)
        link = s.scalar(select(ChildGuardian).where(
            ChildGuardian.child_id == child.id, ChildGuardian.guardian_id == data.guardian_id,
            ChildGuardian.deleted_at.is_(None)))
        if link is None:
            raise ValidationError("Den valgte forælder er ikke registreret hos {child}.",
                                  child=child.full_name, log_message="consent from non-guardian")
        if not link.has_custody:
            raise ValidationError(
                "{guardian} har ikke forældremyndighed over {child} og kan derfor ikke give "
                "samtykke. Samtykket skal komme fra en forælder med forældremyndighed.",
                guardian=link.guardian.name, child=child.full_name,
                log_message="consent from guardian without custody")
        consent = Consent(child_id=child.id, guardian_id=data.guardian_id,
                          purpose=data.purpose.value, recipients="\n".join(recipients),
                          information=data.information.strip(), given_on=data.given_on,
                          expires_on=data.expires_on, form=data.form.value,
                          categories=consent_scope.serialise(data.categories),
                          recipient_role=" ".join(data.recipient_role.split())[:100])
        s.add(consent)
        s.flush()
        audit.record(s, ctx, AuditAction.CREATE, "consent", consent.id, child_id=child.id,
                     detail=data.purpose.value)
        return consent_info(s, consent, ctx.today())


def list_consents(ctx: AppContext, child_id: uuid.UUID) -> list[ConsentInfo]:
    """Every consent for the child, newest first, with its state today."""
    with ctx.db.transaction() as s:
        require_child(s, ctx, child_id)
        rows = consents_of(s, child_id)
        audit.record(s, ctx, AuditAction.VIEW, "consent_list", child_id=child_id)
        return [consent_info(s, c, ctx.today()) for c in rows]


def consents_of(session: Session, child_id: uuid.UUID) -> list[Consent]:
    return list(session.scalars(select(Consent).where(
        Consent.child_id == child_id, Consent.deleted_at.is_(None))
        .order_by(Consent.given_on.desc(), Consent.created_at.desc())))


def _require_consent(session: Session, ctx: AppContext, consent_id: uuid.UUID) -> Consent:
    consent = session.get(Consent, consent_id)
    if consent is None or consent.is_deleted:
        raise NotFoundError("Samtykket med id {consent_id} findes ikke.", consent_id=consent_id)
    require_child(session, ctx, consent.child_id)
    return consent


def get_consent(ctx: AppContext, consent_id: uuid.UUID) -> ConsentInfo:
    with ctx.db.transaction() as s:
        consent = _require_consent(s, ctx, consent_id)
        audit.record(s, ctx, AuditAction.VIEW, "consent", consent.id, child_id=consent.child_id)
        return consent_info(s, consent, ctx.today())


def withdraw_consent(ctx: AppContext, consent_id: uuid.UUID,
                     on: date | None = None) -> ConsentInfo:
    """The guardian withdraws the consent (from today unless a date is given)."""
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    day = on or ctx.today()
    with ctx.db.transaction() as s:
        consent = _require_consent(s, ctx, consent_id)
        if consent.withdrawn_on is not None:
            raise ValidationError("Samtykket blev allerede trukket tilbage den {withdrawn_on}.",
                                  withdrawn_on=Day(consent.withdrawn_on),
                                  log_message="consent already withdrawn")
        if day > ctx.today():
            raise ValidationError("Et samtykke trækkes tilbage fra i dag; datoen kan ikke "
                                  "ligge i fremtiden.", log_message="withdrawal in the future")
        consent.withdrawn_on = max(day, consent.given_on)
        audit.record(s, ctx, AuditAction.UPDATE, "consent", consent.id,
                     child_id=consent.child_id, detail="withdrawn")
        return consent_info(s, consent, ctx.today())


def set_categories(ctx: AppContext, consent_id: uuid.UUID, categories,
                   recipient_role: str | None = None) -> ConsentInfo:
    """A person states what an earlier consent (recorded without categories) covers.

    Only once: a consent that already names its categories keeps them (the guardian agreed
    to exactly that); a wider or narrower scope needs a new consent. A withdrawn or expired
    consent is left as it is."""
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    codes = parse_categories(categories)
    if not codes:
        raise ValidationError(NO_CATEGORIES, log_message="consent categories left empty")
    with ctx.db.transaction() as s:
        consent = _require_consent(s, ctx, consent_id)
        have = consent_scope.stored(consent.categories)
        if have:
            raise ValidationError(
                "Samtykket omfatter allerede: {labels}. Registrér et nyt samtykke, hvis det "
                "skal omfatte noget andet.", labels=Label(', '.join(consent_scope.labels(have))),
                log_message="consent categories already set")
        state = state_on(consent, ctx.today())
        if state in ("expired", "withdrawn"):
            raise ValidationError("Samtykket er {state} og kan ikke ændres.",
                                  state=Label(STATE_LABELS[state].lower()),
                                  log_message=f"categories on a {state} consent")
        consent.categories = consent_scope.serialise(codes)
        if recipient_role is not None and recipient_role.strip():
            consent.recipient_role = " ".join(recipient_role.split())[:100]
        audit.record(s, ctx, AuditAction.UPDATE, "consent", consent.id,
                     child_id=consent.child_id, detail="categories " + ",".join(codes))
        return consent_info(s, consent, ctx.today())


def require_scope(consent: Consent, recipient: str) -> tuple[str, ...]:
    """The categories a valid consent covers; a Danish refusal when none were chosen."""
    codes = consent_scope.stored(consent.categories)
    if not codes:
        raise ConsentMissingError(
            "Samtykket {consent} til »{recipient_name}« (givet den {given_on}) angiver ikke, "
            "hvilke oplysninger det omfatter. Angiv oplysningerne på samtykket, før noget gives "
            "videre.",
            consent=reference(consent.id), recipient_name=recipient.strip(),
            given_on=Day(consent.given_on),
            purpose=ConsentPurpose(consent.purpose), recipient=recipient,
            log_message="consent without categories")
    return codes


def list_all_consents(ctx: AppContext, child_id: uuid.UUID | None = None) -> list[ConsentInfo]:
    """Consents of one child, or of every child the user may see (newest first)."""
    with ctx.db.transaction() as s:
        if child_id is not None:
            require_child(s, ctx, child_id)
            rows = consents_of(s, child_id)
        else:
            query = (select(Consent).where(Consent.deleted_at.is_(None))
                     .order_by(Consent.given_on.desc(), Consent.created_at.desc()))
            visible = visible_child_ids(s, ctx)
            rows = [c for c in s.scalars(query) if visible is None or c.child_id in visible]
        audit.record(s, ctx, AuditAction.VIEW, "consent_list", child_id=child_id)
        return [consent_info(s, c, ctx.today()) for c in rows]


def expire_consent(ctx: AppContext, consent_id: uuid.UUID,
                   on: date | None = None) -> ConsentInfo:
    """End the consent's period (from today unless a date is given)."""
    ctx.require_role(UserRole.CONSULTANT, UserRole.OFFICE)
    day = on or ctx.today()
    with ctx.db.transaction() as s:
        consent = _require_consent(s, ctx, consent_id)
        state = state_on(consent, ctx.today())
        if state in ("expired", "withdrawn"):
            raise ValidationError("Samtykket er allerede {state}.",
                                  state=Label(STATE_LABELS[state].lower()),
                                  log_message=f"consent already {state}")
        consent.expires_on = max(day, consent.given_on)
        audit.record(s, ctx, AuditAction.UPDATE, "consent", consent.id,
                     child_id=consent.child_id, detail="expired")
        return consent_info(s, consent, ctx.today())


def require_valid_consent(session: Session, child: Child, purpose: ConsentPurpose,
                          recipient: str, day: date) -> Consent:
    """The newest valid consent covering purpose and recipient, or ConsentMissingError
    naming exactly what is missing (and why an earlier consent no longer counts)."""
    wanted = normalise(recipient)
    same_purpose = [c for c in consents_of(session, child.id) if c.purpose == purpose.value]
    matching = [c for c in same_purpose
                if wanted in {normalise(r) for r in split_recipients(c.recipients)}]
    for consent in matching:
        if state_on(consent, day) == "valid":
            return consent
    params: dict[str, object] = {"purpose_label": Label(purpose.label.lower()),
                                 "recipient_name": recipient.strip(), "child": child.full_name}
    if matching:
        latest = matching[0]
        state = state_on(latest, day)
        template = NO_LONGER_VALID[state]
        params["day"] = Day({"withdrawn": latest.withdrawn_on,
                                     "expired": latest.expires_on,
                                     "pending": latest.given_on}[state])
    else:
        others = sorted({r for c in same_purpose if state_on(c, day) == "valid"
                         for r in split_recipients(c.recipients)})
        template = NEVER_GIVEN_OTHERS_VALID if others else NEVER_GIVEN
        params["others"] = ", ".join(others)
    raise ConsentMissingError(template, purpose=purpose, recipient=recipient,
                              log_message=f"no valid {purpose.value} consent for child "
                                          f"{child.id}", **params)
