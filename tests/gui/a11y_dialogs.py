"""How the accessibility walk opens each dialog: as a person does in the app, on the demo
data. Each opener goes to the place in the window and returns the click that opens the
dialog. DIALOGS are opened as the demo consultant, office_dialogs() as the demo office and
CHILDMINDER_DIALOGS as the demo mini-childminder; Glemt adgangskode is opened from the login
window before logging in (test_accessibility_walk.py) and the set-up dialog at a first start.

QUESTIONS_AND_WINDOWS (the demo consultant, after typing in an editor: the questions asked
when it is closed; the user guide on F1; the unlock dialog after the idle lock),
REFERRAL_STEPS (two referrals the walk grants on the demo data, one with its child placed)
and the sync conflict's merge and refusal (conflict_merge, conflict_refused: the walk makes
a conflict between a laptop and the office) have their own walks in
test_accessibility_walk.py. Par ny enhed is given a mini-childminder's device card in place
of the file dialog. For "Angiv oplysninger" the walk's demo has one consent recorded before
categories existed (install_demo_with_uncategorised_consent). Not opened: the questions
run with exec() (Tilbagekald samtykke, the error boxes of widgets/feedback.py), which would
block the walk, and the system's file dialogs.
"""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
                               QFileDialog, QLineEdit, QMenu, QPlainTextEdit, QPushButton,
                               QTableWidget, QWidget)

from dagpleje_desktop.gui import lock
from dagpleje_desktop.gui.pages.child_detail import TAB_RECORD
from dagpleje_desktop.gui.printing import DocumentKind
from dagpleje_desktop.demo.demo import DEMO_PASSWORD, DEMO_USERNAME, install_demo
from dagpleje_desktop.domain.enums import ConsentPurpose
from dagpleje_desktop.services.installation import Installation
from dagpleje_desktop.services.records import children, consents
from dagpleje_desktop.store.models import Consent

from child_page_support import click_tab as click_child_tab
from consultant_steps import click_navigation, wait_idle

LEFT = Qt.MouseButton.LeftButton
WAIT = 20_000


def install_demo_with_uncategorised_consent(data_dir: Path, read=None):
    """Install the demo in ``data_dir`` with Alma's sharing consent as one recorded before
    consents said what they cover, as the migration to categories leaves it (so "Angiv
    oplysninger" opens). ``read(ctx)``, if given, reads from the demo before it closes."""
    installation = Installation(data_dir=data_dir)
    install_demo(installation)
    ctx = installation.login(DEMO_USERNAME, DEMO_PASSWORD)
    try:
        alma = next(c for c in children.list_children(ctx) if c.first_name == "Alma")
        sharing = next(c for c in consents.list_consents(ctx, alma.id)
                       if c.purpose is ConsentPurpose.SHARING and c.state == "valid")
        with ctx.db.transaction() as s:
            s.get(Consent, sharing.id).categories = ""
        return read(ctx) if read else None
    finally:
        ctx.close()


def shown(window: QWidget, cls, name: str):
    """The visible widget of that name (hidden pages have widgets of the same name)."""
    found = [w for w in window.findChildren(cls, name) if w.isVisible()]
    assert found, f"no visible {cls.__name__} {name!r}"
    return found[0]


def press(qtbot, window, name: str):
    def click() -> None:
        button = shown(window, QPushButton, name)
        assert button.isEnabled(), f"{name} is disabled"
        qtbot.mouseClick(button, LEFT)
    return click


def first_row(qtbot, window, table, row: int = 0) -> None:
    """Click the first row (or another), as a person picks something in a list."""
    qtbot.waitUntil(lambda: table.model().rowCount() > row, timeout=WAIT)
    if isinstance(table, QTableWidget):
        table.scrollToItem(table.item(row, 0))
        rect = table.visualItemRect(table.item(row, 0))
    else:
        table.scrollTo(table.model().index(row, 0))
        rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    wait_idle(qtbot, window.gui)


def click_tab(qtbot, tabs, index: int) -> None:
    """Click a tab by its place (its title depends on the language)."""
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def to_page(qtbot, window, name: str) -> QWidget:
    click_navigation(qtbot, window, name)
    wait_idle(qtbot, window.gui)
    return window.pages[name]


