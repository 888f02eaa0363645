"""The user guide: one Markdown chapter per file in resources/help/<language>/.

Shown in the program on F1 (gui/dialogs/help_window.py) and printed as a PDF
(reports/user_guide.py, ``dagpleje print guide``). Screenshots sit beside the chapters in
``screenshots/`` and are made from the running demo by ``make screenshots``, so they
never show an older program than the one described.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .package_data import on_disk, resources

LANGUAGES = ("da", "en")
GETTING_STARTED = "kom-godt-i-gang"
IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")

# Which chapter F1 opens on each page (the page's Danish name, as in the navigation).
CHAPTER_FOR_PAGE = {
    "Oversigt": GETTING_STARTED, "Børn": "mini-dagplejerens-dag",
    "Kalender": "konsulentens-moedecyklus", "Møder": "konsulentens-moedecyklus",
    "Udskrifter": "konsulentens-moedecyklus", "Dagplejehjem": "kontoret",
    "Visitation": "kontoret", "Indstillinger": "kontoret",
    "Synkronisering": "synkronisering-og-sikkerhed",
}


@dataclass(frozen=True)
class Chapter:
    slug: str       # stable id, the file name without its number: "kom-godt-i-gang"
    title: str      # the chapter's first heading
    markdown: str
    folder: Path    # images are relative to this folder

    def images(self) -> list[str]:
        """Relative paths of the pictures the chapter shows."""
        return [match.group(2) for match in IMAGE.finditer(self.markdown)]


def guide_folder(language: str) -> Path:
    if language not in LANGUAGES:
        language = LANGUAGES[0]
    return on_disk(resources() / "help" / language)


def chapters(language: str = "da") -> list[Chapter]:
    """The guide's chapters in reading order."""
    folder = guide_folder(language)
    found = []
    for path in sorted(folder.glob("[0-9][0-9]-*.md")):
        text = path.read_text(encoding="utf-8")
        title = next((line[2:].strip() for line in text.splitlines()
                      if line.startswith("# ")), path.stem)
        found.append(Chapter(path.stem[3:], title, text, folder))
    return found


def chapter_for_page(page_name: str) -> str:
    return CHAPTER_FOR_PAGE.get(page_name, GETTING_STARTED)
