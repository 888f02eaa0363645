"""The embedded Unicode font (Noto Sans, SIL OFL 1.1; licence in resources/fonts/OFL.txt).

The standard PDF fonts cover only Latin-1, so names such as "Łucja" or "Nguyễn" would
print as boxes; every document embeds this TrueType family instead.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..package_data import resource_path, resources

FAMILY = "DagplejeSans"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"

_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}


class MeasuredTTFont(TTFont):
    """A TTFont that remembers the width of each text it has measured.

    Breaking a paragraph's lines measures every word, and ReportLab's pure-Python
    measure walks each character through the font's width table. Documents repeat the
    same words (and whole labels) over and over, so the width at 1 pt is kept per text;
    the result is bit-for-bit what ReportLab computes (0.001 * size * sum of widths).
    """

    _CACHE_LIMIT = 50_000  # distinct texts; a few MB at most, then start afresh

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._width_sums: dict[str, float] = {}

    def stringWidth(self, text, size, encoding="utf8"):
        if not isinstance(text, str):
            text = text.decode(encoding or "utf8")
        total = self._width_sums.get(text)
        if total is None:
            widths, default = self.face.charWidths.get, self.face.defaultWidth
            total = sum(widths(ord(char), default) for char in text)
            if len(self._width_sums) >= self._CACHE_LIMIT:
                self._width_sums.clear()
            self._width_sums[text] = total
        return 0.001 * size * total


def register_fonts() -> None:
    """Register the family once per process (safe to call from every document)."""
    if FAMILY in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in _FILES.items():
        if not resources().joinpath("fonts", filename).is_file():
            raise FileNotFoundError(f"font file missing: resources/fonts/{filename}")
        pdfmetrics.registerFont(MeasuredTTFont(name, str(resource_path("fonts", filename))))
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
