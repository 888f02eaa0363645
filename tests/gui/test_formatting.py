"""Danish dates and alphabetical order as shown on screen."""

from __future__ import annotations

from datetime import date, datetime, timezone

from dagpleje_desktop.gui.formatting import (danish_sort_key, domain_labels, format_datetime,
                                             format_period)


def test_names_sort_in_danish_alphabetical_order():
    names = ["Åse", "Zoë", "Łucja", "Æble", "Ørsted", "Emil", "Élise", "Oskar", "Zulu"]
    assert sorted(names, key=danish_sort_key) == [
        "Élise", "Emil", "Łucja", "Oskar", "Zoë", "Zulu", "Æble", "Ørsted", "Åse"]


def test_times_are_local_and_danish():
    summer = datetime(2025, 7, 1, 12, 5, tzinfo=timezone.utc)
    assert format_datetime(summer) == "1. juli 2025 kl. 14.05"
    assert format_period(date(2024, 8, 1), None) == "1. august 2024 – nu"


def test_domain_codes_become_labels_and_unknown_codes_survive():
    assert domain_labels(("communication", "sleep_eating")) == \
        "Kommunikation og sprog, Søvn og måltider"
    assert domain_labels(("from_the_future",)) == "from_the_future"
