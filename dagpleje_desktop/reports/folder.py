"""The information folder: A4 landscape, printed on both sides and folded in three.

Panel order for a tri-fold (letter fold), seen from the printed side:
  outside sheet: inner flap | back | front cover
  inside sheet:  inside left | inside middle | inside right
The inner flap (folded in first) is 3 mm narrower so it tucks in without buckling; on
the inside sheet it is the right panel. Print double-sided, flipping on the short edge.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, KeepInFrame,
                                NextPageTemplate, PageTemplate, Paragraph, Spacer)

from . import fonts
from .blocks import esc
from .data import FolderDocument
from .style import ACCENT, INK, MUTED, PRIMARY, RULE

SHEET_W, SHEET_H = landscape(A4)
FLAP_W = 97 * mm
PANEL_W = (SHEET_W - FLAP_W) / 2
OUTSIDE = (("flap", FLAP_W), ("back", PANEL_W), ("front", PANEL_W))
INSIDE = (("inside_left", PANEL_W), ("inside_middle", PANEL_W), ("inside_right", FLAP_W))
PAD_X, PAD_TOP, PAD_BOTTOM = 10 * mm, 14 * mm, 12 * mm
FRONT_BAND = 0.52  # share of the front cover that is the coloured title area

_BASE = dict(fontName=fonts.REGULAR, bulletFontName=fonts.REGULAR, fontSize=10.5, leading=15.5,
             textColor=INK)
FOLDER_STYLES = {
    "Title": ParagraphStyle("FolderTitle", **{**_BASE, "fontName": fonts.BOLD, "fontSize": 17,
                                              "leading": 21, "textColor": PRIMARY,
                                              "spaceAfter": 10}),
    "H2": ParagraphStyle("FolderH2", **{**_BASE, "fontName": fonts.BOLD, "fontSize": 12,
                                        "leading": 15.5, "textColor": PRIMARY,
                                        "spaceBefore": 10, "spaceAfter": 4}),
    "Body": ParagraphStyle("FolderBody", **{**_BASE, "spaceAfter": 7}),
    "Callout": ParagraphStyle("FolderCallout", **{**_BASE, "fontName": fonts.BOLD,
                                                  "textColor": PRIMARY, "backColor": ACCENT,
                                                  "borderPadding": (7, 8, 7, 8),
                                                  "leftIndent": 8, "rightIndent": 8,
                                                  "spaceBefore": 10, "spaceAfter": 14}),
    "Bullet": ParagraphStyle("FolderBullet", **{**_BASE, "leftIndent": 11, "bulletIndent": 1,
                                                "spaceAfter": 1.5}),
    "Contact": ParagraphStyle("FolderContact", **{**_BASE, "spaceAfter": 7}),
    "Tagline": ParagraphStyle("FolderTagline", **{**_BASE, "fontName": fonts.ITALIC,
                                                  "fontSize": 13, "leading": 18,
                                                  "textColor": PRIMARY}),
    "CoverTitle": ParagraphStyle("CoverTitle", **{**_BASE, "fontName": fonts.BOLD,
                                                  "fontSize": 26, "leading": 31,
                                                  "textColor": colors.white,
                                                  "spaceAfter": 10}),
    "CoverText": ParagraphStyle("CoverText", **{**_BASE, "fontSize": 12.5, "leading": 17,
                                                "textColor": colors.white, "spaceAfter": 8}),
}


def markup(text: str, contact_lines: tuple[str, ...] = (), *, cover: bool = False
           ) -> list[Flowable]:
    """Panel text: "# " title, "## " heading, "- " bullet, "> " a tinted callout, a blank
    line between paragraphs; "{kontakt}" on a line of its own becomes the address."""
    title, body = ("CoverTitle", "CoverText") if cover else ("Title", "Body")
    flow: list[Flowable] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            flow.append(Paragraph(esc(" ".join(paragraph)), FOLDER_STYLES[body]))
            paragraph.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if flow and getattr(flow[-1], "bulletText", None) and not line.startswith(("- ", "• ")):
            flow.append(Spacer(1, 6))  # air after a list
        if not line:
            flush()
        elif line.startswith("## "):
            flush()
            flow.append(Paragraph(esc(line[3:]), FOLDER_STYLES["H2"]))
        elif line.startswith("# "):
            flush()
            flow.append(Paragraph(esc(line[2:]), FOLDER_STYLES[title]))
        elif line.startswith("> "):
            flush()
            flow.append(Paragraph(esc(line[2:]), FOLDER_STYLES["Callout"]))
        elif line.startswith(("- ", "• ")):
            flush()
            flow.append(Paragraph(esc(line[2:]), FOLDER_STYLES["Bullet"], bulletText="•"))
        elif line == "{kontakt}":
            flush()
            flow.append(contact_block(contact_lines))
        else:
            paragraph.append(line)
    flush()
    return flow


def contact_block(lines: tuple[str, ...]) -> Paragraph:
    if not lines:
        return Paragraph("Kontakt Dagplejekontoret.", FOLDER_STYLES["Contact"])
    first, rest = lines[0], lines[1:]
    html = f"<b>{esc(first)}</b>" + "".join(f"<br/>{esc(line)}" for line in rest)
    return Paragraph(html, FOLDER_STYLES["Contact"])


class FolderTemplate(BaseDocTemplate):
    def __init__(self, buffer, doc: FolderDocument):
        super().__init__(buffer, pagesize=(SHEET_W, SHEET_H),
                         title="Mini-dagplejen – information til forældre",
                         author=doc.org.name, subject="Folder om Mini-dagplejen",
                         creator="Dagpleje Desktop", keywords=["folder", "mini-dagpleje"],
                         lang="da-DK", displayDocTitle=True, initialFontName=fonts.REGULAR)
        self.folder = doc
        self.addPageTemplates([
            PageTemplate("Outside", _frames(OUTSIDE), onPage=self._outside),
            PageTemplate("Inside", _frames(INSIDE), onPage=self._inside),
        ])

    def _outside(self, canvas, doc) -> None:
        draw_front_cover(canvas, self.folder)
        _fold_marks(canvas, [FLAP_W, FLAP_W + PANEL_W])

    def _inside(self, canvas, doc) -> None:
        _fold_marks(canvas, [PANEL_W, 2 * PANEL_W])


def _frames(panels) -> list[Frame]:
    frames, x = [], 0.0
    for name, width in panels:
        top_pad = PAD_TOP
        height = SHEET_H - top_pad - PAD_BOTTOM
        if name == "front":  # the coloured band is drawn on the page; text starts in it
            height = SHEET_H - 2 * PAD_TOP
        frames.append(Frame(x + PAD_X, PAD_BOTTOM, width - 2 * PAD_X, height, id=name,
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0))
        x += width
    return frames


def _fold_marks(canvas, xs) -> None:
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    for x in xs:
        canvas.line(x, SHEET_H, x, SHEET_H - 4 * mm)
        canvas.line(x, 0, x, 4 * mm)
    canvas.restoreState()


def draw_front_cover(canvas, doc: FolderDocument) -> None:
    """The coloured band, a calm decoration and the organisation at the foot."""
    left = FLAP_W + PANEL_W
    band_h = SHEET_H * FRONT_BAND
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.rect(left, 0, PANEL_W, SHEET_H, stroke=0, fill=1)
    canvas.setFillColor(PRIMARY)
    canvas.rect(left, SHEET_H - band_h, PANEL_W, band_h, stroke=0, fill=1)
    canvas.saveState()  # the translucent fill must not carry over to the logo
    canvas.setFillColor(colors.Color(1, 1, 1, alpha=0.08))
    canvas.circle(left + PANEL_W - 14 * mm, SHEET_H - band_h + 18 * mm, 34 * mm, stroke=0,
                  fill=1)
    canvas.circle(left + PANEL_W - 40 * mm, SHEET_H - band_h - 2 * mm, 16 * mm, stroke=0,
                  fill=1)
    canvas.restoreState()
    y = 16 * mm
    org = doc.org
    if org.logo_png:
        try:
            logo = ImageReader(io.BytesIO(org.logo_png))
            w, h = logo.getSize()
            height = 20 * mm
            width = min(w * height / h, PANEL_W - 2 * PAD_X)
            canvas.drawImage(logo, left + PAD_X, y + 13 * mm, width, height, mask="auto")
        except Exception:  # noqa: BLE001 - a broken logo must not stop the folder
            pass
    _, tagline = split_front(doc.front)
    if tagline:
        quote = Paragraph(esc(" ".join(tagline.split())), FOLDER_STYLES["Tagline"])
        width = PANEL_W - 2 * PAD_X
        _, height = quote.wrapOn(canvas, width, SHEET_H)
        quote.drawOn(canvas, left + PAD_X, SHEET_H - band_h - 14 * mm - height)
    canvas.setFillColor(PRIMARY)
    canvas.setFont(fonts.BOLD, 11)
    canvas.drawString(left + PAD_X, y + 5 * mm, org.name)
    if org.unit and org.unit != org.name:
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.REGULAR, 9.5)
        canvas.drawString(left + PAD_X, y, org.unit)
    canvas.restoreState()


def split_front(text: str) -> tuple[str, str]:
    """The cover's title part, and the tagline under the coloured band (after "---")."""
    top, _, bottom = text.partition("\n---")
    return top, bottom.strip().lstrip("-").strip()


