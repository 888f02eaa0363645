"""Accounts in the windows: change the password in
Indstillinger, reset a forgotten one with the recovery key from the login window, make a
new recovery key, log out and switch user; the password rules' reason shows as one types."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar
from sqlalchemy import select

from dagpleje_desktop.domain.enums import UserRole
from dagpleje_desktop.gui.dialogs.login import LoginDialog
from dagpleje_desktop.gui.main_window import PAGE_NAMES
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.store.models import AuditEvent

from gui_support import FULL_NAME, PASSWORD, USERNAME, log_in

pytestmark = pytest.mark.gui
WAIT_MS = 30_000
NEW_PASSWORD = "tusind-tak-for-kaffen"


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_settings(qtbot, window):
    navigation = window.navigation
    row = PAGE_NAMES.index("Indstillinger")
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton,
                     pos=navigation.visualItemRect(navigation.item(row)).center())
    qtbot.waitUntil(lambda: window.current_page_name() == "Indstillinger", timeout=WAIT_MS)
    return window.pages["Indstillinger"].account_settings


def _toolbar_button(window, action):
    return window.findChild(QToolBar, "actionsToolbar").widgetForAction(action)


def audit_actions(installation, password: str) -> list[tuple[str, str, str]]:
    ctx = installation.login(USERNAME, password)
    try:
        with ctx.db.transaction() as s:
            return [(e.username, e.action, e.detail)
                    for e in s.scalars(select(AuditEvent).order_by(AuditEvent.seq))]
    finally:
        ctx.close()


def test_change_password_in_settings_shows_the_rules_while_typing(qtbot, controller,
                                                                  gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    window = log_in(qtbot, ctl)
    card = open_settings(qtbot, window)
    fields = card.new_password

    qtbot.keyClicks(card.current_password, PASSWORD)
    qtbot.keyClicks(fields.password, "kaffe")
    assert fields.reason.text() == "Adgangskoden skal være mindst 12 tegn (der mangler 7)."
    fields.password.clear()
    qtbot.keyClicks(fields.password, "hanne-drikker-kaffe")
    assert fields.reason.text() == "Adgangskoden må ikke indeholde brugernavnet."
    fields.password.clear()
    qtbot.keyClicks(fields.password, "sommerfugl2024")
    assert "for almindelig" in fields.reason.text()
    fields.password.clear()
    qtbot.keyClicks(fields.password, NEW_PASSWORD)
    assert fields.reason.isHidden() and fields.ok.isVisibleTo(card)
    qtbot.keyClicks(fields.repeat, NEW_PASSWORD[:-1])
    assert fields.repeat_error.text() == "De to adgangskoder er ikke ens."
    qtbot.keyClicks(fields.repeat, NEW_PASSWORD[-1])
    assert fields.repeat_error.isHidden()

    click(qtbot, card.change_button)
    qtbot.waitUntil(lambda: "Adgangskoden er skiftet" in card.password_status.text(),
                    timeout=WAIT_MS)
    assert card.current_password.text() == "" and fields.password.text() == ""
    window.close()
    assert ("hanne", "update", "password changed") in audit_actions(gui_installation,
                                                                     NEW_PASSWORD)


def test_a_wrong_current_password_is_explained_and_changes_nothing(qtbot, controller,
                                                                   gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    window = log_in(qtbot, ctl)
    card = open_settings(qtbot, window)
    qtbot.keyClicks(card.current_password, "ikke-den-rigtige-kode")
    qtbot.keyClicks(card.new_password.password, NEW_PASSWORD)
    qtbot.keyClicks(card.new_password.repeat, NEW_PASSWORD)
    click(qtbot, card.change_button)

    qtbot.waitUntil(lambda: card.password_error.text() != "", timeout=WAIT_MS)
    assert card.password_error.text().startswith("Adgangskoden er forkert")
    assert card.change_button.isEnabled()
    window.close()
    gui_installation.login(USERNAME, PASSWORD).close()


def test_new_recovery_key_is_shown_once_and_resets_a_password(qtbot, controller,
                                                              gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    window = log_in(qtbot, ctl)
    card = open_settings(qtbot, window)
    qtbot.keyClicks(card.recovery_password, PASSWORD)
    click(qtbot, card.recovery_button)

    qtbot.waitUntil(lambda: card.recovery_dialog is not None and card.recovery_dialog.isVisible(),
                    timeout=WAIT_MS)
    key = card.recovery_dialog._key
    assert key.split("-")[0] in card.recovery_dialog.ui.recoveryKey.text()
    click(qtbot, card.recovery_dialog.ui.confirmCheck)
    click(qtbot, card.recovery_dialog.ui.continueButton)
    assert not card.recovery_dialog.isVisible()
    window.close()
    gui_installation.reset_password(key, USERNAME, NEW_PASSWORD)
    gui_installation.login(USERNAME, NEW_PASSWORD).close()


@pytest.fixture
def with_recovery_key(tmp_path):
    installation = Installation(data_dir=tmp_path / "egen")
    result = installation.create(role=UserRole.CONSULTANT, name=FULL_NAME, username=USERNAME,
                                 password=PASSWORD)
    return installation, result.recovery_key


def test_forgotten_password_is_reset_from_the_login_window(qtbot, controller,
                                                           with_recovery_key):
    installation, key = with_recovery_key
    ctl = controller(installation)
    ctl.start()
    login = ctl.login_dialog
    qtbot.keyClicks(login.ui.username, USERNAME)
    click(qtbot, login.ui.forgotButton)
    dialog = login.forgot_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    assert dialog.username.text() == USERNAME

    qtbot.keyClicks(dialog.recovery_key, key.lower())
    qtbot.keyClicks(dialog.fields.password, "kort")
    assert "mindst 12 tegn" in dialog.fields.reason.text()
    dialog.fields.password.clear()
    qtbot.keyClicks(dialog.fields.password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.fields.repeat, NEW_PASSWORD)
    click(qtbot, dialog.reset_button)

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert login.ui.notice.text() == "Adgangskoden er nulstillet. Log ind med den nye adgangskode."
    window = log_in(qtbot, ctl, USERNAME, NEW_PASSWORD)
    assert window.isVisible()


def test_a_wrong_recovery_key_is_explained_and_changes_nothing(qtbot, controller,
                                                               with_recovery_key):
    installation, _key = with_recovery_key
    before = {p.name: p.read_bytes() for p in installation.data_dir.iterdir()}
    ctl = controller(installation)
    ctl.start()
    click(qtbot, ctl.login_dialog.ui.forgotButton)
    dialog = ctl.login_dialog.forgot_dialog
    qtbot.keyClicks(dialog.username, USERNAME)
    qtbot.keyClicks(dialog.recovery_key, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH")
    qtbot.keyClicks(dialog.fields.password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.fields.repeat, NEW_PASSWORD)
    click(qtbot, dialog.reset_button)

    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=WAIT_MS)
    assert dialog.error.text() == "Gendannelsesnøglen er forkert."
    assert dialog.isVisible() and dialog.reset_button.isEnabled()
    assert {p.name: p.read_bytes() for p in installation.data_dir.iterdir()} == before
    click(qtbot, dialog.cancel_button)


def test_log_out_locks_the_data_and_returns_to_the_login_window(qtbot, controller,
                                                                gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    window = log_in(qtbot, ctl)
    session = window.gui.session
    click(qtbot, _toolbar_button(window, window.log_out_action))

    qtbot.waitUntil(lambda: ctl.main_window is None and ctl.login_dialog.isVisible(),
                    timeout=WAIT_MS)
    assert not shiboken6.isValid(window) or not window.isVisible()  # closed (and deleted)
    assert session.db.engine.pool.checkedout() == 0  # the session was closed
    login = ctl.login_dialog
    assert login.ui.username.text() == USERNAME  # she logged out: her name stays
    assert login.ui.notice.text() == "Du er logget ud, og data er låst."

    window = log_in(qtbot, ctl)  # and back in, through the new login window
    click(qtbot, _toolbar_button(window, window.switch_user_action))
    qtbot.waitUntil(lambda: ctl.main_window is None and ctl.login_dialog.isVisible(),
                    timeout=WAIT_MS)
    assert ctl.login_dialog.ui.username.text() == ""  # someone else logs in
    logged = audit_actions(gui_installation, PASSWORD)
    assert ("hanne", "logout", "logged out") in logged
    assert ("hanne", "logout", "logged out to switch user") in logged


def test_demo_login_window_lists_the_demo_users_and_their_roles(qtbot, gui_installation):
    from dagpleje_desktop.gui.operations.runner import OperationRunner
    runner = OperationRunner()
    dialog = LoginDialog(gui_installation, runner, demo=True)
    qtbot.addWidget(dialog)
    hint = dialog.ui.demoHint.text()
    assert "Adgangskoden er »demo« for dem alle" in hint
    for line in ("demo – Mini-dagplejekonsulent", "mette – Mini-dagplejer",
                 "kontor – Dagplejekontor"):
        assert line in hint
    assert dialog.ui.username.text() == "demo"
    runner.shutdown()


def test_setup_shows_the_password_rule_while_typing(qtbot, controller, tmp_path):
    ctl = controller(Installation(data_dir=tmp_path / "ny"))
    ctl.start()
    ui = ctl.setup_dialog.ui
    qtbot.keyClicks(ui.username, "karen")
    qtbot.keyClicks(ui.password, "karen")
    assert ui.passwordError.text() == "Adgangskoden skal være mindst 12 tegn (der mangler 7)."
    qtbot.keyClicks(ui.password, "-og-kaffe")
    assert ui.passwordError.text() == "Adgangskoden må ikke indeholde brugernavnet."
    ui.password.clear()
    qtbot.keyClicks(ui.password, "adgangskode123")
    assert "for almindelig" in ui.passwordError.text()
    ui.password.clear()
    qtbot.keyClicks(ui.password, "sommerfugl-og-kaffe")
    assert ui.passwordError.isHidden()


def test_settings_say_that_no_childminder_account_belongs_on_this_installation(
        qtbot, controller, gui_installation):
    ctl = controller(gui_installation)
    ctl.start()
    window = log_in(qtbot, ctl)

    open_settings(qtbot, window)

    note = window.pages["Indstillinger"].scope_note
    qtbot.waitUntil(lambda: note.text() != "", timeout=WAIT_MS)
    assert note.text().startswith("Rummer alle hjem. Mini-dagplejere kan ikke have en konto her")