# -- the child page ---------------------------------------------------------------------

def child_page(qtbot, window, name: str = ""):
    """The child page: Børn, type the name (if given), pick the first child in the list."""
    page = to_page(qtbot, window, "Børn")
    view = page.list_view
    qtbot.waitUntil(lambda: view.loaded and view.proxy.rowCount() > 0, timeout=WAIT)
    if name or not page.showing_child:
        if page.showing_child:
            page.show_list()
        view.search.clear()
        qtbot.keyClicks(view.search, name)
        qtbot.waitUntil(lambda: view.proxy.rowCount() > 0, timeout=WAIT)
        first_row(qtbot, window, view.table)
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    detail = page.detail_view
    qtbot.waitUntil(lambda: detail.detail is not None, timeout=WAIT)
    wait_idle(qtbot, window.gui)
    return detail


def on_record_tab(name: str):
    def opener(qtbot, window):
        detail = child_page(qtbot, window)
        click_child_tab(qtbot, detail, TAB_RECORD)
        wait_idle(qtbot, window.gui)
        return press(qtbot, window, name)
    return opener


def on_child_tab(index: int, name: str):
    def opener(qtbot, window):
        detail = child_page(qtbot, window)
        click_child_tab(qtbot, detail, index)
        wait_idle(qtbot, window.gui)
        return press(qtbot, window, name)
    return opener


def on_child_page(name: str):
    def opener(qtbot, window):
        child_page(qtbot, window)
        return press(qtbot, window, name)
    return opener


def new_observation(qtbot, window):
    child_page(qtbot, window)
    return press(qtbot, window, "newObservation")


# -- Kalender, Møder ------------------------------------------------------------------------

def on_page(page_name: str, name: str, tab: int | None = None):
    def opener(qtbot, window):
        page = to_page(qtbot, window, page_name)
        leave_meeting(qtbot, window)
        if tab is not None:
            click_tab(qtbot, page.tabs, tab)
            wait_idle(qtbot, window.gui)
        return press(qtbot, window, name)
    return opener


def leave_meeting(qtbot, window) -> None:
    """Møder shows an opened meeting instead of its tabs: back to the tabs."""
    back = [b for b in window.findChildren(QPushButton, "backToMeetings") if b.isVisible()]
    if back:
        qtbot.mouseClick(back[0], LEFT)
        wait_idle(qtbot, window.gui)


def in_meeting(name: str):
    def opener(qtbot, window):
        page = to_page(qtbot, window, "Møder")
        leave_meeting(qtbot, window)
        click_tab(qtbot, page.tabs, 0)
        first_row(qtbot, window, shown(window, QAbstractItemView, "meetingsTable"))
        press(qtbot, window, "openMeeting")()
        wait_idle(qtbot, window.gui)
        return press(qtbot, window, name)
    return opener


def on_goal(name: str, table: str = "goalsTable"):
    def opener(qtbot, window):
        page = to_page(qtbot, window, "Møder")
        leave_meeting(qtbot, window)
        click_tab(qtbot, page.tabs, 1)
        wait_idle(qtbot, window.gui)
        first_row(qtbot, window, shown(window, QAbstractItemView, table))
        return press(qtbot, window, name)
    return opener


def on_plan(qtbot, window):
    """Møder, Mål og handleplaner: pick the first version of the plan, Vis handleplan."""
    page = to_page(qtbot, window, "Møder")
    leave_meeting(qtbot, window)
    click_tab(qtbot, page.tabs, 1)
    wait_idle(qtbot, window.gui)
    first_row(qtbot, window, shown(window, QAbstractItemView, "plansTable"))
    return press(qtbot, window, "viewPlan")


# -- Udskrifter ----------------------------------------------------------------------------

def document(kind_index: int):
    def opener(qtbot, window):
        to_page(qtbot, window, "Udskrifter")
        kinds = shown(window, QComboBox, "documentKind")
        kinds.setFocus()
        kinds.setCurrentIndex(kind_index)
        wait_idle(qtbot, window.gui)
        return press(qtbot, window, "showDocument")
    return opener


