"""The child's timeline: newest first, lazily loaded, filtered like a person would."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dagpleje_desktop.gui.models.observations_model import ObservationListModel

from child_page_support import (WAIT_MS, child_installation, child_template,  # noqa: F401
                                open_child_page, shown_ids, start, wait)

pytestmark = pytest.mark.gui


def choose(qtbot, combo, first_letters: str) -> None:
    """Type into the closed combo box: the keyboard search picks the item.

    Letters typed within the keyboard interval add to the previous search, so pause
    first, as a person does between two choices.
    """
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    combo.setFocus()
    qtbot.keyClicks(combo, first_letters)
    assert combo.currentText().casefold().startswith(first_letters.casefold())


def wait_for(qtbot, timeline, expected: list[uuid.UUID]) -> None:
    wait(qtbot, lambda: not timeline.loading and shown_ids(timeline) == expected,
                    timeout=10_000)


def test_newest_first_with_every_filter(qtbot, controller, child_installation):
    window, seed = start(qtbot, controller, child_installation)
    timeline = open_child_page(qtbot, window, "Maja").timeline
    ids = seed.by_text
    first, second = (ids[t] for t in ("Maja byggede et tårn af klodser og ventede på sin tur.",
                                      "Urolig ved aflevering, faldt til ro med bamsen."))
    everything = [ids["line"], ids["bord"], ids["sang"], second, first]
    wait_for(qtbot, timeline, everything)
    assert timeline.filters.count_label.text() == "5 observationer"
    assert not timeline.filters.reset_button.isEnabled()

    choose(qtbot, timeline.filters.domain_filter, "Kommunikation")
    wait_for(qtbot, timeline, [ids["sang"]])
    assert timeline.filters.count_label.text() == "1 observation passer på filtrene"
    qtbot.mouseClick(timeline.filters.reset_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, timeline, everything)

    choose(qtbot, timeline.filters.position_filter, "Grøn")
    wait_for(qtbot, timeline, [ids["bord"], first])
    choose(qtbot, timeline.filters.author_filter, "Lise")
    wait_for(qtbot, timeline, [ids["bord"]])  # filters combine
    choose(qtbot, timeline.filters.position_filter, "Alle")
    wait_for(qtbot, timeline, [ids["line"], ids["bord"]])
    choose(qtbot, timeline.filters.author_filter, "Alle")

    choose(qtbot, timeline.filters.goal_filter, "Maja bruger")
    wait_for(qtbot, timeline, [ids["bord"], ids["sang"]])
    choose(qtbot, timeline.filters.goal_filter, "Maja venter")
    wait(qtbot, lambda: timeline.stack.currentWidget() is timeline.empty_label)
    assert timeline.empty_label.text() == "Ingen observationer passer på filtrene."
    qtbot.mouseClick(timeline.filters.reset_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, timeline, everything)


def type_date(qtbot, edit, day) -> None:
    """Tab into the field (the day is selected) and type the digits; sections advance."""
    edit.window().activateWindow()
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    wait(qtbot, edit.hasFocus)
    qtbot.keyClicks(edit, day.strftime("%d%m%Y"))


def test_period_by_preset_and_by_typed_dates(qtbot, controller, child_installation):
    window, seed = start(qtbot, controller, child_installation)
    timeline = open_child_page(qtbot, window, "Maja").timeline
    ids = seed.by_text
    wait(qtbot, lambda: timeline.model.total == 5)
    assert not timeline.filters.from_date.isEnabled()

    choose(qtbot, timeline.filters.period_filter, "Seneste måned")
    wait_for(qtbot, timeline, [ids["line"], ids["bord"]])

    choose(qtbot, timeline.filters.period_filter, "Vælg")
    assert timeline.filters.from_date.isEnabled() and timeline.filters.to_date.isEnabled()
    type_date(qtbot, timeline.filters.from_date, seed.today - timedelta(days=60))
    type_date(qtbot, timeline.filters.to_date, seed.today - timedelta(days=10))
    assert timeline.filters.from_date.date().toPython() == seed.today - timedelta(days=60)
    wait_for(qtbot, timeline, [ids["bord"], ids["sang"]])

    type_date(qtbot, timeline.filters.from_date, seed.today - timedelta(days=5))  # after "til"
    wait(qtbot, lambda: timeline.filters.period_error.isVisible())
    assert timeline.filters.period_error.text() == "Fra-datoen ligger efter til-datoen."
    assert shown_ids(timeline) == [ids["bord"], ids["sang"]]  # nothing changed


def opened_form(qtbot, window, before: int):
    forms = window.observation_forms.forms
    wait(qtbot, lambda: len(forms) > before and forms[-1].is_ready, timeout=30_000)
    return forms[-1]


def test_cards_say_what_the_eye_sees_and_open_on_enter(qtbot, controller, child_installation):
    window, seed = start(qtbot, controller, child_installation)
    detail = open_child_page(qtbot, window, "Maja")
    timeline = detail.timeline
    wait(qtbot, lambda: timeline.model.total == 5)
    sang = timeline.model.index(2).data()
    assert "Hanne Sørensen" in sang and "Rød position" in sang and "Bekymring" in sang
    assert "Kommunikation og sprog" in sang and "Sangstund" in sang
    bord = timeline.model.index(1).data()
    assert "Lise Mortensen" in bord and "Grøn position" in bord and "Bekymring" not in bord
    delegate = timeline.list.itemDelegate()
    wait(qtbot, lambda: delegate.painted_rows > 0)  # the cards are drawn

    # Enter on a card opens that observation in the edit form.
    with qtbot.waitSignal(detail.edit_observation_requested, timeout=WAIT_MS) as asked:
        timeline.list.setFocus()
        timeline.list.setCurrentIndex(timeline.model.index(1))
        qtbot.keyClick(timeline.list, Qt.Key.Key_Return)
    assert asked.args == [seed.by_text["bord"]]
    form = opened_form(qtbot, window, 0)
    assert form.observation.id == seed.by_text["bord"]
    form.reject()  # nothing changed: closes at once
    wait(qtbot, lambda: not window.observation_forms.forms)

    # So does a double-click.
    window.activateWindow()
    rect = timeline.list.visualRect(timeline.model.index(0))
    qtbot.mouseClick(timeline.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(timeline.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    form = opened_form(qtbot, window, 0)
    assert form.observation.id == seed.by_text["line"]
    form.reject()
    wait(qtbot, lambda: not window.observation_forms.forms)

    # "Ny observation" on the page starts a form about this child.
    with qtbot.waitSignal(detail.new_observation_requested, timeout=WAIT_MS) as asked:
        qtbot.mouseClick(detail.new_button, Qt.MouseButton.LeftButton)
    assert asked.args == [seed.maja]
    assert opened_form(qtbot, window, 0).child_id() == seed.maja


def _rows(ids, offset, limit):
    return [_FakeObservation(i) for i in ids[offset:offset + limit]]


def test_rows_arrive_in_pages_and_a_far_hit_comes_in_one_trip(qtbot):
    ids = [uuid.uuid4() for _ in range(250)]
    pages, locates = [], []
    model = ObservationListModel(
        lambda offset, limit, done, failed: pages.append((offset, limit, done)),
        batch_size=100,
        locate=lambda obs_id, offset, done, failed: locates.append((obs_id, offset, done)))
    model.set_page(len(ids))  # a query without its first cards: they are asked for
    assert model.total == 250 and model.rowCount() == 0
    assert [(offset, limit) for offset, limit, _done in pages] == [(0, 100)]
    model.fetchMore()  # the list wants them: nothing waits, they are added on arrival
    assert model.rowCount() == 0
    offset, limit, done = pages.pop()
    done(_rows(ids, offset, limit))
    assert model.rowCount() == 100
    assert [(offset, limit) for offset, limit, _done in pages] == [(100, 100)]  # read ahead

    rows_found = []
    model.fetch_until(ids[230], rows_found.append)  # e.g. a search hit far down
    assert rows_found == [] and model.rowCount() == 100  # the answer is on its way
    obs_id, offset, done = locates.pop()
    assert (obs_id, offset) == (ids[230], 100)
    done(230, _rows(ids, 100, 200))  # the position and every page up to it, in one trip
    assert rows_found == [230] and model.rowCount() == 250 and not model.canFetchMore()
    offset, limit, done = pages.pop()
    done(_rows(ids, offset, limit))  # the read-ahead arriving late adds nothing twice
    assert model.rowCount() == 250
    model.fetch_until(uuid.uuid4(), rows_found.append)
    assert rows_found == [230, None] and not locates  # all is loaded: it is not listed


def test_a_page_cut_short_by_a_deletion_ends_the_list_there(qtbot):
    ids = [uuid.uuid4() for _ in range(150)]
    model = ObservationListModel(
        lambda offset, limit, done, failed: done(_rows(ids, offset, limit)[:30]),
        batch_size=100)
    model.set_page(len(ids), _rows(ids, 0, 100))
    model.fetchMore()  # 50 expected, 30 still there
    assert model.rowCount() == 130 and model.total == 130 and not model.canFetchMore()


def test_a_failed_read_stops_the_list_and_says_why(qtbot):
    ids = [uuid.uuid4() for _ in range(150)]
    pending = []
    model = ObservationListModel(
        lambda offset, limit, done, failed: pending.append(failed), batch_size=100)
    model.set_page(len(ids), _rows(ids, 0, 100))
    with qtbot.waitSignal(model.load_failed, timeout=1000) as failure:
        model.fetchMore()  # the list waits for the page read ahead, which fails
        pending.pop()(RuntimeError("database gone"))
    assert isinstance(failure.args[0], RuntimeError)
    assert model.rowCount() == 100 and not model.canFetchMore()


def test_the_next_page_is_read_ahead_so_scrolling_does_not_wait(qtbot):
    ids = [uuid.uuid4() for _ in range(250)]
    pending = []
    model = ObservationListModel(
        lambda offset, limit, done, failed: pending.append((offset, limit, done)),
        batch_size=100)
    model.set_page(len(ids), _rows(ids, 0, 100))  # first cards come along
    assert model.rowCount() == 100 and len(pending) == 1  # the second page is on its way
    offset, limit, done = pending.pop()
    assert (offset, limit) == (100, 100)
    done(_rows(ids, offset, limit))
    model.fetchMore()  # the list reaches the end: rows are already there
    assert model.rowCount() == 200
    assert len(pending) == 1  # and the third is being read
    model.fetchMore()  # faster than the background read: nothing waits, it is awaited
    assert model.rowCount() == 200 and len(pending) == 1
    offset, limit, done = pending.pop()
    done(_rows(ids, offset, limit))  # added the moment it arrives
    assert model.rowCount() == 250 and not model.canFetchMore()
    model.set_page(10)  # a new query without its first cards: they are read ahead
    assert [(offset, limit) for offset, limit, _done in pending] == [(0, 100)]


class _FakeObservation:
    def __init__(self, obs_id):
        self.id = obs_id
