"""In the English interface, refusals from the services and the domain, and the ages and
states the services hand over, read in English; the Danish interface is unchanged."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from dagpleje_desktop.gui import translation
from dagpleje_desktop.gui.formatting import format_age
from dagpleje_desktop.gui.widgets import date_field
from dagpleje_desktop.gui.widgets.date_field import DateField

from gui_support import USERNAME
from office_steps import WAIT, replace_text

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def settings(monkeypatch, tmp_path, qapp):
    """The user's real settings stay untouched; the next test starts in Danish again."""
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(translation, "language_settings", lambda: store)
    yield store
    translation.remove_translators(qapp)


def start_in(language: str, settings, qapp, controller, installation):
    """The program starts with ``language`` stored, as after a restart."""
    settings.setValue(translation.SETTINGS_KEY, language)
    translation.install_translators(qapp)
    ctl = controller(installation)
    ctl.start()
    return ctl


@pytest.mark.parametrize(("language", "shown"), [
    ("en", "Wrong user name or password."),
    ("da", "Forkert brugernavn eller adgangskode."),
])
def test_a_refused_login_is_explained_in_the_interface_language(
        qtbot, qapp, settings, controller, gui_installation, language, shown):
    dialog = start_in(language, settings, qapp, controller, gui_installation).login_dialog
    qtbot.keyClicks(dialog.ui.username, USERNAME)
    qtbot.keyClicks(dialog.ui.password, "forkert-kodeord")
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.ui.passwordError.text() != "", timeout=WAIT)
    assert dialog.ui.passwordError.text() == shown


@pytest.fixture
def date_form(qtbot):
    """A date field after a text box, its clock on a day in January 2027."""
    date_field.use_clock(lambda: date(2027, 1, 15))
    window = QWidget()
    layout = QVBoxLayout(window)
    before, field = QLineEdit(), DateField(day=date(2027, 1, 15), accessible_name="From")
    layout.addWidget(before)
    layout.addWidget(field)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield field
    date_field.use_clock(date.today)


@pytest.mark.parametrize(("language", "shown"), [
    ("en", "»30-02-2027« does not exist: February 2027 has 28 days."),
    ("da", "»30-02-2027« findes ikke: februar 2027 har 28 dage."),
])
def test_an_impossible_date_is_explained_in_the_interface_language(qtbot, qapp, settings,
                                                                   date_form, language, shown):
    translation.install_translators(qapp, language)

    replace_text(qtbot, date_form, "30-02-2027")
    qtbot.keyClick(date_form, Qt.Key.Key_Tab)

    qtbot.waitUntil(lambda: date_form.feedback.text() == shown, timeout=WAIT)
    assert date_form.error() == f"From: {shown}"


@pytest.mark.parametrize(("language", "ages"), [
    ("en", ["8 mo", "2 yr", "3 yr 8 mo"]),
    ("da", ["8 mdr.", "2 år", "3 år 8 mdr."]),
])
def test_ages_follow_the_interface_language(qapp, settings, language, ages):
    translation.install_translators(qapp, language)
    assert [format_age(months) for months in (8, 24, 44)] == ages


@pytest.mark.parametrize(("language", "shown"), [("en", "Checking the package"),
                                                 ("da", "Kontrollerer pakken")])
def test_progress_steps_of_sync_backup_and_printing_read_in_the_interface_language(
        qtbot, qapp, settings, language, shown):
    from dagpleje_desktop.gui.operations.backup import BackupProgress
    from dagpleje_desktop.gui.operations.sync import SyncProgress
    from dagpleje_desktop.gui.printing import ProgressRelay
    translation.install_translators(qapp, language)
    seen: list[str] = []
    relays = (SyncProgress(), BackupProgress(), ProgressRelay())
    for relay in relays:
        relay.progressed.connect(lambda _done, _total, text: seen.append(text))
        relay.callback(1, 3, "Kontrollerer pakken")  # as the services name their steps
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=WAIT)
    assert seen == [shown] * 3
