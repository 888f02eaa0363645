"""Accessibility walk: log in as the consultant, visit
every page, the child page's tabs and the main dialogs, and check what a keyboard or
screen-reader user meets there. docs/ACCESSIBILITY.md states what this test keeps true.

On every screen, for each widget that takes focus with Tab (visible and enabled):
- it has an accessible name (what a screen reader says; WCAG 4.1.2),
- the name contains its visible label: the button's text or the text of the QLabel whose
  buddy it is (WCAG 2.5.3 label in name),
- it is not a scroll area (an empty, nameless Tab stop),
and every editable multi-line text field lets Tab move on (WCAG 2.1.2, no keyboard trap).
The colours defined in gui/style.py are checked for 4.5:1 (WCAG 1.4.3), placeholder text
included; and at 1366×768 no widget lies outside its window, page content does not scroll
sideways, and a dialog's buttons stay on screen (WCAG 1.4.10, 1.4.4).
"""

from __future__ import annotations

import os
import re

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QPalette
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QApplication, QDialog,
                               QLabel, QPlainTextEdit, QPushButton, QScrollArea, QTextEdit,
                               QToolBar, QWidget)

from dagpleje_desktop.gui import style
from dagpleje_desktop.gui.domain_labels import label
from dagpleje_desktop.gui.style import POSITION_COLOURS
from dagpleje_desktop.gui.lazy_pages import PAGE_NAMES
from dagpleje_desktop.gui.pages.child_detail import TAB_RECORD, TAB_WELLBEING

from child_page_support import (child_installation, child_template,  # noqa: F401
                                click_tab, open_child_page, wait)
from consultant_steps import click, click_navigation, wait_idle
from gui_support import log_in

pytestmark = pytest.mark.gui

SCREEN = QRect(0, 0, 1366, 768 - 40)  # 1366×768 less a task bar
AA_TEXT = 4.5


# -- contrast (WCAG 2.x relative luminance) ------------------------------------------------

def luminance(colour: str) -> float:
    c = QColor(colour)
    channels = []
    for value in (c.redF(), c.greenF(), c.blueF()):
        channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(foreground: str, background: str) -> float:
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def style_sheet_pairs(sheet: str) -> list[tuple[str, str, str]]:
    """(rule, text colour, background) for every rule that sets both."""
    pairs = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        colour = re.search(r"(?<![-\w])color:\s*([#\w]+)", body)
        background = re.search(r"background(?:-color)?:\s*([#\w]+)", body)
        if colour and background:
            pairs.append((selector.strip(), colour.group(1), background.group(1)))
    return pairs


def palette_pairs() -> list[tuple[str, str, str]]:
    palette = style.light_palette()
    role = QPalette.ColorRole

    def name(r) -> str:
        return palette.color(r).name()
    backgrounds = (role.Base, role.AlternateBase, role.Window, role.Button)
    pairs = [(f"palette {r.name} on {bg.name}", name(r), name(bg))
             for r in (role.Text, role.WindowText, role.PlaceholderText, role.Link)
             for bg in backgrounds]
    pairs += [("palette ButtonText on Button", name(role.ButtonText), name(role.Button)),
              ("palette HighlightedText on Highlight", name(role.HighlightedText),
               name(role.Highlight)),
              ("palette ToolTipText on ToolTipBase", name(role.ToolTipText),
               name(role.ToolTipBase))]
    return pairs


def test_every_text_colour_in_the_style_module_reaches_4_5_to_1():
    pairs = palette_pairs() + style_sheet_pairs(style.STYLE_SHEET) + list(getattr(style, 'TEXT_COLOUR_PAIRS', ()))
    low = [f"{what}: {fg} on {bg} = {contrast(fg, bg):.2f}:1"
           for what, fg, bg in pairs if contrast(fg, bg) < AA_TEXT]
    assert len(pairs) > 30
    assert not low, "\n".join(low)


# -- what a screen reader and a keyboard meet ------------------------------------------------

