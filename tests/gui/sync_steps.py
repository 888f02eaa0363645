"""Steps for the Synkronisering tests: a second installation (the office), file dialogs
answered with test paths, pairing through the dialogs, and packages made and read."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from dagpleje_desktop.domain.enums import HomeKind, ProfessionalRole, UserRole
from dagpleje_desktop.services.records import children, homes, professionals
from dagpleje_desktop.services.installation import Installation

from gui_support import log_in

WAIT_MS = 30_000
OFFICE_USER, OFFICE_PASSWORD, OFFICE_NAME = "kontor", "blaabaer-og-te", "Kontoret Odense"
OFFICE_HOME = "Mælkebøtten"
MINDER_NAME = "Mette Madsen"


@pytest.fixture(scope="session")
def office_template(tmp_path_factory) -> Path:
    """An office installation with one mini home of its own (for the home question)."""
    data_dir = tmp_path_factory.mktemp("gui-office") / "data"
    installation = Installation(data_dir=data_dir)
    installation.create(role=UserRole.OFFICE, name=OFFICE_NAME, username=OFFICE_USER,
                        password=OFFICE_PASSWORD)
    ctx = installation.login(OFFICE_USER, OFFICE_PASSWORD)
    try:
        mette = professionals.create_professional(ctx, MINDER_NAME,
                                                  ProfessionalRole.MINI_CHILDMINDER)
        homes.create_home(ctx, homes.HomeInput(OFFICE_HOME, HomeKind.MINI, 4,
                                               childminder_id=mette.id))
    finally:
        ctx.close()
    return data_dir


@pytest.fixture(scope="session")
def minder_card(tmp_path_factory) -> Path:
    """The card of a mini-childminder's laptop (only its card is needed)."""
    folder = tmp_path_factory.mktemp("gui-minder")
    installation = Installation(data_dir=folder / "data")
    installation.create(role=UserRole.CHILDMINDER, name=MINDER_NAME, username="mette",
                        password=OFFICE_PASSWORD)
    ctx = installation.login("mette", OFFICE_PASSWORD)
    try:
        from dagpleje_desktop.services.exchange import devices  # noqa: PLC0415
        return devices.write_card(ctx, folder / "mette.dgcard")
    finally:
        ctx.close()


@pytest.fixture
def office_installation(office_template, tmp_path) -> Installation:
    data_dir = tmp_path / "office"
    shutil.copytree(office_template, data_dir)
    return Installation(data_dir=data_dir)


class FileDialogs:
    """Answers QFileDialog's static methods with the paths a test puts in the queue."""

    def __init__(self, monkeypatch) -> None:
        self.answers: list[Path | None] = []
        self.asked: list[tuple[str, str]] = []  # (kind, suggested path)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._open)

    def will_choose(self, *paths: Path | None) -> None:
        self.answers.extend(paths)

    def _answer(self, kind: str, suggested: str):
        self.asked.append((kind, suggested))
        chosen = self.answers.pop(0)
        return (str(chosen) if chosen else "", "")

    def _save(self, _parent, _caption="", suggested="", _filter="", *args, **kwargs):
        return self._answer("save", suggested)

    def _open(self, _parent, _caption="", suggested="", _filter="", *args, **kwargs):
        return self._answer("open", suggested)


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), f"{widget.objectName()} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.gui.runner.busy, timeout=WAIT_MS)


def open_sync_page(qtbot, window):
    """Click "Synkronisering" in the navigation and wait for the page's data."""
    from dagpleje_desktop.gui.main_window import PAGE_NAMES  # noqa: PLC0415
    page = window.pages["Synkronisering"]
    loads = page.loads
    navigation = window.navigation
    rect = navigation.visualItemRect(navigation.item(PAGE_NAMES.index("Synkronisering")))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.loads > loads, timeout=WAIT_MS)
    settle(qtbot, window)
    return page


def wait_reloaded(qtbot, page, before: int) -> None:
    qtbot.waitUntil(lambda: page.loads > before, timeout=WAIT_MS)
    settle(qtbot, page.window())


def share_card(qtbot, page, dialogs: FileDialogs, path: Path) -> Path:
    dialogs.will_choose(path)
    click(qtbot, page.this_device.share_button)
    qtbot.waitUntil(lambda: path.exists(), timeout=WAIT_MS)
    settle(qtbot, page.window())
    return path


def open_pairing(qtbot, page, dialogs: FileDialogs, card: Path):
    """Choose the card file with "Par ny enhed …"; returns the open pairing dialog."""
    page.pairing_dialog = None
    dialogs.will_choose(card)
    click(qtbot, page.pair_button)
    qtbot.waitUntil(lambda: page.pairing_dialog is not None
                    and page.pairing_dialog.isVisible(), timeout=WAIT_MS)
    return page.pairing_dialog


