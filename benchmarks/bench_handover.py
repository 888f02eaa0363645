"""A 30-page handover packet (``printing.print_handover``: consent check, gathering,
ReportLab layout, atomic write, disclosure record) beside its floor: ReportLab's Platypus
laying out the very same text, line by line from the packet itself, as paragraphs in the
packet's embedded font with its page breaks, and writing the file, but none of the app's
own work (reading, consent scope, redaction, tables, headers, disclosure record).

The earlier floor, ``canvas.drawString`` of the same lines with no layout at all, is
still printed: a flowing document cannot be made without the paragraph layout that
floor leaves out, so it measured Platypus as much as the app."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from benchmarks.dataset import CONSULTANT_USER, DataSet
from benchmarks.report import BULK_RATIO, result
from dagpleje_desktop.domain.enums import SharingLevel
from dagpleje_desktop.reports import fonts
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.documents import printing

TARGET_PAGES = 30


def _shareable(ctx, child_id) -> list:
    ids = observations.observation_ids(ctx, child_id)
    rows = observations.get_observations(ctx, ids)
    return [o.id for o in rows if o.sharing == SharingLevel.PARTNERS]


def _pages(path: Path) -> list[list[str]]:
    return [page.extract_text().splitlines() for page in PdfReader(path).pages]


def _floor(pages: list[list[str]], path: Path) -> float:
    # In the packet's own font (embedded Noto Sans, as every document must be so that
    # names such as "Łucja Nguyễn" print): the standard Helvetica needs no embedding and
    # cannot draw such names, so it was a floor the packet could never reach.
    began = time.perf_counter()
    canvas = Canvas(str(path), pagesize=A4)
    for lines in pages:
        y = A4[1] - 60
        canvas.setFont(fonts.REGULAR, 10)
        for line in lines:
            canvas.drawString(50, y, line)
            y -= 13
        canvas.showPage()
    canvas.save()
    return (time.perf_counter() - began) * 1000


def _platypus_floor(pages: list[list[str]], path: Path) -> float:
    style = ParagraphStyle("floor", fontName=fonts.REGULAR, fontSize=10, leading=13)
    began = time.perf_counter()
    story = []
    for lines in pages:
        story += [Paragraph(escape(line), style) for line in lines]
        story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return (time.perf_counter() - began) * 1000


def run(data: DataSet, runs: int = 3, say=print) -> list[dict]:
    ctx = data.login(CONSULTANT_USER)
    recipient = data.manifest["recipient"]
    try:
        shareable = _shareable(ctx, data.heavy_child_id)
        with tempfile.TemporaryDirectory(prefix="dagpleje-bench-pdf-") as temp:
            path = Path(temp) / "overlevering.pdf"
            chosen = shareable[:120]  # calibrate the selection to about 30 pages
            printing.print_handover(ctx, data.heavy_child_id, recipient, path, chosen)
            pages = len(PdfReader(path).pages)
            per_page = len(chosen) / max(1, pages - 4)
            chosen = shareable[:max(1, int((TARGET_PAGES - 4) * per_page))]
            timings, floors, no_layout = [], [], []
            for _ in range(runs):
                began = time.perf_counter()
                printing.print_handover(ctx, data.heavy_child_id, recipient, path, chosen)
                timings.append((time.perf_counter() - began) * 1000)
                text = _pages(path)
                floors.append(_platypus_floor(text, Path(temp) / "floor.pdf"))
                no_layout.append(_floor(text, Path(temp) / "drawn.pdf"))
            say(f"  handover: {len(text)} pages, {len(chosen)} observations; the same text "
                f"drawn line by line without layout: {sorted(no_layout)[len(no_layout) // 2]:.0f} ms")
        return [result(f"handover_packet_{len(text)}_pages", timings, "ms",
                       floor=floors, budget=BULK_RATIO, budget_on_ratio=True)]
    finally:
        ctx.close()