def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for the widget's name: a name set on purpose wins (on
    Windows it replaces the label); else Qt's name and the labels linked to the widget
    (on Linux a combo box's name is its value and the buddy label comes as a relation)."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    parts = [interface.text(QAccessible.Text.Name)]
    for other, relation in interface.relations():
        if relation & QAccessible.RelationFlag.Label:
            parts.append(other.text(QAccessible.Text.Name))
    return " ".join(part.strip() for part in parts if part and part.strip())


def words(text: str) -> str:
    """A visible text as it should appear in a name: no mnemonic, no "…", no colon."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"^[^\w]+|[^\w)]+$", "", text.strip())
    return " ".join(text.split()).casefold()


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def is_inner_part(widget: QWidget) -> bool:
    """Focus given to it goes on to another widget (a tab widget's tab bar, a spin box's
    line edit gives it to the spin box): that one is the focus stop."""
    return widget.focusProxy() is not None


def visible_label(widget: QWidget, labels: list[QLabel]) -> str:
    if isinstance(widget, QAbstractButton):
        return words(widget.text())
    buddies = [label for label in labels if label.buddy() is widget and label.isVisible()]
    return words(buddies[0].text()) if buddies else ""


def audit(root: QWidget, screen: str) -> list[str]:
    problems = []
    everything = [root, *root.findChildren(QWidget)]
    labels = [w for w in everything if isinstance(w, QLabel)]
    for widget in everything:
        what = f"{type(widget).__name__} {widget.objectName()!r}"
        where = f"{screen}: {what}"
        if isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly() \
                and not widget.tabChangesFocus():  # (once, wherever the field is met)
            problems.append(f"{what}: Tab types a tab instead of leaving the field")
        if not (widget.isVisible() and widget.isEnabled() and takes_tab(widget)) \
                or is_inner_part(widget):
            continue
        if isinstance(widget, QScrollArea):
            problems.append(f"{where}: a scroll area takes Tab focus")
            continue
        name = spoken_name(widget)
        if not name:
            problems.append(f"{where}: no accessible name")
            continue
        shown = visible_label(widget, labels)
        if shown and shown not in words(name):
            problems.append(f"{where}: name {name!r} lacks its label {shown!r}")
    return problems


# -- layout at 1366×768 ------------------------------------------------------------------

def inside_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def layout_problems(root: QWidget, screen: str) -> list[str]:
    problems = []
    if root.minimumSizeHint().width() > SCREEN.width() or \
            root.minimumSize().height() > SCREEN.height():
        problems.append(f"{screen}: minimum size {root.minimumSize().toTuple()} "
                        f"exceeds the screen")
    bounds = root.rect()
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow():
            continue
        if isinstance(widget, QScrollArea) and widget.widget() is not None \
                and widget.horizontalScrollBar().maximum() > 0:
            problems.append(f"{screen}: {widget.objectName() or 'scroll area'} scrolls "
                            f"sideways by {widget.horizontalScrollBar().maximum()} px")
        if inside_scroll_area(widget, root):
            continue
        rect = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
        if not bounds.contains(rect):
            problems.append(f"{screen}: {type(widget).__name__} {widget.objectName()!r} "
                            f"at {rect.getRect()} is outside the window {bounds.size().toTuple()}")
    return problems


def dialog_problems(dialog: QDialog, screen: str) -> list[str]:
    """The dialog fits the screen and its buttons lie inside it, not below a scrolled form.
    The offscreen test screen is smaller than 1366×768, so the dialog is given the size it
    would take there: what it asks for, within the screen, never under its minimum."""
    least, wish = dialog.minimumSizeHint(), dialog.sizeHint()
    dialog.resize(max(least.width(), min(max(wish.width(), dialog.width()), SCREEN.width())),
                  max(least.height(), min(max(wish.height(), dialog.height()),
                                          SCREEN.height())))
    QApplication.processEvents()
    problems = []
    if dialog.height() > SCREEN.height() or dialog.width() > SCREEN.width():
        problems.append(f"{screen}: {dialog.size().toTuple()} does not fit on "
                        f"{SCREEN.size().toTuple()}")
    for button in dialog.findChildren(QPushButton):
        if button.isVisible() and not inside_scroll_area(button, dialog):
            rect = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
            if not dialog.rect().contains(rect) or rect.bottom() > SCREEN.height():
                problems.append(f"{screen}: button {button.text()!r} is cut off")
    return problems


# -- the walk ----------------------------------------------------------------------------------

@pytest.fixture
def styled_app(qapp):
    """The look main() gives the app (style, palette, font); the test's app gets its own back."""
    before = (qapp.style().name(), QPalette(qapp.palette()), QFont(qapp.font()),
              qapp.styleSheet())
    style.apply_style(qapp)
    yield qapp
    name, palette, font, sheet = before
    qapp.setStyleSheet(sheet)
    qapp.setStyle(name)
    qapp.setPalette(palette)
    qapp.setFont(font)


def new_dialog(before: set) -> QDialog:
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QDialog) and w.isVisible() and w not in before]
    assert len(shown) == 1, shown
    return shown[0]


