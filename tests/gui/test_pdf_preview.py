"""Vis udskrift: the PDF is made off the GUI thread, shown, saved and printed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from pypdf import PdfReader

from dagpleje_desktop.gui.dialogs import pdf_preview
from dagpleje_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog
from dagpleje_desktop.gui.printing import (DocumentKind, DocumentRequest, generate_pdf,
                                           render_to_printer)
from dagpleje_desktop.services.documents.printing import PrintCancelled

from print_support import CHILD, OTHER, page_count, pdf_text, world  # noqa: F401 - fixture

pytestmark = pytest.mark.gui


def open_preview(qtbot, world, request) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(world.gui, request)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded or dialog.retry_button.isVisible(), timeout=30_000)
    return dialog


def case_folder(world) -> DocumentRequest:
    return DocumentRequest(DocumentKind.CASE_FOLDER, child_id=world.case.child_id,
                           title="Barnets mappe – Łucja", file_name="barnets-mappe-łucja")


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_preview_shows_the_generated_pdf_with_its_page_count(qtbot, world):
    dialog = open_preview(qtbot, world, case_folder(world))
    assert dialog.loaded, dialog.message.text()
    pages = page_count(dialog.data)
    assert pages > 2 and dialog.page_count() == pages
    assert dialog.viewer.page_label.text() == f"Side 1 af {pages}"
    assert not dialog.viewer.previous_button.isEnabled()
    click(qtbot, dialog.viewer.next_button)
    assert dialog.viewer.page_label.text() == f"Side 2 af {pages}"
    click(qtbot, dialog.viewer.previous_button)
    assert dialog.viewer.page_label.text() == f"Side 1 af {pages}"
    text = pdf_text(dialog.data)
    assert CHILD in text and OTHER not in text
    assert dialog.windowTitle() == "Barnets mappe – Łucja – vis udskrift"


def test_zoom_in_out_and_back_to_fit_width(qtbot, world):
    dialog = open_preview(qtbot, world, DocumentRequest(DocumentKind.ACTION_PLAN,
                                                       plan_id=world.case.plan_id))
    assert not dialog.viewer.fit_button.isEnabled()  # it opens fitted to the width
    fitted = int(dialog.viewer.zoom_label.text().rstrip(" %"))
    click(qtbot, dialog.viewer.zoom_in_button)
    bigger = int(dialog.viewer.zoom_label.text().rstrip(" %"))
    assert bigger > fitted and dialog.viewer.fit_button.isEnabled()
    click(qtbot, dialog.viewer.zoom_out_button)
    click(qtbot, dialog.viewer.zoom_out_button)
    assert int(dialog.viewer.zoom_label.text().rstrip(" %")) < bigger
    click(qtbot, dialog.viewer.fit_button)
    assert int(dialog.viewer.zoom_label.text().rstrip(" %")) == fitted
    assert not dialog.viewer.fit_button.isEnabled()


def test_gem_som_pdf_writes_the_file_the_user_chose(qtbot, world, tmp_path, monkeypatch):
    dialog = open_preview(qtbot, world, case_folder(world))
    asked = {}

    def choose_file(parent, title, suggested, file_filter):
        asked.update(title=title, suggested=suggested, filter=file_filter)
        return str(tmp_path / "mappe"), file_filter  # typed without ".pdf"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose_file))
    click(qtbot, dialog.save_button)
    target = tmp_path / "mappe.pdf"
    qtbot.waitUntil(lambda: "Gemt som PDF" in dialog.feedback.text(), timeout=10_000)
    assert asked["title"] == "Gem som PDF"
    assert Path(asked["suggested"]).name == "barnets-mappe-łucja.pdf"
    assert target.read_bytes() == dialog.data
    assert str(target) in dialog.feedback.text()
    assert len(PdfReader(str(target)).pages) == dialog.page_count()


def test_a_save_the_user_cancels_writes_nothing(qtbot, world, tmp_path, monkeypatch):
    dialog = open_preview(qtbot, world, case_folder(world))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: ("", "")))
    click(qtbot, dialog.save_button)
    assert dialog.feedback.text() == "" and not dialog.working


def test_a_folder_that_cannot_be_written_is_reported_in_danish(qtbot, world, tmp_path,
                                                              monkeypatch):
    dialog = open_preview(qtbot, world, case_folder(world))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *args: (str(tmp_path / "findes-ikke" / "mappe.pdf"), "")))
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)
    assert dialog.feedback.property("role") == "error"
    assert "kunne ikke gemmes" in dialog.feedback.text()


class FakePrintDialog:
    """Stands in for the system's print dialog: the user picks "print to file"."""

    target: Path
    PrintDialogOption = QPrintDialog.PrintDialogOption

    def __init__(self, printer: QPrinter, parent=None) -> None:
        self.printer = printer

    def setWindowTitle(self, title):  # noqa: N802 - Qt's name
        pass

    def setMinMax(self, low, high):  # noqa: N802 - Qt's name
        FakePrintDialog.range = (low, high)

    def setOption(self, option, on=True):  # noqa: N802 - Qt's name
        pass

    def exec(self) -> int:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(FakePrintDialog.target))
        return QDialog.DialogCode.Accepted