def _panel(flow: list[Flowable], width: float, height: float) -> KeepInFrame:
    # Texts come from settings and may be long: shrink to fit rather than spill over.
    return KeepInFrame(width - 2 * PAD_X, height, flow, mode="shrink")


def render_folder(doc: FolderDocument) -> bytes:
    inner_h = SHEET_H - PAD_TOP - PAD_BOTTOM
    band_h = SHEET_H * FRONT_BAND
    cover = [Spacer(1, 14 * mm),
             *markup(split_front(doc.front)[0], doc.contact_lines, cover=True)]
    story: list[Flowable] = [
        _panel(markup(doc.flap, doc.contact_lines), FLAP_W, inner_h), FrameBreak(),
        _panel(markup(doc.back, doc.contact_lines), PANEL_W, inner_h), FrameBreak(),
        NextPageTemplate("Inside"),
        _panel(cover, PANEL_W, band_h - 4 * mm), FrameBreak(),
        _panel(markup(doc.inside_left, doc.contact_lines), PANEL_W, inner_h), FrameBreak(),
        _panel(markup(doc.inside_middle, doc.contact_lines), PANEL_W, inner_h), FrameBreak(),
        _panel(markup(doc.inside_right, doc.contact_lines), FLAP_W, inner_h),
    ]
    buffer = io.BytesIO()
    FolderTemplate(buffer, doc).build(story)
    return buffer.getvalue()
