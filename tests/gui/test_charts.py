"""The development chart and the wellbeing strip on the child page, with real data."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from dagpleje_desktop.domain.ages import age_in_months
from dagpleje_desktop.gui.pages.child_detail import TAB_DEVELOPMENT, TAB_WELLBEING
from dagpleje_desktop.gui.style import POSITION_COLOURS
from dagpleje_desktop.domain.enums import WellbeingPosition
from dagpleje_desktop.services.journal import assessments

from child_page_support import (JOINT_COMMENT, child_installation,  # noqa: F401
                                child_template, click_tab, open_child_page, start, wait)

pytestmark = pytest.mark.gui
MAJA_BORN = date(2022, 3, 15)  # from her CPR number


def distinct_colours(widget) -> int:
    image = widget.grab().toImage()
    return len({image.pixel(x, y) for x in range(0, image.width(), 3)
                for y in range(0, image.height(), 3)})


def wait_for_dialog(qtbot, tab):
    wait(qtbot, lambda: tab.dialog is not None and tab.dialog.isVisible())
    return tab.dialog


def test_development_chart_matches_the_assessments(qtbot, controller, child_installation):
    window, seed = start(qtbot, controller, child_installation)
    detail = open_child_page(qtbot, window, "Maja")
    click_tab(qtbot, detail, TAB_DEVELOPMENT)
    tab = detail.development_tab
    chart = tab.chart
    wait(qtbot, lambda: chart.plotted == 4)

    expected = {}
    for point in assessments.development_profile(window.gui.session, seed.maja):
        expected.setdefault(point.domain, []).append((point.actual_age_months,
                                                      point.level_months))
    assert expected == {"language": [(35, 20), (41, 26)], "gross_motor": [(41, 40), (47, 46)]}
    assert chart.series_points() == expected
    assert len(chart.chart().series()) == 3  # two domains and the diagonal
    names = [series.name() for series in chart.chart().series()]
    assert names == ["Alder = udviklingsalder", "Sprog", "Grovmotorik"]
    assert chart.axis_x.titleText() == "Alder (måneder)"
    assert chart.axis_y.titleText() == "Udviklingsalder (måneder)"
    diagonal = [(p.x(), p.y()) for p in chart.reference.points()]
    assert all(x == y for x, y in diagonal)
    assert distinct_colours(chart) > 20  # drawn, not a blank square


def test_adding_an_assessment_from_the_page_updates_the_chart(qtbot, controller,
                                                              child_installation):
    window, seed = start(qtbot, controller, child_installation)
    detail = open_child_page(qtbot, window, "Maja")
    click_tab(qtbot, detail, TAB_DEVELOPMENT)
    tab = detail.development_tab
    wait(qtbot, lambda: tab.chart.plotted == 4)

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_dialog(qtbot, tab)
    age_today = age_in_months(MAJA_BORN, seed.today)
    assert dialog.age_hint.text().startswith("Barnets alder den dag:")
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    qtbot.keyClicks(dialog.domain, "Sprog")
    assert dialog.domain.currentData() == "language"
    dialog.level.selectAll()
    qtbot.keyClicks(dialog.level, "33")
    qtbot.keyClicks(dialog.note, "Sætter tre ord sammen")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    wait(qtbot, lambda: tab.chart.plotted == 5)
    assert not dialog.isVisible()
    assert tab.chart.series_points()["language"][-1] == (age_today, 33)


def colour_of(image, rect) -> QColor:
    """The colour most of the segment is painted in (yellow and red segments carry hatching
    lines, so a single pixel may fall on a line)."""
    counts = Counter(image.pixel(x, y) for x in range(rect.left() + 1, rect.right())
                     for y in range(rect.top() + 1, rect.bottom()))
    return QColor(counts.most_common(1)[0][0])


def test_wellbeing_strip_has_one_segment_per_point_in_its_colour(qtbot, controller,
                                                                  child_installation):
    window, seed = start(qtbot, controller, child_installation)
    detail = open_child_page(qtbot, window, "Maja")
    click_tab(qtbot, detail, TAB_WELLBEING)
    tab = detail.wellbeing_tab
    strip = tab.strip
    history = assessments.wellbeing_history(window.gui.session, seed.maja)
    wait(qtbot, lambda: len(strip.segments) == len(history.points))
    assert [p.position for p in history.points] == [
        WellbeingPosition.GREEN, WellbeingPosition.YELLOW,  # observations in March 2025
        WellbeingPosition.GREEN, WellbeingPosition.YELLOW,  # individual, then joint
        WellbeingPosition.RED, WellbeingPosition.GREEN]     # this autumn's observations
    image = strip.grab().toImage()
    for segment, point in zip(strip.segments, history.points):
        assert segment.point == point
        assert colour_of(image, segment.rect) == QColor(POSITION_COLOURS[point.position])
    lefts = [segment.rect.left() for segment in strip.segments]
    assert lefts == sorted(lefts)  # on a time axis, oldest on the left

    joint = tab.joint_card
    assert joint.findChild(type(tab.message), "jointComment").text() == JOINT_COMMENT
    assert joint.findChild(type(tab.message), "jointWho").text() == \
        "10. september 2025, vurderet af Hanne Sørensen"


def test_joint_assessment_needs_a_comment_then_shows_as_the_latest(qtbot, controller,
                                                                    child_installation):
    window, seed = start(qtbot, controller, child_installation)
    detail = open_child_page(qtbot, window, "Maja")
    click_tab(qtbot, detail, TAB_WELLBEING)
    tab = detail.wellbeing_tab
    wait(qtbot, lambda: len(tab.strip.segments) == 6)

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = wait_for_dialog(qtbot, tab)
    joint = dialog.findChild(type(dialog.kinds.buttons()[0]), "kind_joint")
    red = dialog.findChild(type(dialog.kinds.buttons()[0]), "position_red")
    qtbot.mouseClick(joint, Qt.MouseButton.LeftButton, pos=joint.rect().center())
    qtbot.mouseClick(red, Qt.MouseButton.LeftButton, pos=red.rect().center())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait(qtbot, lambda: dialog.error.isVisible())
    assert dialog.error.text() == "En fælles vurdering skal have en kommentar."
    assert dialog.isVisible() and len(tab.strip.segments) == 6  # nothing saved

    qtbot.keyClicks(dialog.comment, "Svære dage efter flytningen; vi følger op om en måned.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait(qtbot, lambda: len(tab.strip.segments) == 7)
    assert not dialog.isVisible()
    last = tab.strip.segments[-1]
    assert last.point.position == WellbeingPosition.RED and last.point.source == "joint"
    wait(qtbot, lambda: any(
        label.text().startswith("Svære dage")
        for label in tab.joint_card.findChildren(type(tab.message), "jointComment")))
