"""Data and steps for the child page, search and dashboard tests.

On top of the shared GUI template: a second author (the childminder Lise), goals,
observations with domains, positions and goal links spread over time, development and
wellbeing assessments, a planned status meeting and visit and an absence. (No draft:
it would be offered back in a message box at every login.)
Built once per test module, copied per test.
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from demo_exemption import share_with_childminders
from dagpleje_desktop.domain.enums import (AbsenceReason, AssessmentKind, ChildStatus,
                                           MeetingKind, UserRole, VisitKind, WellbeingPosition)
from dagpleje_desktop.services.records import absences, children, homes, professionals
from dagpleje_desktop.services.journal import assessments, observations
from dagpleje_desktop.services.meeting_cycle import goals, meetings, visits
from dagpleje_desktop.services.security import users
from dagpleje_desktop.services.installation import Installation

from gui_support import DATA, PASSWORD, USERNAME, log_in

WAIT_MS = 20_000  # background reads on a busy machine; never a timing assertion
LISE_USERNAME = "lise"
GOAL_A = "Maja bruger flere ord ved måltidet."
GOAL_B = "Maja venter på sin tur i legen."
EMIL_TEXT = "Emil fandt en lille bjørneunge af plastik & en <kat> i sandkassen."
JOINT_COMMENT = "Fælles vurdering efter statusmødet: uro ved overgange."


@dataclass(frozen=True)
class Seed:
    today: date
    maja: uuid.UUID
    emil: uuid.UUID
    goal_a: uuid.UUID
    goal_b: uuid.UUID
    by_text: dict[str, uuid.UUID]   # observation text -> id


def _at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=timezone.utc)


def _observe(ctx, child_id, text, day, **fields) -> uuid.UUID:
    return observations.create_observation(ctx, observations.ObservationInput(
        child_id=child_id, text=text, observed_at=_at(day), **fields)).id


def build_seed(installation: Installation) -> Seed:
    ctx = installation.login(USERNAME, PASSWORD)
    try:
        today = ctx.today()
        kids = {c.first_name: c for c in children.list_children(ctx)}
        maja, emil = kids["Maja"].id, kids["Emil"].id
        children.update_child(ctx, emil, children.ChildInput(
            first_name="Emil", last_name="Jensen", birth_date=date(2023, 1, 10),
            status=ChildStatus.ACTIVE))
        lise = next(p for p in professionals.list_professionals(ctx)
                    if p.name == DATA.childminder)
        share_with_childminders(ctx)  # her login and the consultant's data in one database
        users.create_user(ctx, LISE_USERNAME, DATA.childminder, UserRole.CHILDMINDER, PASSWORD,
                          professional_id=lise.id)
        goal_a = goals.create_goal(ctx, goals.GoalInput(
            child_id=maja, domain="communication", title=GOAL_A,
            start_date=date(2025, 1, 6), target_date=today + timedelta(days=10))).id
        goal_b = goals.create_goal(ctx, goals.GoalInput(
            child_id=maja, domain="social", title=GOAL_B,
            start_date=date(2025, 1, 6), target_date=today + timedelta(days=60))).id
        by_text = {o.text: o.id for o in observations.list_observations(ctx, maja)}
        by_text["sang"] = _observe(ctx, maja, "Maja sang en sang om æbler og pærer.",
                                   today - timedelta(days=50), situation="Sangstund",
                                   domains=("communication",), position=WellbeingPosition.RED,
                                   concern=True, goal_ids=(goal_a,))
        by_text["emil"] = _observe(ctx, emil, EMIL_TEXT, today - timedelta(days=30))
        for day, domain, level in ((date(2025, 3, 1), "language", 20),
                                   (date(2025, 9, 1), "language", 26),
                                   (date(2025, 9, 1), "gross_motor", 40),
                                   (date(2026, 3, 1), "gross_motor", 46)):
            assessments.add_development_assessment(ctx, maja, day, domain, level, "Set i leg")
        assessments.add_wellbeing_assessment(ctx, maja, date(2025, 6, 1),
                                             AssessmentKind.INDIVIDUAL, WellbeingPosition.GREEN)
        assessments.add_wellbeing_assessment(ctx, maja, date(2025, 9, 10), AssessmentKind.JOINT,
                                             WellbeingPosition.YELLOW, JOINT_COMMENT)
        meetings.plan_meeting(ctx, meetings.MeetingInput(
            kind=MeetingKind.STATUS, starts_at=_at(today + timedelta(days=7), 9),
            ends_at=_at(today + timedelta(days=7), 10), child_id=maja,
            place="Dagplejekontoret"))
        home = next(h for h in homes.list_homes(ctx) if h.name == DATA.home)
        visits.record_visit(ctx, visits.VisitInput(kind=VisitKind.SUPERVISION,
                                                   visited_at=_at(today + timedelta(days=3)),
                                                   home_id=home.id))
        absences.register_absence(ctx, absences.AbsenceInput(
            home_id=home.id, starts_on=today + timedelta(days=2),
            ends_on=today + timedelta(days=4), reason=AbsenceReason.HOLIDAY))
    finally:
        ctx.close()
    lise_ctx = installation.login(LISE_USERNAME, PASSWORD)
    try:
        by_text["bord"] = _observe(lise_ctx, maja, "Maja hjalp med at dække bord og sagde tak.",
                                   today - timedelta(days=20), domains=("self_care",),
                                   position=WellbeingPosition.GREEN, goal_ids=(goal_a,))
        by_text["line"] = _observe(lise_ctx, maja, "Maja gik på line på fortovskanten.",
                                   today - timedelta(days=5), domains=("gross_motor",))
    finally:
        lise_ctx.close()
    return Seed(today, maja, emil, goal_a, goal_b, by_text)


@pytest.fixture(scope="module")
def child_template(template_dir, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("child-template") / "data"
    shutil.copytree(template_dir, data_dir)
    return data_dir, build_seed(Installation(data_dir=data_dir))


@pytest.fixture
def child_installation(child_template, tmp_path):
    """(installation, seed): a private copy of the seeded installation."""
    template, seed = child_template
    data_dir = tmp_path / "data"
    shutil.copytree(template, data_dir)
    return Installation(data_dir=data_dir), seed


def wait(qtbot, condition, timeout: int = WAIT_MS) -> None:
    qtbot.waitUntil(condition, timeout=timeout)


def start(qtbot, controller, child_installation):
    installation, seed = child_installation
    ctl = controller(installation)
    ctl.start()
    return log_in(qtbot, ctl), seed


def open_child_page(qtbot, window, name: str):
    """Ctrl+2, type the name, Enter twice: the child's page, its timeline loaded."""
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["Børn"]
    view = page.list_view
    view.search.clear()
    qtbot.keyClicks(view.search, name)
    wait(qtbot, lambda: view.proxy.rowCount() > 0)  # the list is read in the background
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    detail = page.detail_view
    wait(qtbot, lambda: detail.name_label.text().startswith(name))
    wait(qtbot, lambda: not detail.timeline.loading and detail.timeline.model.total > 0
                    or detail.timeline.stack.currentWidget() is detail.timeline.empty_label)
    return detail


def click_tab(qtbot, detail, index: int) -> None:
    bar = detail.tabs.tabBar()
    detail.scroll_area.ensureWidgetVisible(detail.tabs)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert detail.tabs.currentIndex() == index


def card_texts(timeline) -> list[str]:
    model = timeline.model
    return [model.index(row).data() for row in range(model.rowCount())]


def shown_ids(timeline) -> list[uuid.UUID]:
    model = timeline.model
    return [model.observation(row).id for row in range(model.rowCount())]
