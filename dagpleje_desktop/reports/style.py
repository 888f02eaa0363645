"""The one look of every document: fonts, colours, paragraph styles, page furniture.

``render`` turns a story (a list of flowables) into PDF bytes with the organisation
header, "Side x af y", the "Fortroligt" footer on personal documents and PDF metadata.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import date

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from . import fonts
from .contents import OnePassContents, find_contents, planned_entries
from .data import OrgHeader
from .dates import danish_date

fonts.register_fonts()
log = logging.getLogger(__name__)
# Page and font streams stay binary (zlib only): the ASCII85 text encoding ReportLab
# adds by default makes files a quarter larger and cost ~6 % of a long packet's time in
# pure Python; PDF readers do not need it. (Process-wide: every PDF we make is binary.)
rl_config.useA85 = 0

INK = colors.HexColor("#22282B")
MUTED = colors.HexColor("#5F6B70")
PRIMARY = colors.HexColor("#1F5566")
ACCENT = colors.HexColor("#E6EFF1")
ZEBRA = colors.HexColor("#F6F9FA")
RULE = colors.HexColor("#B9C7CC")
CONFIDENTIAL = colors.HexColor("#8A2E2E")
POSITION_COLOURS = {
    "green": colors.HexColor("#3E8E41"),
    "yellow": colors.HexColor("#E0B400"),
    "red": colors.HexColor("#C0392B"),
}

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
FIRST_TOP = 40 * mm     # room for the full organisation header
LATER_TOP = 24 * mm
BOTTOM = 22 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X
# Every table names the embedded font, so no cell falls back to an unembedded Helvetica.
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)
LATER_PAGE_FORM = "DagplejeLaterPage"  # the header and footer of pages 2, 3, ...


def _style(name: str, **kw) -> ParagraphStyle:
    base = dict(fontName=fonts.REGULAR, bulletFontName=fonts.REGULAR, fontSize=9.5,
                leading=13.5, textColor=INK)
    base.update(kw)
    return ParagraphStyle(name, **base)


STYLES: dict[str, ParagraphStyle] = {
    "Body": _style("Body", spaceAfter=5),
    "BodyTight": _style("BodyTight"),
    "Small": _style("Small", fontSize=8, leading=10.5),
    "Muted": _style("Muted", fontSize=8.5, leading=11.5, textColor=MUTED),
    "Empty": _style("Empty", fontName=fonts.ITALIC, textColor=MUTED, spaceAfter=6),
    "Bullet": _style("Bullet", leftIndent=12, bulletIndent=2, spaceAfter=2),
    "Title": _style("Title", fontName=fonts.BOLD, fontSize=20, leading=25, textColor=PRIMARY,
                    spaceAfter=2),
    "Subtitle": _style("Subtitle", fontSize=11.5, leading=15, textColor=MUTED, spaceAfter=10),
    "H1": _style("H1", fontName=fonts.BOLD, fontSize=14, leading=18, textColor=PRIMARY,
                 spaceBefore=14, spaceAfter=6, keepWithNext=1),
    "H2": _style("H2", fontName=fonts.BOLD, fontSize=11, leading=14.5, textColor=PRIMARY,
                 spaceBefore=10, spaceAfter=4, keepWithNext=1),
    "H3": _style("H3", fontName=fonts.BOLD, fontSize=9.5, leading=13, spaceBefore=6,
                 spaceAfter=2, keepWithNext=1),
    "Label": _style("Label", fontName=fonts.BOLD, fontSize=8.5, leading=11.5, textColor=MUTED),
    "Cell": _style("Cell", fontSize=8.5, leading=11.5),
    "CellBold": _style("CellBold", fontName=fonts.BOLD, fontSize=8.5, leading=11.5),
    "Head": _style("Head", fontName=fonts.BOLD, fontSize=8.5, leading=11.5, textColor=PRIMARY),
    "Letter": _style("Letter", fontSize=10.5, leading=15.5, spaceAfter=8),
    "TocEntry": _style("TocEntry", fontSize=10, leading=16),
}


@dataclass(frozen=True)
class PageSetup:
    """What the page furniture shows, and the PDF metadata."""
    org: OrgHeader
    title: str                 # document title, e.g. "Handleplan"
    subject_line: str = ""     # e.g. the child's name, on every later page
    confidential: bool = True
    printed_on: date | None = None
    author: str = ""
    subject: str = ""          # PDF subject metadata
    keywords: tuple[str, ...] = ()
    # On every page: a boxed note under the header (e.g. "KLADDE – ikke godkendt",
    # "Erstattet af version 3") and a large faint word across the page ("KLADDE").
    marker: str = ""
    watermark: str = ""


class DagplejeDocTemplate(BaseDocTemplate):
    """A4 portrait with a full header on page 1 and a slim one after.

    Headings made by ``blocks.heading`` carry ``outline_level``; they become PDF
    bookmarks and, when the story has a table of contents, its entries.
    """

    def __init__(self, buffer, setup: PageSetup, **kw):
        super().__init__(buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=LATER_TOP, bottomMargin=BOTTOM, title=_pdf_title(setup),
                         author=setup.author or setup.org.name, subject=setup.subject,
                         creator="Dagpleje Desktop", keywords=list(setup.keywords),
                         lang="da-DK", displayDocTitle=True, initialFontName=fonts.REGULAR,
                         **kw)
        self.setup = setup
        first = Frame(MARGIN_X, BOTTOM, CONTENT_W, PAGE_H - FIRST_TOP - BOTTOM, id="first",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        later = Frame(MARGIN_X, BOTTOM, CONTENT_W, PAGE_H - LATER_TOP - BOTTOM, id="later",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("First", [first], onPage=self._first_page, autoNextPageTemplate="Later"),
            PageTemplate("Later", [later], onPage=self._later_page),
        ])
        self._outline_count = 0
        self._outline_level = -1
        self.contents: OnePassContents | None = None  # set for a one-pass TOC build

    def beforeDocument(self) -> None:
        # multiBuild starts each pass with a fresh outline; equal keys let the TOC settle
        self._outline_level = -1
        self._outline_count = 0

    def _first_page(self, canvas, doc) -> None:
        draw_marks(canvas, self.setup, PAGE_H - FIRST_TOP + 9 * mm)
        draw_full_header(canvas, self.setup)
        draw_footer(canvas, self.setup)

    def _later_page(self, canvas, doc) -> None:
        # Every later page has the same header and footer: drawn once as a PDF form
        # and placed on each page ("Side x af y" is added per page at save).
        if not getattr(canvas, "_has_later_page_form", False):
            canvas.beginForm(LATER_PAGE_FORM)
            draw_marks(canvas, self.setup, PAGE_H - 13 * mm - 2.5 * mm)
            draw_slim_header(canvas, self.setup)
            draw_footer(canvas, self.setup)
            canvas.endForm()
            canvas._has_later_page_form = True
        canvas.doForm(LATER_PAGE_FORM)

    def afterFlowable(self, flowable) -> None:
        level = getattr(flowable, "outline_level", None)
        if level is None:
            return
        text = flowable.getPlainText()
        level = min(level, self._outline_level + 1)  # outlines cannot skip a level
        self._outline_level = level
        self._outline_count += 1
        key = f"h{self._outline_count}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        if getattr(flowable, "in_toc", False):
            entry = (level, text, self.page, key)
            if self.contents is not None:  # one-pass build: no notify machinery
                self.contents.addEntry(*entry)
            self.notify("TOCEntry", entry)


def _pdf_title(setup: PageSetup) -> str:
    return f"{setup.title} – {setup.subject_line}" if setup.subject_line else setup.title


def draw_full_header(canvas, setup: PageSetup) -> None:
    org = setup.org
    canvas.saveState()
    top = PAGE_H - 14 * mm
    x = MARGIN_X
    if org.logo_png:
        try:
            logo = ImageReader(io.BytesIO(org.logo_png))
            w, h = logo.getSize()
            height = 16 * mm
            width = min(w * height / h, 40 * mm)
            canvas.drawImage(logo, x, top - height + 3 * mm, width, height, mask="auto",
                             preserveAspectRatio=True, anchor="sw")
            x += width + 5 * mm
        except Exception:  # noqa: BLE001 - a broken logo must never stop a document
            pass
    canvas.setFillColor(PRIMARY)
    canvas.setFont(fonts.BOLD, 12)
    canvas.drawString(x, top, org.name)
    if org.unit and org.unit != org.name:
        canvas.setFillColor(INK)
        canvas.setFont(fonts.REGULAR, 10)
        canvas.drawString(x, top - 5 * mm, org.unit)
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.REGULAR, 7.5)
    y = top + 1
    for line in org.contact_lines[:6]:
        canvas.drawRightString(PAGE_W - MARGIN_X, y, line)
        y -= 3.4 * mm
    canvas.setStrokeColor(PRIMARY)
    canvas.setLineWidth(1.2)
    rule_y = PAGE_H - FIRST_TOP + 9 * mm
    canvas.line(MARGIN_X, rule_y, PAGE_W - MARGIN_X, rule_y)
    canvas.restoreState()


MARK_H = 5.2 * mm


def draw_marks(canvas, setup: PageSetup, rule_y: float) -> None:
    """The watermark across the page and the boxed marker just under the header rule
    (bold black on white with a heavy frame: it survives black-and-white printing)."""
    if setup.watermark:
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#ECECEC"))  # no alpha: the page form has no ExtGState
        canvas.setFont(fonts.BOLD, 110)
        canvas.translate(PAGE_W / 2, PAGE_H / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -38, setup.watermark)
        canvas.restoreState()
    if setup.marker:
        canvas.saveState()
        canvas.setFont(fonts.BOLD, 8.5)
        width = canvas.stringWidth(setup.marker, fonts.BOLD, 8.5) + 4 * mm
        x, y = PAGE_W - MARGIN_X - width, rule_y - 1.6 * mm - MARK_H
        canvas.setFillColor(colors.white)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.2)
        canvas.rect(x, y, width, MARK_H, stroke=1, fill=1)
        canvas.setFillColor(INK)
        canvas.drawCentredString(x + width / 2, y + 1.6 * mm, setup.marker)
        canvas.restoreState()


def draw_slim_header(canvas, setup: PageSetup) -> None:
    canvas.saveState()
    y = PAGE_H - 13 * mm
    canvas.setFont(fonts.BOLD, 8)
    canvas.setFillColor(PRIMARY)
    left = setup.org.unit or setup.org.name
    canvas.drawString(MARGIN_X, y, left)
    width = canvas.stringWidth(left, fonts.BOLD, 8)
    canvas.setFont(fonts.REGULAR, 8)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X + width, y, f"  ·  {setup.title}")
    if setup.subject_line:
        canvas.drawRightString(PAGE_W - MARGIN_X, y, setup.subject_line)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, y - 2.5 * mm, PAGE_W - MARGIN_X, y - 2.5 * mm)
    canvas.restoreState()


def draw_footer(canvas, setup: PageSetup) -> None:
    canvas.saveState()
    y = 12 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, y + 4.5 * mm, PAGE_W - MARGIN_X, y + 4.5 * mm)
    x = MARGIN_X
    if setup.confidential:
        canvas.setFont(fonts.BOLD, 7.5)
        canvas.setFillColor(CONFIDENTIAL)
        canvas.drawString(x, y, "Fortroligt")
        x += canvas.stringWidth("Fortroligt", fonts.BOLD, 7.5)
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(x, y, " – indeholder personoplysninger. Opbevares forsvarligt.")
    if setup.printed_on:
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(PAGE_W / 2 + 25 * mm, y,
                                 f"Udskrevet {danish_date(setup.printed_on)}")
    canvas.restoreState()


def numbered_canvas_class(page_size=A4, position: tuple[float, float] | None = None):
    """A canvas that knows the page count when it saves, for "Side x af y"."""
    x, y = position or (page_size[0] - MARGIN_X, 12 * mm)

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._late: dict[int, list] = {}

        def draw_when_saved(self, draw) -> None:
            """Run ``draw()`` on the current page once every page exists (a one-pass
            table of contents draws its page numbers this way)."""
            self._late.setdefault(len(self._pages), []).append(draw)

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            late = self._late
            for index, state in enumerate(self._pages):
                self.__dict__.update(state)
                for draw in late.get(index, ()):
                    draw()
                self.saveState()
                self.setFont(fonts.REGULAR, 7.5)
                self.setFillColor(MUTED)
                self.drawRightString(x, y, f"Side {self._pageNumber} af {total}")
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def render(story: list, setup: PageSetup, *, with_toc: bool = False) -> bytes:
    """The PDF as bytes; ``with_toc`` fills the story's table of contents (``contents()``).

    The document is laid out once and the contents' page numbers drawn at save time; if
    that cannot be done faithfully (see reports/contents.py), ReportLab's multi-pass
    build is used instead.
    """
    maker = numbered_canvas_class()
    contents = find_contents(story) if with_toc else None
    entries = planned_entries(story) if contents is not None else []
    if entries:
        buffer = io.BytesIO()
        doc = DagplejeDocTemplate(buffer, setup)
        doc.contents = contents
        contents.plan(entries)
        doc.build(list(story), canvasmaker=maker)  # build consumes the list it is given
        if contents.satisfied:
            return buffer.getvalue()
        log.info("table of contents needs a multi-pass build (planned %d entries)",
                 len(entries))
        contents.stop_planning()
    buffer = io.BytesIO()
    doc = DagplejeDocTemplate(buffer, setup)
    if with_toc:
        doc.multiBuild(story, canvasmaker=maker)
    else:
        doc.build(story, canvasmaker=maker)
    return buffer.getvalue()

