"""GUI fixtures: an installation with children, built once through services, copied per test."""

from __future__ import annotations

import os
import shutil

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from dagpleje_desktop.domain.enums import UserRole  # noqa: E402
from dagpleje_desktop.gui.app import AppController  # noqa: E402
from dagpleje_desktop.gui.operations.runner import wait_for_all  # noqa: E402
from dagpleje_desktop.services.installation import Installation  # noqa: E402
from gui_support import FULL_NAME, PASSWORD, USERNAME, fill_installation  # noqa: E402


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    """Let background work deliver before pytest-qt closes and deletes the test's widgets,
    and again after the fixtures closed their windows: no result is left on its way."""
    wait_for_all()
    try:
        return (yield)
    finally:
        wait_for_all()


@pytest.fixture(scope="session")
def template_dir(tmp_path_factory):
    """Built once: Argon2 and migrations are slow, and every test may change the key file."""
    data_dir = tmp_path_factory.mktemp("gui-template") / "data"
    installation = Installation(data_dir=data_dir)
    installation.create(role=UserRole.CONSULTANT, name=FULL_NAME, username=USERNAME,
                        password=PASSWORD)
    fill_installation(installation)
    return data_dir


@pytest.fixture
def gui_installation(template_dir, tmp_path) -> Installation:
    data_dir = tmp_path / "data"
    shutil.copytree(template_dir, data_dir)
    return Installation(data_dir=data_dir)


@pytest.fixture
def controller(qtbot):
    """Factory: an AppController that never quits the test's QApplication."""
    made = []

    def make(installation: Installation, *, demo: bool = False) -> AppController:
        ctl = AppController(installation, demo=demo, quit_app=lambda: None)
        made.append(ctl)
        return ctl

    yield make
    for ctl in made:
        qtbot.waitUntil(lambda c=ctl: not c.runner.busy, timeout=30_000)
        for window in (ctl.main_window, ctl.login_dialog, ctl.setup_dialog,
                       ctl.recovery_dialog):
            if window is not None:
                window.close()
                # Deleted now, not when Python gets round to it: a closed window left alive
                # is restyled with the next test's look and font (in whatever order the
                # test workers run), which is no part of any test.
                window.deleteLater()
        ctl.runner.shutdown()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
