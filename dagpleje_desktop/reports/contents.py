"""A table of contents laid out in one pass.

ReportLab's ``TableOfContents`` needs ``multiBuild``: the whole document is laid out
once to learn the page of every heading and again to print them, which doubled the
time of every packet. The page numbers never change the layout, though: the entry
titles are known before the build (they are the story's headings) and each number is
drawn right-aligned after its title by a callback. So ``OnePassContents`` reserves the
height of the finished table from the planned titles, lets the body be laid out once,
and draws the entries on its page only when the canvas saves the document, by which
time every heading's page is known (``NumberedCanvas.draw_when_saved``).

When the headings met during the build differ from the plan, or the table would have
to be split over pages, the one-pass result is discarded and ``render`` falls back to
``multiBuild`` (``OnePassContents`` then behaves as a plain ``TableOfContents``).
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.platypus import Flowable
from reportlab.platypus.tableofcontents import TableOfContents

Entry = tuple[int, str]  # (level, plain text): all the table's layout depends on


class OnePassContents(TableOfContents):
    """A ``TableOfContents`` whose entries are drawn when the document is saved."""

    def __init__(self, **kw):
        super().__init__(**kw)
        self._planned: list[Entry] | None = None  # None: behave as TableOfContents
        self._wrap_args: tuple[float, float] = (0.0, 0.0)
        self.satisfied = True

    # --- one-pass mode -----------------------------------------------------------------

    def plan(self, entries: Iterable[Entry]) -> None:
        """Lay the table out for these titles; the page numbers follow at save time."""
        self._planned = list(entries)
        # Placeholder pages and keys: neither changes a row's height (the number is drawn
        # by the onDraw callback after the title, the key only wraps the title in a link).
        self._lastEntries = [(level, text, 0, f"h{n}")
                             for n, (level, text) in enumerate(self._planned, 1)]
        self._entries = []
        self.satisfied = True

    def stop_planning(self) -> None:
        """Back to ReportLab's multi-pass behaviour (for the fallback build)."""
        self._planned = None
        self._lastEntries = []
        self._entries = []

    def wrap(self, availWidth, availHeight):
        self._wrap_args = (availWidth, availHeight)
        return super().wrap(availWidth, availHeight)

    def split(self, availWidth, availHeight):
        if self._planned is None:
            return super().split(availWidth, availHeight)
        # A table split over pages would need each part drawn late; rare, so this
        # build is thrown away and the document built the multi-pass way instead.
        self.satisfied = False
        return super().split(availWidth, availHeight)

    def drawOn(self, canvas, x, y, _sW=0):
        if self._planned is None:
            return super().drawOn(canvas, x, y, _sW)
        defer = getattr(canvas, "draw_when_saved", None)
        if defer is None:
            self.satisfied = False
            return None
        height = self.height
        defer(lambda: self._draw_late(canvas, x, y, _sW, height))
        return None

    def _draw_late(self, canvas, x, y, _sW, height) -> None:
        met = [(level, text) for level, text, _page, _key in self._entries]
        if met != self._planned:
            self.satisfied = False
            return
        self._lastEntries = list(self._entries)
        _, new_height = self.wrapOn(canvas, *self._wrap_args)
        if abs(new_height - height) > 0.01:
            self.satisfied = False
            return
        canvas.saveState()
        self._table.drawOn(canvas, x, y, _sW)
        canvas.restoreState()


def find_contents(story: Iterable[Flowable]) -> OnePassContents | None:
    for flowable in story:
        if isinstance(flowable, OnePassContents):
            return flowable
    return None


def planned_entries(story: Iterable[Flowable]) -> list[Entry]:
    """The TOC entries the build will meet, in order, with the levels the outline
    clamps them to (``DagplejeDocTemplate.afterFlowable`` does the same)."""
    entries: list[Entry] = []
    outline_level = -1
    for flowable in _flattened(story):
        level = getattr(flowable, "outline_level", None)
        if level is None:
            continue
        level = min(level, outline_level + 1)
        outline_level = level
        if getattr(flowable, "in_toc", False):
            entries.append((level, flowable.getPlainText()))
    return entries


def _flattened(story: Iterable[Flowable]):
    # KeepTogether always hands its content to the frame one by one, so headings inside
    # it reach afterFlowable like any other.
    for flowable in story:
        content = getattr(flowable, "_content", None)
        if isinstance(content, list):
            yield from _flattened(content)
        else:
            yield flowable
