"""A consultant's installation with a full case for the printing GUI tests.

The case is the print tests' own (tests/reports/report_case.py: Łucja Nguyễn with a plan,
meetings, a supervision visit, a shareable and an internal observation, a mother with
custody and a father without; and Zoë Kristiansen in the same home). It is built once
and copied per test; each test logs in through the service and drives the widgets.
"""

from __future__ import annotations

import io
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pypdf import PdfReader

from dagpleje_desktop.domain.enums import UserRole
from dagpleje_desktop.gui.context import GuiContext
from dagpleje_desktop.gui.operations.runner import OperationRunner
from dagpleje_desktop.services.installation import Installation

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from pdf_reading import flat  # noqa: E402
from report_case import (INTERNAL_OBSERVATION, OTHER, SHARED_OBSERVATION,  # noqa: E402, F401
                         ReportCase, build_case)

USERNAME = "hanne"
PASSWORD = "sommerfugl-og-kaffe"
RECIPIENT = "Børnehaven Solsikken"
CHILD = "Łucja Nguyễn"


@dataclass
class PrintWorld:
    gui: GuiContext
    case: ReportCase


_TEMPLATE: list[tuple[Path, ReportCase]] = []  # built once, whichever test module asks first


def _template(tmp_path_factory) -> tuple[Path, ReportCase]:
    if not _TEMPLATE:
        _TEMPLATE.append(_build_template(tmp_path_factory))
    return _TEMPLATE[0]


def _build_template(tmp_path_factory) -> tuple[Path, ReportCase]:
    data_dir = tmp_path_factory.mktemp("print-template") / "data"
    installation = Installation(data_dir=data_dir)
    installation.create(role=UserRole.CONSULTANT, name="Hanne Sørensen", username=USERNAME,
                        password=PASSWORD)
    ctx = installation.login(USERNAME, PASSWORD)
    try:
        case = build_case(ctx)
    finally:
        ctx.close()
    return data_dir, case


@pytest.fixture
def world(tmp_path_factory, tmp_path, qtbot):
    template, case = _template(tmp_path_factory)
    data_dir = tmp_path / "data"
    shutil.copytree(template, data_dir)
    installation = Installation(data_dir=data_dir)
    session = installation.login(USERNAME, PASSWORD)
    runner = OperationRunner()
    yield PrintWorld(GuiContext(installation, session, runner), case)
    qtbot.waitUntil(lambda: not runner.busy, timeout=30_000)
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    runner.shutdown()
    session.close()


def answer_next_question(button_text: str) -> None:
    """Click ``button_text`` in the next message box, as the user would."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")
    QTimer.singleShot(0, click)


def choose(qtbot, combo, text: str) -> None:
    """Open the combo box and click the entry that starts with ``text``."""
    index = next((i for i in range(combo.count()) if combo.itemText(i).startswith(text)), -1)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=5_000)
    model_index = view.model().index(index, combo.modelColumn())
    view.scrollTo(model_index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(model_index).center())
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=5_000)
    assert combo.currentIndex() == index


def combo_texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def pdf_text(data: bytes) -> str:
    """The document's text as a reader sees it, line breaks from wrapping removed."""
    return flat("\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages))


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def gone(widget) -> bool:
    """Closed (and perhaps deleted, for dialogs that delete themselves on close)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()
