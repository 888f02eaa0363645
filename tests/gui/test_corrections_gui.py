"""Correcting an observation written more than a day ago: the form asks for a reason,
keeps the earlier wording, shows it to the next person who opens it, and the timeline
card says the observation was corrected."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid

from dagpleje_desktop.services.journal import corrections, observations
from dagpleje_desktop.services.installation import Installation

from gui_support import DATA
from observation_steps import child_id, click, start_app, wait_ready

pytestmark = pytest.mark.gui
WAIT = 30_000


@pytest.fixture
def two_days_later(gui_installation):
    """The app's clock two days after the installation's observations were written."""
    later = datetime.now(timezone.utc) + timedelta(days=2)
    return Installation(data_dir=gui_installation.data_dir, now=lambda: later)


def open_edit_form(qtbot, window, obs_id):
    window.edit_observation(obs_id)
    qtbot.waitUntil(lambda: bool(window.observation_forms.forms), timeout=WAIT)
    return wait_ready(qtbot, window.observation_forms.forms[-1])


def test_a_locked_observation_is_corrected_with_a_reason_and_keeps_its_earlier_wording(
        qtbot, controller, two_days_later):
    window = start_app(qtbot, controller, two_days_later)
    maja = child_id(window, DATA.child_name)
    obs = next(o for o in observations.list_observations(window.gui.session, maja)
               if o.text == DATA.observation)
    assert obs.locked

    form = open_edit_form(qtbot, window, obs.id)
    assert form.correction_reason is not None and form.correction_reason.isVisible()
    form.ui.text.selectAll()
    qtbot.keyClicks(form.ui.text, "Maja byggede et tårn af seks klodser.")
    click(qtbot, form.ui.saveButton)
    qtbot.waitUntil(lambda: "begrundelse" in form.ui.textError.text(), timeout=WAIT)
    assert observations.get_observation(window.gui.session, obs.id).text == DATA.observation

    qtbot.keyClicks(form.correction_reason, "Antallet af klodser var skrevet forkert")
    click(qtbot, form.ui.saveButton)
    qtbot.waitUntil(lambda: not isValid(form) or not form.isVisible(), timeout=WAIT)

    corrected = observations.get_observation(window.gui.session, obs.id)
    assert corrected.text == "Maja byggede et tårn af seks klodser." and corrected.corrections
    [kept] = corrections.corrections_for(window.gui.session, obs.id)
    assert kept.previous_text == DATA.observation
    assert kept.reason == "Antallet af klodser var skrevet forkert"

    again = open_edit_form(qtbot, window, obs.id)
    qtbot.waitUntil(again.earlier_wording.isVisible, timeout=WAIT)
    assert DATA.observation in again.earlier_wording.text()
    assert "Antallet af klodser var skrevet forkert" in again.earlier_wording.text()
    click(qtbot, again.ui.cancelButton)
    qtbot.waitUntil(lambda: not isValid(again) or not again.isVisible(), timeout=WAIT)
