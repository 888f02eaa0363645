"""Sentences the services return (not raise) read in Danish as they are and in English
through the message catalogue, also after a copy or a pickle (a background thread's result)."""

from __future__ import annotations

import copy
import pickle
from datetime import date

import pytest

from dagpleje_desktop import message_catalogue
from dagpleje_desktop.domain.danish import Day
from dagpleje_desktop.domain.errors import Notice, NoticeList, Noun
from dagpleje_desktop.services.exchange.sync_words import changes_text
from dagpleje_desktop.services.records.guest_care import needs_warning


def _unsent() -> NoticeList:
    return NoticeList([Notice("{count} nye {noun}", count=3, noun=Noun("mål", "mål", 3)),
                       Notice("1 nyt {noun}", noun=Noun("barn", "børn", 1)),
                       Notice("Afventer visitation {day}", day=Day(date(2026, 12, 7)))])


@pytest.mark.parametrize("made", [_unsent, lambda: pickle.loads(pickle.dumps(_unsent())),
                                  lambda: copy.deepcopy(_unsent())],
                         ids=["made", "pickled", "copied"])
def test_a_notice_is_its_danish_text_and_translates(made):
    notice = made()
    assert notice == "3 nye mål, 1 nyt barn, Afventer visitation 7. december 2026"
    assert message_catalogue.translate(notice, "en") == \
        "3 new goals, 1 new child, Awaiting visitation 7 December 2026"
    assert message_catalogue.translate(notice, "da") == notice


def test_a_possessive_and_a_count_follow_the_language():
    warning = needs_warning("Villads")
    assert "Villads' særlige behov" in warning
    assert "Villads' special needs" in message_catalogue.translate(warning, "en")
    assert message_catalogue.translate(changes_text(1), "en") == "1 change"
    assert message_catalogue.translate(changes_text(4), "en") == "4 changes"
