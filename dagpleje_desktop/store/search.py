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
SNIPPET_TOKENS = 24


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
    """Observations matching every word (as a prefix), best first among the newest
    RECENT_MATCHES matches (SQLite; see there); tombstones excluded."""
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


# Ranking is bounded: the best hits among the newest RECENT_MATCHES matches (FTS5 walks a
# word's matches newest first and stops there). A common word matches a fifth of a
# million observations; ranking, joining and snippeting all of them before the LIMIT
# took seconds, and for such a word the newest notes are the ones wanted anyway. A word
# with fewer matches is ranked over all of them, as before. Key-table rowids follow
# insertion, so "newest" is "most recently written". Only the best ``limit`` + slack are
# joined to their rows.
RECENT_MATCHES = 1000
_WINDOW_SLACK = 50


def _search_sqlite(session, words, child_ids, limit):
    fts_query = " ".join('"' + w.replace('"', "") + '"*' for w in words)
    params = {"q": fts_query, "limit": limit, "recent": RECENT_MATCHES}
    scope, scope_filter = "", ""
    if child_ids is not None:
        # The scope's own rows as a set first; "+rowid" keeps SQLite from handing each
        # of them to FTS5 as a lookup of its own (one full MATCH per row: minutes).
        params["child_ids"] = [c.hex for c in child_ids]
        scope = ("scope AS MATERIALIZED (SELECT k.rowid AS key FROM observation o"
                 " JOIN observation_search_key k ON k.observation_id = o.id"
                 " WHERE o.child_id IN :child_ids AND o.deleted_at IS NULL), ")
        scope_filter = " AND +rowid IN scope"
    sql = text(
        "WITH " + scope + "recent AS MATERIALIZED (SELECT rowid AS key, rank AS score"
        " FROM observation_fts WHERE observation_fts MATCH :q" + scope_filter +
        " ORDER BY rowid DESC LIMIT :recent),"
        " best AS (SELECT key, score FROM recent ORDER BY score LIMIT :window)"
        " SELECT o.id, o.child_id, o.observed_at, o.situation, o.text,"
        " (SELECT count(*) FROM best) FROM best"
        " JOIN observation_search_key k ON k.rowid = best.key"
        " JOIN observation o ON o.id = k.observation_id"
        " WHERE o.deleted_at IS NULL"
        " ORDER BY best.score, o.observed_at DESC LIMIT :limit")
    if child_ids is not None:
        sql = sql.bindparams(bindparam("child_ids", expanding=True))
    window = limit + _WINDOW_SLACK
    rows = session.execute(sql, {**params, "window": window}).all()
    if rows and len(rows) < limit and rows[0][5] >= window:
        # Tombstones among the best ranked (rare): rank every recent match instead.
        rows = session.execute(sql, {**params, "window": -1}).all()
    return [(r[0], r[1], r[2], snippet(r[3], r[4], words)) for r in rows]


def snippet(situation: str, body: str, words: list[str], size: int = SNIPPET_TOKENS) -> str:
    """Up to ``size`` words around the most hits, hits wrapped in HIT_START/HIT_END.

    Made here from the row's text rather than by FTS5's snippet(): that needs a second
    MATCH, and for a short common prefix (»leg«) the MATCH itself is the expensive part.
    Same rules as the index: case folded, every query word a prefix, æ/ø/å letters."""
    prefixes = [w.casefold() for w in words]
    best = None
    for column in (body or "", situation or ""):
        tokens = list(_WORD.finditer(column))
        hits = [i for i, t in enumerate(tokens)
                if any(t.group().casefold().startswith(p) for p in prefixes)]
        if hits and (best is None or len(hits) > len(best[2])):
            best = (column, tokens, hits)
    if best is None:
        column = body or situation or ""
        tokens = list(_WORD.finditer(column))
        best = (column, tokens, [])
    column, tokens, hits = best
    if not tokens:
        return column
    start = 0
    if hits:
        starts = {max(0, min(i - 2, len(tokens) - size)) for i in hits}
        start = max(sorted(starts), key=lambda a: sum(a <= i < a + size for i in hits))
    end = min(len(tokens), start + size)
    hit_set, out = set(hits), []
    position = tokens[start].start()
    for i in range(start, end):
        token = tokens[i]
        out.append(column[position:token.start()])
        out.append(f"{HIT_START}{token.group()}{HIT_END}" if i in hit_set else token.group())
        position = token.end()
    if end == len(tokens):
        out.append(column[position:])
    return ("…" if start > 0 else "") + "".join(out) + ("…" if end < len(tokens) else "")


def _search_postgres(session, words, child_ids, limit):
    """The same bounded ranking as on SQLite: the newest RECENT_MATCHES matches (walked
    backwards on the observed_at index while a common word fills them quickly, or found
    with the GIN index for a rare one, as the planner sees fit), ranked, headlines for
    the shown hits only. Ranking every match of a common prefix took ~0.4 s."""
    ts_query = " & ".join(w + ":*" for w in words)
    params = {"q": ts_query, "limit": limit, "recent": RECENT_MATCHES,
              "opts": f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords=24, MinWords=8"}
    where = _child_filter(child_ids, params, "postgresql")
    sql = text(
        "WITH recent AS MATERIALIZED (SELECT o.id, o.child_id, o.observed_at, o.situation,"
        " o.text, o.search_vector FROM observation o"
        " WHERE o.search_vector @@ to_tsquery('danish', :q) AND o.deleted_at IS NULL" + where +
        " ORDER BY o.observed_at DESC LIMIT :recent),"
        " best AS (SELECT * FROM recent"
        " ORDER BY ts_rank(search_vector, to_tsquery('danish', :q)) DESC, observed_at DESC"
        " LIMIT :limit)"
        " SELECT id, child_id, observed_at,"
        " ts_headline('danish', coalesce(situation, '') || ' — ' || coalesce(text, ''),"
        "             to_tsquery('danish', :q), :opts)"
        " FROM best ORDER BY ts_rank(search_vector, to_tsquery('danish', :q)) DESC,"
        " observed_at DESC")
    if child_ids is not None:
        sql = sql.bindparams(bindparam("child_ids", expanding=True))
    return session.execute(sql, params).all()