def test_udskriv_draws_every_page_into_the_printer(qtbot, world, tmp_path, monkeypatch):
    dialog = open_preview(qtbot, world, case_folder(world))
    FakePrintDialog.target = tmp_path / "printer.pdf"
    monkeypatch.setattr(pdf_preview, "QPrintDialog", FakePrintDialog)
    click(qtbot, dialog.print_button)
    qtbot.waitUntil(lambda: "Sendt til printeren" in dialog.feedback.text(), timeout=30_000)
    assert FakePrintDialog.range == (1, dialog.page_count())
    printed = PdfReader(str(FakePrintDialog.target))
    assert len(printed.pages) == dialog.page_count()
    assert dialog.feedback.text() == f"Sendt til printeren: {dialog.page_count()} side(r)."
    assert dialog.print_button.isEnabled()  # ready for another copy


def test_the_folder_prints_on_landscape_paper_and_only_the_chosen_pages(world, tmp_path):
    data = generate_pdf(world.gui.session, DocumentRequest(DocumentKind.FOLDER))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "folder.pdf"))
    from dagpleje_desktop.gui.printing import open_pdf, orient_for
    document, _buffer = open_pdf(data)
    orient_for(printer, document.pagePointSize(0))
    printer.setFromTo(2, 2)
    seen = []
    assert render_to_printer(data, printer, lambda *step: seen.append(step)) == 1
    page = PdfReader(str(tmp_path / "folder.pdf")).pages
    assert len(page) == 1
    box = page[0].mediabox
    assert float(box.width) > float(box.height)
    assert seen[0][:2] == (0, 1) and seen[-1] == (1, 1, "Sendt til printeren")


def test_cancelled_printing_stops_and_says_so(world, tmp_path):
    data = generate_pdf(world.gui.session, DocumentRequest(DocumentKind.FOLDER))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "folder.pdf"))
    with pytest.raises(PrintCancelled) as stopped:
        render_to_printer(data, printer, lambda done, total, text: done == 0)
    assert stopped.value.message == "Udskrivningen blev afbrudt."


def test_making_the_document_can_be_cancelled_and_tried_again(qtbot, world, monkeypatch):
    started, release = threading.Event(), threading.Event()
    real = pdf_preview.generate_pdf

    def slow(ctx, request, progress):
        progress(0, 3, "Henter oplysninger")
        started.set()
        release.wait(10)
        return real(ctx, request, progress)  # the service stops at its first step

    monkeypatch.setattr(pdf_preview, "generate_pdf", slow)
    dialog = PdfPreviewDialog(world.gui, case_folder(world))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.busy.text.text() == "Henter oplysninger", timeout=5_000)
    assert dialog.busy.isVisible() and not dialog.print_button.isEnabled()
    click(qtbot, dialog.busy.cancel_button)
    assert dialog.busy.text.text() == "Afbryder …"
    release.set()
    qtbot.waitUntil(dialog.retry_button.isVisible, timeout=10_000)
    assert dialog.message.text() == "Udskriften blev afbrudt."
    assert not dialog.busy.isVisible() and not dialog.save_button.isEnabled()

    monkeypatch.setattr(pdf_preview, "generate_pdf", real)
    click(qtbot, dialog.retry_button)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=30_000)
    assert dialog.page_count() > 2 and dialog.save_button.isEnabled()