def of_kind(kind: DocumentKind, name: str):
    """Udskrifter: choose the kind of document, then the button (the handover packet's
    Vis udskrift opens the packet dialog; the folder's Ret tekster, Mappens tekster)."""
    def opener(qtbot, window):
        to_page(qtbot, window, "Udskrifter")
        kinds = shown(window, QComboBox, "documentKind")
        kinds.setFocus()
        kinds.setCurrentIndex(kinds.findData(kind.value))
        wait_idle(qtbot, window.gui)
        return press(qtbot, window, name)
    return opener


def consent_scope(qtbot, window):
    """Udskrifter: choose Alma, pick her consent recorded before categories existed (the walk's
    demo has one), Angiv oplysninger."""
    to_page(qtbot, window, "Udskrifter")
    children = shown(window, QComboBox, "child")
    children.setFocus()
    children.setCurrentIndex(children.findText("Alma", Qt.MatchFlag.MatchStartsWith))
    wait_idle(qtbot, window.gui)
    table = shown(window, QAbstractItemView, "consentTable")
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=WAIT)
    for row in range(table.model().rowCount()):
        first_row(qtbot, window, table, row)
        if shown(window, QPushButton, "consentScope").isEnabled():
            break
    return press(qtbot, window, "consentScope")


# -- Indstillinger -------------------------------------------------------------------------

def recovery_key(qtbot, window):
    """Indstillinger: type the password, Lav ny gendannelsesnøgle."""
    to_page(qtbot, window, "Indstillinger")
    field = shown(window, QLineEdit, "recoveryPassword")
    field.clear()
    qtbot.keyClicks(field, DEMO_PASSWORD)
    return press(qtbot, window, "newRecoveryKeyButton")


# -- Visitation ----------------------------------------------------------------------------

def on_referral(name: str):
    def opener(qtbot, window):
        page = to_page(qtbot, window, "Visitation")
        click_tab(qtbot, page.tabs, 0)
        wait_idle(qtbot, window.gui)
        first_row(qtbot, window, shown(window, QAbstractItemView, "referralsTable"))
        return press(qtbot, window, name)
    return opener


def on_course(name: str):
    def opener(qtbot, window):
        page = to_page(qtbot, window, "Visitation")
        click_tab(qtbot, page.tabs, 2)
        wait_idle(qtbot, window.gui)
        first_row(qtbot, window, page.courses_view.table)
        return press(qtbot, window, name)
    return opener


def on_home_pedagogue_course(name: str):
    """Visitation, Forløb: pick the running home-pedagogue course (its row shows the button)."""
    def opener(qtbot, window):
        page = to_page(qtbot, window, "Visitation")
        click_tab(qtbot, page.tabs, 2)
        wait_idle(qtbot, window.gui)
        table = page.courses_view.table
        qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=WAIT)
        for row in range(table.model().rowCount()):
            first_row(qtbot, window, table, row)
            if any(b.isVisible() for b in window.findChildren(QPushButton, name)):
                break
        return press(qtbot, window, name)
    return opener


# -- the office: the child's "Mere" menu -----------------------------------------------------

def in_child_menu(action_name: str):
    """The child page's "Mere": click the button, then the menu's entry."""
    def opener(qtbot, window):
        child_page(qtbot, window)
        button = shown(window, QPushButton, "childMoreButton")
        menu: QMenu = button.menu()
        action = next(a for a in menu.actions() if a.objectName() == action_name)

        def pick() -> None:  # the menu runs its own loop while it is open
            if QApplication.activePopupWidget() is not menu:
                QTimer.singleShot(20, pick)
                return
            qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())

        def click() -> None:
            QTimer.singleShot(0, pick)
            qtbot.mouseClick(button, LEFT)
        return click
    return opener


# -- Synkronisering ----------------------------------------------------------------------------

def pairing(card: Path):
    """Synkronisering: Par ny enhed …, choosing the other device's card in the file dialog
    (the file dialog answers with the card)."""
    def opener(qtbot, window):
        to_page(qtbot, window, "Synkronisering")

        def click() -> None:
            with patch.object(QFileDialog, "getOpenFileName", return_value=(str(card), "")):
                press(qtbot, window, "pairDevice")()
        return click
    return opener


