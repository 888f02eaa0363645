"""Typing another child's name into an observation is flagged at once, and one click
writes the child's initials instead; the saved observation names no other child."""

from __future__ import annotations

import pytest
from shiboken6 import isValid

from dagpleje_desktop.services.journal import observations

from gui_support import DATA
from observation_steps import child_id, choose_child, click, open_form_with_toolbar, start_app

pytestmark = pytest.mark.gui
WAIT = 20_000


@pytest.fixture
def window(qtbot, controller, gui_installation):
    return start_app(qtbot, controller, gui_installation)


def test_another_childs_name_is_flagged_and_replaced_by_initials(qtbot, window):
    form = open_form_with_toolbar(qtbot, window)
    choose_child(qtbot, form, "Maj")
    qtbot.keyClicks(form.ui.text, "Maja legede med Emil i sandkassen")
    warning = form.other_child
    qtbot.waitUntil(warning.isVisible, timeout=WAIT)
    assert "Emil Jensen" in warning.message.text()

    click(qtbot, warning.initials_button)
    assert form.ui.text.toPlainText() == "Maja legede med E.J. i sandkassen"
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=WAIT)

    click(qtbot, form.ui.saveButton)
    qtbot.waitUntil(lambda: not isValid(form) or not form.isVisible(), timeout=WAIT)
    maja = child_id(window, DATA.child_name)
    texts = [o.text for o in observations.list_observations(window.gui.session, maja)]
    assert "Maja legede med E.J. i sandkassen" in texts


def test_the_childs_own_name_and_ordinary_words_raise_no_warning(qtbot, window):
    form = open_form_with_toolbar(qtbot, window)
    choose_child(qtbot, form, "Maj")
    qtbot.keyClicks(form.ui.text, "Maja Nielsen ville bo i sandkassen hele dagen")
    qtbot.waitUntil(lambda: not form.other_child._timer.isActive(), timeout=WAIT)
    assert not form.other_child.isVisible()
