"""Retention: what has passed its period, shown first, deleted when a
person approves; every deletion is logged and a child's deletion syncs as a purge.

Rules per record type, each ``keep``, ``archive`` or ``delete`` after a period. The
defaults below follow common practice in Danish municipalities; an installation may
override them in the ``setting`` table (key ``retention.<type>``, value such as
``delete 5y``, ``archive 3y``, ``delete 30d`` or ``keep``):

- ``child`` - the child's whole record (stamdata, observations, plans, meetings,
  consents, disclosures ...): deleted 5 years after the case was closed. Closure is the
  child's ``closed_on``, else the end of the last placement once the child is handed
  over or archived, else (never placed) the committee's or the referral's date once every
  referral was rejected or withdrawn. A child without a closed case is never due.
- ``draft`` - autosaved drafts (observation and editor drafts, local to one computer):
  deleted 30 days after they were last changed.
- ``access_log`` - the access log (audit events): deleted 5 years after the event, never
  sooner than 6 months (the law's minimum, enforced whatever the setting says) and never
  while the child the event is about still has a record. The log is a hash chain, so only
  its oldest part is removed; the chain then starts from the last removed event's hash,
  which the deletion's own log event names (``audit.verify_chain`` checks both).
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from ...domain.enums import AuditAction, ChildStatus, ReferralStatus, UserRole
from ...domain.danish import Day
from ...domain.errors import Label, Notice, Noun, ValidationError
from ...store.models import AuditEvent, Child, ObservationDraft, Placement, Referral, Setting
from ..security import audit
from ..security.audit import CHAIN_START_KEY
from ..context import LOCAL_TZ, AppContext

log = logging.getLogger(__name__)

KEEP, ARCHIVE, DELETE = "keep", "archive", "delete"
ACTION_LABELS = {KEEP: "Gemmes", ARCHIVE: "Arkiveres", DELETE: "Slettes"}
SETTING_PREFIX = "retention."
UNIT_WORDS = {"d": ("dag", "dage"), "m": ("måned", "måneder"), "y": ("år", "år")}


@dataclass(frozen=True)
class Period:
    amount: int
    unit: str  # "d", "m" or "y"

    def after(self, day: date) -> date:
        if self.unit == "d":
            return day + timedelta(days=self.amount)
        months = self.amount * (12 if self.unit == "y" else 1)
        year, month = divmod(day.month - 1 + months, 12)
        year, month = day.year + year, month + 1
        for last in (31, 30, 29, 28):  # 31 January + 1 month is the last day of February
            try:
                return date(year, month, min(day.day, last))
            except ValueError:
                continue
        raise AssertionError("unreachable")

    def before(self, day: date) -> date:
        return replace(self, amount=-self.amount).after(day)

    @property
    def words(self) -> str:
        one, many = UNIT_WORDS[self.unit]
        return Notice("{count} {noun}", count=self.amount, noun=Noun(one, many, self.amount))

    @property
    def code(self) -> str:
        return f"{self.amount}{self.unit}"

    def at_least(self, other: Period) -> Period:
        today = date(2000, 1, 1)
        return self if self.after(today) >= other.after(today) else other


@dataclass(frozen=True)
class Rule:
    record_type: str
    action: str          # keep, archive or delete
    period: Period
    label: str           # Danish: what the rule is about
    counted_from: str    # Danish: from when the period runs

    @property
    def describe(self) -> str:
        if self.action == KEEP:
            return Notice("{rule}: gemmes", rule=Label(self.label))
        template = ("{rule}: slettes {period} efter {start}" if self.action == DELETE
                    else "{rule}: arkiveres {period} efter {start}")
        return Notice(template, rule=Label(self.label), period=self.period.words,
                      start=Label(self.counted_from))


DEFAULT_RULES: dict[str, Rule] = {
    "child": Rule("child", DELETE, Period(5, "y"), Label("Barnets sag"),
                  Label("sagens afslutning")),
    "draft": Rule("draft", DELETE, Period(30, "d"), Label("Kladder"), Label("sidste ændring")),
    "access_log": Rule("access_log", DELETE, Period(5, "y"), Label("Adgangsloggen"),
                       Label("hændelsen")),
}
ACTIONS_ALLOWED = {"child": (KEEP, ARCHIVE, DELETE), "draft": (KEEP, DELETE),
                   "access_log": (KEEP, DELETE)}
MINIMUM = {"access_log": Period(6, "m")}  # the access log is kept at least six months


@dataclass(frozen=True)
class DueItem:
    """One record past its period. ``id`` is the row's id (for the access log: the range
    of event numbers); ``reason`` is Danish; ``what`` names it for the person approving."""
    entity: str            # child, observation_draft, audit_event
    id: str
    child_id: uuid.UUID | None
    reason: str
    due: date
    action: str            # archive or delete
    what: str = ""

    @property
    def action_label(self) -> str:
        return ACTION_LABELS[self.action]


@dataclass(frozen=True)
class ApplyResult:
    children_deleted: int = 0
    children_archived: int = 0
    drafts_deleted: int = 0
    log_events_deleted: int = 0

    @property
    def total(self) -> int:
        return (self.children_deleted + self.children_archived + self.drafts_deleted
                + self.log_events_deleted)


# --- rules ---------------------------------------------------------------------------

_RULE_TEXT = re.compile(r"^\s*(keep|archive|delete)(?:\s+(\d+)\s*([dmy]))?\s*$", re.I)


def parse_rule(record_type: str, text: str, *, refuse_below_minimum: bool = True) -> Rule:
    """``delete 5y``, ``archive 36m``, ``delete 30d`` or ``keep`` for one record type.

    A period below the legal minimum is refused, or (``refuse_below_minimum`` False, for
    a value already stored) raised to the minimum."""
    base = DEFAULT_RULES.get(record_type)
    if base is None:
        raise ValidationError("Ukendt posttype »{record_type}«. Brug en af: {choices}.",
                              record_type=record_type, choices=", ".join(DEFAULT_RULES),
                              log_message="unknown retention record type")
    found = _RULE_TEXT.match(text or "")
    if found is None or (found.group(1).lower() != KEEP and found.group(2) is None):
        raise ValidationError("Reglen »{text}« forstås ikke. Skriv fx »delete 5y«, »archive "
                              "36m«, »delete 30d« eller »keep«.", text=text,
                              log_message="unparsable retention rule")
    action = found.group(1).lower()
    if action not in ACTIONS_ALLOWED[record_type]:
        raise ValidationError("{base} kan ikke {action}.",
                              base=Label(base.label), action=Label(ACTION_LABELS[action].lower()),
                              log_message="retention action not allowed for type")
    period = base.period if action == KEEP else Period(int(found.group(2)),
                                                       found.group(3).lower())
    minimum = MINIMUM.get(record_type)
    if minimum is not None and period.at_least(minimum) is not period:
        if not refuse_below_minimum:
            return replace(base, action=action, period=minimum)
        raise ValidationError("{base} skal gemmes i mindst {minimum}.",
                              base=Label(base.label), minimum=minimum.words,
                              log_message="retention period below the legal minimum")
    return replace(base, action=action, period=period)


def rules_in(session: Session) -> dict[str, Rule]:
    """The defaults, overridden by the installation's settings (a bad stored value is
    ignored with a warning: the default is the safer reading)."""
    result = dict(DEFAULT_RULES)
    for row in session.scalars(select(Setting).where(Setting.key.like(SETTING_PREFIX + "%"))):
        record_type = row.key[len(SETTING_PREFIX):]
        if record_type not in DEFAULT_RULES:
            continue
        try:
            result[record_type] = parse_rule(record_type, row.value,
                                             refuse_below_minimum=False)
        except ValidationError:
            log.warning("ignoring retention setting %s=%r", row.key, row.value)
    return result


def rules(ctx: AppContext) -> dict[str, Rule]:
    with ctx.db.transaction() as s:
        return rules_in(s)


def set_rule(ctx: AppContext, record_type: str, text: str) -> Rule:
    ctx.require_role(UserRole.OFFICE)
    rule = parse_rule(record_type, text)
    value = rule.action if rule.action == KEEP else f"{rule.action} {rule.period.code}"
    with ctx.db.transaction() as s:
        row = s.get(Setting, SETTING_PREFIX + record_type)
        if row is None:
            s.add(Setting(key=SETTING_PREFIX + record_type, value=value))
        else:
            row.value = value
        audit.record(s, ctx, AuditAction.UPDATE, "setting", SETTING_PREFIX + record_type,
                     detail=f"retention: {value}")
    return rule


# --- what is due -------------------------------------------------------------------------

def _danish(day: date) -> str:
    return Day(day)  # "7. december 2026", or the English interface's own form


def _closures(session: Session) -> dict[uuid.UUID, date]:
    """Child id -> the day the case was closed, for every closed case."""
    closed: dict[uuid.UUID, date] = {}
    children = session.execute(select(Child.id, Child.status, Child.closed_on)
                               .where(Child.deleted_at.is_(None))).all()
    placements: dict[uuid.UUID, list[date | None]] = {}
    for child_id, end in session.execute(select(Placement.child_id, Placement.end_date)
                                         .where(Placement.deleted_at.is_(None))):
        placements.setdefault(child_id, []).append(end)
    referrals: dict[uuid.UUID, list[tuple[str, date]]] = {}
    for child_id, status, received, committee in session.execute(
            select(Referral.child_id, Referral.status, Referral.received_on,
                   Referral.committee_date).where(Referral.deleted_at.is_(None))):
        referrals.setdefault(child_id, []).append((status, committee or received))
    finished = {ChildStatus.HANDED_OVER.value, ChildStatus.ARCHIVED.value}
    ended_referral = {ReferralStatus.REJECTED.value, ReferralStatus.WITHDRAWN.value}
    for child_id, status, closed_on in children:
        ends = placements.get(child_id, [])
        if closed_on is not None:
            closed[child_id] = closed_on
        elif ends and None not in ends and status in finished:
            closed[child_id] = max(ends)
        elif not ends and referrals.get(child_id) and all(
                s in ended_referral for s, _ in referrals[child_id]):
            closed[child_id] = max(d for _, d in referrals[child_id])
    return closed


def _children_due(session: Session, rule: Rule, today: date) -> list[DueItem]:
    if rule.action == KEEP:
        return []
    closures = _closures(session)
    if not closures:
        return []
    rows = session.execute(select(Child.id, Child.first_name, Child.last_name, Child.status)
                           .where(Child.id.in_(list(closures)))).all()
    template = ("Sagen blev afsluttet {closed}; barnets sag slettes {period} efter sagens "
                "afslutning." if rule.action == DELETE else
                "Sagen blev afsluttet {closed}; barnets sag arkiveres {period} efter sagens "
                "afslutning.")
    items = []
    for child_id, first, last, status in rows:
        due = rule.period.after(closures[child_id])
        if due > today or (rule.action == ARCHIVE and status == ChildStatus.ARCHIVED.value):
            continue
        items.append(DueItem(
            "child", str(child_id), child_id,
            Notice(template, closed=_danish(closures[child_id]), period=rule.period.words),
            due, rule.action, f"{first} {last}".strip()))
    return items


def _drafts_due(session: Session, rule: Rule, today: date) -> list[DueItem]:
    if rule.action == KEEP:
        return []
    cutoff = datetime.combine(rule.period.before(today) + timedelta(days=1), time.min, LOCAL_TZ)
    rows = session.execute(select(ObservationDraft.id, ObservationDraft.child_id,
                                  ObservationDraft.updated_at)
                           .where(ObservationDraft.updated_at < cutoff)).all()
    items = []
    for draft_id, child_id, changed in rows:
        changed_on = changed.astimezone(LOCAL_TZ).date()
        items.append(DueItem("observation_draft", str(draft_id), child_id,
                             Notice("Kladde sidst ændret {changed}; kladder slettes {period} "
                                    "efter sidste ændring.", changed=_danish(changed_on),
                                    period=rule.period.words),
                             rule.period.after(changed_on), DELETE, Notice("Kladde")))
    return items


def log_prefix(session: Session, rule: Rule, today: date) -> tuple[int, int, date] | None:
    """(first, last event number, day of the last) of the oldest part of the access log
    that may go: older than the period (at least six months) and about no child that
    still has a record. Only a prefix: the rest of the hash chain stays verifiable."""
    if rule.action == KEEP:
        return None
    period = rule.period.at_least(MINIMUM["access_log"])
    cutoff = datetime.combine(period.before(today), time.min, LOCAL_TZ)
    first = session.scalar(select(func.min(AuditEvent.seq)))
    if first is None:
        return None
    blocking = session.scalar(select(func.min(AuditEvent.seq)).where(or_(
        AuditEvent.at >= cutoff,
        AuditEvent.child_id.in_(select(Child.id)))))
    last = (blocking - 1) if blocking is not None else session.scalar(
        select(func.max(AuditEvent.seq)))
    if last is None or last < first:
        return None
    at = session.scalar(select(AuditEvent.at).where(AuditEvent.seq == last))
    return first, last, at.astimezone(LOCAL_TZ).date()


def _log_due(session: Session, rule: Rule, today: date) -> list[DueItem]:
    prefix = log_prefix(session, rule, today)
    if prefix is None:
        return []
    first, last, newest = prefix
    period = rule.period.at_least(MINIMUM["access_log"])
    count = last - first + 1
    return [DueItem("audit_event", f"{first}-{last}", None,
                    Notice("{count} hændelser i adgangsloggen til og med {newest}; loggen "
                           "slettes {period} efter hændelsen og aldrig før det, den handler "
                           "om.", count=count, newest=_danish(newest), period=period.words),
                    period.after(newest), DELETE,
                    Notice("Adgangslog ({count} hændelser)", count=count))]


def due_in(session: Session, today: date) -> list[DueItem]:
    current = rules_in(session)
    items = (_children_due(session, current["child"], today)
             + _drafts_due(session, current["draft"], today)
             + _log_due(session, current["access_log"], today))
    return sorted(items, key=lambda i: (i.due, i.entity, i.what, i.id))


def preview(ctx: AppContext) -> list[DueItem]:
    """What has passed its period and would go now (the office reads this first)."""
    ctx.require_role(UserRole.OFFICE)
    with ctx.db.transaction() as s:
        items = due_in(s, ctx.today())
        audit.record(s, ctx, AuditAction.VIEW, "retention", detail=f"{len(items)} due")
        return items


# --- deleting, once a person approved -------------------------------------------------------

def apply(ctx: AppContext, ids: Iterable[str] | None = None) -> ApplyResult:
    """Delete (or archive) what is due now; ``ids`` limits it to those items (each must
    still be due, else nothing at all is changed). Children are erased through the GDPR
    purge, so the deletion reaches every device; each deletion is in the access log."""
    ctx.require_role(UserRole.OFFICE)
    from ..exchange.sync import erase_child  # sync pulls in the package machinery
    with ctx.db.transaction() as s:
        due = due_in(s, ctx.today())
    if ids is not None:
        wanted = [str(i).strip() for i in ids]
        known = {i.id: i for i in due}
        stale = [i for i in wanted if i not in known]
        if stale:
            raise ValidationError("Intet er slettet: {items} har ikke passeret "
                                  "opbevaringsfristen (længere).", items=", ".join(stale),
                                  log_message="retention apply with items not due")
        due = [known[i] for i in dict.fromkeys(wanted)]
    result = ApplyResult()
    drafts = [i for i in due if i.entity == "observation_draft"]
    if drafts:
        with ctx.db.transaction() as s:
            for item in drafts:
                s.execute(delete(ObservationDraft).where(
                    ObservationDraft.id == uuid.UUID(item.id)))
                audit.record(s, ctx, AuditAction.DELETE, "observation_draft", item.id,
                             child_id=item.child_id, detail=f"retention: due {item.due}")
        result = replace(result, drafts_deleted=len(drafts))
    for item in (i for i in due if i.entity == "child"):
        if item.action == ARCHIVE:
            with ctx.db.transaction() as s:
                child = s.get(Child, item.child_id)
                child.status = ChildStatus.ARCHIVED.value
                audit.record(s, ctx, AuditAction.UPDATE, "child", child.id, child_id=child.id,
                             detail=f"archived (retention): due {item.due}")
            result = replace(result, children_archived=result.children_archived + 1)
            continue
        erase_child(ctx, item.child_id)  # logs the erasure itself and syncs as a purge
        with ctx.db.transaction() as s:
            audit.record(s, ctx, AuditAction.DELETE, "child", item.child_id,
                         child_id=item.child_id, detail=f"retention: due {item.due}")
        result = replace(result, children_deleted=result.children_deleted + 1)
    if any(i.entity == "audit_event" for i in due):
        result = replace(result, log_events_deleted=_prune_log(ctx))
    log.info("retention applied: %s", result)
    return result


def _prune_log(ctx: AppContext) -> int:
    """Remove the oldest part of the log (recomputed now: never more than is due) and let
    the chain start from the last removed event; the removal is itself logged."""
    with ctx.db.transaction() as s:
        if s.get_bind().dialect.name == "postgresql":
            s.execute(func.pg_advisory_xact_lock(7301).select())
        prefix = log_prefix(s, rules_in(s)["access_log"], ctx.today())
        if prefix is None:
            return 0
        first, last, _ = prefix
        last_hash = s.scalar(select(AuditEvent.hash).where(AuditEvent.seq == last))
        audit.allow_prune(s)  # PostgreSQL's append-only trigger, for this transaction
        s.execute(delete(AuditEvent).where(AuditEvent.seq <= last))
        row = s.get(Setting, CHAIN_START_KEY)
        value = f"{last}:{last_hash}"
        if row is None:
            s.add(Setting(key=CHAIN_START_KEY, value=value))
        else:
            row.value = value
        s.flush()
        audit.record(s, ctx, AuditAction.DELETE, "audit_event",
                     detail=f"retention: events {first}..{last} removed; "
                            f"chain continues from {last}:{last_hash}")
        return last - first + 1


def describe_rules(current: dict[str, Rule]) -> Sequence[str]:
    return [rule.describe for rule in current.values()]