DIALOGS = [
    ("Ny observation", new_observation),
    ("Ret barnets oplysninger", on_record_tab("editChildDetails")),
    ("Tilføj forælder", on_record_tab("addGuardian")),
    ("Ret forælder", on_record_tab("editGuardian")),
    ("Fjern forælder", on_record_tab("removeGuardian")),
    ("Udviklingsvurdering", on_child_tab(1, "addDevelopmentAssessment")),
    ("Trivselsvurdering", on_child_tab(2, "addWellbeingAssessment")),
    ("Kalender: eksport", on_page("Kalender", "exportCalendar")),
    ("Kalender: planlæg møde", on_page("Kalender", "calendarPlanMeeting")),
    ("Planlæg møde", on_page("Møder", "planMeeting", 0)),
    ("Flyt møde", in_meeting("moveMeeting")),
    ("Aflys møde", in_meeting("cancelMeeting")),
    ("Nyt mål", on_page("Møder", "newGoal", 1)),
    ("Ret mål", on_goal("editGoal")),
    ("Målets historik", on_goal("goalHistoryButton")),
    ("Registrér tilsyn", on_page("Møder", "recordSupervision", 2)),
    ("Registrér hjemmebesøg", on_page("Møder", "recordHomeVisit", 2)),
    ("Udskrift: vis", document(0)),
    ("Registrér samtykke", on_page("Udskrifter", "registerConsent")),
    ("Ny indstilling", on_page("Visitation", "newReferral", 0)),
    ("Afgørelse", on_referral("decideReferral")),
    ("Fravær", on_page("Visitation", "newAbsence", 1)),
    ("Hjemmepædagogisk forløb", on_page("Visitation", "newHomePedagogueCourse", 2)),
    ("Minivejledning", on_page("Visitation", "newGuidanceCourse", 2)),
    ("Småbørnscafé", on_page("Visitation", "newCafeVisit", 2)),
    ("Forløb: session", on_course("addSession")),
    ("Forløb: afslut", on_course("endCourse")),
    ("Forløb: planlagt afslutning", on_home_pedagogue_course("changePlannedEnd")),
    ("Vis handleplan", on_plan),
    ("Overdragelsespakke", of_kind(DocumentKind.HANDOVER, "showDocument")),
    ("Gendannelsesnøgle", recovery_key),
    ("Angiv oplysninger", consent_scope),
    ("Overgangsbeskrivelse", on_child_page("transitionButton")),
]


def office_dialogs(card: Path) -> list:
    """The office's own dialogs; Par ny enhed reads the card of a mini-childminder's laptop."""
    return [
        ("Mappens tekster", of_kind(DocumentKind.FOLDER, "editFolderTexts")),
        ("Slet barnet", in_child_menu("eraseChildAction")),
        ("Par ny enhed", pairing(card)),
    ]


CHILDMINDER_DIALOGS = [
    ("Ret rutiner og afhentning", on_record_tab("editChildDetails")),
]


# -- questions asked over a form, the user guide, the lock ------------------------------------
# An opener may give its click a `close` (how the walk closes what it opened, instead of
# Esc/reject) and an `after` (what a person does next to leave the screen as it was).

def new_window(before: set) -> QDialog:
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QDialog) and w.isVisible() and w not in before]
    assert len(shown) == 1, shown
    return shown[0]


def opened_by(qtbot, click) -> QDialog:
    before = set(QApplication.topLevelWidgets())
    click()
    qtbot.waitUntil(lambda: any(isinstance(w, QDialog) and w.isVisible() and w not in before
                                for w in QApplication.topLevelWidgets()), timeout=WAIT)
    return new_window(before)


def first_text_field(dialog: QDialog) -> QPlainTextEdit:
    fields = [f for f in dialog.findChildren(QPlainTextEdit)
              if f.isVisible() and f.isEnabled() and not f.isReadOnly()]
    assert fields, f"{dialog.objectName()}: no text field to type in"
    return fields[0]


