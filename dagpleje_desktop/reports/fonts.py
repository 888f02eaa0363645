"""The embedded Unicode font (Noto Sans, SIL OFL 1.1; licence in resources/fonts/OFL.txt).

The standard PDF fonts cover only Latin-1, so names such as "Łucja" or "Nguyễn" would
print as boxes; every document embeds this TrueType family instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# Same convention as the GUI: resources/ beside the package, or where a frozen build
# unpacked it (DAGPLEJE_RESOURCE_ROOT).
RESOURCE_ROOT = Path(os.environ.get("DAGPLEJE_RESOURCE_ROOT",
                                    Path(__file__).resolve().parents[2]))
FONT_DIR = RESOURCE_ROOT / "resources" / "fonts"

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


def register_fonts() -> None:
    """Register the family once per process (safe to call from every document)."""
    if FAMILY in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in _FILES.items():
        path = FONT_DIR / filename
        if not path.exists():
            raise FileNotFoundError(f"font file missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
