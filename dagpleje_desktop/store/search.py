"""Full-text search over observations: SQLite FTS5 or PostgreSQL tsvector (Danish)."""

from __future__ import annotations

import json
import re
import uuid
from bisect import bisect_left
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
    column, tokens, hits = _best_column(situation, body,
                                        tuple(w.casefold() for w in words))
    if not tokens:
        return column
    start = _window_start(hits, len(tokens), size)
    end = min(len(tokens), start + size)
    out, position = [], tokens[start].start()
    for i in hits[bisect_left(hits, start):bisect_left(hits, end)]:  # only hits are marked
        token = tokens[i]
        out += (column[position:token.start()], HIT_START, token.group(), HIT_END)
        position = token.end()
    out.append(column[position:] if end == len(tokens)
               else column[position:tokens[end - 1].end()])
    return ("…" if start > 0 else "") + "".join(out) + ("…" if end < len(tokens) else "")


def _best_column(situation: str, body: str, prefixes: tuple[str, ...]):
    """(text, its word matches, indexes of the hits) of the column with the most hits;
    the body when neither has any (the situation when the body is empty)."""
    best = None
    for column in (body or "", situation or ""):
        tokens = list(_WORD.finditer(column))
        hits = _hits(column, tokens, prefixes)
        if hits and (best is None or len(hits) > len(best[2])):
            best = (column, tokens, hits)
    if best is None:
        column = body or situation or ""
        best = (column, list(_WORD.finditer(column)), [])
    return best


def _hits(column: str, tokens: list, prefixes: tuple[str, ...]) -> list[int]:
    """Indexes of the tokens that start with one of the (case folded) prefixes."""
    folded = column.casefold()
    if not any(p in folded for p in prefixes):
        return []
    if len(folded) == len(column):  # one folded character per character: same offsets
        return [i for i, t in enumerate(tokens) if folded.startswith(prefixes, t.start())]
    return [i for i, t in enumerate(tokens) if t.group().casefold().startswith(prefixes)]


def _window_start(hits: list[int], count: int, size: int) -> int:
    """The first of the ``size`` words holding the most hits (the earliest such)."""
    if not hits:
        return 0
    starts = {max(0, min(i - 2, count - size)) for i in hits}
    return max(sorted(starts), key=lambda a: bisect_left(hits, a + size) - bisect_left(hits, a))


