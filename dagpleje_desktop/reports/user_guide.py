"""The user guide as a PDF: the same Markdown chapters the program shows on F1.

Only the Markdown the guide uses is read: "#"/"##" headings, paragraphs (lines joined),
"- " and "1. " lists, **bold**, *emphasis* and one picture per line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, PageBreak

from ..user_guide import IMAGE, Chapter
from .blocks import esc, heading, title_block
from .data import OrgHeader
from .paragraph import Paragraph
from .style import CONTENT_W, STYLES, PageSetup, render

LIST_ITEM = re.compile(r"^(- |\d+\. )")
BOLD = re.compile(r"\*\*(.+?)\*\*")
EMPHASIS = re.compile(r"(?<!\*)\*([^*]+)\*(?!\*)")
MAX_PICTURE_H = 95 * mm
TITLES = {"da": ("Brugervejledning", "Dagpleje Desktop"),
          "en": ("User guide", "Dagpleje Desktop")}


def _inline(text: str) -> str:
    markup = esc(text)
    markup = BOLD.sub(r"<b>\1</b>", markup)
    return EMPHASIS.sub(r"<i>\1</i>", markup)


def _picture(chapter: Chapter, caption: str, source: str) -> list[Flowable]:
    path = chapter.folder / source
    if not path.is_file():
        return []  # a guide without its screenshot is still a guide
    picture = Image(str(path))
    scale = min(CONTENT_W / picture.imageWidth, MAX_PICTURE_H / picture.imageHeight, 1.0)
    picture.drawWidth = picture.imageWidth * scale
    picture.drawHeight = picture.imageHeight * scale
    return [KeepTogether([picture, Paragraph(esc(caption), STYLES["Muted"])])]


def _blocks(markdown: str) -> list[list[str]]:
    blocks, current = [], []
    for line in markdown.splitlines():
        if not line.strip():
            if current:
                blocks.append(current)
            current = []
        elif LIST_ITEM.match(line) or line.startswith("#"):
            if current:
                blocks.append(current)
            current = [line]
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def chapter_story(chapter: Chapter, *, first: bool) -> list[Flowable]:
    story: list[Flowable] = [] if first else [PageBreak()]
    for block in _blocks(chapter.markdown):
        head = block[0]
        text = " ".join(line.strip() for line in block)
        if head.startswith("## "):
            story.append(heading(head[3:].strip(), 1))
        elif head.startswith("# "):
            story.append(heading(head[2:].strip()))
        elif (match := IMAGE.fullmatch(text)) is not None:
            story += _picture(chapter, match.group(1), match.group(2))
        elif (item := LIST_ITEM.match(head)) is not None:
            bullet = "•" if item.group(1) == "- " else item.group(1).strip()
            story.append(Paragraph(_inline(text[len(item.group(1)):]), STYLES["Bullet"],
                                   bulletText=bullet))
        else:
            story.append(Paragraph(_inline(text), STYLES["Body"]))
    return story


def render_user_guide(chapters: Sequence[Chapter], language: str = "da") -> bytes:
    title, subtitle = TITLES.get(language, TITLES["da"])
    story: list[Flowable] = [*title_block(title, subtitle)]
    for number, chapter in enumerate(chapters):
        story += chapter_story(chapter, first=number == 0)
    setup = PageSetup(org=OrgHeader(name="Dagpleje Desktop"), title=title,
                      confidential=False, subject=title, author="Dagpleje Desktop")
    return render(story, setup)
