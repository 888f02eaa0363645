"""What the accessibility walk checks on a screen (tests/gui/test_accessibility_walk.py).

Contrast from the style module (WCAG 1.4.3); names and labels of Tab stops (4.1.2, 2.5.3);
Tab leaving multi-line fields (2.1.2); widgets outside the window, sideways scrolling,
cut-off labels, buttons and combo boxes at 1366×768 (1.4.4, 1.4.10).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QApplication, QComboBox,
                               QDialog, QLabel, QPlainTextEdit, QPushButton, QScrollArea,
                               QStyle, QStyleOptionComboBox, QTextEdit, QWidget)

from dagpleje_desktop.gui import style

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


def sideways(widget: QWidget, screen: str) -> list[str]:
    """A page or form that scrolls sideways (or would, were its scroll bar not switched
    off, so part of it is out of sight): reflow means one column and scrolling down."""
    if not isinstance(widget, QAbstractScrollArea):
        return []
    bar = widget.horizontalScrollBar()
    form = isinstance(widget, QScrollArea) and widget.widget() is not None
    if bar.isVisible() or (form and bar.maximum() > 0):
        return [f"{screen}: {type(widget).__name__} {widget.objectName()!r} scrolls "
                f"sideways by {bar.maximum()} px"]
    return []


def combo_text_need(combo: QComboBox) -> tuple[int, int]:
    """(room, need): the width the combo box's field has for its current text, and what
    the text (and its icon) takes; the style draws the text 1 px in from each side."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    need = combo.fontMetrics().horizontalAdvance(combo.currentText()) + 2
    if not option.currentIcon.isNull():
        need += option.iconSize.width() + 4
    return field.width(), need


def cut_off(widget: QWidget, screen: str) -> list[str]:
    """A one-line label, a button or a combo box (its current text) narrower than its
    text needs shows the text cut."""
    if isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
        room, need = combo_text_need(widget)
        if room + 1 < need:
            return [f"{screen}: QComboBox {widget.objectName()!r} {widget.currentText()!r} "
                    f"is cut ({room} of {need} px)"]
        return []
    if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() \
            and widget.pixmap().isNull():
        need = widget.minimumSizeHint().width()
    elif isinstance(widget, QAbstractButton) and widget.text():
        need = widget.minimumSizeHint().width()
    else:
        return []
    if widget.width() + 1 < need:
        return [f"{screen}: {type(widget).__name__} {widget.objectName()!r} "
                f"{widget.text()!r} is cut ({widget.width()} of {need} px)"]
    return []


def tab_problems(qtbot, root: QWidget, screen: str) -> list[str]:
    """Type Tab in every editable multi-line field: the focus must move on and the text
    stay as it was; Ctrl+Tab types a tab character (and Backspace takes it away)."""
    problems = []
    for field in [*root.findChildren(QPlainTextEdit), *root.findChildren(QTextEdit)]:
        if not (field.isVisible() and field.isEnabled()) or field.isReadOnly():
            continue
        what = f"{screen}: {type(field).__name__} {field.objectName()!r}"
        before = field.toPlainText()
        field.setFocus()
        qtbot.waitUntil(field.hasFocus, timeout=10_000)
        qtbot.keyClick(field, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        if field.toPlainText().count("\t") != before.count("\t") + 1:
            problems.append(f"{what}: Ctrl+Tab does not type a tab")
        else:
            qtbot.keyClick(field, Qt.Key.Key_Backspace)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        if field.hasFocus() or field.toPlainText() != before:
            problems.append(f"{what}: Tab does not move on")
    return problems


def layout_problems(root: QWidget, screen: str) -> list[str]:
    problems = []
    least = root.minimumSizeHint().expandedTo(root.minimumSize())
    if least.width() > SCREEN.width() or least.height() > SCREEN.height():
        problems.append(f"{screen}: minimum size {least.toTuple()} exceeds the screen")
    bounds = root.rect()
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow():
            continue
        problems.extend(sideways(widget, screen))
        problems.extend(cut_off(widget, screen))
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
