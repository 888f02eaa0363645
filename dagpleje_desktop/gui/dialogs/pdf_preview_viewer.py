"""The parts of the preview: the pages on screen with zoom and "Side x af y", and the
bar that says what is being done, how far it is, and offers "Annuller"."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ..widgets.text import label

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
DESK_COLOUR = "#8a959e"  # around the paper, so the white page stands out


def tool_button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    if tip:
        button.setToolTip(tip)
    return button


class BusyBar(QWidget):
    """What is being done, how far it is, and a way to stop it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.text = label("", "muted", object_name="busyText", wrap=False)
        self.bar = QProgressBar()
        self.bar.setObjectName("busyProgress")
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(240)
        self.bar.setAccessibleName(self.tr("Fremskridt"))
        self.cancel_button = QPushButton(self.tr("Annuller"))
        self.cancel_button.setObjectName("cancelWork")
        row.addWidget(self.text, 1)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        self.setVisible(False)

    def start(self, text: str) -> None:
        self.text.setText(text)
        self.bar.setRange(0, 0)  # busy until the first report says how much there is
        self.cancel_button.setEnabled(True)
        self.setVisible(True)

    def report(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if text:
            self.text.setText(text)

    def stop(self) -> None:
        self.setVisible(False)


class PdfViewer(QPdfView):
    """A PDF held in memory, fitted to the width; ``controls`` is its row of buttons
    (zoom out, zoom in, "Tilpas bredde", the zoom, previous page, "Side x af y", next)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfView")
        self.setAccessibleName(self.tr("Udskriften"))
        # Not a Qt child of the view: a child would be destroyed after QPdfView's own
        # destructor ran, and its closing statusChanged then reaches the half-destroyed
        # view (segfault when a dialog is deleted without being closed first).
        self.document = QPdfDocument()
        self._buffer: QBuffer | None = None
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setPageSpacing(16)
        self.setDocumentMargins(QMargins(18, 14, 18, 14))
        palette = self.palette()  # the view paints around the pages with "Dark"
        palette.setColor(QPalette.ColorRole.Dark, QColor(DESK_COLOUR))
        self.setPalette(palette)
        self.setDocument(self.document)
        self.controls = self._make_controls()
        self.pageNavigator().currentPageChanged.connect(self._show_page_number)
        self.zoomFactorChanged.connect(self._show_zoom)
        self.zoomModeChanged.connect(self._show_zoom)
        self._show_state()

    def _make_controls(self) -> QWidget:
        controls = QWidget()
        row = QHBoxLayout(controls)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.zoom_out_button = tool_button("−", "zoomOut", self.tr("Formindsk (Ctrl+-)"))
        self.zoom_out_button.setAccessibleName(self.tr("Formindsk"))
        self.zoom_in_button = tool_button("+", "zoomIn", self.tr("Forstør (Ctrl++)"))
        self.zoom_in_button.setAccessibleName(self.tr("Forstør"))
        self.fit_button = tool_button(self.tr("Tilpas bredde"), "fitWidth",
                                      self.tr("Hele sidens bredde i vinduet (Ctrl+0)"))
        self.zoom_label = label("", "muted", object_name="zoomLabel", wrap=False)
        # as wide as the widest text it will show, at the font in use: steady, never cut
        metrics = self.zoom_label.fontMetrics()
        self.zoom_label.setMinimumWidth(metrics.horizontalAdvance("000 %") + 6)
        self.previous_button = tool_button("‹", "previousPage", self.tr("Forrige side"))
        self.previous_button.setAccessibleName(self.tr("Forrige side"))
        self.next_button = tool_button("›", "nextPage", self.tr("Næste side"))
        self.next_button.setAccessibleName(self.tr("Næste side"))
        self.page_label = label("", object_name="pageLabel", wrap=False)
        self.page_label.setMinimumWidth(self.page_label.fontMetrics().horizontalAdvance(
            self.tr("Side {page} af {count}").format(page=888, count=888)) + 6)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button,
                       self.zoom_label):
            row.addWidget(widget)
        row.addSpacing(18)
        for widget in (self.previous_button, self.page_label, self.next_button):
            row.addWidget(widget)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button.clicked.connect(self.fit_width)
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        return controls

    # -- the document ---------------------------------------------------------------------

    def load(self, data: bytes) -> bool:
        """Show these PDF bytes from the first page, fitted to the width; False if they
        cannot be read."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = QBuffer()  # outlives the view like the document that reads it
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.loaded:
            self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.pageNavigator().jump(0, QPointF(), 0)
        self._show_state()
        return self.loaded

    def unload(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        self._show_state()

    @property
    def loaded(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready \
            and self.document.pageCount() > 0

    def page_count(self) -> int:
        return self.document.pageCount() if self.loaded else 0

    def current_page(self) -> int:
        return self.pageNavigator().currentPage()

    def set_enabled(self, enabled: bool) -> None:
        """Controls usable only with a document shown and no work running."""
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            button.setEnabled(enabled and self.loaded)
        self._show_state()
        if enabled and self.loaded:
            self._show_zoom()

    # -- zoom and pages -------------------------------------------------------------------

    def effective_zoom(self) -> float:
        """The zoom on screen (in "Tilpas bredde" the view works it out from its width)."""
        if self.zoomMode() == QPdfView.ZoomMode.Custom or not self.loaded:
            return self.zoomFactor()
        margins = self.documentMargins()
        width_px = self.document.pagePointSize(max(self.current_page(), 0)).width() \
            * self.logicalDpiX() / 72
        room = self.viewport().width() - margins.left() - margins.right()
        return room / width_px if width_px > 0 and room > 0 else 1.0

    def set_zoom(self, factor: float) -> None:
        self.setZoomMode(QPdfView.ZoomMode.Custom)
        self.setZoomFactor(min(max(factor, ZOOM_STEPS[0]), ZOOM_STEPS[-1]))
        self._show_zoom()

    def zoom_in(self) -> None:
        if self.loaded:
            now = self.effective_zoom()
            self.set_zoom(next((z for z in ZOOM_STEPS if z > now * 1.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        if self.loaded:
            now = self.effective_zoom()
            self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < now * 0.99),
                               ZOOM_STEPS[0]))

    def fit_width(self) -> None:
        if self.loaded:
            self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self._show_zoom()

    def go_to_page(self, page: int) -> None:
        if self.loaded and 0 <= page < self.page_count():
            self.pageNavigator().jump(page, QPointF(), 0)
            self._show_page_number()

    def _show_state(self) -> None:
        self._show_page_number()
        self._show_zoom()

    def _show_page_number(self, *_args) -> None:
        count = self.page_count()
        if not count:
            self.page_label.setText("")
            self.previous_button.setEnabled(False)
            self.next_button.setEnabled(False)
            return
        page = min(max(self.current_page(), 0), count - 1)
        self.page_label.setText(self.tr("Side {page} af {count}").format(page=page + 1,
                                                                          count=count))
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)

    def _show_zoom(self, *_args) -> None:
        if not self.loaded:
            self.zoom_label.setText("")
            return
        self.zoom_label.setText(f"{round(self.effective_zoom() * 100)} %")
        if self.zoom_in_button.isEnabled() or self.zoom_out_button.isEnabled():
            self.fit_button.setEnabled(self.zoomMode() == QPdfView.ZoomMode.Custom)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._show_zoom()  # "Tilpas bredde" changes the zoom with the width
