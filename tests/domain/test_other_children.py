"""Other children's names are found as people write them and replaced in documents."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from dagpleje_desktop.domain.other_children import (NEUTRAL_MARK, KnownChild, find_mentions,
                                                    fold, replace_mentions)

FREJA = KnownChild(uuid.uuid4(), "Freja", "Holm")
BAO = KnownChild(uuid.uuid4(), "Bảo", "Trần")
BO = KnownChild(uuid.uuid4(), "Bo", "Jensen")
SARA = KnownChild(uuid.uuid4(), "Sara", "Lund")
ALL = [FREJA, BAO, BO, SARA]


def names(text, **kw):
    return [m.child.first_name for m in find_mentions(text, ALL, exclude=[FREJA.id], **kw)]


def test_full_and_first_names_are_found_without_diacritics_and_case():
    assert names("Freja legede med Bao tran og Bảo igen") == ["Bảo", "Bảo"]
    assert names("BẢO TRẦN kom også") == ["Bảo"]


def test_the_childs_own_name_is_not_a_mention():
    assert names("Freja Holm byggede et tårn") == []


def test_a_lower_case_word_is_not_a_first_name():
    assert names("Hun vil bo hos mormor") == []
    assert names("Hun legede med Bo") == ["Bo"]


def test_a_first_name_an_adult_has_is_matched_only_with_the_last_name():
    assert names("Sara (mor) kom kl. 8", adult_first_names=["Sara"]) == []
    assert names("Sara Lund kom også", adult_first_names=["Sara"]) == ["Sara"]


def test_replacing_leaves_no_trace_of_the_other_child():
    text = "Freja legede med Bảo Trần. Bagefter trøstede Bảo hende."
    mentions = find_mentions(text, ALL, exclude=[FREJA.id])
    redacted = replace_mentions(text, mentions)
    assert "Bảo" not in redacted and "Trần" not in redacted
    assert redacted.count(NEUTRAL_MARK) == 2 and redacted.startswith("Freja legede med")
    assert replace_mentions(text, mentions, with_initials=True) == \
        "Freja legede med B.T.. Bagefter trøstede B.T. hende."


def test_words_that_merely_contain_a_name_are_left_alone():
    assert names("Boks og Bolde") == []


@given(st.text(alphabet="abcdeæøå BẢOảạ.,-", max_size=60))
def test_folding_keeps_the_length_so_offsets_match(text):
    assert len(fold(text)) == len(text)


@given(before=st.text(alphabet="abc .,", max_size=20), after=st.text(alphabet="abc .,", max_size=20))
def test_a_full_name_anywhere_is_always_replaced(before, after):
    text = f"{before} Bảo Trần {after}"
    redacted = replace_mentions(text, find_mentions(text, ALL, exclude=[FREJA.id]))
    assert "Bảo" not in redacted


def test_a_child_with_two_given_names_is_found_by_the_first_of_them():
    bao = KnownChild(uuid.uuid4(), "Bảo Minh", "Nguyễn")
    found = find_mentions("Freja legede med Bảo i dag", [FREJA, bao], exclude=[FREJA.id])
    assert [m.child for m in found] == [bao]
    assert find_mentions("Bảo Minh Nguyễn kom", [FREJA, bao], exclude=[FREJA.id])[0].text == \
        "Bảo Minh Nguyễn"
