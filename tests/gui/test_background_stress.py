"""Opening and closing pages, dialogs and the window while background calls are in flight.

Once this crashed the test process at random (a result delivered to a deleted widget, or
Python freeing a widget on a worker thread). Each test repeats the risky moment many
times; pytest-qt fails the test on any exception raised in a slot or event handler.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dagpleje_desktop.gui.dialogs.consent_record import ConsentDialog
from dagpleje_desktop.gui.main_window import PAGE_NAMES
from dagpleje_desktop.gui.operations.runner import in_flight, wait_for_all
from dagpleje_desktop.gui.pages.prints_consents import ConsentsPanel
from dagpleje_desktop.services.records import children

from gui_support import DATA, log_in
from print_support import CHILD, world  # noqa: F401

pytestmark = pytest.mark.gui

PANEL_ROUNDS = 40
WINDOW_ROUNDS = 4
BAD_MESSAGES = ("Destroyed while thread", "already deleted", "Cannot send events",
                "Timers cannot be stopped from another thread")


def assert_quiet(qtlog) -> None:
    messages = [record.message for record in qtlog.records]
    assert not [m for m in messages if any(bad in m for bad in BAD_MESSAGES)], messages


def test_consent_panels_closed_while_they_load_leave_nothing_behind(qtbot, qtlog, world):
    for number in range(PANEL_ROUNDS):
        panel = ConsentsPanel(world.gui)
        panel.show()
        panel.set_child(world.case.child_id, CHILD)  # the list loads in the background
        if number % 2:
            qtbot.mouseClick(panel.register_button, Qt.MouseButton.LeftButton)
            dialog = next(w for w in QApplication.topLevelWidgets()
                          if isinstance(w, ConsentDialog) and w.isVisible())
            dialog.close()  # while the guardians are still loading
            shiboken6.delete(dialog)
        panel.close()
        if number % 3:
            shiboken6.delete(panel)  # gone at once, before its result can arrive
        else:
            panel.deleteLater()
        qtbot.wait(number % 4)  # sometimes the result arrives first, sometimes not
    assert wait_for_all(30_000)
    assert not world.gui.runner.busy

    panel = ConsentsPanel(world.gui)  # and the page still works afterwards
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_child(world.case.child_id, CHILD)
    assert panel.summary.text() == "Der er ikke registreret samtykker for barnet."
    assert_quiet(qtlog)


def test_closing_the_window_while_pages_load_is_clean_every_time(qtbot, qtlog, controller,
                                                                 gui_installation):
    for _round in range(WINDOW_ROUNDS):
        ctl = controller(gui_installation)
        ctl.start()
        window = log_in(qtbot, ctl)
        qtbot.waitUntil(lambda w=window: not w.gui.runner.busy, timeout=30_000)
        session = window.gui.session
        maja = next(c for c in children.list_children(session)
                    if f"{c.first_name} {c.last_name}" == DATA.child_name)
        for name in PAGE_NAMES:  # click through everything without waiting for it
            window.show_page(name)
        window.open_child(maja.id)
        # A slow read on the same database worker keeps everything queued behind it.
        window.gui.runner.run_db(lambda s=session: [children.list_children(s)
                                                    for _ in range(20)], lambda _r: None)
        assert window.gui.runner.busy and in_flight() > 0
        window.close()
        assert not window.gui.runner.busy and window.gui.runner.closed
        qtbot.wait(10)
    assert wait_for_all(30_000)

    ctl = controller(gui_installation)  # the data survived all of it
    ctl.start()
    window = log_in(qtbot, ctl)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.pages["Børn"].list_view
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 3, timeout=30_000)
    qtbot.keyClicks(view.search, "maj")
    assert view.proxy.rowCount() == 1
    assert_quiet(qtlog)
