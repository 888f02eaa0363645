"""Tab in multi-line text fields: Tab moves on, Ctrl+Tab types a tab (WCAG 2.1.2).

Set once for the whole application, so a text field made anywhere (in code or in a .ui
form) can never keep a keyboard user inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit

MULTI_LINE = (QPlainTextEdit, QTextEdit)
WATCHED = (QEvent.Type.Polish, QEvent.Type.KeyPress)


def _ctrl_tab(event: QEvent) -> bool:
    return (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier)


class MultiLineTabKeys(QObject):
    """Application event filter: Tab leaves every multi-line field; Ctrl+Tab types a tab."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in WATCHED or not isinstance(watched, MULTI_LINE):
            return False  # (every event of the app passes here: the cheap test first)
        if event.type() == QEvent.Type.Polish and not watched.isReadOnly():
            watched.setTabChangesFocus(True)  # (a read-only browser's Tab walks its links)
        elif _ctrl_tab(event) and not watched.isReadOnly():
            watched.insertPlainText("\t")
            return True
        return False


_installed: list[MultiLineTabKeys] = []  # the filter must live as long as the app


def install_text_keys(app: QApplication) -> None:
    if not _installed:
        _installed.append(MultiLineTabKeys(app))
        app.installEventFilter(_installed[0])
