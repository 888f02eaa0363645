"""The main window's pages by name, each built the first time it is needed.

Start-up builds only the page shown first; the others, and the modules behind them,
load when the user goes there (or code asks ``window.pages[name]``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from ..domain.enums import UserRole
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

# Pages a role does not use: a mini-childminder's laptop holds her own home only, so the
# list of every home and its capacity (the office's work) is not hers. The "Visitation"
# page shows her only her absences, guest care and courses, under that name (see
# ``page_caption``).
HIDDEN_FOR_ROLE: dict[UserRole, frozenset[str]] = {
    UserRole.CHILDMINDER: frozenset({"Dagplejehjem"}),
}


def shown_pages(role: UserRole) -> tuple[str, ...]:
    """The pages the role sees, in navigation order."""
    hidden = HIDDEN_FOR_ROLE.get(role, frozenset())
    return tuple(name for name in PAGE_NAMES if name not in hidden)


def is_shown(role: UserRole, name: str) -> bool:
    return name not in HIDDEN_FOR_ROLE.get(role, frozenset())


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
