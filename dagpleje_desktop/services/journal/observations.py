"""Observations: create, edit, delete (tombstone), list by child and period, search."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ...domain.domains import ALL_DOMAINS
from ...domain.corrections import is_locked, required_reason
from ...domain.enums import AuditAction, SharingLevel, UserRole, WellbeingPosition
from ...domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from ...store import search as store_search
from ...store.models import (Child, Goal, Observation, ObservationDomain, ObservationGoal,
                             Professional)
from ...store.types import utcnow
from ..security import audit
from . import corrections
from ..security.access import require_child, visible_child_ids
from ..context import AppContext

HIT_START, HIT_END = store_search.HIT_START, store_search.HIT_END
MAX_TEXT_LENGTH = 100_000
_DOMAIN_CODES = {d.code for d in ALL_DOMAINS}


@dataclass(frozen=True)
class ObservationInput:
    child_id: uuid.UUID
    text: str
    observed_at: datetime | None = None  # None: now
    situation: str = ""
    domains: tuple[str, ...] = ()
    position: WellbeingPosition = WellbeingPosition.NONE
    concern: bool = False
    sharing: SharingLevel = SharingLevel.INTERNAL
    goal_ids: tuple[uuid.UUID, ...] = ()
    correction_reason: str = ""  # needed when the text of a locked observation changes


@dataclass(frozen=True)
class ObservationInfo:
    id: uuid.UUID
    child_id: uuid.UUID
    author_id: uuid.UUID | None
    author_name: str
    observed_at: datetime
    situation: str
    text: str
    position: WellbeingPosition
    concern: bool
    sharing: SharingLevel
    domains: tuple[str, ...] = ()
    goal_ids: tuple[uuid.UUID, ...] = ()
    updated_at: datetime | None = None
    corrections: int = 0  # how many times its text was corrected after it was locked
    locked: bool = False  # written more than a day ago: a correction needs a reason


@dataclass(frozen=True)
class SearchHit:
    observation_id: uuid.UUID
    child_id: uuid.UUID
    child_name: str
    observed_at: datetime
    snippet: str  # hits wrapped in HIT_START ... HIT_END


@dataclass(frozen=True)
class ObservationFilter:
    since: datetime | None = None
    until: datetime | None = None
    domain: str | None = None
    position: WellbeingPosition | None = None
    goal_id: uuid.UUID | None = None
    author_id: uuid.UUID | None = None
    extra: dict = field(default_factory=dict)


def _validate(session: Session, ctx: AppContext, data: ObservationInput) -> datetime:
    if not data.text.strip() and not data.situation.strip():
        raise ValidationError("Skriv hvad du har set: teksten er tom.",
                              log_message="observation without text")
    if len(data.text) > MAX_TEXT_LENGTH:
        raise ValidationError("Teksten er for lang (højst {length} tegn).",
                              length=f"{MAX_TEXT_LENGTH:,}".replace(",", "."))
    unknown = [d for d in data.domains if d not in _DOMAIN_CODES]
    if unknown:
        raise ValidationError("Ukendt udviklingsområde: {unknown}.", unknown=', '.join(unknown))
    observed_at = data.observed_at or ctx.now()
    if observed_at.tzinfo is None:
        raise ValueError("observed_at must be timezone-aware")
    if observed_at > ctx.now() + timedelta(hours=1):
        raise ValidationError("Tidspunktet ligger i fremtiden.",
                              log_message="observation time in the future")
    if data.goal_ids:
        goals = session.scalars(select(Goal.child_id).where(Goal.id.in_(data.goal_ids),
                                                            Goal.deleted_at.is_(None))).all()
        if len(goals) != len(set(data.goal_ids)) or any(c != data.child_id for c in goals):
            raise ValidationError("Et af de valgte mål hører ikke til barnet.")
    return observed_at


def _replace_links(session: Session, obs: Observation, data: ObservationInput, *,
                   new: bool = False) -> None:
    """Touch only the domains and goals added or removed (sets that merge):
    a link kept stays the same row, so a save on another device never duplicates it and
    a removal here is not undone by an unrelated edit there. A ``new`` observation has
    no links yet to look for."""
    now = utcnow()
    for model, column, wanted in ((ObservationDomain, "domain", dict.fromkeys(data.domains)),
                                  (ObservationGoal, "goal_id", dict.fromkeys(data.goal_ids))):
        present = set()
        existing = () if new else session.scalars(select(model).where(
            model.observation_id == obs.id, model.deleted_at.is_(None)))
        for link in existing:
            element = getattr(link, column)
            if element in wanted and element not in present:
                present.add(element)
            else:  # removed (or a duplicate left by an older version)
                link.deleted_at = now
        for element in wanted:
            if element not in present:  # a derived id: an earlier row comes back to life
                session.add(model(observation_id=obs.id, **{column: element}))


def create_observation(ctx: AppContext, data: ObservationInput, *,
                       observation_id: uuid.UUID | None = None) -> ObservationInfo:
    """A new observation; ``observation_id`` is the form's own id for it, so a save that
    is tried again after an unknown outcome finds the first one (observation_exists)."""
    with ctx.db.transaction() as s:
        require_child(s, ctx, data.child_id)
        observed_at = _validate(s, ctx, data)
        # Written "now" by the session's clock: the lock on corrections is measured by it.
        written = ctx.now()
        obs = Observation(id=observation_id or uuid.uuid4(), child_id=data.child_id,
                          author_id=ctx.user.professional_id,
                          observed_at=observed_at, situation=data.situation.strip(),
                          text=data.text.strip(), position=data.position.value,
                          concern=data.concern, sharing=data.sharing.value,
                          created_at=written, updated_at=written)
        s.add(obs)
        s.flush()
        _replace_links(s, obs, data, new=True)
        audit.record(s, ctx, AuditAction.CREATE, "observation", obs.id, child_id=obs.child_id)
        s.flush()
        # Built from what was just written: a save (the demo makes a year of them) reads
        # nothing back.
        author = s.get(Professional, obs.author_id) if obs.author_id else None
        return ObservationInfo(obs.id, obs.child_id, obs.author_id, author.name if author else "",
                               obs.observed_at, obs.situation, obs.text, data.position,
                               obs.concern, data.sharing, tuple(dict.fromkeys(data.domains)),
                               tuple(dict.fromkeys(data.goal_ids)), obs.updated_at, 0,
                               is_locked(obs.created_at, ctx.now()))


def observation_exists(ctx: AppContext, obs_id: uuid.UUID) -> bool:
    with ctx.db.transaction() as s:
        return s.get(Observation, obs_id) is not None


def _require_observation(session: Session, ctx: AppContext, obs_id: uuid.UUID) -> Observation:
    obs = session.get(Observation, obs_id)
    if obs is None or obs.is_deleted:
        raise NotFoundError("Observationen med id {obs_id} findes ikke.", obs_id=obs_id)
    require_child(session, ctx, obs.child_id)
    return obs


def update_observation(ctx: AppContext, obs_id: uuid.UUID, data: ObservationInput) -> ObservationInfo:
    with ctx.db.transaction() as s:
        obs = _require_observation(s, ctx, obs_id)
        if data.child_id != obs.child_id:
            raise ValidationError("En observation kan ikke flyttes til et andet barn.")
        obs.observed_at = _validate(s, ctx, data)
        _keep_earlier_wording(s, ctx, obs, data)
        obs.situation, obs.text = data.situation.strip(), data.text.strip()
        obs.position, obs.concern = data.position.value, data.concern
        obs.sharing = data.sharing.value
        _replace_links(s, obs, data)
        audit.record(s, ctx, AuditAction.UPDATE, "observation", obs.id, child_id=obs.child_id)
        s.flush()
        return _infos(s, [obs], ctx.now())[0]


def _keep_earlier_wording(session: Session, ctx: AppContext, obs: Observation,
                          data: ObservationInput) -> None:
    """A locked observation's text changes only with a reason, by its author or a
    consultant, and the earlier wording is kept (notatpligt)."""
    changed = [(name, getattr(obs, name)) for name, new in
               (("situation", data.situation.strip()), ("text", data.text.strip()))
               if getattr(obs, name) != new]
    if not changed or not is_locked(obs.created_at, ctx.now()):
        return
    if ctx.user.role == UserRole.CHILDMINDER and obs.author_id != ctx.user.professional_id:
        raise PermissionDeniedError(
            "Kun den, der skrev observationen, eller en konsulent kan rette den.",
            log_message="locked observation corrected by another childminder")
    reason = required_reason(data.correction_reason, "observationen")
    for name, previous in changed:
        corrections.record(session, ctx, entity="observation", row_id=obs.id,
                           child_id=obs.child_id, field=name, previous=previous,
                           reason=reason)


def delete_observation(ctx: AppContext, obs_id: uuid.UUID) -> None:
    """A tombstone: the row stays (for sync and the log) but is gone from every view."""
    with ctx.db.transaction() as s:
        obs = _require_observation(s, ctx, obs_id)
        obs.deleted_at = ctx.now()
        audit.record(s, ctx, AuditAction.DELETE, "observation", obs.id, child_id=obs.child_id)


def _conditions(child_id: uuid.UUID, flt: ObservationFilter) -> list:
    """WHERE terms of a timeline query. Domain and goal filters are EXISTS per row (the
    child's rows are few; a domain across the whole municipality is not)."""
    terms = [Observation.child_id == child_id, Observation.deleted_at.is_(None)]
    if flt.since is not None:
        terms.append(Observation.observed_at >= flt.since)
    if flt.until is not None:
        terms.append(Observation.observed_at < flt.until)
    if flt.position is not None:
        terms.append(Observation.position == flt.position.value)
    if flt.author_id is not None:
        terms.append(Observation.author_id == flt.author_id)
    if flt.domain is not None:
        terms.append(select(ObservationDomain.id).where(
            ObservationDomain.observation_id == Observation.id,
            ObservationDomain.domain == flt.domain,
            ObservationDomain.deleted_at.is_(None)).exists())
    if flt.goal_id is not None:
        terms.append(select(ObservationGoal.id).where(
            ObservationGoal.observation_id == Observation.id,
            ObservationGoal.goal_id == flt.goal_id,
            ObservationGoal.deleted_at.is_(None)).exists())
    return terms


_NEWEST_FIRST = (Observation.observed_at.desc(), Observation.id)


def _filtered_query(child_id: uuid.UUID, flt: ObservationFilter):
    return select(Observation.id).where(*_conditions(child_id, flt)).order_by(*_NEWEST_FIRST)


def observation_ids(ctx: AppContext, child_id: uuid.UUID,
                    flt: ObservationFilter | None = None) -> list[uuid.UUID]:
    """Every matching id, newest first (for whole-record work such as a handover
    selection; the timeline reads ``observation_page`` instead)."""
    with ctx.reading() as s:
        require_child(s, ctx, child_id)
        audit.record(s, ctx, AuditAction.VIEW, "observation_list", child_id=child_id)
        return list(s.scalars(_filtered_query(child_id, flt or ObservationFilter())))


@dataclass(frozen=True)
class ObservationPage:
    total: int | None  # matching observations in all; None when not asked for
    rows: list[ObservationInfo]


def observation_page(ctx: AppContext, child_id: uuid.UUID, flt: ObservationFilter | None = None,
                     *, offset: int = 0, limit: int = 100, count: bool = True
                     ) -> ObservationPage:
    """One page of the child's timeline, newest first, and how many match in all.

    The first page (offset 0) is the opening of the list and is logged; later pages
    continue that view. Counting and paging use the child's live-observation index, so
    a child with 5,000 observations opens as fast as one with ten."""
    flt = flt or ObservationFilter()
    with ctx.reading() as s:
        require_child(s, ctx, child_id)
        terms = _conditions(child_id, flt)
        total = s.scalar(select(func.count()).select_from(Observation).where(*terms)) \
            if count else None
        rows = s.execute(select(*_INFO_COLUMNS).where(*terms).order_by(*_NEWEST_FIRST)
                         .offset(max(0, offset)).limit(max(0, limit))).all()
        infos = _infos(s, rows, ctx.now())
        if offset == 0:  # last, so the write lock is held for the shortest time
            audit.record(s, ctx, AuditAction.VIEW, "observation_list", child_id=child_id)
        return ObservationPage(total, infos)


def observation_position(ctx: AppContext, child_id: uuid.UUID, obs_id: uuid.UUID,
                         flt: ObservationFilter | None = None) -> int | None:
    """Where the observation stands in the child's timeline (0 = newest), or None when
    the filter does not list it. A search hit is scrolled to with this."""
    flt = flt or ObservationFilter()
    with ctx.reading() as s:
        require_child(s, ctx, child_id)
        terms = _conditions(child_id, flt)
        found = s.execute(select(Observation.observed_at, Observation.id)
                          .where(Observation.id == obs_id, *terms)).first()
        if found is None:
            return None
        at, ident = found
        return s.scalar(select(func.count()).select_from(Observation).where(
            *terms, or_(Observation.observed_at > at,
                        and_(Observation.observed_at == at, Observation.id < ident))))


def get_observations(ctx: AppContext, ids: Sequence[uuid.UUID]) -> list[ObservationInfo]:
    """Rows for ids from ``observation_ids`` (already logged), in the given order."""
    with ctx.reading() as s:
        rows = {o.id: o for o in s.scalars(select(Observation).where(
            Observation.id.in_(list(ids)), Observation.deleted_at.is_(None)))}
        visible = visible_child_ids(s, ctx)
        ordered = [rows[i] for i in ids if i in rows
                   and (visible is None or rows[i].child_id in visible)]
        return _infos(s, ordered, ctx.now())


def list_observations(ctx: AppContext, child_id: uuid.UUID, *, since: datetime | None = None,
                      until: datetime | None = None) -> list[ObservationInfo]:
    ids = observation_ids(ctx, child_id, ObservationFilter(since=since, until=until))
    return get_observations(ctx, ids)


def get_observation(ctx: AppContext, obs_id: uuid.UUID) -> ObservationInfo:
    with ctx.reading() as s:
        obs = _require_observation(s, ctx, obs_id)
        audit.record(s, ctx, AuditAction.VIEW, "observation", obs.id, child_id=obs.child_id)
        return _infos(s, [obs], ctx.now())[0]


def recent_observations(session: Session, child_id: uuid.UUID, limit: int) -> list[ObservationInfo]:
    rows = session.scalars(select(Observation).where(
        Observation.child_id == child_id, Observation.deleted_at.is_(None))
        .order_by(Observation.observed_at.desc()).limit(limit)).all()
    return _infos(session, rows)


def search(ctx: AppContext, query: str, child_id: uuid.UUID | None = None,
           limit: int = 200) -> list[SearchHit]:
    """Full-text search across the user's children (or one child), best hits first."""
    with ctx.reading() as s:
        visible = visible_child_ids(s, ctx)
        scope = visible
        if child_id is not None:
            require_child(s, ctx, child_id)
            scope = {child_id}
        # A childminder with no children yet finds nothing (and an empty IN list is
        # not valid SQL for PostgreSQL's uuid column).
        hits = [] if scope is not None and not scope else \
            store_search.search_observations(s, query, scope, limit)
        # The names only: loading whole child rows cost a few ms per search.
        names = {i: f"{first} {last}".strip() for i, first, last in s.execute(
            select(Child.id, Child.first_name, Child.last_name)
            .where(Child.id.in_({h.child_id for h in hits})))}
        audit.record(s, ctx, AuditAction.SEARCH, "observation", child_id=child_id,
                     detail=f"{query[:200]} ({len(hits)} hits)")
        return [SearchHit(h.observation_id, h.child_id, names.get(h.child_id, ""),
                          h.observed_at, h.snippet) for h in hits]


# What an ObservationInfo is made of: a page reads these columns as plain rows, which
# costs a fraction of loading whole ORM objects.
_INFO_COLUMNS = (Observation.id, Observation.child_id, Observation.author_id,
                 Observation.observed_at, Observation.situation, Observation.text,
                 Observation.position, Observation.concern, Observation.sharing,
                 Observation.updated_at, Observation.created_at)


def _infos(session: Session, rows: Sequence[Observation],
           now: datetime | None = None) -> list[ObservationInfo]:
    """Infos for observations, or for rows of ``_INFO_COLUMNS`` (same attribute names)."""
    if not rows:
        return []
    ids = [o.id for o in rows]
    domains: dict[uuid.UUID, list[str]] = defaultdict(list)
    for obs_id, code in session.execute(select(
            ObservationDomain.observation_id, ObservationDomain.domain).where(
            ObservationDomain.observation_id.in_(ids), ObservationDomain.deleted_at.is_(None))):
        domains[obs_id].append(code)
    goals: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for obs_id, goal_id in session.execute(select(
            ObservationGoal.observation_id, ObservationGoal.goal_id).where(
            ObservationGoal.observation_id.in_(ids), ObservationGoal.deleted_at.is_(None))):
        goals[obs_id].append(goal_id)
    authors = dict(session.execute(select(Professional.id, Professional.name).where(
        Professional.id.in_({o.author_id for o in rows if o.author_id}))).all())
    corrected = corrections.correction_times(session, ids)
    now = now or datetime.now(timezone.utc)
    return [ObservationInfo(o.id, o.child_id, o.author_id, authors.get(o.author_id, ""),
                            o.observed_at, o.situation, o.text, WellbeingPosition(o.position),
                            o.concern, SharingLevel(o.sharing), tuple(domains[o.id]),
                            tuple(goals[o.id]), o.updated_at,
                            len(corrected.get(o.id, ())),
                            is_locked(o.created_at, now)) for o in rows]


def observation_infos(session: Session, rows: Sequence[Observation]) -> list[ObservationInfo]:
    """Infos for observation rows already loaded in the caller's transaction."""
    return _infos(session, rows)
