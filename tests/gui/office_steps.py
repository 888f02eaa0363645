"""Steps shared by the office GUI tests (visitation, absence and guest care, courses).

Data is put in place through the services before the app starts (``seed``); the test
then clicks and types like a person on the Visitation page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QTableWidget

from dagpleje_desktop.domain.enums import HomeKind, ProfessionalRole
from dagpleje_desktop.services.records import children, homes, placements, professionals

from consultant_steps import click_navigation, click_tab, seed, start_app  # noqa: F401

LEFT = Qt.MouseButton.LeftButton
WAIT = 20_000


def open_office(qtbot, controller, installation, tab: str):
    """Log in, click "Visitation" and the tab; returns the window and the page once the
    tab shows what it read."""
    ctl, window = start_app(qtbot, controller, installation)
    click_navigation(qtbot, window, "Visitation")
    page = window.pages["Visitation"]
    click_tab(qtbot, page.tabs, tab)
    view = page.current_view()
    qtbot.waitUntil(lambda: getattr(view, "loaded", 1) > 0, timeout=WAIT)
    return window, page


def click(qtbot, button) -> None:
    """Click as a person does: once the button is there and ready (a form's action waits
    until the lists it offers have been read)."""
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=WAIT)
    qtbot.mouseClick(button, LEFT)


def click_row(qtbot, table, row: int) -> None:
    if isinstance(table, QTableWidget):
        rect = table.visualItemRect(table.item(row, 0))
    else:
        rect = table.visualRect(table.model().index(row, 0))
    table.scrollTo(table.model().index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def row_of(table: QTableWidget, text: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == text)


def column_texts(table: QTableWidget, column: int = 0) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry the way the keyboard does: focus the box and type its start (once the
    entries have been read)."""
    qtbot.waitUntil(lambda: combo.findText(text, Qt.MatchFlag.MatchStartsWith) >= 0,
                    timeout=WAIT)
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    combo.setFocus()
    combo.setCurrentIndex(index)


def focus(qtbot, widget) -> None:
    """Put the focus in the field, bringing its window to the front first."""
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    widget.setFocus()


def type_text(qtbot, widget, text: str) -> None:
    focus(qtbot, widget)
    qtbot.waitUntil(widget.hasFocus, timeout=WAIT)
    qtbot.keyClicks(widget, text)


def replace_text(qtbot, widget, text: str) -> None:
    """Select what is there (Ctrl+A) and type over it, once the field has the focus."""
    focus(qtbot, widget)
    qtbot.waitUntil(widget.hasFocus, timeout=WAIT)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def wait_closed(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)


def wait_error(qtbot, label, fragment: str) -> None:
    qtbot.waitUntil(lambda: label.isVisible() and fragment in label.text(), timeout=WAIT)


# -- seeding ------------------------------------------------------------------------

def mini_home(ctx, name: str, adaptations: str = "", places: int = 4):
    minder = professionals.create_professional(ctx, f"Dagplejer {name}",
                                               ProfessionalRole.MINI_CHILDMINDER)
    return homes.create_home(ctx, homes.HomeInput(name, HomeKind.MINI, places,
                                                  childminder_id=minder.id,
                                                  adaptations=adaptations))


def ordinary_home(ctx, name: str, children_count: int, since):
    home = homes.create_home(ctx, homes.HomeInput(name, HomeKind.ORDINARY, 5))
    for n in range(children_count):
        kid = children.create_child(ctx, children.ChildInput(f"Barn{n + 1}", name.split()[0]))
        placements.place_child(ctx, kid.id, home.id, 1, since)
    return home