def open_dialog(qtbot, press) -> QDialog:
    before = set(QApplication.topLevelWidgets())
    press()
    qtbot.waitUntil(lambda: any(isinstance(w, QDialog) and w.isVisible() and w not in before
                                for w in QApplication.topLevelWidgets()), timeout=20_000)
    return new_dialog(before)


def close_dialog(qtbot, dialog: QDialog, gui) -> None:
    wait_idle(qtbot, gui)
    dialog.done(QDialog.DialogCode.Rejected) if not hasattr(dialog, "close_discarding") \
        else dialog.close_discarding()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)


def strip_problems(qtbot, tab) -> list[str]:
    """The wellbeing strip is a Tab stop, and the arrow keys read each segment in words."""
    strip = tab.strip
    wait(qtbot, lambda: len(strip.points) > 0)
    if not takes_tab(strip):
        return ["Trivsel: the wellbeing strip cannot be reached by keyboard"]
    strip.setFocus()  # as Tab would; its place in the chain is the layout's
    read = []
    qtbot.keyClick(strip, Qt.Key.Key_Home)
    for _ in strip.points:
        read.append(strip.accessibleDescription())
        qtbot.keyClick(strip, Qt.Key.Key_Right)
    words = {label(position) for position in POSITION_COLOURS}
    unread = [text for text in read if not any(word in text for word in words)]
    shown = tab.findChild(QLabel, "stripReadout").text()
    problems = [f"Trivsel: a segment is read without its position: {text!r}" for text in unread]
    if len(set(read)) != len(strip.points) or not any(word in shown for word in words):
        problems.append(f"Trivsel: the arrow keys do not read each segment ({read}, {shown!r})")
    return problems


