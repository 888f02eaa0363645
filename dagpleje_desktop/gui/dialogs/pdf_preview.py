"""Vis udskrift: the document as it will look on paper, then save it or print it.

The dialog makes the PDF itself (on the runner's file pool, with progress and "Annuller"),
shows it with QtPdf (zoom, fit to width, "Side x af y"), saves a copy ("Gem som PDF …")
and prints it through the system's print dialog, drawing the pages into the QPrinter on
the file pool as well: the window never freezes while a document is made or printed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from ..context import GuiContext
from ..operations.runner import user_message
from ..operations.runner import guarded
from ..printing import (DocumentKind, DocumentRequest, ProgressRelay, generate_pdf,
                        load_image_plugins, orient_for, render_to_printer,
                        replaced_names_text, save_pdf)
from ..resources import icon
from ..widgets.pdf_saver import ask_save_path
from ..widgets.sharing_warning import SharingWarning
from ..widgets.text import label
from .pdf_preview_viewer import BusyBar, PdfViewer, tool_button

SCREEN_SHARE = 0.9     # of the available screen, at most MAX_WIDTH x MAX_HEIGHT
MAX_WIDTH, MAX_HEIGHT = 1000, 1100
MESSAGE, VIEW = 0, 1   # pages of the central stack


class PdfPreviewDialog(QDialog):
    """Make and show one document; ``data`` holds its bytes once ``loaded`` is true."""

    def __init__(self, gui: GuiContext, request: DocumentRequest, parent: QWidget | None = None,
                 *, data: bytes | None = None) -> None:
        super().__init__(parent)
        self.gui, self.request = gui, request
        self.data: bytes | None = None
        self._relay: ProgressRelay | None = None
        self._printer: QPrinter | None = None
        self.setObjectName("pdfPreview")
        self.setWindowTitle(self.tr("{title} – vis udskrift").format(title=request.window_title))
        self.setWindowIcon(icon("app"))
        self._build()
        self._shortcuts()
        self._fit_to_screen()
        if data is not None:
            self._show_pdf(data)
        else:
            self.generate()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 14)
        outer.setSpacing(10)
        self.viewer = PdfViewer()
        tools = QHBoxLayout()
        tools.addWidget(self.viewer.controls)
        tools.addStretch(1)
        self.save_button = tool_button(self.tr("Gem som PDF …"), "savePdf",
                                       self.tr("Gem en kopi som PDF-fil (Ctrl+S)"))
        self.print_button = tool_button(self.tr("Udskriv …"), "printPdf",
                                        self.tr("Vælg printer og udskriv (Ctrl+P)"))
        self.print_button.setProperty("role", "primary")
        tools.addWidget(self.save_button)
        tools.addWidget(self.print_button)
        outer.addLayout(tools)

        self.stack = QStackedWidget()
        message_page = QWidget()
        column = QVBoxLayout(message_page)
        column.setContentsMargins(60, 0, 60, 0)
        column.addStretch(1)
        self.message = label("", object_name="previewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.message)
        self.retry_button = tool_button(self.tr("Prøv igen"), "retry")
        self.retry_button.setVisible(False)
        column.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        self.stack.addWidget(message_page)
        self.stack.addWidget(self.viewer)
        outer.addWidget(self.stack, 1)

        self.busy = BusyBar()
        outer.addWidget(self.busy)
        # Agenda and minutes: who a withdrawn or expired consent leaves out, before sending.
        self.sharing_warning = SharingWarning()
        outer.addWidget(self.sharing_warning)
        if self.request.kind in (DocumentKind.AGENDA, DocumentKind.MINUTES):
            self.sharing_warning.check_meeting(self.gui, self.request.meeting_id)
        bottom = QHBoxLayout()
        self.feedback = label("", "muted", object_name="previewFeedback", selectable=True)
        self.close_button = tool_button(self.tr("Luk"), "closePreview")
        bottom.addWidget(self.feedback, 1)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)

        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_document)
        self.retry_button.clicked.connect(self.generate)
        self.close_button.clicked.connect(self.reject)
        self.busy.cancel_button.clicked.connect(self.cancel_work)
        self._set_ready(False)

    def _shortcuts(self) -> None:
        viewer = self.viewer
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, viewer.zoom_in),
                           ("Ctrl+=", viewer.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, viewer.zoom_out),
                           ("Ctrl+0", viewer.fit_width),
                           (QKeySequence.StandardKey.Save, self.save_as),
                           (QKeySequence.StandardKey.Print, self.print_document)):
            QShortcut(QKeySequence(keys), self, activated=slot)

    def _fit_to_screen(self) -> None:
        self.setMinimumSize(640, 480)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(MAX_WIDTH, 760)
            return
        available = screen.availableGeometry()
        self.resize(min(int(available.width() * SCREEN_SHARE), MAX_WIDTH),
                    min(int(available.height() * SCREEN_SHARE), MAX_HEIGHT))

    # -- state ----------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self.data is not None and self.viewer.loaded

    @property
    def working(self) -> bool:
        return self._relay is not None

    def page_count(self) -> int:
        return self.viewer.page_count() if self.loaded else 0

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.save_button, self.print_button):
            widget.setEnabled(ready)
        self.viewer.set_enabled(ready)

    def _show_message(self, text: str, *, error: bool = False, retry: bool = False) -> None:
        self.message.setProperty("role", "error" if error else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.retry_button.setVisible(retry)
        self.stack.setCurrentIndex(MESSAGE)

    def _show_feedback(self, text: str, *, error: bool = False) -> None:
        self.feedback.setProperty("role", "error" if error else "muted")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(text)

    def _begin_work(self, text: str) -> ProgressRelay:
        relay = ProgressRelay()
        relay.progressed.connect(guarded(self, self.busy.report))
        self._relay = relay
        self.busy.start(text)
        self._set_ready(False)
        self.retry_button.setVisible(False)
        return relay

    def _end_work(self) -> None:
        self._relay = None
        self.busy.stop()
        self._set_ready(self.loaded)

    def cancel_work(self) -> None:
        if self._relay is not None:
            self._relay.cancel()
            self.busy.cancel_button.setEnabled(False)
            self.busy.text.setText(self.tr("Afbryder …"))

    # -- making the document --------------------------------------------------------------

    def generate(self) -> None:
        if self.working:
            return
        self._show_message(self.tr("Udskriften bliver lavet …"))
        self._show_feedback("")
        relay = self._begin_work(self.tr("Opbygger {what} …").format(
            what=self.request.kind.label.lower()))
        session, request = self.gui.session, self.request
        self.gui.runner.run_file(lambda: generate_pdf(session, request, relay.callback),
                                 guarded(self, self._generated),
                                 guarded(self, self._generation_failed))

    def _generated(self, data: bytes) -> None:
        self._end_work()
        self._show_pdf(data)
        replaced = getattr(data, "replaced", ())
        if replaced:  # before the person saves, prints or sends it on
            self._show_feedback(self.tr(
                "Andre børns navne er erstattet med »[et andet barn]« i udskriften: "
                "{names}.").format(names=replaced_names_text(replaced)))

    def _generation_failed(self, exc: BaseException) -> None:
        self._end_work()
        self._show_message(user_message(exc), error=True, retry=True)

    def _show_pdf(self, data: bytes) -> None:
        if not self.viewer.load(data):
            self.data = None
            self._show_message(self.tr("Udskriften kunne ikke vises. Prøv at lave den igen."),
                               error=True, retry=True)
            self._set_ready(False)
            return
        self.data = data
        self.stack.setCurrentIndex(VIEW)
        self._set_ready(True)
        self.viewer.setFocus()

    # -- saving ---------------------------------------------------------------------------

    def save_as(self) -> None:
        if not self.loaded or self.working:
            return
        path = ask_save_path(self, self.tr("Gem som PDF"), self.request.suggested_file_name,
                             self.tr("PDF-filer (*.pdf)"))
        if path is None:
            return
        self.save_to(path)

    def save_to(self, path: Path) -> None:
        data = self.data
        self._begin_work(self.tr("Gemmer PDF-filen …"))
        self.busy.cancel_button.setEnabled(False)  # one quick write: nothing to stop
        self.gui.runner.run_file(lambda: save_pdf(data, path), guarded(self, self._saved),
                                 guarded(self, self._save_failed))

    def _saved(self, path) -> None:
        self._end_work()
        self._show_feedback(self.tr("Gemt som PDF: {path}").format(path=path))

    def _save_failed(self, exc: BaseException) -> None:
        self._end_work()
        self._show_feedback(user_message(exc), error=True)

    # -- printing -------------------------------------------------------------------------

    def print_document(self) -> None:
        """Ask the system's print dialog which printer and pages, then print off-thread."""
        if not self.loaded or self.working:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.request.window_title)
        orient_for(printer, self.viewer.document.pagePointSize(0))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Udskriv"))
        dialog.setMinMax(1, self.page_count())
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.start_printing(printer)

    def start_printing(self, printer: QPrinter) -> None:
        self._printer = printer  # alive until the worker is done with it
        load_image_plugins()
        relay = self._begin_work(self.tr("Udskriver …"))
        data = self.data
        self.gui.runner.run_file(lambda: render_to_printer(data, printer, relay.callback),
                                 guarded(self, self._printed), guarded(self, self._print_failed))

    def _printed(self, pages: int) -> None:
        self._printer = None
        self._end_work()
        self._show_feedback(self.tr("Sendt til printeren: {pages} side(r).").format(pages=pages))

    def _print_failed(self, exc: BaseException) -> None:
        self._printer = None
        self._end_work()
        self._show_feedback(user_message(exc), error=True)

    # -- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        if self.data is None:  # a document still being made is not wanted any more;
            self.cancel_work()  # one being printed goes on printing
        super().reject()

    def done(self, result: int) -> None:
        self.viewer.unload()
        self.data = None  # the child's papers do not linger in memory longer than needed
        super().done(result)


def show_preview(gui: GuiContext, request: DocumentRequest,
                 parent: QWidget | None = None) -> PdfPreviewDialog:
    """Open the preview for ``request`` (window-modal; deleted when closed)."""
    dialog = PdfPreviewDialog(gui, request, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is not None:  # centred over the window (also where no window manager does it)
        frame = dialog.frameGeometry()
        frame.moveCenter(parent.frameGeometry().center())
        dialog.move(frame.topLeft())
    dialog.open()
    return dialog
