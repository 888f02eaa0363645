"""Courses in the app: the 40-week limit of a home-pedagogue course (warned near it,
refused beyond it), the 10-hour budget of a guidance course (shown and enforced), and café
notes refused without the guardians' consent to share."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from dagpleje_desktop.domain.courses import latest_end
from dagpleje_desktop.domain.enums import (ConsentPurpose, CourseKind, ProfessionalRole,
                                           SessionMode)
from dagpleje_desktop.services.office import cafe_visits, courses
from dagpleje_desktop.services.records import children, consents, professionals
from dagpleje_desktop.services.office.cafe_visits import CafeInput
from dagpleje_desktop.services.records.consents import ConsentInput
from dagpleje_desktop.services.office.courses import GuidanceInput, SessionInput

from consultant_steps import at
from gui_support import DATA
from office_steps import (WAIT, click, open_office, replace_text, seed, type_text,
                          wait_closed, wait_error)

pytestmark = pytest.mark.gui

TAB = "Forløb"
UNIT = "Børnehuset Mælkebøtten"


def test_a_home_pedagogue_course_warns_near_40_weeks_and_refuses_beyond(
        qtbot, controller, gui_installation):
    window, page = open_office(qtbot, controller, gui_installation, TAB)
    view = page.courses_view
    today = window.gui.session.today()

    click(qtbot, view.home_button)
    dialog = view.dialog
    type_text(qtbot, dialog.family, "Familien Hansen")
    type_text(qtbot, dialog.goals, "Faste rammer ved sengetid")
    check = dialog.check
    assert check.limit.text().startswith(f"Senest {latest_end(today):%d-%m-%Y}")
    assert not check.message.isVisible()

    replace_text(qtbot, dialog.planned_end, f"{today + timedelta(weeks=38):%d-%m-%Y}")
    assert check.message.isVisible()
    assert "sidste 4 uger før grænsen på 40 uger" in check.message.text()

    replace_text(qtbot, dialog.planned_end, f"{today + timedelta(weeks=41):%d-%m-%Y}")
    assert "varer højst 40 uger" in check.message.text()
    assert check.message.property("role") == "error"
    click(qtbot, dialog.action_button)
    wait_error(qtbot, dialog.error, "højst 40 uger")
    assert dialog.isVisible()
    assert courses.list_courses(window.gui.session) == []

    replace_text(qtbot, dialog.planned_end, f"{today + timedelta(weeks=30):%d-%m-%Y}")
    assert not check.message.isVisible()
    click(qtbot, dialog.action_button)
    wait_closed(qtbot, dialog)

    panel = view.panel
    qtbot.waitUntil(lambda: panel.title.text() == "Hjemmepædagogisk forløb – Familien Hansen",
                    timeout=WAIT)
    assert view.table.rowCount() == 1
    assert view.table.item(0, 0).text() == "Hjemmepædagogisk forløb – Familien Hansen"
    shown = panel.findChildren(type(panel.title))
    assert any(w.text() == f"{latest_end(today):%d-%m-%Y}" for w in shown)

    # Moving the planned end into the last four weeks is allowed, with the warning.
    click(qtbot, panel.planned_end_button)
    moving = panel.dialog
    replace_text(qtbot, moving.planned_end, f"{today + timedelta(weeks=39):%d-%m-%Y}")
    click(qtbot, moving.action_button)
    wait_closed(qtbot, moving)
    assert "sidste 4 uger" in panel.feedback.text()


def _guidance_with(hours_used):
    def work(ctx):
        course = courses.start_guidance_course(ctx, GuidanceInput(
            UNIT, ctx.today(), "Sprogarbejde i vuggestuen"))
        for mode, hours in hours_used:
            courses.add_session(ctx, course.id, SessionInput(at(ctx.today(), 9), mode, hours))
        return course
    return work


def test_the_guidance_budget_is_shown_and_a_session_beyond_it_is_refused(
        qtbot, controller, gui_installation):
    seed(gui_installation, _guidance_with(((SessionMode.PHYSICAL, 4), (SessionMode.VIDEO, 4),
                                           (SessionMode.PHONE, 1.5))))
    window, page = open_office(qtbot, controller, gui_installation, TAB)
    panel = page.courses_view.panel
    qtbot.waitUntil(lambda: panel.title.text() == f"Minivejledningsforløb – {UNIT}",
                    timeout=WAIT)
    assert panel.budget_text.text() == "Timebudget: 9,5 af 10 timer brugt, 0,5 tilbage"
    assert panel.sessions.rowCount() == 3

    click(qtbot, panel.session_button)
    dialog = panel.dialog
    assert dialog.budget_label.text() == "Timebudget: 9,5 af 10 timer brugt, 0,5 tilbage."
    replace_text(qtbot, dialog.hours, "1")
    assert dialog.hours_hint.text() == "Der er kun 0,5 timer tilbage af forløbets 10."
    click(qtbot, dialog.action_button)
    wait_error(qtbot, dialog.error, "kan ikke registreres")
    assert dialog.error.text() == ("Minivejledningsforløbet har 10 timer: 9,5 er brugt, og der "
                                   "er 0,5 tilbage. En session på 1 timer kan ikke registreres.")
    assert courses.list_courses(window.gui.session)[0].hours_used == 9.5

    qtbot.keyClick(dialog.hours, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.hours, Qt.Key.Key_Down)
    assert dialog.hours.value() == 0.5
    click(qtbot, dialog.action_button)
    wait_closed(qtbot, dialog)

    qtbot.waitUntil(lambda: panel.budget_text.text() ==
                    "Timebudget: 10 af 10 timer brugt, 0 tilbage", timeout=WAIT)
    qtbot.waitUntil(lambda: page.courses_view.table.item(0, 2).text() == "10 af 10 timer",
                    timeout=WAIT)
    assert panel.sessions.rowCount() == 4
    assert not panel.session_button.isEnabled()
    assert page.courses_view.table.item(0, 2).text() == "10 af 10 timer"


@pytest.fixture
def cafe(gui_installation):
    def plan(ctx):
        maja = next(c for c in children.list_children(ctx) if c.name == DATA.child_name)
        people = [professionals.create_professional(ctx, name, role).id for name, role in (
            ("Hanne Ravn", ProfessionalRole.HEALTH_VISITOR),
            ("Kim Vang", ProfessionalRole.SMALL_CHILD_CONSULTANT),
            ("Eva Fys", ProfessionalRole.PHYSIOTHERAPIST))]
        yesterday = ctx.today() - timedelta(days=1)
        cafe_visits.plan_cafe_visit(ctx, CafeInput(maja.id, at(yesterday, 9), at(yesterday, 10),
                                                   "Sundhedsplejen", tuple(people)))
        return maja
    return gui_installation, seed(gui_installation, plan)


def test_cafe_notes_are_refused_without_consent_and_saved_with_it(qtbot, controller, cafe):
    installation, maja = cafe
    window, page = open_office(qtbot, controller, installation, TAB)
    panel = page.courses_view.panel
    notes = panel.cafe_notes
    qtbot.waitUntil(lambda: panel.title.text() == f"Småbørnscafé – {DATA.child_name}",
                    timeout=WAIT)
    assert "Ikke inviteret: Talehørekonsulent." in panel.warning_text.text()

    type_text(qtbot, notes.editor, "Sproget følger alderen; motorikken ser fin ud.")
    click(qtbot, notes.save_button)
    wait_error(qtbot, notes.error, "samtykke")
    assert ("mangler forældrenes samtykke til deling med samarbejdsparter for Maja Nielsen"
            in notes.error.text())
    assert notes.consent_button.isVisible()
    assert notes.editor.toPlainText().startswith("Sproget følger alderen")
    ctx = window.gui.session
    (course,) = courses.list_courses(ctx, kind=CourseKind.CAFE)
    assert courses.get_course(ctx, course.id).shared_notes == ""

    mother = children.get_child(ctx, maja.id).guardians[0]
    consents.record_consent(ctx, ConsentInput(maja.id, mother.id, ConsentPurpose.SHARING,
                                              ("Småbørnscaféen",), "Noter fra caféen",
                                              ctx.today()))
    click(qtbot, notes.save_button)
    qtbot.waitUntil(lambda: "er gemt" in panel.feedback.text(), timeout=WAIT)
    assert not notes.error.isVisible()
    assert courses.get_course(ctx, course.id).shared_notes.startswith("Sproget følger alderen")
