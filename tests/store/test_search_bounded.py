"""Search stays fast for a common word: the best hits among the newest matches."""

from __future__ import annotations

from datetime import timedelta

from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.journal.observations import HIT_END, HIT_START, ObservationInput
from dagpleje_desktop.store import search


def test_a_common_word_finds_its_best_hits_among_the_newest_notes(office_ctx, monkeypatch):
    kid = children.create_child(office_ctx, children.ChildInput("Ida", "Holm"))
    now = office_ctx.now()
    made = [observations.create_observation(office_ctx, ObservationInput(
        kid.id, f"Dag {n}: Ida byggede et tårn", observed_at=now - timedelta(days=12 - n)))
        for n in range(12)]  # written oldest first, as days pass
    monkeypatch.setattr(search, "RECENT_MATCHES", 5)
    hits = observations.search(office_ctx, "tårn", limit=3)
    newest_five = {o.id for o in made[-5:]}
    assert len(hits) == 3 and {h.observation_id for h in hits} <= newest_five
    one_child = observations.search(office_ctx, "tårn", child_id=kid.id, limit=3)
    assert {h.observation_id for h in one_child} <= newest_five


def test_a_snippet_shows_the_words_around_the_hits_and_marks_each_hit():
    body = " ".join(f"ord{n}" for n in range(40)) + " og så et Tårn, et tårn til"
    text = search.snippet("Leg på gulvet", body, ["tår"])
    assert text.startswith("…") and text.endswith("til")
    assert text.count(HIT_START) == 2 and f"{HIT_START}Tårn{HIT_END}," in text
    assert len(text.split()) <= search.SNIPPET_TOKENS + 1


def test_a_hit_only_in_the_situation_is_shown_from_the_situation():
    text = search.snippet("Sandkassen", "Hun gravede længe.", ["sand"])
    assert text == f"{HIT_START}Sandkassen{HIT_END}"
