"""Shared test data and steps for the GUI tests (kept out of conftest so tests can import it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from dagpleje_desktop.domain.enums import (ChildStatus, HomeKind, ProfessionalRole,
                                           WellbeingPosition)
from dagpleje_desktop.services.records import children, guardians, homes, placements, professionals
from dagpleje_desktop.services.journal import observations
from dagpleje_desktop.services.installation import Installation

USERNAME = "hanne"
PASSWORD = "sommerfugl-og-kaffe"
FULL_NAME = "Hanne Sørensen"


@dataclass(frozen=True)
class Fixture:
    child_name: str = "Maja Nielsen"
    allergy: str = "Nødder og æg – EpiPen ligger i den røde taske"
    routine: str = "Sover en time efter frokost med sin blå bamse"
    guardian: str = "Sara Nielsen"
    observation: str = "Maja byggede et tårn af klodser og ventede på sin tur."
    home: str = "Solsikken"
    childminder: str = "Lise Mortensen"


DATA = Fixture()


def fill_installation(installation: Installation) -> None:
    ctx = installation.login(USERNAME, PASSWORD)
    try:
        lise = professionals.create_professional(ctx, DATA.childminder,
                                                 ProfessionalRole.MINI_CHILDMINDER)
        home = homes.create_home(ctx, homes.HomeInput(
            name=DATA.home, kind=HomeKind.MINI, places=4, childminder_id=lise.id,
            address="Engvej 3", postal_code="5000", city="Odense C"))
        maja = children.create_child(ctx, children.ChildInput(
            first_name="Maja", last_name="Nielsen", cpr="150322-4018",
            allergies=DATA.allergy, routines=DATA.routine,
            what_works="Faste rutiner og en varsling før hvert skift",
            medication="EpiPen ved allergisk reaktion",
            special_needs="Brug for ro ved overgange", diagnoses="Forsinket sprogudvikling",
            languages="Dansk og arabisk"))
        guardians.add_guardian(ctx, maja.id, guardians.GuardianInput(
            name=DATA.guardian, relation="Mor", phone="20 30 40 50", email="sara@example.dk"))
        guardians.add_guardian(ctx, maja.id, guardians.GuardianInput(
            name="Ahmed Nielsen", relation="Far", has_custody=False))
        placements.place_child(ctx, maja.id, home.id, 2, date(2024, 8, 1))
        observations.create_observation(ctx, observations.ObservationInput(
            child_id=maja.id, text=DATA.observation,
            observed_at=datetime(2025, 3, 4, 9, 15, tzinfo=timezone.utc),
            domains=("social", "fine_motor"), position=WellbeingPosition.GREEN))
        observations.create_observation(ctx, observations.ObservationInput(
            child_id=maja.id, text="Urolig ved aflevering, faldt til ro med bamsen.",
            observed_at=datetime(2025, 3, 5, 7, 40, tzinfo=timezone.utc),
            domains=("emotional",), position=WellbeingPosition.YELLOW))
        children.create_child(ctx, children.ChildInput(
            first_name="Emil", last_name="Jensen", birth_date=date(2023, 1, 10)))
        children.create_child(ctx, children.ChildInput(
            first_name="Åse", last_name="Ørsted", birth_date=date(2022, 6, 2),
            status=ChildStatus.REFERRED))
    finally:
        ctx.close()



def log_in(qtbot, ctl, username: str = USERNAME, password: str = PASSWORD):
    """Type like a person and click "Log ind"; returns the main window."""
    dialog = ctl.login_dialog
    dialog.ui.username.clear()
    qtbot.keyClicks(dialog.ui.username, username)
    qtbot.keyClicks(dialog.ui.password, password)
    qtbot.mouseClick(dialog.ui.loginButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctl.main_window is not None and ctl.main_window.isVisible(),
                    timeout=30_000)
    return ctl.main_window


def _under_pointer(widget: QWidget, point: QPoint) -> bool:
    """Would a click at ``point`` of ``widget`` land on it (not clipped, not covered)?"""
    if not widget.isVisible() or widget.width() == 0:
        return False
    window = widget.window()
    hit = window.childAt(widget.mapTo(window, point))
    return hit is widget or (hit is not None and widget.isAncestorOf(hit))


def click_where_seen(qtbot, widget: QWidget, pos: QPoint | None = None,
                     timeout: int = 20_000) -> None:
    """Click as a person does: scroll the widget into view, then click once the pointer
    would land on it. Qt 6 delivers a test click to whatever widget is under the point, so
    a click on a widget not yet laid out or scrolled away goes to another widget."""
    def seen() -> bool:
        parent = widget.parentWidget()
        while parent is not None:  # innermost scroll area first, as a person scrolls
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget)
            parent = parent.parentWidget()
        return _under_pointer(widget, pos or widget.rect().center())
    qtbot.waitUntil(seen, timeout=timeout)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())
