"""The calm look: Fusion with a light palette, a readable font and a few style rules."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ..domain.enums import WellbeingPosition

BASE_POINT_SIZE = 10.5
ACCENT = "#2f6f9f"
TEXT = "#1f2933"
MUTED = "#5b6770"
ERROR = "#b3261e"
# Placeholder text in empty fields: 4.6:1 or more on every field background (WCAG 1.4.3;
# it was #8a959e, 3.1:1). Lighter than typed text (TEXT) so an empty field still looks empty.
PLACEHOLDER = "#5f6b74"
WINDOW = "#f5f7f9"
BUTTON = "#eef1f4"
NAVIGATION_BACKGROUND = "#eaf0f4"
# A calendar day outside the shown month: muted words on a slightly darker cell, 5.4:1.
OUTSIDE_MONTH_BACKGROUND = "#f4f6f8"
OUTSIDE_MONTH_TEXT = MUTED
POSITION_COLOURS = {
    WellbeingPosition.GREEN: "#2e7d32",
    WellbeingPosition.YELLOW: "#f9a825",
    WellbeingPosition.RED: "#c62828",
}

# Title sizes at 100 % text; style_sheet() scales them with the text (WCAG 1.4.4).
PAGE_TITLE_POINTS = 17.0
SECTION_TITLE_POINTS = 12.5


def points(size: float, text_scale: float | None = None) -> str:
    """A style-sheet font size given for 100 % text, at the text scale (by default the
    application font's): a point size in a style sheet does not follow the font."""
    if text_scale is None:
        text_scale = current_text_scale()
    return f"{size * text_scale:.1f}pt"


def current_text_scale() -> float:
    size = QApplication.font().pointSizeF()
    return size / BASE_POINT_SIZE if size > 0 else 1.0


def style_sheet(text_scale: float = 1.0) -> str:
    """The application's style sheet with its title sizes at this text scale."""
    title, section = (points(size, text_scale)
                      for size in (PAGE_TITLE_POINTS, SECTION_TITLE_POINTS))
    # Rules are scoped by object name or property so Fusion keeps drawing everything else.
    return f"""
QListWidget#navigation {{
    background: {NAVIGATION_BACKGROUND}; border: none; border-right: 1px solid #d5dde3;
    padding: 12px 6px; outline: none;
}}
QListWidget#navigation::item {{
    padding-left: 14px; border-radius: 6px; color: {TEXT};
}}
QListWidget#navigation::item:hover {{ background: #dbe5ec; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QLabel[role="pageTitle"] {{ font-size: {title}; font-weight: 600; color: {TEXT}; }}
QLabel[role="sectionTitle"] {{ font-size: {section}; font-weight: 600; color: {TEXT}; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="fieldLabel"] {{ color: {MUTED}; font-weight: 600; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QLabel[role="hint"] {{ color: {MUTED}; font-style: italic; }}
QFrame[role="card"] {{
    background: white; border: 1px solid #dde3e8; border-radius: 8px;
}}
QFrame#whatWorksBox {{
    background: #eef6fb; border: 2px solid {ACCENT}; border-radius: 10px;
}}
QFrame#whatWorksBox QLabel {{ background: transparent; }}
QLabel#recoveryKey {{
    font-family: "DejaVu Sans Mono", "Consolas", "Menlo", monospace;
    font-size: {title}; font-weight: 600; letter-spacing: 1px;
    background: white; border: 1px solid #c9d2d9; border-radius: 6px; padding: 14px;
}}
QPushButton {{ padding: 6px 16px; }}
QPushButton[role="primary"] {{
    background: {ACCENT}; color: white; border: 1px solid #285f88; border-radius: 4px;
    padding: 7px 20px; font-weight: 600;
}}
QPushButton[role="primary"]:disabled {{ background: #a9bccb; border-color: #a9bccb; }}
QPushButton[role="primary"]:hover:!disabled {{ background: #285f88; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 8px; }}
QTableView {{ gridline-color: #e3e8ec; }}
QTableView::item {{ padding-left: 6px; }}
QHeaderView::section {{
    background: #eef2f5; padding: 6px 8px; border: none;
    border-bottom: 1px solid #d5dde3; font-weight: 600;
}}
"""


STYLE_SHEET = style_sheet()

# Text colours set here and used in other modules, with the backgrounds they stand on:
# (where, text, background). tests/gui/test_accessibility_walk.py checks each for 4.5:1,
# with the palette's pairs and the style sheet's rules that set both colours.
TEXT_COLOUR_PAIRS = (
    *((f"muted text on {where}", MUTED, background) for where, background in
      (("the window", WINDOW), ("a card", "#ffffff"), ("a button", BUTTON),
       ("the navigation", NAVIGATION_BACKGROUND), ("the what-works box", "#eef6fb"),
       ("the wellbeing strip's track", "#e9edf1"))),
    *((f"error text on {where}", ERROR, background) for where, background in
      (("the window", WINDOW), ("a card", "#ffffff"))),
    ("navigation text", TEXT, NAVIGATION_BACKGROUND),
    ("navigation text, hovered", TEXT, "#dbe5ec"),
    ("table header", TEXT, "#eef2f5"),
    ("toolbar button", ACCENT, "#ffffff"),
    ("toolbar button, hovered", ACCENT, "#e8f1f8"),
    ("calendar day outside the month", OUTSIDE_MONTH_TEXT, OUTSIDE_MONTH_BACKGROUND),
)


def light_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f4f7fa",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: PLACEHOLDER,
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: BUTTON,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa5ae"))
    return palette


def apply_style(app: QApplication, text_scale: float = 1.0) -> None:
    app.setStyle("Fusion")
    app.setPalette(light_palette())
    set_text_scale(app, text_scale)


def set_text_scale(app: QApplication, text_scale: float) -> None:
    """Text at this scale (1.5 = 150 %): the application font and the style sheet's titles
    together, so larger text keeps titles larger than the text under them."""
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * text_scale)
    app.setFont(font)
    app.setStyleSheet(style_sheet(text_scale))
