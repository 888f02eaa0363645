"""Reads never wait for writes: while another connection holds a long write transaction
(as a sync import does), the children list and a child's page open and show their data;
the views are still written to the access log once the writer is done."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import update

from dagpleje_desktop.services.security import audit
from dagpleje_desktop.store.models import Organisation

from child_page_support import open_child_page
from consultant_steps import start_app
from gui_support import DATA, PASSWORD, USERNAME

pytestmark = pytest.mark.gui


class LongWrite(threading.Thread):
    """Holds the write lock on its own connection until told to commit."""

    def __init__(self, installation) -> None:
        super().__init__(daemon=True)
        self.installation = installation
        self.holding, self.release, self.committed = (threading.Event(), threading.Event(),
                                                      threading.Event())

    def run(self) -> None:
        ctx = self.installation.login(USERNAME, PASSWORD)
        try:
            with ctx.db.transaction() as s:
                s.execute(update(Organisation).values(name=Organisation.name))
                s.flush()
                self.holding.set()
                self.release.wait(timeout=120)
            self.committed.set()
        finally:
            ctx.close()


def test_the_children_list_and_a_child_open_while_a_long_write_holds_the_lock(
        qtbot, controller, gui_installation):
    _ctl, window = start_app(qtbot, controller, gui_installation)
    writer = LongWrite(gui_installation)
    writer.start()
    try:
        qtbot.waitUntil(writer.holding.is_set, timeout=30_000)
        detail = open_child_page(qtbot, window, DATA.child_name)
        assert detail.name_label.text().startswith(DATA.child_name)
        assert not writer.committed.is_set(), "the reads did not wait for the write's commit"
    finally:
        writer.release.set()
        writer.join(timeout=60)
    assert writer.committed.is_set()
    # The views wait for the writer only to be logged, on the worker, after it committed.
    ctx = gui_installation.login(USERNAME, PASSWORD)
    try:
        qtbot.waitUntil(lambda: any(e.entity == "child" and e.action.value == "view"
                                    for e in audit.list_events(ctx, limit=50)),
                        timeout=30_000)
    finally:
        ctx.close()