def confirm_pairing(qtbot, page, dialog) -> None:
    before = page.loads
    click(qtbot, dialog.matches)
    click(qtbot, dialog.pair_button)
    wait_reloaded(qtbot, page, before)


def pair_both_ways(qtbot, page_a, page_b, dialogs: FileDialogs, folder: Path) -> None:
    card_a = share_card(qtbot, page_a, dialogs, folder / "a.dgcard")
    card_b = share_card(qtbot, page_b, dialogs, folder / "b.dgcard")
    confirm_pairing(qtbot, page_b, open_pairing(qtbot, page_b, dialogs, card_a))
    confirm_pairing(qtbot, page_a, open_pairing(qtbot, page_a, dialogs, card_b))


def export_package(qtbot, page, dialogs: FileDialogs, path: Path) -> Path:
    """"Lav pakke til …" for the device chosen in the table; waits for the result."""
    before = page.transfer.finished_count
    dialogs.will_choose(path)
    click(qtbot, page.export_button)
    wait_transfer_done(qtbot, page, before)
    made = page.transfer.last_export
    assert made is not None and made.path.exists(), page.transfer.result.lines
    return made.path


def import_by_button(qtbot, page, dialogs: FileDialogs, path: Path) -> None:
    before = page.transfer.finished_count
    dialogs.will_choose(path)
    click(qtbot, page.transfer.import_button)
    wait_transfer_done(qtbot, page, before)


def wait_transfer_done(qtbot, page, before: int) -> None:
    qtbot.waitUntil(lambda: page.transfer.finished_count > before, timeout=WAIT_MS)
    settle(qtbot, page.window())


def drop_file(page, path: Path) -> bool:
    """Drag the file over the page and let go, as from a file manager."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPoint(page.width() // 2, page.height() // 2)
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(point.toPointF(), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, drop)
    return drop.isAccepted()


def message_box(qtbot, object_name: str) -> QMessageBox:
    found: list[QMessageBox] = []

    def visible() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == object_name
                    and w.isVisible()]
        return bool(found)
    qtbot.waitUntil(visible, timeout=WAIT_MS)
    return found[0]


def answer(qtbot, box: QMessageBox, button_name: str) -> None:
    button = next(b for b in box.buttons() if b.objectName() == button_name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def emil_input(**changes) -> children.ChildInput:
    """Emil Jensen from the GUI fixture (no CPR, so the input holds his whole record)."""
    return children.ChildInput("Emil", "Jensen", birth_date=date(2023, 1, 10), **changes)


def child_id_by_name(ctx, name: str):
    return next(c.id for c in children.list_children(ctx) if c.name == name)


def start_two(qtbot, controller, consultant: Installation, office: Installation):
    """The consultant's and the office's windows, both logged in."""
    ctl_a = controller(consultant)
    ctl_a.start()
    window_a = log_in(qtbot, ctl_a)
    ctl_b = controller(office)
    ctl_b.start()
    window_b = log_in(qtbot, ctl_b, OFFICE_USER, OFFICE_PASSWORD)
    return window_a, window_b


class PairedWindows(NamedTuple):
    laptop: object
    office: object
    page_a: object  # the laptop's Synkronisering
    page_b: object  # the office's
    dialogs: FileDialogs


def paired_windows(qtbot, controller, consultant: Installation, office: Installation,
                   monkeypatch, folder: Path) -> PairedWindows:
    """The consultant's laptop and the office, logged in on Synkronisering and paired both
    ways through the dialogs."""
    dialogs = FileDialogs(monkeypatch)
    laptop, office_window = start_two(qtbot, controller, consultant, office)
    page_a, page_b = open_sync_page(qtbot, laptop), open_sync_page(qtbot, office_window)
    pair_both_ways(qtbot, page_a, page_b, dialogs, folder)
    return PairedWindows(laptop, office_window, page_a, page_b, dialogs)


def synced_windows(qtbot, controller, consultant: Installation, office: Installation,
                   monkeypatch, folder: Path) -> PairedWindows:
    """Paired, and the office has read the laptop's first package (it holds its data)."""
    paired = paired_windows(qtbot, controller, consultant, office, monkeypatch, folder)
    import_by_button(qtbot, paired.page_b, paired.dialogs,
                     export_package(qtbot, paired.page_a, paired.dialogs,
                                    folder / "first.dgsync"))
    return paired
