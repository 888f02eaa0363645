"""Full-text search over observations, Danish-aware, on both engines."""

from __future__ import annotations

import pytest

from dagpleje_desktop.services.records import children
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.journal.observations import HIT_END, HIT_START, ObservationInput


def _mark(word: str) -> str:
    return f"{HIT_START}{word}{HIT_END}"


@pytest.fixture
def notes(office_ctx):
    """Two children with a handful of observations; returns ids by a short key."""
    aase = children.create_child(office_ctx, children.ChildInput("Åse", "Ørsted"))
    bjoern = children.create_child(office_ctx, children.ChildInput("Bjørn", "Ås"))
    texts = {
        "øller": (aase, "Hun sang ØLLER BØLLER hele formiddagen"),
        "æble": (aase, "Åse spiste et æble og smilede"),
        "søvn": (aase, "Søvnen var rolig efter frokost"),
        "gåtur": (aase, "Lang gåtur i skoven med barnevognen"),
        "får": (bjoern, "Bjørn får mad ved det lille bord"),
        "far": (bjoern, "Bjørns far kom tidligt i dag"),
        "kravle": (bjoern, "Kravlede selv op ad trappen"),
        "gynge_a": (aase, "Gyngen var det bedste i dag"),
        "gynge_b": (bjoern, "Gyngen ville han ikke af"),
    }
    ids = {key: observations.create_observation(office_ctx, ObservationInput(kid.id, text)).id
           for key, (kid, text) in texts.items()}
    return {"ctx": office_ctx, "aase": aase.id, "bjoern": bjoern.id, **ids}


def _found(ctx, query, child_id=None):
    return {hit.observation_id for hit in observations.search(ctx, query, child_id=child_id)}


def test_search_ignores_case_also_for_danish_letters(notes):
    ctx = notes["ctx"]
    assert _found(ctx, "øller") == {notes["øller"]}
    assert _found(ctx, "Øller") == {notes["øller"]}
    assert _found(ctx, "SØVNEN") == {notes["søvn"]}


@pytest.mark.parametrize("query,key", [("æble", "æble"), ("søvn", "søvn"), ("gåtur", "gåtur")])
def test_words_with_æ_ø_å_are_found(notes, query, key):
    assert _found(notes["ctx"], query) == {notes[key]}


def test_a_word_start_finds_the_whole_word(notes):
    assert _found(notes["ctx"], "kravl") == {notes["kravle"]}


def test_å_is_its_own_letter_so_får_does_not_match_far(notes):
    ctx = notes["ctx"]
    assert _found(ctx, "får") == {notes["får"]}
    assert _found(ctx, "far") == {notes["far"]}


def test_every_word_of_the_query_must_match(notes):
    ctx = notes["ctx"]
    assert _found(ctx, "gyngen") == {notes["gynge_a"], notes["gynge_b"]}
    assert _found(ctx, "gyngen bedste") == {notes["gynge_a"]}


def test_deleted_observations_are_not_found(notes):
    ctx = notes["ctx"]
    observations.delete_observation(ctx, notes["æble"])
    assert _found(ctx, "æble") == set()


def test_an_edited_observation_is_found_by_its_new_words_only(notes):
    ctx = notes["ctx"]
    observations.update_observation(ctx, notes["æble"], ObservationInput(
        notes["aase"], "Åse spiste en pære og smilede"))
    assert _found(ctx, "æble") == set()
    assert _found(ctx, "pære") == {notes["æble"]}


def test_search_can_be_limited_to_one_child(notes):
    ctx = notes["ctx"]
    assert _found(ctx, "gyngen", child_id=notes["aase"]) == {notes["gynge_a"]}
    assert _found(ctx, "gyngen", child_id=notes["bjoern"]) == {notes["gynge_b"]}


def test_hits_are_marked_in_the_snippet_with_the_word_as_written(notes):
    ctx = notes["ctx"]
    [hit] = observations.search(ctx, "øller")
    assert _mark("ØLLER") in hit.snippet
    assert hit.child_name == "Åse Ørsted"
    [hit] = observations.search(ctx, "kravl")
    assert _mark("Kravlede") in hit.snippet
    assert HIT_START not in hit.snippet.replace(_mark("Kravlede"), "")


def test_nothing_to_search_for_gives_no_hits(notes):
    assert observations.search(notes["ctx"], "  ?! ") == []