def _search_postgres(session, words, child_ids, limit):
    """The same bounded ranking as on SQLite: the newest RECENT_MATCHES matches (found by
    the plan that `_pg_recent_matches` picks), ranked, headlines for the shown hits
    only. Ranking every match of a common prefix took ~0.4 s."""
    ts_query = " & ".join(w + ":*" for w in words)
    recent = _pg_recent_matches(session, ts_query, words, child_ids)
    best = sorted(recent, key=lambda r: (r[2], r[1]), reverse=True)[:limit]
    if not best:
        return []
    params = {"q": ts_query, "ids": [r[0] for r in best],
              "opts": f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords=24, MinWords=8"}
    shown = {row[0]: row for row in session.execute(text(
        "SELECT o.id, o.child_id, o.observed_at,"
        " ts_headline('danish', coalesce(o.situation, '') || ' — ' || coalesce(o.text, ''),"
        "             to_tsquery('danish', :q), :opts)"
        " FROM observation o WHERE o.id = ANY(:ids)"), params)}
    return [shown[r[0]] for r in best if r[0] in shown]


# -- PostgreSQL: finding the newest matches ------------------------------------------
#
# GIN knows which rows match but not when they were observed, so "the newest 1,000
# matches" costs either a walk backwards on the observed_at index testing every row
# (cheap when the words are in many notes: 1,000 / share rows) or a GIN bitmap plus a
# heap visit per match (cheap when they are rare; 5-10 us a visit once the table is
# larger than shared_buffers). The planner guesses the share of a multi-word query as
# the product of the words' shares; for words that go together (»ordet bussen«:
# guessed 2,568, really 23,487) or apart (»gange tydeligt«) it then walks 100,000+ rows
# or visits every one of 20,000+ matches: 120-270 ms. Its per-word guesses cannot
# know that, so for several words the share is measured instead: how many of the
# newest SAMPLE_ROWS notes match (a few ms; those pages are the ones every search
# reads); for one word the planner's estimate is close enough. Common: the
# walk. Rare: GIN ANDed with a time window (the newest part of the table, cut at the
# observed_at histogram) sized to hold a few times RECENT_MATCHES at that share, so
# only the matches inside it are visited; the rest of the table only if it held too
# few. None in the sample: every match, by GIN.
SAMPLE_ROWS = 2_000
WALK_MAX_ROWS = 20_000  # walk when ~RECENT_MATCHES matches lie within this many rows
WINDOW_MATCHES = 3      # a window is sized to hold this many times RECENT_MATCHES
FULL_WINDOW = 0.5       # a window this large is no saving: take every match

_PG_CANDIDATES = (
    "SELECT c.id, c.observed_at, ts_rank(c.search_vector, to_tsquery('danish', :q))"
    " FROM (SELECT o.id, o.observed_at, o.search_vector FROM observation o"
    " WHERE {match} AND o.deleted_at IS NULL{where}"
    " ORDER BY {order} DESC LIMIT :recent) c")
_BY_GIN = "o.search_vector @@ to_tsquery('danish', :q)"
# "IS TRUE" hides the GIN index (but not the estimate), so the planner must walk.
_BY_WALK = "(o.search_vector @@ to_tsquery('danish', :q)) IS TRUE"
# "+ interval '0'" hides the observed_at index from ORDER BY, so the planner cannot
# switch to the walk; a window bound as a plain comparison still uses the index.
_BY_TIME, _BY_TIME_NO_WALK = "o.observed_at", "o.observed_at + interval '0'"


def _pg_recent_matches(session, ts_query, words, child_ids):
    """(id, observed_at, rank) of the newest RECENT_MATCHES live matches."""
    params = {"q": ts_query, "recent": RECENT_MATCHES}

    def candidates(match, order, where="", **more):
        return session.execute(text(_PG_CANDIDATES.format(match=match, order=order,
                                                          where=where)),
                               {**params, **more}).all()

    if child_ids is not None:
        # A child's or a caseload's notes: the planner's choice within the scope is fine.
        params["child_ids"] = list(child_ids)
        sql = text(_PG_CANDIDATES.format(match=_BY_GIN, order=_BY_TIME,
                                         where=" AND o.child_id IN :child_ids"))
        return session.execute(sql.bindparams(bindparam("child_ids", expanding=True)),
                               params).all()
    plan = _pg_plan(session, ts_query, words)
    if plan is None:  # small table or no statistics yet: the planner's choice
        return candidates(_BY_GIN, _BY_TIME)
    if plan == "walk":
        return candidates(_BY_WALK, _BY_TIME)
    if plan == "all":
        return candidates(_BY_GIN, _BY_TIME_NO_WALK)
    rows = candidates(_BY_GIN, _BY_TIME_NO_WALK, " AND o.observed_at >= :since", since=plan)
    if len(rows) < RECENT_MATCHES:
        # The window held too few: the rest, its bound hidden from the index too (a
        # bitmap of most of the table is slower than the visits it would save).
        rows += candidates(_BY_GIN, _BY_TIME_NO_WALK,
                           " AND o.observed_at + interval '0' < :since", since=plan,
                           recent=RECENT_MATCHES - len(rows))
    return rows


def _pg_plan(session, ts_query, words):
    """None: the planner's choice; "walk"; "all" (every match by GIN); or the
    observed_at the window of newest notes to look in starts at."""
    table_rows, histogram = session.execute(text(
        "SELECT c.reltuples, s.histogram_bounds::text::timestamptz[] FROM pg_class c"
        " LEFT JOIN pg_stats s ON s.schemaname = current_schema()"
        " AND s.tablename = 'observation' AND s.attname = 'observed_at'"
        " WHERE c.oid = 'observation'::regclass")).one()
    if not histogram or len(histogram) < 2 or table_rows <= WALK_MAX_ROWS:
        return None
    if len(words) == 1:
        # One word: the planner's estimate from the column statistics is close enough.
        share_matching = _pg_estimate(session, ts_query) / max(table_rows, 1.0)
    else:
        found, sampled = session.execute(text(
            "SELECT count(*) FILTER (WHERE s.search_vector @@ to_tsquery('danish', :q)),"
            " count(*) FROM (SELECT o.search_vector FROM observation o"
            " WHERE o.deleted_at IS NULL ORDER BY o.observed_at DESC LIMIT :sample) s"),
            {"q": ts_query, "sample": SAMPLE_ROWS}).one()
        share_matching = found / max(sampled, 1)
    if share_matching <= 0:
        return "all"
    if RECENT_MATCHES / share_matching <= WALK_MAX_ROWS:
        return "walk"
    window = WINDOW_MATCHES * RECENT_MATCHES / (share_matching * table_rows)
    if window >= FULL_WINDOW:
        return "all"
    return histogram[int((1 - window) * (len(histogram) - 1))]


def _pg_estimate(session, ts_query) -> float:
    plan = session.execute(text(
        "EXPLAIN (FORMAT JSON) SELECT 1 FROM observation"
        " WHERE search_vector @@ to_tsquery('danish', :q)"), {"q": ts_query}).scalar()
    if isinstance(plan, str):
        plan = json.loads(plan)
    return float(plan[0]["Plan"]["Plan Rows"])
