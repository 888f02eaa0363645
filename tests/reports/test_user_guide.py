"""The user guide: the same chapters in Danish and English, every picture present, and the
PDF (also from the command line, without logging in) holds every chapter and picture."""

from __future__ import annotations

import subprocess
import sys

from pypdf import PdfReader

from dagpleje_desktop.reports.user_guide import render_user_guide
from dagpleje_desktop.user_guide import CHAPTER_FOR_PAGE, LANGUAGES, chapters


def test_both_languages_have_the_same_chapters_and_pictures():
    danish, english = chapters("da"), chapters("en")
    assert [c.slug for c in danish] == [c.slug for c in english]
    assert len(danish) >= 5
    for da, en in zip(danish, english):
        assert da.images() == en.images()
    assert set(CHAPTER_FOR_PAGE.values()) <= {c.slug for c in danish}


def test_every_picture_the_guide_shows_exists():
    for language in LANGUAGES:
        for chapter in chapters(language):
            for image in chapter.images():
                assert (chapter.folder / image).is_file(), f"{language}: {image}"


def test_the_pdf_holds_every_chapter_and_its_pictures():
    guide = chapters("da")
    reader = PdfReader(__import__("io").BytesIO(render_user_guide(guide, "da")))
    text = "".join(page.extract_text() for page in reader.pages)
    for chapter in guide:
        assert chapter.title in text
    pictures = sum(len(page.images) for page in reader.pages)
    assert pictures == sum(len(c.images()) for c in guide)
    assert "**" not in text  # Markdown marks are set as bold, not printed


def test_print_guide_from_the_command_line_needs_no_login(tmp_path):
    target = tmp_path / "guide.pdf"
    done = subprocess.run([sys.executable, "-m", "dagpleje_desktop.cli",
                           "--data-dir", str(tmp_path / "nothing"), "print", "guide",
                           "--language", "en", "-o", str(target)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Getting started" in text and "The mini-childminder's day" in text
