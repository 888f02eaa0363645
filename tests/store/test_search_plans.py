"""Search finds the same notes whichever way the engine looks for them.

On PostgreSQL a large table is searched by a walk over the newest notes (a common word),
by a window of the newest notes (a rarer word; the rest of the table when the window
held too few) or by every match (a word missing from the newest notes). The limits are
shrunk here so a small table takes each of those ways (two-word queries: for them the
way is chosen by sampling the newest notes; a small table gives the planner no useful
estimate for one word); the hits must be the notes a person would expect: the newest
matches of common words, and every match of rare ones, also when most of them are old."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.journal.observations import ObservationInput
from dagpleje_desktop.store import search

NOTES = 120  # note n is n hours old


def _words(age: int) -> str:
    words = ["Dagen", "gik", "stille"]
    words.append("tårn")  # in every note: common
    if age in (1, 3) or age >= 100:
        words.append("bold")  # twice among the newest, otherwise only long ago
    if age in (70, 90, 110):
        words.append("regnorm")  # only long ago
    return " ".join(words)


@pytest.fixture
def many_notes(office_ctx, monkeypatch):
    kid = children.create_child(office_ctx, children.ChildInput("Ida", "Holm"))
    now = office_ctx.now()
    made = {}
    for age in range(NOTES, 0, -1):  # written oldest first, as days pass
        note = observations.create_observation(office_ctx, ObservationInput(
            kid.id, _words(age), observed_at=now - timedelta(hours=age)))
        made[age] = note.id
    if office_ctx.db.dialect == "postgresql":
        with office_ctx.db.engine.connect() as conn:  # the statistics the plan is chosen by
            conn.execute(text("ANALYZE observation"))
            conn.commit()
    monkeypatch.setattr(search, "RECENT_MATCHES", 10)
    monkeypatch.setattr(search, "SAMPLE_ROWS", 20)
    monkeypatch.setattr(search, "WALK_MAX_ROWS", 25)
    monkeypatch.setattr(search, "WINDOW_MATCHES", 1)
    monkeypatch.setattr(search, "FULL_WINDOW", 0.9)
    return office_ctx, made


def _found(ctx, query):
    return {hit.observation_id for hit in observations.search(ctx, query)}


def test_a_common_word_finds_its_best_hits_among_the_newest_notes(many_notes):
    ctx, made = many_notes
    hits = _found(ctx, "tårn dagen")
    assert hits == {made[age] for age in range(1, 11)}


def test_a_word_seldom_written_lately_still_finds_its_older_notes(many_notes):
    ctx, made = many_notes
    bold = [age for age in made if "bold" in _words(age)]
    newest_ten = sorted(bold)[:10]
    assert _found(ctx, "bold dagen") == {made[age] for age in newest_ten}


def test_a_word_only_in_old_notes_is_found_in_all_of_them(many_notes):
    ctx, made = many_notes
    assert _found(ctx, "regnorm") == {made[70], made[90], made[110]}
    assert _found(ctx, "regnorm tårn") == {made[70], made[90], made[110]}


def test_each_way_of_looking_is_taken_on_postgresql(many_notes):
    ctx, _ = many_notes
    if ctx.db.dialect != "postgresql":
        pytest.skip("the plans are PostgreSQL's")
    with ctx.db.transaction() as session:
        assert search._pg_plan(session, "tårn:* & dagen:*", ["tårn", "dagen"]) == "walk"
        assert search._pg_plan(session, "regnorm:* & tårn:*", ["regnorm", "tårn"]) == "all"
        window = search._pg_plan(session, "bold:* & dagen:*", ["bold", "dagen"])
    assert window not in ("walk", "all", None)
