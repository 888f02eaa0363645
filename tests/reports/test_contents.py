"""The table of contents (»Indhold«) a reader relies on: every entry points at the page
its section really starts on, whether the packet is laid out in one pass or, when the
contents run over a page, the multi-pass way."""

from __future__ import annotations

import io
import re
from datetime import date

from pypdf import PdfReader
from reportlab.platypus import PageBreak

from dagpleje_desktop.reports.blocks import contents, heading, paragraphs, title_block
from dagpleje_desktop.reports.data import OrgHeader
from dagpleje_desktop.reports.style import PageSetup, render

SETUP = PageSetup(OrgHeader(name="Kolding Kommune", unit="Mini-dagplejen"), "Overleveringspakke",
                  subject_line="Łucja Nguyễn", printed_on=date(2026, 3, 2))
TEXT = ("Łucja legede længe med klodserne og viste stolt tårnet frem til de andre børn. "
        "Hun hentede selv sin madpakke og satte sig ved bordet uden at blive mindet om det. ")
TITLE = re.compile(r"Afsnit \d\d [a-zæøå]+")
PAGE_NUMBER = re.compile(r"(?:\.\s*)+(\d+)")


def _packet(titles: list[str], paragraphs_per_section) -> bytes:
    story = [*title_block("Overlevering", "Łucja Nguyễn til Børnehaven Solsikken"),
             heading("Indhold", 0, keep_with_next=False), contents(), PageBreak()]
    for number, title in enumerate(titles):
        story.append(heading(title, 0, toc=True))
        story.append(heading(f"Underafsnit til {title}", 1))
        for _ in range(paragraphs_per_section(number)):
            story += paragraphs(TEXT * 3)
    return render(story, SETUP, with_toc=True)


def _pages(pdf: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split())
            for page in PdfReader(io.BytesIO(pdf)).pages]


def _toc(pdf: bytes) -> dict[str, int]:
    """Contents entries as a reader sees them: a title and, on the same line after the
    dots, a page number."""
    listed: dict[str, int] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        lines: dict[float, list[str]] = {}

        def visit(text, cm, tm, font, size, lines=lines):
            if text.strip():
                lines.setdefault(round(tm[5] * cm[3] + cm[5], 1), []).append(text.strip())

        page.extract_text(visitor_text=visit)
        for runs in lines.values():
            titles = [run for run in runs if TITLE.fullmatch(run)]
            numbers = [m.group(1) for run in runs if (m := PAGE_NUMBER.fullmatch(run))]
            if titles and numbers:
                listed[titles[0]] = int(numbers[0])
    return listed


def _first_page_with(pages: list[str], title: str) -> int:
    """Pages count from 1, as printed; the heading line is followed by its sub-heading."""
    for number, text in enumerate(pages, 1):
        if f"{title} Underafsnit til {title}" in text:
            return number
    raise AssertionError(f"{title!r} is not in the packet")


def test_every_contents_entry_names_the_page_its_section_starts_on():
    titles = [f"Afsnit {n:02d} {word}" for n, word in enumerate(
        ["barnet", "trivsel", "udvikling", "mål", "handleplan", "observationer", "kontakter",
         "samtykke"])]
    pdf = _packet(titles, lambda number: 2 + 5 * number)  # sections of growing length
    pages = _pages(pdf)
    listed = _toc(pdf)
    assert list(listed) == titles
    assert len(set(listed.values())) > 4  # the sections really are spread over the packet
    for title in titles:
        assert listed[title] == _first_page_with(pages, title), title
    assert f"Side 1 af {len(pages)}" in pages[0] and "Fortroligt" in pages[0]
    assert f"Side {len(pages)} af {len(pages)}" in pages[-1]


def test_contents_too_long_for_one_page_still_point_at_the_right_pages():
    titles = [f"Afsnit {n:02d} {word}" for n, word in
              enumerate(["leg", "sprog", "motorik", "samspil", "mad", "søvn"] * 9)]
    pdf = _packet(titles, lambda number: 1 + number % 3)
    pages = _pages(pdf)
    listed = _toc(pdf)
    assert list(listed) == titles
    assert "Afsnit 53 søvn" in pages[1], "the contents continue on the second page"
    for title in titles:
        assert listed[title] == _first_page_with(pages, title), title
