"""The main window's pages by name, each built the first time it is needed.

Start-up builds only the page shown first; the others, and the modules behind them,
load when the user goes there (or code asks ``window.pages[name]``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from .pages.base import Page

PAGE_NAMES = ("Oversigt", "Børn", "Kalender", "Møder", "Dagplejehjem", "Synkronisering",
              "Udskrifter", "Indstillinger", "Visitation")  # Ctrl+1 … Ctrl+9
# Where each page's class lives (gui/pages/<module>.py); imported when first built.
PAGE_CLASSES = {
    "Oversigt": ("overview", "OverviewPage"), "Børn": ("children", "ChildrenPage"),
    "Kalender": ("calendar", "CalendarPage"), "Møder": ("meetings", "MeetingsPage"),
    "Dagplejehjem": ("homes", "HomesPage"), "Synkronisering": ("sync", "SyncPage"),
    "Udskrifter": ("prints", "PrintsPage"), "Indstillinger": ("settings", "SettingsPage"),
    "Visitation": ("office", "OfficePage"),
}


class LazyPages(Mapping[str, Page]):
    """The main window's pages by Danish name; a page is built on first access.

    ``build(name)`` makes the page; ``wire(name, page)`` connects it to the window and
    runs after the page is stored, so wiring may look the page up again.
    """

    def __init__(self, build: Callable[[str], Page], wire: Callable[[str, Page], None]) -> None:
        self._build, self._wire = build, wire
        self._built: dict[str, Page] = {}

    def __getitem__(self, name: str) -> Page:
        page = self._built.get(name)
        if page is None:
            if name not in PAGE_CLASSES:
                raise KeyError(name)
            page = self._built[name] = self._build(name)
            self._wire(name, page)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(PAGE_NAMES)

    def __len__(self) -> int:
        return len(PAGE_NAMES)

    def built(self, name: str) -> Page | None:
        """The page if it has been built, without building it."""
        return self._built.get(name)