def with_typed_text(open_editor, discard_button: str):
    """Open the editor, type in its (first) text field, and close it with Esc: the
    question whether to throw the text away. Afterwards the text is thrown away."""
    def opener(qtbot, window):
        editor = opened_by(qtbot, open_editor(qtbot, window))
        field = first_text_field(editor)
        qtbot.mouseClick(field.viewport(), LEFT)
        qtbot.keyClicks(field, "Halvt skrevet")

        def click() -> None:
            qtbot.keyClick(field, Qt.Key.Key_Escape)

        def after() -> None:
            box = opened_by(qtbot, lambda: qtbot.keyClick(field, Qt.Key.Key_Escape))
            button = next(b for b in box.buttons() if b.objectName() == discard_button)
            qtbot.mouseClick(button, LEFT)
            qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT)
        click.after = after
        return click
    return opener


def user_guide(qtbot, window):
    """F1 on a page: the user guide at that page's chapter."""
    to_page(qtbot, window, "Møder")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)

    def click() -> None:
        qtbot.keyClick(window, Qt.Key.Key_F1)
    return click


def locked_after_idle(qtbot, window):
    """No one touches mouse or keyboard for the lock's minutes: the unlock dialog. The
    walk unlocks with the password, as a person does."""
    to_page(qtbot, window, "Oversigt")
    idle_lock = window.idle_lock

    def click() -> None:
        idle_lock.last_activity = idle_lock.clock() - lock.lock_minutes() * 60 - 1
        idle_lock.check()

    def close(dialog: QDialog) -> None:
        dialog.password.clear()
        qtbot.keyClicks(dialog.password, DEMO_PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not idle_lock.is_locked, timeout=WAIT)
    click.close = close
    return click


# On the demo data as the demo consultant, after DIALOGS (the lock needs lock minutes set:
# test_accessibility_walk.py gives it some).
QUESTIONS_AND_WINDOWS = [
    ("Ny observation: kassér teksten?", with_typed_text(new_observation, "discardButton")),
    ("Registrér tilsyn: teksten er ikke gemt",
     with_typed_text(on_page("Møder", "recordSupervision", 2), "discardText")),
    ("Brugervejledning (F1)", user_guide),
    ("Låst: lås op", locked_after_idle),
]


# -- a granted referral's steps (test_accessibility_walk.py grants two on the demo data) ------

def on_granted_referral(child: str, name: str):
    """Visitation, Visitationssager: pick the child's referral, then the step's button."""
    def opener(qtbot, window):
        page = to_page(qtbot, window, "Visitation")
        click_tab(qtbot, page.tabs, 0)
        wait_idle(qtbot, window.gui)
        table = shown(window, QAbstractItemView, "referralsTable")
        model = table.model()
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=WAIT)
        row = next(r for r in range(model.rowCount())
                   if any(child in str(model.index(r, c).data())
                          for c in range(model.columnCount())))
        first_row(qtbot, window, table, row)
        button = shown(window, QPushButton, name)  # the steps just shown: laid out first
        qtbot.waitUntil(lambda: button.height() >= button.minimumSizeHint().height(),
                        timeout=WAIT)
        return press(qtbot, window, name)
    return opener


REFERRAL_STEPS = [
    ("Planlæg hjemmebesøg", on_granted_referral("Noah Berg", "planHomeVisit")),
    ("Find hjem og indskriv", on_granted_referral("Noah Berg", "placeChild")),
    ("Planlæg opstartsmøde", on_granted_referral("Liva Holm", "planStartMeeting")),
]


# -- a sync conflict (test_accessibility_walk.py makes three, as test_sync_conflicts.py) ------

def sync_page(qtbot, window):
    page = to_page(qtbot, window, "Synkronisering")
    qtbot.waitUntil(lambda: len(page.conflicts.cards) > 0, timeout=WAIT)
    return page


def conflict_merge(qtbot, window):
    """Synkronisering: a conflict's "Flet …"."""
    page = sync_page(qtbot, window)
    card = next(c for c in page.conflicts.cards if c.merge.isEnabled())

    def click() -> None:
        qtbot.mouseClick(card.merge, LEFT)
    return click


def conflict_refused(settle_elsewhere):
    """Synkronisering: a conflict settled meanwhile (``settle_elsewhere(conflict id)``),
    then "Behold min" on its card: the refusal says why."""
    def opener(qtbot, window):
        page = sync_page(qtbot, window)
        card = page.conflicts.cards[0]
        settle_elsewhere(card.conflict.id)

        def click() -> None:
            qtbot.mouseClick(card.keep_local, LEFT)
        return click
    return opener