def test_walk_every_page_tab_and_main_dialog(qtbot, controller, child_installation,
                                             styled_app):
    installation, _seed = child_installation
    ctl = controller(installation)
    ctl.start()
    problems = audit(ctl.login_dialog, "Login")
    window = log_in(qtbot, ctl)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(SCREEN)
    gui = window.gui
    stops = 0

    def check(root: QWidget, screen: str, *, layout: bool = True) -> None:
        nonlocal stops
        wait_idle(qtbot, gui)
        QApplication.processEvents()
        stops += sum(1 for w in root.findChildren(QWidget)
                     if w.isVisible() and w.isEnabled() and takes_tab(w))
        problems.extend(audit(root, screen))
        if layout:
            problems.extend(layout_problems(root, screen))

    # the toolbar's "Ny observation" is a Tab stop of the window
    toolbar = window.findChild(QToolBar, "actionsToolbar")
    new_button = toolbar.widgetForAction(window.new_observation_action)
    if not takes_tab(new_button):
        problems.append("Toolbar: \"Ny observation\" cannot take keyboard focus")

    for name in PAGE_NAMES:
        click_navigation(qtbot, window, name)
        check(window, name)

    detail = open_child_page(qtbot, window, "Maja")
    for index in range(detail.tabs.count()):
        click_tab(qtbot, detail, index)
        check(window, f"Barn/{detail.tabs.tabText(index).replace('&', '')}")
    click_tab(qtbot, detail, TAB_WELLBEING)
    problems.extend(strip_problems(qtbot, detail.wellbeing_tab))

    click_tab(qtbot, detail, TAB_RECORD)
    edit = window.findChild(QPushButton, "editChildDetails")
    dialog = open_dialog(qtbot, lambda: click(qtbot, edit))
    check(dialog, "Ret oplysninger", layout=False)
    problems.extend(dialog_problems(dialog, "Ret oplysninger"))
    close_dialog(qtbot, dialog, gui)

    dialog = open_dialog(qtbot, lambda: qtbot.mouseClick(new_button, Qt.MouseButton.LeftButton))
    check(dialog, "Ny observation", layout=False)
    problems.extend(dialog_problems(dialog, "Ny observation"))
    close_dialog(qtbot, dialog, gui)

    click_navigation(qtbot, window, "Møder")
    meetings = window.pages["Møder"]
    dialog = open_dialog(qtbot, lambda: click(qtbot, meetings.list_view.plan_button))
    check(dialog, "Planlæg møde", layout=False)
    problems.extend(dialog_problems(dialog, "Planlæg møde"))
    close_dialog(qtbot, dialog, gui)

    meetings.tabs.setCurrentWidget(meetings.visits_view)
    wait_idle(qtbot, gui)
    dialog = open_dialog(qtbot, lambda: click(qtbot, meetings.visits_view.supervise_button))
    check(dialog, "Registrér tilsyn", layout=False)
    problems.extend(dialog_problems(dialog, "Registrér tilsyn"))
    close_dialog(qtbot, dialog, gui)

    assert stops > 150, stops  # the walk did meet the pages' controls
    problems = list(dict.fromkeys(problems))  # a hidden page's field is met on every screen
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


SHOTS = os.environ.get("DAGPLEJE_A11Y_SHOTS")  # a folder: keep screenshots of the check


@pytest.mark.xfail(reason="not yet: at 125 % and 150 % text the right column of "
                   "Ny observation (the domain lists) is cut off on the right, and the child "
                   "page scrolls 6 px sideways at 150 %", strict=False)
@pytest.mark.parametrize("scale", [1.25, 1.5])
def test_main_screens_fit_1366x768_with_larger_text(qtbot, controller, child_installation,
                                                     styled_app, scale):
    """Text made larger through the font (as a user's text scale would): Oversigt, the child
    page and Ny observation keep every widget inside the window and their buttons on screen."""
    font = QFont(styled_app.font())
    font.setPointSizeF(style.BASE_POINT_SIZE * scale)
    styled_app.setFont(font)
    installation, _seed = child_installation
    ctl = controller(installation)
    ctl.start()
    window = log_in(qtbot, ctl)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(SCREEN)
    gui = window.gui
    problems = []

    def look(root: QWidget, name: str) -> None:
        wait_idle(qtbot, gui)
        QApplication.processEvents()
        problems.extend(layout_problems(root, f"{name} at {scale:.0%}"))
        if SHOTS:
            root.grab().save(f"{SHOTS}/{name}-{round(scale * 100)}.png")

    click_navigation(qtbot, window, "Oversigt")
    look(window, "oversigt")
    detail = open_child_page(qtbot, window, "Maja")
    look(window, "barn")
    toolbar = window.findChild(QToolBar, "actionsToolbar")
    new_button = toolbar.widgetForAction(window.new_observation_action)
    dialog = open_dialog(qtbot, lambda: qtbot.mouseClick(new_button, Qt.MouseButton.LeftButton))
    problems.extend(dialog_problems(dialog, f"Ny observation at {scale:.0%}"))
    look(dialog, "ny-observation")
    close_dialog(qtbot, dialog, gui)
    assert detail.isVisible()
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
