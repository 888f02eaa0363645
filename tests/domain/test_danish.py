"""Roles and relations in running Danish text: lower case, abbreviations kept."""

from __future__ import annotations

from dagpleje_desktop.domain.danish import common_noun, named_with_role


def test_relations_and_roles_are_written_in_lower_case():
    assert named_with_role("Sara Nielsen", "Mor") == "Sara Nielsen (mor)"
    assert named_with_role("Minh Nguyễn", "Plejefar") == "Minh Nguyễn (plejefar)"
    assert named_with_role("Hanne Berg", "Fysioterapeut") == "Hanne Berg (fysioterapeut)"


def test_abbreviations_and_missing_roles():
    assert common_noun("PPR") == "PPR"
    assert named_with_role("Jens Holm", "") == "Jens Holm"
    assert named_with_role("Jens Holm", "  ") == "Jens Holm"
