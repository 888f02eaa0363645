"""Full-text search over observations: SQLite FTS5 or PostgreSQL tsvector (Danish)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from .types import UTCDateTime

# Hits in a snippet are wrapped in these control characters; views turn them into bold.
HIT_START = "\u0002"
HIT_END = "\u0003"

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class RawHit:
    observation_id: uuid.UUID
    child_id: uuid.UUID
    observed_at: datetime
    snippet: str


def query_words(query: str) -> list[str]:
    return _WORD.findall(query or "")


def search_observations(session: Session, query: str, child_ids: Collection[uuid.UUID] | None,
                        limit: int = 200) -> list[RawHit]:
    """Observations matching every word (as a prefix), best first; tombstones excluded."""
    words = query_words(query)
    if not words:
        return []
    if session.get_bind().dialect.name == "sqlite":
        rows = _search_sqlite(session, words, child_ids, limit)
    else:
        rows = _search_postgres(session, words, child_ids, limit)
    stamp = UTCDateTime()
    dialect = session.get_bind().dialect
    return [RawHit(uuid.UUID(str(r[0])) if not isinstance(r[0], uuid.UUID) else r[0],
                   uuid.UUID(str(r[1])) if not isinstance(r[1], uuid.UUID) else r[1],
                   stamp.process_result_value(_as_datetime(r[2]), dialect), r[3])
            for r in rows]


def _as_datetime(value):
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _child_filter(child_ids, params, dialect: str) -> str:
    if child_ids is None:
        return ""
    params["child_ids"] = [c.hex if dialect == "sqlite" else c for c in child_ids]
    return " AND o.child_id IN :child_ids"


# Best hits are ranked inside FTS5 first, then only those are joined to their rows: a
# common word matches a fifth of a million observations, and joining (and snippeting)
# every match before the LIMIT took most of a second. When fewer than ``limit`` live
# hits come back (few matches, or tombstones among the best), all matches are ranked.
_WINDOW_SLACK = 50


def _search_sqlite(session, words, child_ids, limit):
    fts_query = " ".join('"' + w.replace('"', "") + '"*' for w in words)
    params = {"q": fts_query, "limit": limit}
    scope = ""
    if child_ids is not None:
        # The scope's own rows first (a child has thousands, the municipality a million);
        # FTS5 then ranks only the matches among them.
        params["child_ids"] = [c.hex for c in child_ids]
        scope = (" AND rowid IN (SELECT k.rowid FROM observation_search_key k"
                 " JOIN observation o ON o.id = k.observation_id"
                 " WHERE o.child_id IN :child_ids AND o.deleted_at IS NULL)")
    sql = text(
        "WITH best AS (SELECT rowid AS key, rank AS score FROM observation_fts"
        " WHERE observation_fts MATCH :q" + scope + " ORDER BY rank LIMIT :window)"
        " SELECT o.id, o.child_id, o.observed_at, best.key FROM best"
        " JOIN observation_search_key k ON k.rowid = best.key"
        " JOIN observation o ON o.id = k.observation_id"
        " WHERE o.deleted_at IS NULL"
        " ORDER BY best.score, o.observed_at DESC LIMIT :limit")
    if child_ids is not None:
        sql = sql.bindparams(bindparam("child_ids", expanding=True))
    rows = session.execute(sql, {**params, "window": limit + _WINDOW_SLACK}).all()
    if len(rows) < limit:  # few matches (cheap to rank them all), or tombstones among the best
        rows = session.execute(sql, {**params, "window": -1}).all()
    return _with_snippets(session, fts_query, rows)


def _with_snippets(session, fts_query: str, rows):
    """Snippets for the hits shown only (FTS5 computes them per matching row)."""
    if not rows:
        return []
    sql = text("SELECT rowid, snippet(observation_fts, -1, :hs, :he, '…', 24)"
               " FROM observation_fts WHERE observation_fts MATCH :q AND rowid IN :keys"
               ).bindparams(bindparam("keys", expanding=True))
    snippets = dict(session.execute(sql, {"q": fts_query, "hs": HIT_START, "he": HIT_END,
                                          "keys": [r[3] for r in rows]}).all())
    return [(r[0], r[1], r[2], snippets.get(r[3], "")) for r in rows]


def _search_postgres(session, words, child_ids, limit):
    ts_query = " & ".join(w + ":*" for w in words)
    params = {"q": ts_query, "limit": limit,
              "opts": f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords=24, MinWords=8"}
    where = _child_filter(child_ids, params, "postgresql")
    sql = text(
        "SELECT o.id, o.child_id, o.observed_at,"
        " ts_headline('danish', coalesce(o.situation, '') || ' — ' || coalesce(o.text, ''),"
        "             to_tsquery('danish', :q), :opts)"
        " FROM observation o"
        " WHERE o.search_vector @@ to_tsquery('danish', :q) AND o.deleted_at IS NULL" + where +
        " ORDER BY ts_rank(o.search_vector, to_tsquery('danish', :q)) DESC,"
        " o.observed_at DESC LIMIT :limit")
    if child_ids is not None:
        sql = sql.bindparams(bindparam("child_ids", expanding=True))
    return session.execute(sql, params).all()
