"""Danish dates and alphabetical order as shown on screen."""

from __future__ import annotations

from datetime import date, datetime, timezone

from PySide6.QtGui import QStandardItem, QStandardItemModel

from dagpleje_desktop.gui.formatting import (domain_labels, format_datetime, format_period,
                                             sort_key, use_language)
from dagpleje_desktop.gui.models.collating_proxy import CollatingProxy


def test_names_sort_in_danish_alphabetical_order():
    names = ["Åse", "Zoë", "Łucja", "Æble", "Ørsted", "Emil", "Élise", "Oskar", "Zulu"]
    assert sorted(names, key=sort_key) == [
        "Élise", "Emil", "Łucja", "Oskar", "Zoë", "Zulu", "Æble", "Ørsted", "Åse"]


def test_tables_sort_names_in_danish_order_and_numbers_as_numbers(qapp):
    model = QStandardItemModel()
    for name in ("Åse", "Zoë", "Æble", "Emil", "ørsted", "Stue 10", "Stue 2"):
        model.appendRow(QStandardItem(name))
    proxy = CollatingProxy()
    proxy.setSourceModel(model)
    proxy.sort(0)
    shown = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
    assert shown == ["Emil", "Stue 2", "Stue 10", "Zoë", "Æble", "ørsted", "Åse"]


def test_table_order_follows_edits_new_rows_and_removed_rows(qapp):
    model = QStandardItemModel()
    for name in ("Bo", "Åse", "Emil"):
        model.appendRow(QStandardItem(name))
    proxy = CollatingProxy()
    proxy.setSourceModel(model)
    proxy.sort(0)

    def shown():
        return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
    assert shown() == ["Bo", "Emil", "Åse"]
    model.item(0).setText("Øjvind")  # renamed: moves to its new place at once
    assert shown() == ["Emil", "Øjvind", "Åse"]
    model.appendRow(QStandardItem("Anna"))
    assert shown() == ["Anna", "Emil", "Øjvind", "Åse"]
    model.removeRow(1)  # Åse
    assert shown() == ["Anna", "Emil", "Øjvind"]
    model.setItem(0, QStandardItem("Zoë"))  # Øjvind's row replaced
    assert shown() == ["Anna", "Emil", "Zoë"]


def test_times_are_local_and_danish():
    summer = datetime(2025, 7, 1, 12, 5, tzinfo=timezone.utc)
    assert format_datetime(summer) == "1. juli 2025 kl. 14.05"
    assert format_period(date(2024, 8, 1), None) == "1. august 2024 – nu"


def test_domain_codes_become_labels_and_unknown_codes_survive():
    assert domain_labels(("communication", "sleep_eating")) == \
        "Kommunikation og sprog, Søvn og måltider"
    assert domain_labels(("from_the_future",)) == "from_the_future"


def test_dates_and_times_follow_the_interface_language():
    moment = datetime(2026, 12, 7, 13, 30, tzinfo=timezone.utc)
    try:
        use_language("en")
        assert format_datetime(moment) == "7 December 2026 at 14:30"
        assert format_period(date(2024, 8, 1), None) == "1 August 2024 – now"
    finally:
        use_language("da")
    assert format_datetime(moment) == "7. december 2026 kl. 14.30"
