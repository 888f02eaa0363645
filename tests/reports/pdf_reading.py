"""Reading the PDFs back the way a tester would: text per page, metadata, fonts, layout."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def page_texts(path: Path | str) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def full_text(path: Path | str) -> str:
    return "\n".join(page_texts(path))


def flat(text: str) -> str:
    """Line breaks from wrapping removed, so phrases can be searched across lines."""
    return " ".join(text.split())


def metadata(path: Path | str) -> dict:
    meta = PdfReader(str(path)).metadata
    return {"title": meta.title, "author": meta.author, "subject": meta.subject}


def unembedded_fonts(path: Path | str) -> set[str]:
    """Fonts a reader would have to substitute (every font should be embedded)."""
    missing = set()
    for page in PdfReader(str(path)).pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:
                missing.add(str(font.get("/BaseFont")))
                continue
            descriptor = descriptor.get_object()
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(font.get("/BaseFont")))
    return missing


def text_positions(path: Path | str, page_number: int) -> list[tuple[str, float]]:
    """(text, x) for each text run on a page, x in points from the left edge."""
    runs: list[tuple[str, float]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            runs.append((text.strip(), tm[4] * cm[0] + cm[4]))

    PdfReader(str(path)).pages[page_number].extract_text(visitor_text=visit)
    return runs


def x_of(runs: list[tuple[str, float]], needle: str) -> float:
    for text, x in runs:
        if needle in text:
            return x
    raise AssertionError(f"{needle!r} not found on the page")
